#pragma once

#include "core/asset.h"
#include "core/batch.h"
#include "core/responses.h"
#include "services/assetanalysis.h"
#include "services/decisionservice.h"

#include <QList>

#include <optional>

class QWidget;

namespace cessio {

class AuditLog;

// "Export CSV…": asks for the file and the style ("Excel (pt-BR)" or "Plain CSV"), writes every
// asset (AssetCsv), and tells the user how it went (MessageBox). False when cancelled or failed.
bool exportAssetsCsv(QWidget *parent, const Batch &batch, const QList<AssetListItem> &assets);

// "Export approval memo…": asks for the PDF path and writes the memo (ui/approvalmemo.h): batch
// facts, totals, the analysis charts, and the decision with its audit reference (the latest entry
// for this batch in `log`, when a log is given). False when cancelled or failed.
bool exportApprovalMemo(QWidget *parent, const Batch &batch, const AssetsSummary &summary, const AssetAnalysis &analysis,
                        const std::optional<DecisionOutcome> &decision, const AuditLog *log = nullptr);

} // namespace cessio
