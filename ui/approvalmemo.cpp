#include "approvalmemo.h"

#include "batchfacts.h"
#include "charts/analysischarts.h"
#include "core/documentnumber.h"
#include "proformamemo.h"

#include <QChart>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return u"<tr><td class='k' width='32%'>"_s + esc(label) + u"</td><td>"_s + esc(value) + u"</td></tr>"_s;
}

QString percent(double fraction, int decimals = 2)
{
    return QLocale().toString(fraction * 100.0, 'f', decimals) + u" %"_s;
}

// Paints a chart (taking ownership) into an image three times its size, so it stays sharp on paper.
QImage renderChart(QChart *chart, QSize size)
{
    QGraphicsScene scene;
    scene.addItem(chart); // the scene deletes it
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    constexpr qreal scale = 3.0;
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return image;
}

QString outcomeName(DecisionOutcome::Result result)
{
    using Result = DecisionOutcome::Result;
    switch (result) {
    case Result::Applied:
        return ApprovalMemo::tr("Applied");
    case Result::Rejected:
        return ApprovalMemo::tr("Refused by QI Tech");
    case Result::NotApplied:
        return ApprovalMemo::tr("Did not take effect");
    case Result::Unresolved:
        return ApprovalMemo::tr("Unknown (not resent)");
    case Result::Interrupted:
        return ApprovalMemo::tr("Interrupted");
    case Result::Refused:
        return ApprovalMemo::tr("Not sent");
    }
    return {};
}

} // namespace

std::optional<AuditEntry> ApprovalMemo::latestDecisionEntry(const QList<AuditEntry> &entries, const QString &fundClassKey,
                                                            const QString &configurationKey, const QString &batchExternalId)
{
    std::optional<AuditEntry> any;
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const AuditEntry &e = *it;
        if (e.batchExternalId != batchExternalId || (!fundClassKey.isEmpty() && e.fundClassKey != fundClassKey)
            || (!configurationKey.isEmpty() && e.configurationKey != configurationKey))
            continue;
        const bool decisive = e.action == AuditEntry::Action::Approve || e.action == AuditEntry::Action::Deny
            || e.action == AuditEntry::Action::CloseInsertion || e.action == AuditEntry::Action::Reconcile;
        const bool settled = e.outcome == AuditEntry::Outcome::Succeeded || e.outcome == AuditEntry::Outcome::ResolvedApplied;
        if (decisive && settled)
            return e;
        if (!any)
            any = e;
    }
    return any;
}

QString ApprovalMemo::fundRulesHtml(const AssetChecks &checks) const
{
    if (!checks.hasFundRules)
        return u"<p>"_s + esc(tr("No fund rules were set for this fund.")) + u"</p>"_s;
    QString h = u"<table class='grid' width='100%'><tr><th>"_s + esc(tr("Fund rule")) + u"</th><th>"_s + esc(tr("This batch"))
        + u"</th><th>"_s + esc(tr("Limit")) + u"</th><th>"_s + esc(tr("Result")) + u"</th></tr>"_s;
    for (const FundRules::Verdict &verdict : checks.fundRuleVerdicts) {
        const QString result = verdict.passed
            ? tr("within (%1)").arg(verdict.outcome().isEmpty() ? tr("no asset outside") : verdict.outcome())
            : tr("BROKEN: %1").arg(verdict.outcome());
        h += u"<tr><td>"_s + esc(verdict.name) + u"</td><td>"_s + esc(verdict.measured) + u"</td><td>"_s + esc(verdict.limit)
            + u"</td><td>"_s + esc(result) + u"</td></tr>"_s;
    }
    return h + u"</table>"_s;
}

ApprovalMemo::Kind ApprovalMemo::kind() const
{
    std::optional<AuditEntry::Action> decided; // the record's settled decision, if any
    if (auditEntry
        && (auditEntry->outcome == AuditEntry::Outcome::Succeeded || auditEntry->outcome == AuditEntry::Outcome::ResolvedApplied))
        decided = auditEntry->action;
    if (batch.status.value() == BatchStatus::Denied || decided == AuditEntry::Action::Deny)
        return Kind::Denial;
    switch (batch.status.stage()) {
    case BatchStatus::Stage::InProgress:
    case BatchStatus::Stage::Completed:
        return Kind::Approval;
    case BatchStatus::Stage::BeforeManager:
    case BatchStatus::Stage::AwaitingManager:
    case BatchStatus::Stage::Closed:
        break;
    }
    return decided == AuditEntry::Action::Approve ? Kind::Approval : Kind::Review;
}

QString ApprovalMemo::title() const
{
    const QString label = batch.number.isEmpty() ? batch.externalId : batch.number;
    switch (kind()) {
    case Kind::Approval:
        return tr("Approval memo — batch %1").arg(label);
    case Kind::Denial:
        return tr("Denial memo — batch %1").arg(label);
    case Kind::Review:
        break;
    }
    return tr("Review memo — batch %1").arg(label);
}

QString ApprovalMemo::totalsHtml() const
{
    const QLocale locale;
    // A denied batch's assets leave it, and QI Tech then reports R$ 0,00: the memo shows what the
    // manager had in front of them when denying (the record keeps it).
    AssetsSummary figures = summary;
    QString note;
    if (kind() == Kind::Denial) {
        if (auditEntry && auditEntry->shown.total) {
            const AuditEntry::Shown &shown = auditEntry->shown;
            figures.totalValue = *shown.total;
            figures.numberOfAssets = shown.assetCount.value_or(figures.numberOfAssets);
            figures.numberOfApprovedAssets = shown.approvedCount.value_or(figures.numberOfApprovedAssets);
            figures.numberOfDeniedAssets = shown.deniedCount.value_or(figures.numberOfDeniedAssets);
            note = tr("As the manager saw them when denying the batch (decision record entry #%1).").arg(auditEntry->sequence);
        } else {
            note = tr("The decision record holds no totals for this denial; these are QI Tech's figures after it.");
        }
    }
    QString h = u"<h2>"_s + esc(tr("Totals")) + u"</h2>"_s;
    if (!note.isEmpty())
        h += u"<p class='sub'>"_s + esc(note) + u"</p>"_s;
    h += u"<table width='100%' cellpadding='2' cellspacing='0'>"_s;
    h += u"<tr><td class='k' width='32%'>"_s + esc(tr("Total value")) + u"</td><td class='total'>"_s
        + esc(figures.totalValue.format(locale)) + u"</td></tr>"_s;
    h += row(tr("Assets"), BatchFacts::approvedText(figures));
    h += row(tr("Denied assets"), locale.toString(figures.numberOfDeniedAssets));
    if (batch.irr)
        h += row(tr("IRR"), percent(*batch.irr));
    Money discounts;
    for (const AssignorDiscount &discount : batch.discounts)
        discounts += discount.totalValue;
    if (!batch.discounts.isEmpty())
        h += row(tr("Assignor discounts"), discounts.format(locale));
    if (analysis && analysis->analysedCount > 0) {
        const AssetAnalysis &a = *analysis;
        if (a.hasDetail()) {
            h += row(tr("Face value"), a.faceValue.format(locale));
            if (const auto discount = a.discount())
                h += row(tr("Discount (face − purchase)"),
                         a.discountRate() ? tr("%1 (%2 of face value)").arg(discount->format(locale), percent(*a.discountRate()))
                                          : discount->format(locale));
            if (!a.isComplete())
                h += row(tr("Coverage"),
                         tr("%Ln of %1 assets carried their details", nullptr, a.assetsWithDetail)
                             .arg(locale.toString(a.analysedCount)));
        }
        if (const BatchPricing &pricing = a.pricing(); pricing.batchMonthlyRate) {
            h += row(
                tr("Implied rate (business days)"),
                tr("%1 (%2)").arg(BatchPricing::monthlyText(*pricing.batchMonthlyRate, locale),
                                  BatchPricing::annualText(BatchPricing::annualFromMonthly(*pricing.batchMonthlyRate), locale)));
            h += row(tr("Rate range"),
                     tr("%1 to %2, median %3")
                         .arg(BatchPricing::monthlyText(pricing.lowestMonthlyRate.value_or(0), locale),
                              BatchPricing::monthlyText(pricing.highestMonthlyRate.value_or(0), locale),
                              BatchPricing::monthlyText(pricing.medianMonthlyRate.value_or(0), locale)));
        }
        if (a.weightedAverageTermDays)
            h += row(tr("Weighted average term"), tr("%Ln day(s)", nullptr, int(std::lround(*a.weightedAverageTermDays))));
        if (a.lastMaturity.isValid())
            h += row(tr("Last maturity"), BatchFacts::dateText(a.lastMaturity));
        if (a.debtorCount > 0)
            h += row(tr("Debtors"), locale.toString(a.debtorCount));
        if (a.herfindahl)
            h += row(tr("Concentration (HHI)"), locale.toString(*a.herfindahl * 10000.0, 'f', 0));
    }
    return h + u"</table>"_s;
}

QString ApprovalMemo::checksHtml(const AssetChecks &checks) const
{
    const QLocale locale;
    QString h = u"<h2>"_s + esc(tr("Checks")) + u"</h2>"_s;
    if (checks.checkedCount == 0 && checks.uncheckedCount == 0) {
        // Nothing is being bought any more: after a denial every asset is out of the batch.
        QString text = tr("No asset of the batch is being bought any more, so there was nothing left to check.");
        if (auditEntry && auditEntry->shown.alertCount)
            text += u' '
                + tr("When the decision was taken, the checks had flagged %Ln asset(s) (decision record entry #%1).", nullptr,
                     *auditEntry->shown.alertCount)
                      .arg(auditEntry->sequence);
        return h + u"<p>"_s + esc(text) + u"</p>"_s;
    }
    if (checks.checkedCount == 0)
        return h + u"<p>"_s + esc(tr("The assets could not be checked: the listing carried no asset details.")) + u"</p>"_s
            + fundRulesHtml(checks);
    QString summaryText = checks.flaggedCount() == 0
        ? tr("No alerts in the %Ln asset(s) checked.", nullptr, checks.checkedCount)
        : tr("%Ln of the %1 assets checked have alerts.", nullptr, checks.flaggedCount())
              .arg(locale.toString(checks.checkedCount));
    if (checks.uncheckedCount > 0)
        summaryText += u' ' + tr("%Ln asset(s) came without their details and were not checked.", nullptr, checks.uncheckedCount);
    h += u"<p>"_s + esc(summaryText) + u"</p>"_s;
    h += fundRulesHtml(checks);

    // Every kind of alert with its count; under each, the first assets in batch order with what is wrong.
    for (int r = 0; r < AssetChecks::ruleCount; ++r) {
        const auto rule = AssetChecks::Rule(r);
        const int count = checks.assetsPerRule.at(std::size_t(r));
        if (count == 0)
            continue;
        const QString explanation = rule == AssetChecks::Rule::OutsideFundRules
            ? tr("The fund's regulamento or the gestora's policy (the fund rules above) does not allow it.")
            : AssetChecks::ruleExplanation(rule);
        h += u"<p><b>"_s + esc(tr("%1 — %Ln asset(s)", nullptr, count).arg(AssetChecks::ruleLabel(rule))) + u"</b><br>"_s
            + u"<span class='sub'>"_s + esc(explanation) + u"</span></p>"_s;
        h += u"<table class='grid' width='100%'><tr><th width='28%'>"_s + esc(tr("Asset")) + u"</th><th>"_s + esc(tr("Detail"))
            + u"</th></tr>"_s;
        int listed = 0;
        for (const QString &id : checks.flaggedInBatchOrder) {
            if (listed == listedPerRule)
                break;
            for (const AssetChecks::Finding &finding : checks.findings.value(id)) {
                if (finding.rule != rule)
                    continue;
                h += u"<tr><td>"_s + esc(id) + u"</td><td>"_s
                    + esc(finding.detail.isEmpty() ? AssetChecks::ruleLabel(rule) : finding.detail) + u"</td></tr>"_s;
                ++listed;
                break;
            }
        }
        h += u"</table>"_s;
        if (count > listed)
            h += u"<p class='sub'>"_s + esc(tr("… and %Ln more, listed in the assets CSV.", nullptr, count - listed)) + u"</p>"_s;
    }
    return h;
}

QString ApprovalMemo::decisionHtml() const
{
    const QLocale locale;
    const Kind memoKind = kind();
    QString h = u"<h2>"_s + esc(tr("Decision")) + u"</h2><table width='100%' cellpadding='2' cellspacing='0'>"_s;
    if (decision) {
        using Result = DecisionOutcome::Result;
        h += row(tr("Outcome"), outcomeName(decision->result));
        switch (decision->result) {
        case Result::Rejected:
            h += row(tr("QI Tech's answer"), decision->error.userMessage());
            break;
        case Result::Interrupted:
            h += row(tr("Why"), decision->error.userMessage());
            break;
        case Result::Unresolved:
            h += row(tr("Note"),
                     tr("QI Tech did not answer and the batch could not be re-read: whether the decision took "
                        "effect is not known."));
            break;
        case Result::Applied:
        case Result::NotApplied:
        case Result::Refused:
            break;
        }
        if (decision->wasReconciled)
            h += row(tr("Reconciled"), tr("QI Tech did not answer; the outcome was established by re-reading the batch."));
        if (!decision->removedAssets.isEmpty())
            h += row(tr("Assets removed"), decision->removedAssets.join(u", "_s));
    } else if (auditEntry) {
        h += row(tr("Outcome"),
                 tr("%1 · %2").arg(AuditEntry::actionDisplayName(auditEntry->action),
                                   AuditEntry::outcomeDisplayName(auditEntry->outcome)));
    } else {
        h += row(tr("Outcome"), tr("No decision sent yet."));
    }
    if (memoKind != Kind::Denial) {
        if (batch.disbursementAccount)
            h += row(tr("Disbursement account"), BatchFacts::accountText(*batch.disbursementAccount));
        else if (auditEntry && !auditEntry->shown.accountText.isEmpty())
            h += row(tr("Disbursement account"), auditEntry->shown.accountText);
    }
    if (auditEntry) {
        const AuditEntry &e = *auditEntry;
        h += row(tr("Decided by"),
                 tr("%1 on %2, %3").arg(e.userName, e.hostName, locale.toString(e.time.toLocalTime(), QLocale::LongFormat)));
        if (memoKind == Kind::Denial || !e.reason.isEmpty())
            h += row(tr("Reason"), e.reason.isEmpty() ? tr("No reason was recorded.") : e.reason);
        if (!e.shown.recommendedBy.isEmpty()) { // four-eyes: both people, and whether they agreed
            h += row(tr("Recommended by"), e.shown.recommendedBy);
            h += row(tr("Recommendation"), e.shown.recommendation);
            h += row(tr("Agreement"),
                     e.shown.agreement == u"disagrees"
                         ? tr("%1 decided otherwise: %2").arg(e.userName, e.shown.disagreementNote)
                         : tr("%1 followed the recommendation.").arg(e.userName));
        }
        h += ProFormaMemo::justificationRows(e.shown, proForma ? &*proForma : nullptr);
        h += row(tr("Record entry"),
                 tr("#%1 (%2 · %3)")
                     .arg(e.sequence)
                     .arg(AuditEntry::actionDisplayName(e.action), AuditEntry::outcomeDisplayName(e.outcome)));
        if (!e.operationId.isEmpty())
            h += row(tr("Operation"), e.operationId);
        if (!e.request.id.isEmpty())
            h += row(tr("Request id"), e.request.id);
        h += row(tr("Entry hash"), e.hash);
    } else {
        h += row(tr("Record entry"), tr("None found in the decision record."));
    }
    h += u"</table>"_s;
    h += u"<p class='sub'>"_s
        + esc(tr("The decision record is hash-chained: \"cessio-cli audit verify\" confirms that the entry above was not "
                 "changed."))
        + u"</p>"_s;
    return h;
}

QString ApprovalMemo::signaturesHtml() const
{
    const QLocale locale;
    QString name, role, date;
    if (auditEntry) {
        const AuditEntry &e = *auditEntry;
        name = signerFullName.isEmpty() ? e.userName : signerFullName;
        switch (kind()) {
        case Kind::Approval:
            role = tr("Approved by the manager (OS user %1 on %2)").arg(e.userName, e.hostName);
            break;
        case Kind::Denial:
            role = tr("Denied by the manager (OS user %1 on %2)").arg(e.userName, e.hostName);
            break;
        case Kind::Review:
            role = tr("Decided by (OS user %1 on %2)").arg(e.userName, e.hostName);
            break;
        }
        date = BatchFacts::dateText(e.time.toLocalTime().date());
    } else {
        const QString user = preparedBy.isEmpty() ? AuditEntry::currentUserName() : preparedBy;
        name = signerFullName.isEmpty() ? user : signerFullName;
        role = tr("Prepared by (OS user %1)").arg(user);
        date = BatchFacts::dateText(QDate::currentDate());
    }
    const QString line = u"<br><br><br>______________________________________<br>"_s;
    QString h = u"<h2>"_s + esc(tr("Signatures")) + u"</h2><table width='100%' cellpadding='4' cellspacing='0'><tr>"_s;
    h += u"<td width='50%'>"_s + line + u"<b>"_s + esc(name) + u"</b><br>"_s + esc(role) + u"<br>"_s
        + esc(tr("Date: %1").arg(date)) + u"</td>"_s;
    h += u"<td width='50%'>"_s + line + u"<b>"_s + esc(tr("Second signature")) + u"</b><br>"_s + esc(tr("Name:")) + u"<br>"_s
        + esc(tr("Date:")) + u"</td>"_s;
    return h + u"</tr></table>"_s;
}

QString ApprovalMemo::html(QTextDocument &document) const
{
    const QLocale locale;
    const auto &cfg = batch.configuration;
    const QString user = preparedBy.isEmpty() ? AuditEntry::currentUserName() : preparedBy;

    QString h;
    h += u"<html><head><style>"
         "body{font-family:sans-serif;font-size:9.5pt;color:#000;}"
         "h1{font-size:17pt;margin:0 0 2pt 0;} h2{font-size:12pt;margin:14pt 0 4pt 0;border-bottom:1px solid #888;}"
         ".sub{color:#444;} td{padding:2pt 8pt 2pt 0;vertical-align:top;} td.k{color:#333;font-weight:bold;}"
         "table.grid{border-collapse:collapse;} table.grid td, table.grid th{border:1px solid #999;padding:2pt 5pt;} "
         "th{background:#e8e8e8;text-align:left;}"
         ".num{text-align:right;} .total{font-size:13pt;font-weight:bold;}"
         "</style></head><body>"_s;
    h += u"<h1>"_s + esc(title()) + u"</h1>"_s;
    h += u"<p class='sub'>"_s
        + esc(tr("Prepared by %1 on %2 with Cessio %3, from data read from QI Tech.")
                  .arg(user, locale.toString(QDateTime::currentDateTime(), QLocale::LongFormat), QStringLiteral(CESSIO_VERSION)))
        + u"</p>"_s;
    if (kind() == Kind::Denial) {
        const QString reason = auditEntry && !auditEntry->reason.isEmpty() ? auditEntry->reason : tr("No reason was recorded.");
        h += u"<p><b>"_s + esc(tr("Reason for the denial:")) + u"</b> "_s + esc(reason) + u"</p>"_s;
    }

    // The batch.
    h += u"<h2>"_s + esc(tr("Batch")) + u"</h2><table width='100%' cellpadding='2' cellspacing='0'>"_s;
    h += row(tr("Fund"), BatchFacts::partyText(cfg.fund.name, cfg.fund.documentNumber));
    h += row(tr("Assignor"), BatchFacts::partyText(cfg.assignor.name, cfg.assignor.documentNumber));
    if (cfg.consultant && !cfg.consultant->isEmpty())
        h += row(tr("Consultant"), BatchFacts::partyText(cfg.consultant->name, cfg.consultant->documentNumber));
    QStringList originators;
    for (const Party &originator : cfg.originators)
        originators << BatchFacts::partyText(originator.name, originator.documentNumber);
    if (!originators.isEmpty())
        h += row(tr("Originators"), originators.join(u"; "_s));
    if (!cfg.name.isEmpty())
        h += row(tr("Assignment configuration"), cfg.name);
    h += row(tr("Batch"), BatchFacts::batchText(batch));
    if (batch.date.isValid())
        h += row(tr("Assignment date"), BatchFacts::dateText(batch.date));
    h += row(tr("Status"), batch.status.displayName());
    if (cfg.assetType.isKnown())
        h += row(tr("Asset type"), cfg.assetType.displayName());
    h += u"</table>"_s;

    h += totalsHtml();
    if (analysis)
        h += checksHtml(analysis->checks);
    if (proForma)
        h += ProFormaMemo::html(*proForma);
    h += decisionHtml();
    h += signaturesHtml();
    if (analysis && analysis->assetCount > 0 && analysis->analysedCount > 0)
        h += analysisHtml(document);
    h += u"</body></html>"_s;
    return h;
}

QString ApprovalMemo::analysisHtml(QTextDocument &document) const
{
    const QLocale locale;
    const AssetAnalysis &a = *analysis;
    QString h;
    h += u"<h2>"_s + esc(tr("Analysis")) + u"</h2>"_s;
    h += chartsHtml(document);

    if (a.maturityBasis != AssetAnalysis::MaturityBasis::None) {
        h += u"<p><b>"_s + esc(tr("Maturity profile")) + u"</b> "_s
            + esc(a.maturityBasis == AssetAnalysis::MaturityBasis::Installments
                      ? tr("(face value of each installment by days from the assignment date)")
                      : tr("(purchase value by each asset's final maturity; installments not available)"))
            + u"</p><table class='grid' width='100%' cellpadding='3' cellspacing='0'><tr><th>"_s + esc(tr("Due"))
            + u"</th><th class='num'>"_s + esc(tr("Count")) + u"</th><th class='num'>"_s + esc(tr("Value")) + u"</th></tr>"_s;
        for (int i = 0; i < AssetAnalysis::bucketCount; ++i) {
            const auto &bucket = a.maturity.at(std::size_t(i));
            h += u"<tr><td>"_s + esc(AssetAnalysis::bucketLabel(AssetAnalysis::Bucket(i))) + u"</td><td class='num'>"_s
                + esc(locale.toString(bucket.count)) + u"</td><td class='num'>"_s + esc(bucket.value.format(locale))
                + u"</td></tr>"_s;
        }
        h += u"</table>"_s;
    }

    if (!a.topDebtors.isEmpty()) {
        h += u"<p><b>"_s + esc(tr("Concentration by debtor"))
            + u"</b></p><table class='grid' width='100%' cellpadding='3' cellspacing='0'><tr><th>"_s + esc(tr("Debtor"))
            + u"</th><th>"_s + esc(tr("CPF/CNPJ")) + u"</th><th class='num'>"_s + esc(tr("Assets")) + u"</th><th class='num'>"_s
            + esc(tr("Face value")) + u"</th><th class='num'>"_s + esc(tr("Share")) + u"</th></tr>"_s;
        const auto debtorRow = [&](const AssetAnalysis::Debtor &d, const QString &name, const QString &document) -> QString {
            return u"<tr><td>"_s + esc(name) + u"</td><td>"_s + esc(document) + u"</td><td class='num'>"_s
                + esc(locale.toString(d.assets)) + u"</td><td class='num'>"_s + esc(d.faceValue.format(locale))
                + u"</td><td class='num'>"_s + esc(percent(d.share, 1)) + u"</td></tr>"_s;
        };
        for (const auto &d : a.topDebtors)
            h += debtorRow(d, d.name, d.document.isEmpty() ? QString() : DocumentNumber::parse(d.document).formatted());
        if (a.otherDebtors.assets > 0)
            h += debtorRow(a.otherDebtors, tr("%Ln other debtor(s)", nullptr, a.debtorCount - int(a.topDebtors.size())), {});
        h += u"</table>"_s;
    }

    if (!a.statusMix.isEmpty()) {
        h += u"<p><b>"_s + esc(tr("Status of the assets"))
            + u"</b></p><table class='grid' width='100%' cellpadding='3' cellspacing='0'><tr><th>"_s + esc(tr("Status"))
            + u"</th><th class='num'>"_s + esc(tr("Assets")) + u"</th><th class='num'>"_s + esc(tr("Purchase value"))
            + u"</th></tr>"_s;
        for (const auto &s : a.statusMix) {
            h += u"<tr><td>"_s + esc(s.status.displayName()) + u"</td><td class='num'>"_s + esc(locale.toString(s.count))
                + u"</td><td class='num'>"_s + esc(s.purchaseValue.format(locale)) + u"</td></tr>"_s;
        }
        h += u"</table>"_s;
    }
    return h;
}

QString ApprovalMemo::chartsHtml(QTextDocument &document) const
{
    AnalysisCharts::Style style;
    style.dark = false; // paper is white whatever the window palette is
    style.locale = QLocale();
    style.transparentBackground = false;
    style.animated = false;

    // `size` is the place on the page; `layoutWidth` the width the chart is laid out at (wider: its
    // labels get room and come out a little smaller).
    const auto add = [&](QChart *chart, const QString &name, QSize size, int layoutWidth = 0) -> QString {
        const QSize layout = layoutWidth > size.width() ? QSize(layoutWidth, size.height() * layoutWidth / size.width()) : size;
        document.addResource(QTextDocument::ImageResource, QUrl(u"cessio-chart://"_s + name), renderChart(chart, layout));
        return u"<img src='cessio-chart://"_s + name + u"' width='"_s + QString::number(size.width()) + u"' height='"_s
            + QString::number(size.height()) + u"'>"_s;
    };
    // QTextDocument::print lays the text out 170 mm wide (A4 less its 2 cm margins): about 640 px.
    QString h;
    if (analysis->maturityBasis != AssetAnalysis::MaturityBasis::None)
        h += u"<p>"_s + add(AnalysisCharts::maturityChart(*analysis, style), u"maturity"_s, QSize(620, 250), 720) + u"</p>"_s;
    if (!analysis->topDebtors.isEmpty())
        h += u"<p>"_s + add(AnalysisCharts::concentrationChart(*analysis, style), u"concentration"_s, QSize(620, 320), 860)
            + u"</p>"_s;
    if (!analysis->statusMix.isEmpty())
        h += u"<p>"_s + add(AnalysisCharts::statusMixChart(*analysis, style), u"status"_s, QSize(620, 220), 720) + u"</p>"_s;
    return h;
}

bool ApprovalMemo::writePdf(const QString &path, QString *error) const
{
    QFileInfo info(path);
    if (!info.absoluteDir().exists()) {
        if (error)
            *error = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    // No margins of our own: QTextDocument::print adds 2 cm on every side.
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(title());
    writer.setCreator(u"Cessio "_s + QStringLiteral(CESSIO_VERSION));

    QTextDocument document;
    document.setDocumentMargin(0);
    document.setHtml(html(document));
    document.print(&writer);
    // QPdfWriter reports no errors; check the file really is there.
    QFileInfo written(path);
    written.refresh();
    if (!written.exists() || written.size() == 0) {
        if (error)
            *error = tr("The PDF could not be written to %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

} // namespace cessio
