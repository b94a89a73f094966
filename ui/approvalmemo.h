#pragma once

#include "core/batch.h"
#include "core/responses.h"
#include "services/assetanalysis.h"
#include "services/auditentry.h"
#include "services/decisionservice.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QTextDocument;

namespace cessio {

// The approval memo as a PDF: the batch facts, the totals, the analysis charts and the decision with
// its audit reference. Layout only — no dialogs — so tests write it to a path and read it back.
struct ApprovalMemo
{
    Q_DECLARE_TR_FUNCTIONS(ApprovalMemo)

public:
    Batch batch;
    AssetsSummary summary;
    const AssetAnalysis *analysis = nullptr; // charts; none drawn when null
    std::optional<DecisionOutcome> decision;
    std::optional<AuditEntry> auditEntry; // the decision's record entry, when known
    QString preparedBy; // the OS user; filled from AuditEntry::currentUserName() when empty

    // Writes an A4 PDF to `path`. False and *error when the file cannot be written.
    bool writePdf(const QString &path, QString *error = nullptr) const;
    // The memo as HTML with its chart images as resources of `document` (what writePdf prints).
    QString html(QTextDocument &document) const;

    // The latest Approve/Deny/removal entry recorded for `batch` in `entries`, if any.
    static std::optional<AuditEntry> latestDecisionEntry(const QList<AuditEntry> &entries, const QString &fundClassKey,
                                                         const QString &configurationKey, const QString &batchExternalId);

private:
    QString analysisHtml(QTextDocument &document) const;
    QString checksHtml(const AssetChecks &checks) const;
    QString fundRulesHtml(const AssetChecks &checks) const;
    QString chartsHtml(QTextDocument &document) const; // the charts as images added to `document`
};

} // namespace cessio
