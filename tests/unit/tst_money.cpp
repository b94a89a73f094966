#include "core/money.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using cessio::Money;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("centavos");
        QTest::newRow("two decimals") << QByteArray("1351.66") << true << qint64(135166);
        QTest::newRow("zero") << QByteArray("0") << true << qint64(0);
        QTest::newRow("zero with decimals") << QByteArray("0.00") << true << qint64(0);
        QTest::newRow("one centavo") << QByteArray("0.01") << true << qint64(1);
        QTest::newRow("negative") << QByteArray("-13.38") << true << qint64(-1338);
        QTest::newRow("integer reais") << QByteArray("150000") << true << qint64(15000000);
        QTest::newRow("binary-unfriendly 0.1+0.2 style") << QByteArray("0.29") << true << qint64(29);
        QTest::newRow("1.005 is three decimals") << QByteArray("1.005") << false << qint64(0);
        QTest::newRow("sub-centavo") << QByteArray("10.001") << false << qint64(0);
        QTest::newRow("large: 1 trillion reais") << QByteArray("1000000000000.99") << true << qint64(100000000000099);
        QTest::newRow("beyond exact range") << QByteArray("1e20") << false << qint64(0);
        QTest::newRow("decimal string") << QByteArray("\"1231.21\"") << true << qint64(123121);
        QTest::newRow("string one decimal") << QByteArray("\"5.5\"") << true << qint64(550);
        QTest::newRow("string garbage") << QByteArray("\"12,50\"") << false << qint64(0);
        QTest::newRow("null") << QByteArray("null") << false << qint64(0);
        QTest::newRow("bool") << QByteArray("true") << false << qint64(0);
    }
    void fromJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, ok);
        QFETCH(qint64, centavos);
        const QJsonDocument doc = QJsonDocument::fromJson("[" + json + "]");
        QVERIFY(doc.isArray());
        const auto money = Money::fromJson(doc.array().at(0));
        QCOMPARE(money.has_value(), ok);
        if (ok)
            QCOMPARE(money->centavos(), centavos);
    }

    void toJson_roundTripsExactly()
    {
        for (qint64 c :
             { qint64(0), qint64(1), qint64(-1), qint64(29), qint64(135166), qint64(100000000000099), qint64(-999999999999) }) {
            const Money m = Money::fromCentavos(c);
            const QByteArray text = QJsonDocument(QJsonArray { m.toJson() }).toJson(QJsonDocument::Compact);
            const auto back = Money::fromJson(QJsonDocument::fromJson(text).array().at(0));
            QVERIFY2(back.has_value(), text.constData());
            QCOMPARE(back->centavos(), c);
        }
    }

    void toDecimalString_data()
    {
        QTest::addColumn<qint64>("centavos");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << u"0.00"_s;
        QTest::newRow("cents only") << qint64(5) << u"0.05"_s;
        QTest::newRow("negative cents") << qint64(-5) << u"-0.05"_s;
        QTest::newRow("plain") << qint64(123456) << u"1234.56"_s;
        QTest::newRow("large") << qint64(100000000000099) << u"1000000000000.99"_s;
    }
    void toDecimalString()
    {
        QFETCH(qint64, centavos);
        QFETCH(QString, text);
        QCOMPARE(Money::fromCentavos(centavos).toDecimalString(), text);
        QCOMPARE(Money::fromDecimalString(text)->centavos(), centavos);
    }

    void format_data()
    {
        QTest::addColumn<qint64>("centavos");
        QTest::addColumn<QString>("ptBR");
        QTest::addColumn<QString>("en");
        QTest::newRow("thousands") << qint64(123456) << u"R$\u00a01.234,56"_s << u"R$1,234.56"_s;
        QTest::newRow("zero") << qint64(0) << u"R$\u00a00,00"_s << u"R$0.00"_s;
        QTest::newRow("negative") << qint64(-123456) << u"-R$\u00a01.234,56"_s << u"-R$1,234.56"_s;
        QTest::newRow("millions") << qint64(123456789012) << u"R$\u00a01.234.567.890,12"_s << u"R$1,234,567,890.12"_s;
        QTest::newRow("one centavo") << qint64(1) << u"R$\u00a00,01"_s << u"R$0.01"_s;
    }
    void format()
    {
        QFETCH(qint64, centavos);
        QFETCH(QString, ptBR);
        QFETCH(QString, en);
        const Money m = Money::fromCentavos(centavos);
        QCOMPARE(m.format(QLocale(QLocale::Portuguese, QLocale::Brazil)), ptBR);
        QCOMPARE(m.format(QLocale(QLocale::English, QLocale::UnitedStates)), en);
    }

    void fromUserText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ptBR");
        QTest::addColumn<qint64>("centavos");
        QTest::newRow("pt-BR with symbol") << u"R$ 1.234,56"_s << true << qint64(123456);
        QTest::newRow("pt-BR plain") << u"1234,5"_s << true << qint64(123450);
        QTest::newRow("en grouped") << u"1,234.56"_s << false << qint64(123456);
        QTest::newRow("en with symbol") << u"R$1,234.56"_s << false << qint64(123456);
    }
    void fromUserText()
    {
        QFETCH(QString, text);
        QFETCH(bool, ptBR);
        QFETCH(qint64, centavos);
        const QLocale locale
            = ptBR ? QLocale(QLocale::Portuguese, QLocale::Brazil) : QLocale(QLocale::English, QLocale::UnitedStates);
        const auto money = Money::fromUserText(text, locale);
        QVERIFY(money.has_value());
        QCOMPARE(money->centavos(), centavos);
        QVERIFY(!Money::fromUserText(u"abc"_s, locale).has_value());
        QVERIFY(!Money::fromUserText(QString(), locale).has_value());
    }

    // 100,000 asset values with centavos, summed through the JSON boundary, equal the exact total;
    // the same sum in doubles drifts.
    void sum_hundredThousandValues_isExact()
    {
        QRandomGenerator rng(20261123);
        QJsonArray values;
        qint64 expected = 0;
        for (int i = 0; i < 100000; ++i) {
            const qint64 centavos = qint64(rng.bounded(1, 5000000)) * 100 + rng.bounded(0, 100);
            expected += centavos;
            // Written and read back as JSON text, exactly as a server response would arrive.
            values.append(
                QString(QString::number(centavos / 100) + u'.' + QString::number(centavos % 100).rightJustified(2, u'0')));
        }
        const QByteArray wire = QJsonDocument(values).toJson(QJsonDocument::Compact).replace('"', "");
        const QJsonArray parsed = QJsonDocument::fromJson(wire).array();
        QCOMPARE(parsed.size(), 100000);
        Money total;
        double floatingTotal = 0;
        for (const auto &v : parsed) {
            const auto money = Money::fromJson(v);
            QVERIFY(money.has_value());
            total += *money;
            floatingTotal += v.toDouble();
        }
        QCOMPARE(total.centavos(), expected);
        const QString exactDecimal
            = QString::number(expected / 100) + u'.' + QString::number(expected % 100).rightJustified(2, u'0');
        QCOMPARE(total.toDecimalString(), exactDecimal);
        qInfo("exact total %s; naive double sum differs by %.6f centavos", qPrintable(exactDecimal),
              floatingTotal * 100 - double(expected));
    }

    void arithmetic()
    {
        const Money a = Money::fromCentavos(1001);
        const Money b = Money::fromCentavos(-2);
        QCOMPARE((a + b).centavos(), 999);
        QCOMPARE((a - b).centavos(), 1003);
        QCOMPARE((-a).centavos(), -1001);
        QVERIFY(b < a);
        QVERIFY(b.isNegative());
        QVERIFY(Money().isZero());
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
