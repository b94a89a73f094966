#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace cessio {

// Dates as finance tables show them: the locale's short order with a four-digit year
// ("23/11/2026" in pt_BR, "11/23/2026" in en) — a two-digit year is ambiguous on long maturities.
QString shortDate(const QDate &date, const QLocale &locale = QLocale());
QString shortDateTime(const QDateTime &dateTime, const QLocale &locale = QLocale());

} // namespace cessio
