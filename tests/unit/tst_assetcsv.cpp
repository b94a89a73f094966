// The asset list as CSV in both styles, parsed back: every asset, separators, BOM, decimal comma
// and dates per style, quoting, and the formula-injection guard.
#include "jsonfixtures.h"
#include "services/assetcsv.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;

namespace {

// RFC 4180 reader: quoted fields with doubled quotes, CRLF rows, fields may hold separators and breaks.
QList<QStringList> parseCsv(const QString &text, QChar separator)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == separator) {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

AssetListItem ccbWithDetail()
{
    const auto asset = Asset::fromJson(loadQiFixture(u"asset_ccb.json"_s));
    Q_ASSERT(asset);
    AssetListItem item = AssetListItem::fromAsset(*asset);
    item.externalId = u"CCB-1"_s;
    item.status = AssetStatus::PreApproved;
    item.durationDays = 812;
    item.detail = *asset;
    return item;
}

AssetListItem bare(const QString &externalId, qint64 centavos, AssetStatus status = AssetStatus::PreApproved)
{
    AssetListItem item;
    item.externalId = externalId;
    item.assetKey = u"key-"_s + externalId;
    item.totalPurchaseValue = Money::fromCentavos(centavos);
    item.type = AssetType::DuplicataMercantil;
    item.status = status;
    return item;
}

AssetListItem duplicata(const QString &id, const QString &debtor, qint64 purchaseCentavos,
                        AssetStatus status = AssetStatus::PreApproved)
{
    Asset asset;
    asset.externalId = id;
    asset.type = AssetType::DuplicataMercantil;
    asset.status = status;
    asset.totalPurchaseValue = Money::fromCentavos(purchaseCentavos);
    DiscountedCreditRight right;
    right.externalId = id;
    right.maturityDate = QDate(2027, 3, 1);
    right.faceValue = Money::fromCentavos(120000);
    right.borrower.name = u"Sacado"_s;
    right.borrower.documentNumber = debtor;
    asset.creditRight = right;
    AssetListItem item = AssetListItem::fromAsset(asset);
    item.detail = asset;
    return item;
}

// Two copies of one title (both over the fund's largest-asset limit), a clean asset, one listed without
// details, and a denied one.
QList<AssetListItem> checkedBatch()
{
    return { duplicata(u"D-1"_s, u"11.444.777/0001-61"_s, 100000), duplicata(u"D-2"_s, u"11.444.777/0001-61"_s, 100000),
             duplicata(u"OK-1"_s, u"19.845.976/0001-93"_s, 50000), bare(u"NODETAIL-1"_s, 40000),
             duplicata(u"OUT-1"_s, u"11.444.777/0001-61"_s, 100000, AssetStatus::Denied) };
}

AssetChecks checksOf(const QList<AssetListItem> &assets)
{
    FundRules rules;
    rules.maxAssetValue = Money::fromCentavos(80000);
    rules.maxBatchValue = Money::fromCentavos(100000000);
    return AssetChecks::run(assets, QDate(2026, 11, 23), u"98.765.432/0001-98"_s, rules);
}

} // namespace

class TestAssetCsv : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void excelStyle_parsesBack_withBomSemicolonDecimalCommaAndLocalDates()
    {
        const QString path = m_dir.filePath(u"excel.csv"_s);
        QString error;
        QVERIFY2(
            AssetCsv::write(path, u"B-7"_s, { ccbWithDetail(), bare(u"D-2"_s, 123456789) }, AssetCsv::Style::ExcelPtBr, &error),
            qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const auto rows = parseCsv(QString::fromUtf8(bytes.mid(3)), u';');
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).size(), AssetCsv::header(AssetCsv::Style::ExcelPtBr).size());
        const QStringList ccb = rows.at(1);
        QCOMPARE(ccb.at(0), u"B-7"_s);
        QCOMPARE(ccb.at(1), u"CCB-1"_s);
        QCOMPARE(ccb.at(5), u"1351,66"_s); // purchase value: decimal comma, no grouping
        QCOMPARE(ccb.at(6), u"1472,22"_s); // face value: the three installments
        QCOMPARE(ccb.at(7), u"812"_s);
        QCOMPARE(ccb.at(8), u"Empresa Exemplo Ltda"_s);
        QCOMPARE(ccb.at(9), u"19.845.976/0001-93"_s);
        QCOMPARE(ccb.at(10), u"01/10/2023"_s);
        QCOMPARE(ccb.at(11), u"01/10/2025"_s);
        QCOMPARE(rows.at(2).at(5), u"1234567,89"_s);
        QVERIFY(rows.at(2).at(6).isEmpty()); // no detail: no face value, not a made-up one
    }

    void plainStyle_parsesBack_withCommaDotsAndIsoDates()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        AssetCsv::write(buffer, u"B-7"_s, { ccbWithDetail(), bare(u"D-2"_s, -5) }, AssetCsv::Style::Plain);
        QVERIFY(!buffer.data().startsWith("\xEF\xBB\xBF"));
        const auto rows = parseCsv(QString::fromUtf8(buffer.data()), u',');
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).at(0), u"batch_external_id"_s);
        QCOMPARE(rows.at(1).at(3), u"ccb"_s);
        QCOMPARE(rows.at(1).at(4), u"pre_approved"_s);
        QCOMPARE(rows.at(1).at(5), u"1351.66"_s);
        QCOMPARE(rows.at(1).at(9), u"19845976000193"_s);
        QCOMPARE(rows.at(1).at(10), u"2023-10-01"_s);
        QCOMPARE(rows.at(2).at(3), u"duplicata_mercantil"_s);
        QCOMPARE(rows.at(2).at(5), u"-0.05"_s); // a negative number is not a formula: left alone
    }

    void write_everyAsset_oneRowEach()
    {
        QList<AssetListItem> assets;
        for (int i = 0; i < 2500; ++i)
            assets << bare(u"A-%1"_s.arg(i), 1000 + i, i % 7 == 0 ? AssetStatus::Denied : AssetStatus::PreApproved);
        for (auto style : { AssetCsv::Style::ExcelPtBr, AssetCsv::Style::Plain }) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            AssetCsv::write(buffer, u"B"_s, assets, style);
            QByteArray bytes = buffer.data();
            if (style == AssetCsv::Style::ExcelPtBr)
                bytes = bytes.mid(3);
            const auto rows = parseCsv(QString::fromUtf8(bytes), AssetCsv::separator(style));
            QCOMPARE(rows.size(), assets.size() + 1);
            QCOMPARE(rows.constLast().at(1), u"A-2499"_s);
        }
    }

    void field_formulaOrSeparator_isDefusedAndQuoted_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("expected");
        QTest::newRow("equals") << u"=HYPERLINK(\"http://x\")"_s << u"'=HYPERLINK(\"http://x\")"_s;
        QTest::newRow("plus") << u"+55 11 9999"_s << u"'+55 11 9999"_s;
        QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("minus text") << u"-foo"_s << u"'-foo"_s;
        QTest::newRow("separators and breaks") << u"a;b,c\nd \"e\""_s << u"a;b,c\nd \"e\""_s;
        QTest::newRow("plain") << u"Documento ilegível"_s << u"Documento ilegível"_s;
    }
    void field_formulaOrSeparator_isDefusedAndQuoted()
    {
        QFETCH(QString, reason);
        QFETCH(QString, expected);
        AssetListItem item = bare(u"X"_s, 100, AssetStatus::Denied);
        item.denialReason = reason;
        for (auto style : { AssetCsv::Style::ExcelPtBr, AssetCsv::Style::Plain }) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            AssetCsv::write(buffer, u"B"_s, { item }, style);
            QByteArray bytes = buffer.data();
            if (style == AssetCsv::Style::ExcelPtBr)
                bytes = bytes.mid(3);
            const auto rows = parseCsv(QString::fromUtf8(bytes), AssetCsv::separator(style));
            QCOMPARE(rows.size(), 2);
            QCOMPARE(rows.at(1).at(13), expected); // denial reason
        }
    }

    // Each asset's alerts: whether it was checked, the stable rule keys, the text as the app shows it.
    void alerts_bothStyles_keysTextAndWhetherChecked_data()
    {
        QTest::addColumn<int>("style");
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QString>("yes");
        QTest::addColumn<QString>("no");
        QTest::newRow("excel") << int(AssetCsv::Style::ExcelPtBr)
                               << QStringList { u"Checked"_s, u"Alert keys"_s, u"Alerts"_s, u"Implied rate (% per month)"_s }
                               << u"yes"_s << u"no"_s;
        QTest::newRow("plain") << int(AssetCsv::Style::Plain)
                               << QStringList { u"checked"_s, u"alerts"_s, u"alert_details"_s, u"implied_monthly_rate"_s }
                               << u"true"_s << u"false"_s;
    }
    void alerts_bothStyles_keysTextAndWhetherChecked()
    {
        QFETCH(int, style);
        QFETCH(QStringList, header);
        QFETCH(QString, yes);
        QFETCH(QString, no);
        const auto csvStyle = AssetCsv::Style(style);
        const QList<AssetListItem> assets = checkedBatch();
        const AssetChecks checks = checksOf(assets);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        AssetCsv::write(buffer, u"B-7"_s, assets, csvStyle, &checks);
        QByteArray bytes = buffer.data();
        if (csvStyle == AssetCsv::Style::ExcelPtBr)
            bytes = bytes.mid(3);
        const auto rows = parseCsv(QString::fromUtf8(bytes), AssetCsv::separator(csvStyle));
        QCOMPARE(rows.size(), assets.size() + 1);
        QCOMPARE(rows.at(0).mid(14), header);
        const auto columns = [&](int row) { return rows.at(row).mid(14); };
        QCOMPARE(columns(1).at(0), yes);
        QCOMPARE(columns(1).at(1), u"duplicate_title outside_fund_rules"_s);
        QVERIFY2(columns(1).at(2).startsWith(u"Possible duplicate title: the same as D-2 | Outside the fund's rules: "_s),
                 qPrintable(columns(1).at(2)));
        QCOMPARE(columns(3).mid(0, 3), (QStringList { yes, QString(), QString() })); // checked, nothing found
        QCOMPARE(columns(4), (QStringList { no, QString(), QString(), QString() })); // no details: not checked
        QCOMPARE(columns(5), (QStringList { no, QString(), QString(), QString() })); // denied: not being bought
        // The rate the checks priced each asset at: a fraction for scripts, a percentage for Excel.
        const auto rate = checks.pricing.rateOf(assets.at(2).externalId);
        QVERIFY(rate);
        QCOMPARE(columns(3).at(3),
                 csvStyle == AssetCsv::Style::Plain ? QString::number(*rate, 'f', 6)
                                                    : QString::number(*rate * 100.0, 'f', 4).replace(u'.', u','));

        // Without the checks (they had not run) nothing is claimed.
        QBuffer unchecked;
        unchecked.open(QIODevice::WriteOnly);
        AssetCsv::write(unchecked, u"B-7"_s, assets, csvStyle);
        const QStringList row = AssetCsv::row(u"B-7"_s, assets.first(), csvStyle);
        QCOMPARE(row.mid(14), (QStringList { no, QString(), QString(), QString() }));
    }

    // The fund rules' verdicts are about the batch: a file of their own, one row per limit set.
    void fundRules_fileBesideTheAssets_oneRowPerLimit()
    {
        QCOMPARE(AssetCsv::fundRulesPath(u"/tmp/batch-7-assets.csv"_s), u"/tmp/batch-7-assets-fund-rules.csv"_s);
        QCOMPARE(AssetCsv::fundRulesPath(u"/tmp/x.CSV"_s), u"/tmp/x-fund-rules.csv"_s);
        const AssetChecks checks = checksOf(checkedBatch());
        const QString path = m_dir.filePath(u"rules.csv"_s);
        QString error;
        QVERIFY2(AssetCsv::writeFundRules(path, u"B-7"_s, checks, AssetCsv::Style::Plain, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto rows = parseCsv(QString::fromUtf8(file.readAll()), u',');
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0), AssetCsv::fundRulesHeader(AssetCsv::Style::Plain));
        QCOMPARE(rows.at(1).mid(0, 3), (QStringList { u"B-7"_s, u"max_asset_value"_s, u"Largest asset"_s }));
        QCOMPARE(rows.at(1).at(5), u"false"_s);
        QCOMPARE(rows.at(1).at(6), u"2"_s);
        QCOMPARE(rows.at(1).at(7), u"2 asset(s) outside"_s);
        QCOMPARE(rows.at(2).at(1), u"max_batch_value"_s);
        QCOMPARE(rows.at(2).at(5), u"true"_s);

        QBuffer excel;
        excel.open(QIODevice::WriteOnly);
        AssetCsv::writeFundRules(excel, u"B-7"_s, checks, AssetCsv::Style::ExcelPtBr);
        QVERIFY(excel.data().startsWith("\xEF\xBB\xBF"));
        const auto excelRows = parseCsv(QString::fromUtf8(excel.data().mid(3)), u';');
        QCOMPARE(excelRows.at(1).at(2), u"Largest asset"_s);
        QCOMPARE(excelRows.at(1).at(5), u"no"_s);
    }

    void write_unwritablePath_failsWithReason()
    {
        QString error;
        QVERIFY(!AssetCsv::write(m_dir.filePath(u"missing/dir/x.csv"_s), u"B"_s, {}, AssetCsv::Style::Plain, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAssetCsv)
#include "tst_assetcsv.moc"
