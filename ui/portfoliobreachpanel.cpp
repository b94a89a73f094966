#include "portfoliobreachpanel.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

PortfolioBreachPanel::PortfolioBreachPanel(const ProForma::Result &proForma, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"portfolioBreachPanel"_s);
    QStringList lines;
    for (const ProForma::Verdict &verdict : proForma.verdicts) {
        if (verdict.passed)
            continue;
        m_keys.append(verdict.key());
        lines.append(verdict.breachText());
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    row->addWidget(icon);
    auto *text = new QLabel(tr("With the fund's portfolio, this batch breaks %Ln portfolio limit(s):", nullptr, int(lines.size()))
                                + u'\n' + lines.join(u'\n'),
                            this);
    text->setObjectName(u"portfolioBreachText"_s);
    text->setTextFormat(Qt::PlainText); // debtor names come from the server
    text->setWordWrap(true);
    row->addWidget(text, 1);
    layout->addLayout(row);

    auto *label = new QLabel(tr("&Justification for approving anyway (goes into the decision record and the memo):"), this);
    label->setWordWrap(true);
    m_justification = new QPlainTextEdit(this);
    m_justification->setObjectName(u"breachJustificationEdit"_s);
    m_justification->setAccessibleName(tr("Justification for approving over a portfolio limit"));
    m_justification->setTabChangesFocus(true);
    m_justification->setMaximumHeight(m_justification->fontMetrics().lineSpacing() * 4 + 12);
    label->setBuddy(m_justification);
    m_hint = new QLabel(this);
    m_hint->setObjectName(u"breachJustificationHint"_s);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(label);
    layout->addWidget(m_justification);
    layout->addWidget(m_hint);
    connect(m_justification, &QPlainTextEdit::textChanged, this, [this] {
        updateHint();
        Q_EMIT changed();
    });
    updateHint();
}

QString PortfolioBreachPanel::justification() const
{
    return m_justification->toPlainText().trimmed();
}

bool PortfolioBreachPanel::isSatisfied() const
{
    return justification().size() >= minimumJustification;
}

void PortfolioBreachPanel::setEditable(bool editable)
{
    m_justification->setReadOnly(!editable);
}

void PortfolioBreachPanel::updateHint()
{
    const int missing = minimumJustification - int(justification().size());
    m_hint->setText(missing > 0 ? tr("At least %Ln more character(s).", nullptr, missing) : QString());
    m_hint->setVisible(missing > 0);
}

} // namespace cessio
