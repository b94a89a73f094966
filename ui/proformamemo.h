#pragma once

#include "services/auditentry.h"
#include "services/portfolio/proforma.h"

#include <QCoreApplication>
#include <QString>

namespace cessio {

// The portfolio part of the decision memo (issue 11), as HTML for ApprovalMemo: the fund's portfolio
// before and after the batch against its net assets, each portfolio limit with its headroom or excess,
// and — when the batch was approved over a limit — the limits broken and the manager's justification.
namespace ProFormaMemo {

QString html(const ProForma::Result &proForma);
// Rows for the decision table: the limits broken and the justification recorded; "" when none.
QString justificationRows(const AuditEntry::Shown &shown, const ProForma::Result *proForma);

} // namespace ProFormaMemo

} // namespace cessio
