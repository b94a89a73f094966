#pragma once

#include "cli/jsonout.h"
#include "services/portfolio/proforma.h"

#include <QLocale>
#include <QString>

namespace cessio::cli {

// The portfolio pro-forma as `cessio-cli checks` shows it (issue 11): before and after the batch, per
// debtor and per assignor in R$ and % of PL, top 10, HHI, the CVM maturity buckets, the weighted
// average term, the credit-rights allocation, and each portfolio limit with its headroom or excess.
namespace ProFormaReport {

// Percentages are exact basis points ("…_bp": 2000 = 20.00 %), money exact decimals, HHI in points
// (0–10,000, two decimals as a string).
JsonOut json(const ProForma::Result &result);
// Tables for a terminal, in the --lang language.
QString text(const ProForma::Result &result);

} // namespace ProFormaReport

} // namespace cessio::cli
