#pragma once

#include "core/asset.h"

#include <QLocale>
#include <QString>

namespace cessio {

// One asset's details as rich text for the review's side pane: the borrower (debtor), the
// installments or the title, the invoice or source contract, values and any denial. Colours come
// from the palette (no inline colours), so it reads in dark mode too.
QString assetDetailHtml(const Asset &asset, const QLocale &locale = QLocale());

} // namespace cessio
