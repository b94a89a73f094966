#include "reviewnotices.h"

#include "batchfacts.h"
#include "icons.h"
#include "services/batchreview.h"
#include "services/portfolio/batchhistory.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTime>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

ReviewNotices::ReviewNotices(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    m_removalText = new QLabel(this);
    m_removalText->setObjectName(u"removalBannerText"_s);
    m_removal = createLine(u"removalBanner"_s, u"warning"_s, m_removalText);
    auto *finish = new QPushButton(tr("Finish removal"), m_removal);
    finish->setObjectName(u"finishRemovalButton"_s);
    m_removal->layout()->addWidget(finish);
    connect(finish, &QPushButton::clicked, this, &ReviewNotices::finishRemovalClicked);
    layout->addWidget(m_removal);

    m_changeText = new QLabel(this);
    m_changeText->setObjectName(u"changeNoticeText"_s);
    m_change = createLine(u"changeNotice"_s, u"refresh"_s, m_changeText);
    auto *dismiss = new QToolButton(m_change);
    dismiss->setObjectName(u"changeNoticeClose"_s);
    dismiss->setIcon(Icons::get(u"close"_s));
    dismiss->setAutoRaise(true);
    dismiss->setToolTip(tr("Hide this note"));
    dismiss->setAccessibleName(dismiss->toolTip());
    m_change->layout()->addWidget(dismiss);
    connect(dismiss, &QToolButton::clicked, m_change, &QWidget::hide);
    layout->addWidget(m_change);

    m_sinceText = new QLabel(this);
    m_sinceText->setObjectName(u"sinceReviewText"_s);
    m_since = createLine(u"sinceReviewNotice"_s, u"info"_s, m_sinceText);
    m_sinceListButton = new QPushButton(tr("Show the changes"), m_since);
    m_sinceListButton->setObjectName(u"sinceReviewListButton"_s);
    m_sinceListButton->setCheckable(true);
    m_since->layout()->addWidget(m_sinceListButton);
    layout->addWidget(m_since);
    // Asset ids come from the server: plain text only.
    m_sinceList = new QPlainTextEdit(this);
    m_sinceList->setObjectName(u"sinceReviewList"_s);
    m_sinceList->setAccessibleName(tr("Changes since the last review"));
    m_sinceList->setReadOnly(true);
    m_sinceList->setMaximumHeight(160);
    m_sinceList->hide();
    layout->addWidget(m_sinceList);
    connect(m_sinceListButton, &QPushButton::toggled, this, [this](bool shown) {
        m_sinceList->setVisible(shown);
        m_sinceListButton->setText(shown ? tr("Hide the changes") : tr("Show the changes"));
    });
}

QWidget *ReviewNotices::createLine(const QString &name, const QString &icon, QLabel *text)
{
    auto *line = new QFrame(this);
    line->setObjectName(name);
    line->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(line);
    layout->setContentsMargins(8, 4, 8, 4);
    auto *iconLabel = new QLabel(line);
    iconLabel->setPixmap(Icons::get(icon).pixmap(20, 20));
    text->setParent(line);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText); // carries a status name from the server
    layout->addWidget(iconLabel);
    layout->addWidget(text, 1);
    line->hide();
    return line;
}

void ReviewNotices::showRemaining(const QStringList &remainingAssets)
{
    m_removalText->setText(tr("Asset removal interrupted — %Ln asset(s) still to remove. The batch is reopened at QI Tech "
                              "until the removal is finished.",
                              nullptr, int(remainingAssets.size())));
    m_removal->setVisible(!remainingAssets.isEmpty());
}

void ReviewNotices::showChangedAtQi(const BatchReview &review)
{
    if (!review.batch() || !review.summary())
        return;
    const QLocale locale;
    m_changeText->setText(tr("This batch changed at QI Tech: now %1 · %2 · %3 — reloaded at %4.")
                              .arg(review.batch()->status.displayName(), BatchFacts::approvedText(*review.summary()),
                                   review.summary()->totalValue.format(locale),
                                   locale.toString(QTime::currentTime(), QLocale::ShortFormat)));
    m_change->show();
}

void ReviewNotices::showSinceReview(const BatchChange &change)
{
    m_sinceText->setText(change.summary());
    m_sinceList->setPlainText(change.details().join(u'\n'));
    m_since->show();
}

QString ReviewNotices::sinceReviewText() const
{
    return m_since->isHidden() ? QString() : m_sinceText->text();
}

QString ReviewNotices::sinceReviewList() const
{
    return m_sinceList->toPlainText();
}

QString ReviewNotices::changeText() const
{
    return m_change->isHidden() ? QString() : m_changeText->text();
}

} // namespace cessio
