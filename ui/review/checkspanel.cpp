#include "checkspanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextDocumentFragment>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

ChecksPanel::ChecksPanel(QWidget *parent)
    : QGroupBox(tr("Checks"), parent)
{
    setObjectName(u"checksPanel"_s);
    auto *layout = new QHBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"checksSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("Checks on the assets"));
    layout->addWidget(m_summary, 1);
    m_showFlagged = new QPushButton(tr("Show flagged assets"), this);
    m_showFlagged->setObjectName(u"showFlaggedButton"_s);
    m_showFlagged->setToolTip(tr("List only the flagged assets in the Assets tab"));
    connect(m_showFlagged, &QPushButton::clicked, this, &ChecksPanel::showFlaggedRequested);
    layout->addWidget(m_showFlagged, 0, Qt::AlignTop);
    setComputing();
}

void ChecksPanel::setComputing()
{
    m_summary->setText(tr("The assets are checked once every asset has loaded…").toHtmlEscaped());
    m_showFlagged->hide();
}

void ChecksPanel::setChecks(const AssetChecks &checks)
{
    const QLocale locale;
    QStringList parts;
    const int flagged = checks.flaggedCount();
    if (checks.checkedCount == 0) {
        parts.append(checks.uncheckedCount > 0
                         ? tr("QI Tech's asset listing does not include debtors, maturities or invoices, so the assets "
                              "could not be checked.")
                               .toHtmlEscaped()
                         : tr("There are no assets to check.").toHtmlEscaped());
    } else if (flagged == 0) {
        parts.append(tr("✓ No alerts in the %1 assets checked.").arg(locale.toString(checks.checkedCount)).toHtmlEscaped());
    } else {
        parts.append(u"<b>"_s
                     + tr("⚠ %Ln of the %1 assets checked have alerts:", nullptr, flagged)
                           .arg(locale.toString(checks.checkedCount))
                           .toHtmlEscaped()
                     + u"</b>"_s);
        QString list = u"<ul style=\"margin-top:2px; margin-bottom:2px\">"_s;
        for (int i = 0; i < AssetChecks::ruleCount; ++i) {
            const int count = checks.assetsPerRule[std::size_t(i)];
            if (count == 0)
                continue;
            const auto rule = AssetChecks::Rule(i);
            list += u"<li><b>"_s + AssetChecks::ruleLabel(rule).toHtmlEscaped() + u"</b>: "_s
                + tr("%n asset(s)", nullptr, count).toHtmlEscaped() + u" — "_s
                + AssetChecks::ruleExplanation(rule).toHtmlEscaped() + u"</li>"_s;
        }
        parts.append(list + u"</ul>"_s);
    }
    if (checks.checkedCount > 0 && checks.uncheckedCount > 0)
        parts.append(tr("%1 assets came without their details and were not checked.")
                         .arg(locale.toString(checks.uncheckedCount))
                         .toHtmlEscaped());
    m_summary->setText(parts.join(u"<br>"_s));
    m_showFlagged->setVisible(flagged > 0);
}

QString ChecksPanel::summaryText() const
{
    return QTextDocumentFragment::fromHtml(m_summary->text()).toPlainText();
}

} // namespace cessio
