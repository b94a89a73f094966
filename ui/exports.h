#pragma once

#include "core/asset.h"
#include "core/batch.h"
#include "core/responses.h"
#include "services/assetanalysis.h"
#include "services/decisionservice.h"
#include "services/portfolio/proforma.h"

#include <QList>

#include <optional>

class QWidget;

namespace cessio {

class AuditLog;
class Settings;

// "Export CSV…": asks for the file and the style ("Excel (pt-BR)" or "Plain CSV"), writes every
// asset (AssetCsv) with its alerts when the batch's `checks` are given, and the fund rules' verdicts
// beside it when the fund has rules; tells the user how it went (MessageBox). False when cancelled
// or failed.
bool exportAssetsCsv(QWidget *parent, const Batch &batch, const QList<AssetListItem> &assets,
                     const AssetChecks *checks = nullptr);

// "Export approval memo…": asks for the PDF path and writes the memo (ui/approvalmemo.h): batch
// facts, totals, every kind of alert, the decision with its audit reference (the latest entry for
// this batch in `log`, when a log is given), a signature block, the analysis charts. An approval,
// denial or review memo, as the batch and its record say. With `settings`, when the decider is this
// computer's user, it asks for the full name printed under the signature (proposing the one kept in
// Settings' MemoSignerName, or the OS account's) and keeps it. With `proForma`, the fund's portfolio
// before and after the batch. False when cancelled or failed.
bool exportApprovalMemo(QWidget *parent, const Batch &batch, const AssetsSummary &summary, const AssetAnalysis &analysis,
                        const std::optional<DecisionOutcome> &decision, const AuditLog *log = nullptr,
                        Settings *settings = nullptr, const ProForma::Result *proForma = nullptr);

} // namespace cessio
