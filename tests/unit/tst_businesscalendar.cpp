// Brazil's national business days (ANBIMA's national holidays): the holidays that move with Easter,
// the one added in 2024, and counts that agree with walking the calendar day by day.
#include "core/businesscalendar.h"

#include <QRandomGenerator>
#include <QTest>

using cessio::BusinessCalendar;

namespace {

int walked(QDate from, const QDate &to)
{
    int count = 0;
    for (; from < to; from = from.addDays(1))
        count += BusinessCalendar::isBusinessDay(from) ? 1 : 0;
    return count;
}

} // namespace

class TestBusinessCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void easter_knownYears()
    {
        QCOMPARE(BusinessCalendar::easterSunday(2024), QDate(2024, 3, 31));
        QCOMPARE(BusinessCalendar::easterSunday(2025), QDate(2025, 4, 20));
        QCOMPARE(BusinessCalendar::easterSunday(2026), QDate(2026, 4, 5));
        QCOMPARE(BusinessCalendar::easterSunday(2027), QDate(2027, 3, 28));
        QCOMPARE(BusinessCalendar::easterSunday(2038), QDate(2038, 4, 25)); // the latest possible
    }

    void holidays_2026_movableAndFixed()
    {
        for (const QDate &day : { QDate(2026, 1, 1), QDate(2026, 2, 16), QDate(2026, 2, 17), QDate(2026, 4, 3),
                                  QDate(2026, 4, 21), QDate(2026, 5, 1), QDate(2026, 6, 4), QDate(2026, 9, 7),
                                  QDate(2026, 10, 12), QDate(2026, 11, 2), QDate(2026, 11, 20), QDate(2026, 12, 25) }) {
            QVERIFY2(BusinessCalendar::isHoliday(day), qPrintable(day.toString(Qt::ISODate)));
            QVERIFY(!BusinessCalendar::isBusinessDay(day));
        }
        QVERIFY(BusinessCalendar::isHoliday(QDate(2026, 11, 15))); // a Sunday, still a holiday
        QVERIFY(BusinessCalendar::isBusinessDay(QDate(2026, 2, 18))); // Ash Wednesday: a business day nationally
        QVERIFY(BusinessCalendar::isBusinessDay(QDate(2026, 12, 24)));
        QVERIFY(!BusinessCalendar::isBusinessDay(QDate(2026, 12, 5))); // Saturday
    }

    void blackConsciousnessDay_nationalOnlySince2024()
    {
        QVERIFY(BusinessCalendar::isBusinessDay(QDate(2023, 11, 20))); // a Monday, not yet national
        QVERIFY(!BusinessCalendar::isBusinessDay(QDate(2024, 11, 20)));
    }

    void between_weekendsHolidaysAndDirection()
    {
        // From a Friday to the Monday: the Friday counts, the Monday does not.
        QCOMPARE(BusinessCalendar::businessDaysBetween(QDate(2026, 12, 4), QDate(2026, 12, 7)), 1);
        // Christmas Eve to the Monday after: only the 24th.
        QCOMPARE(BusinessCalendar::businessDaysBetween(QDate(2026, 12, 24), QDate(2026, 12, 28)), 1);
        QCOMPARE(BusinessCalendar::businessDaysBetween(QDate(2026, 12, 7), QDate(2026, 12, 7)), 0);
        QCOMPARE(BusinessCalendar::businessDaysBetween(QDate(2026, 12, 7), QDate(2026, 12, 4)), -1);
        QCOMPARE(BusinessCalendar::businessDaysBetween(QDate(), QDate(2026, 12, 4)), 0);
        QCOMPARE(BusinessCalendar::businessDaysBetween(QDate(1850, 1, 1), QDate(2026, 12, 4)), 0);
        // A whole year: 2026 has 261 weekdays, 12 of them holidays (15 November is a Sunday).
        QCOMPARE(BusinessCalendar::businessDaysBetween(QDate(2026, 1, 1), QDate(2027, 1, 1)), 249);
    }

    void between_agreesWithWalkingTheCalendar()
    {
        QRandomGenerator random(20261207);
        const qint64 first = QDate(1995, 1, 1).toJulianDay();
        for (int i = 0; i < 400; ++i) {
            const QDate from = QDate::fromJulianDay(first + random.bounded(15000));
            const QDate to = from.addDays(random.bounded(800));
            QCOMPARE(BusinessCalendar::businessDaysBetween(from, to), walked(from, to));
            QCOMPARE(BusinessCalendar::businessDaysBetween(to, from), -walked(from, to));
        }
    }
};

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "tst_businesscalendar.moc"
