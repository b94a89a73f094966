#include "checkspanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

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
    auto *buttons = new QVBoxLayout;
    m_showFlagged = new QPushButton(tr("Show flagged assets"), this);
    m_showFlagged->setObjectName(u"showFlaggedButton"_s);
    m_showFlagged->setToolTip(tr("List only the flagged assets in the Assets tab"));
    connect(m_showFlagged, &QPushButton::clicked, this, &ChecksPanel::showFlaggedRequested);
    buttons->addWidget(m_showFlagged);
    m_editRules = new QPushButton(tr("Fund rules…"), this);
    m_editRules->setObjectName(u"fundRulesButton"_s);
    m_editRules->setToolTip(tr("Set this fund's limits: term, asset and batch value, debtor share, debtor type, asset types"));
    connect(m_editRules, &QPushButton::clicked, this, &ChecksPanel::editFundRulesRequested);
    buttons->addWidget(m_editRules);
    buttons->addStretch(1);
    layout->addLayout(buttons);
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
        parts.append(tr("✓ No alerts in the %Ln asset(s) checked.", nullptr, checks.checkedCount).toHtmlEscaped());
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
                + tr("%Ln asset(s)", nullptr, count).toHtmlEscaped() + u" — "_s
                + AssetChecks::ruleExplanation(rule).toHtmlEscaped() + u"</li>"_s;
        }
        parts.append(list + u"</ul>"_s);
    }
    if (checks.checkedCount > 0 && checks.uncheckedCount > 0)
        parts.append(
            tr("%Ln asset(s) came without their details and were not checked.", nullptr, checks.uncheckedCount).toHtmlEscaped());
    parts.append(fundRulesHtml(checks));
    m_summary->setText(parts.join(u"<br>"_s));
    m_showFlagged->setVisible(flagged > 0);
}

QString ChecksPanel::fundRulesHtml(const AssetChecks &checks) const
{
    if (!checks.fundRulesProblem.isEmpty())
        return u"<b>"_s + tr("⚠ Fund rules:").toHtmlEscaped() + u"</b> "_s + checks.fundRulesProblem.toHtmlEscaped();
    if (!checks.hasFundRules)
        return tr("No fund rules set for this fund: use Fund rules… to have every batch checked against its limits.")
            .toHtmlEscaped();
    const int broken = checks.brokenFundRuleCount();
    QString html = u"<b>"_s
        + (broken == 0 ? tr("✓ Within every fund rule:") : tr("⚠ %Ln fund rule(s) broken:", nullptr, broken)).toHtmlEscaped()
        + u"</b><table cellspacing=\"0\" cellpadding=\"2\">"_s;
    html += u"<tr><th align=\"left\">"_s + tr("Rule").toHtmlEscaped() + u"</th><th align=\"left\">"_s
        + tr("This batch").toHtmlEscaped() + u"</th><th align=\"left\">"_s + tr("Limit").toHtmlEscaped()
        + u"</th><th align=\"left\"></th></tr>"_s;
    for (const FundRules::Verdict &verdict : checks.fundRuleVerdicts) {
        const QString state = (verdict.passed ? u"✓ "_s : u"✗ "_s) + verdict.outcome();
        html += u"<tr><td>"_s + verdict.name.toHtmlEscaped() + u"&nbsp;&nbsp;</td><td>"_s + verdict.measured.toHtmlEscaped()
            + u"&nbsp;&nbsp;</td><td>"_s + verdict.limit.toHtmlEscaped() + u"&nbsp;&nbsp;</td><td>"_s + state.toHtmlEscaped()
            + u"</td></tr>"_s;
    }
    return html + u"</table>"_s;
}

QString ChecksPanel::summaryText() const
{
    return QTextDocumentFragment::fromHtml(m_summary->text()).toPlainText();
}

} // namespace cessio
