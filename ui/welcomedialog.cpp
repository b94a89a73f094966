#include "welcomedialog.h"

#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

WelcomeDialog::WelcomeDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"welcomeDialog"_s);
    setWindowTitle(tr("Welcome to Cessio"));
    setAccessibleName(windowTitle());
    setMinimumWidth(520);

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Welcome to Cessio"), this);
    title->setObjectName(u"titleLabel"_s);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);

    auto *intro = new QLabel(tr("Review and decide the assignment batches of your funds at QI Tech: every batch waiting for "
                                "you, its assets and totals, approval with the right account, and a record of each decision."),
                             this);
    intro->setObjectName(u"introLabel"_s);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addSpacing(8);

    auto *demo = new QCommandLinkButton(tr("Try the &demo"),
                                        tr("Simulated funds and batches on this computer. Nothing is sent to QI Tech and "
                                           "nothing is stored in your keychain."),
                                        this);
    demo->setObjectName(u"demoButton"_s);
    layout->addWidget(demo);

    auto *setUp = new QCommandLinkButton(tr("&Set up a connection"),
                                         tr("Connect to QI Tech with your integration's API client key and private key, or "
                                            "generate a new key pair to send to QI Tech."),
                                         this);
    setUp->setObjectName(u"setUpButton"_s);
    layout->addWidget(setUp);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"buttons"_s);
    layout->addWidget(buttons);

    connect(demo, &QPushButton::clicked, this, [this] { choose(Choice::Demo); });
    connect(setUp, &QPushButton::clicked, this, [this] { choose(Choice::SetUp); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setUp->setFocus();
}

void WelcomeDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
}

} // namespace cessio
