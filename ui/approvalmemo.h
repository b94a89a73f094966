#pragma once

#include "core/batch.h"
#include "core/responses.h"
#include "services/assetanalysis.h"
#include "services/auditentry.h"
#include "services/decisionservice.h"
#include "services/portfolio/proforma.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QTextDocument;

namespace cessio {

// The decision memo as a PDF: the batch facts, the totals, every kind of alert the checks found, the
// decision with its record entry, a signature block and the analysis charts. An approved batch gets an
// approval memo, a denied one a denial memo (with the reason and the totals as shown when it was
// denied), an undecided one a review memo. Paper, not screen: no sentence refers to the application's
// windows or buttons. Layout only — no dialogs — so tests write it to a path and read it back.
struct ApprovalMemo
{
    Q_DECLARE_TR_FUNCTIONS(ApprovalMemo)

public:
    enum class Kind { Approval, Denial, Review };

    Batch batch;
    AssetsSummary summary;
    const AssetAnalysis *analysis = nullptr; // charts; none drawn when null
    std::optional<DecisionOutcome> decision;
    std::optional<AuditEntry> auditEntry; // the decision's record entry, when known
    std::optional<ProForma::Result> proForma; // the fund's portfolio before and after the batch, when computed
    QString preparedBy; // the OS user; filled from AuditEntry::currentUserName() when empty
    // The decider's full name for the signature block (Settings' MemoSignerName, when the decider is
    // this computer's user); empty: the OS user of the record entry is printed.
    QString signerFullName;

    Kind kind() const;
    QString title() const; // "Approval memo — batch 000123"
    // Flagged assets listed per kind of alert; the rest are counted and are in the assets CSV.
    static constexpr int listedPerRule = 25;

    // Writes an A4 PDF to `path`. False and *error when the file cannot be written.
    bool writePdf(const QString &path, QString *error = nullptr) const;
    // The memo as HTML with its chart images as resources of `document` (what writePdf prints).
    QString html(QTextDocument &document) const;

    // The latest Approve/Deny/removal entry recorded for `batch` in `entries`, if any.
    static std::optional<AuditEntry> latestDecisionEntry(const QList<AuditEntry> &entries, const QString &fundClassKey,
                                                         const QString &configurationKey, const QString &batchExternalId);

private:
    QString analysisHtml(QTextDocument &document) const;
    QString totalsHtml() const;
    QString checksHtml(const AssetChecks &checks) const;
    QString fundRulesHtml(const AssetChecks &checks) const;
    QString decisionHtml() const;
    QString signaturesHtml() const;
    QString chartsHtml(QTextDocument &document) const; // the charts as images added to `document`
};

} // namespace cessio
