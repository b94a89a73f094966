#pragma once

#include <QDate>

namespace cessio {

// Brazil's national business days, as in ANBIMA's calendar of national holidays (the one the
// market's "dias úteis" and the 252-day year are counted on): weekends are not business days, nor
// are the nine fixed national holidays (Black Consciousness Day, 20 November, only from 2024, when
// Law 14,759/2023 made it national) and the four that move with Easter (Carnival Monday and Tuesday,
// Good Friday, Corpus Christi). The holidays are computed from these rules, not read from a file:
// a holiday decreed for one year only is not known [I]. Which calendar a fund's regulamento prices
// on is the fund's; this is the usual one [I].
//
// Pure and thread-safe; every count is O(1) after a table of the years 1900 to 2199 is built once.
class BusinessCalendar
{
public:
    static bool isHoliday(const QDate &date);
    static bool isBusinessDay(const QDate &date);
    // Business days from `from` (counted when a business day) up to `to` (not counted): the market's
    // "du" between a settlement and a maturity. Negative when `to` is before `from`; 0 for an invalid
    // date or one outside 1900–2199.
    static int businessDaysBetween(const QDate &from, const QDate &to);

    static constexpr int firstYear = 1900;
    static constexpr int lastYear = 2199;
    static bool isSupported(const QDate &date);

    static QDate easterSunday(int year); // Gregorian (Meeus/Jones/Butcher)

private:
    // Business days in [1 Jan firstYear, date).
    static int ordinal(const QDate &date);
};

} // namespace cessio
