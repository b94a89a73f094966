#include "businesscalendar.h"

#include <algorithm>
#include <array>
#include <vector>

namespace cessio {

namespace {

constexpr int yearCount = BusinessCalendar::lastYear - BusinessCalendar::firstYear + 1;

// Every national holiday of one year, in date order.
std::vector<QDate> nationalHolidays(int year)
{
    const QDate easter = BusinessCalendar::easterSunday(year);
    std::vector<QDate> days {
        QDate(year, 1, 1), // Confraternização Universal
        easter.addDays(-48), // Carnaval (segunda)
        easter.addDays(-47), // Carnaval (terça)
        easter.addDays(-2), // Sexta-feira Santa
        QDate(year, 4, 21), // Tiradentes
        QDate(year, 5, 1), // Dia do Trabalho
        easter.addDays(60), // Corpus Christi
        QDate(year, 9, 7), // Independência
        QDate(year, 10, 12), // Nossa Senhora Aparecida
        QDate(year, 11, 2), // Finados
        QDate(year, 11, 15), // Proclamação da República
        QDate(year, 12, 25), // Natal
    };
    if (year >= 2024)
        days.push_back(QDate(year, 11, 20)); // Dia Nacional de Zumbi e da Consciência Negra (Lei 14.759/2023)
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return days;
}

// The ones on a weekday: a holiday on a weekend changes no count.
std::vector<QDate> weekdayHolidays(int year)
{
    std::vector<QDate> days = nationalHolidays(year);
    std::erase_if(days, [](const QDate &day) { return day.dayOfWeek() > 5; });
    return days;
}

int weekdaysBefore(qint64 julianDay)
{
    // Whole weeks since a Monday, then the days of the last partial week that are weekdays.
    constexpr qint64 aMonday = 2415021; // 1 Jan 1900
    const qint64 days = julianDay - aMonday;
    return int(days / 7 * 5 + std::min<qint64>(days % 7, 5));
}

struct YearTable
{
    std::array<std::vector<QDate>, yearCount> holidays;
    std::array<int, yearCount + 1> holidaysBefore {}; // weekday holidays in the years before

    YearTable()
    {
        for (int i = 0; i < yearCount; ++i) {
            holidays[std::size_t(i)] = weekdayHolidays(BusinessCalendar::firstYear + i);
            holidaysBefore[std::size_t(i + 1)] = holidaysBefore[std::size_t(i)] + int(holidays[std::size_t(i)].size());
        }
    }
    static const YearTable &instance()
    {
        static const YearTable table; // thread-safe initialisation
        return table;
    }
    const std::vector<QDate> &of(int year) const { return holidays[std::size_t(year - BusinessCalendar::firstYear)]; }
};

} // namespace

QDate BusinessCalendar::easterSunday(int year)
{
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

bool BusinessCalendar::isSupported(const QDate &date)
{
    return date.isValid() && date.year() >= firstYear && date.year() <= lastYear;
}

bool BusinessCalendar::isHoliday(const QDate &date)
{
    if (!isSupported(date))
        return false;
    if (date.dayOfWeek() > 5) // the table keeps only weekday holidays
        return std::ranges::binary_search(nationalHolidays(date.year()), date);
    return std::ranges::binary_search(YearTable::instance().of(date.year()), date);
}

bool BusinessCalendar::isBusinessDay(const QDate &date)
{
    return isSupported(date) && date.dayOfWeek() <= 5 && !isHoliday(date);
}

int BusinessCalendar::ordinal(const QDate &date)
{
    const YearTable &table = YearTable::instance();
    const std::vector<QDate> &thisYear = table.of(date.year());
    const int earlierThisYear = int(std::ranges::lower_bound(thisYear, date) - thisYear.begin());
    return weekdaysBefore(date.toJulianDay()) - table.holidaysBefore[std::size_t(date.year() - firstYear)] - earlierThisYear;
}

int BusinessCalendar::businessDaysBetween(const QDate &from, const QDate &to)
{
    if (!isSupported(from) || !isSupported(to))
        return 0;
    return ordinal(to) - ordinal(from);
}

} // namespace cessio
