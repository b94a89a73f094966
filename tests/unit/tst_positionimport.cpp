// The administrator's position file (services/portfolio/positionimport, positiontable, xlsxreader):
// field formats, the suggested mapping, per-row errors, all or nothing — from CSV and from XLSX files
// written by the test itself — and hostile XLSX files (bombs, truncation, wrong offsets, huge counts).
#include "services/portfolio/positionimport.h"
#include "services/portfolio/xlsxreader.h"
#include "support/testzip.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;
using Field = PositionImport::Field;

namespace {

TableCell text(const QString &t)
{
    return { t, false };
}

TableCell number(const QString &t)
{
    return { t, true };
}

const QString header
    = u"CPF/CNPJ do Sacado;Nome do Sacado;CNPJ Cedente;Cedente;Tipo;Valor Nominal;Valor Presente;Data de Vencimento;Data de Aquisição;Seu Número"_s;

PositionImport::Options options(const PositionImport::ColumnMapping &mapping)
{
    PositionImport::Options o;
    o.mapping = mapping;
    o.positionDate = QDate(2026, 11, 30);
    o.sourceName = u"carteira.csv"_s;
    return o;
}

PositionImport::ColumnMapping fullMapping()
{
    return PositionImport::suggestMapping(header.split(u';'));
}

} // namespace

class TestPositionImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void amounts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("numeric");
        QTest::addColumn<qint64>("centavos"); // -1: refused
        QTest::newRow("pt-BR") << u"1.234,56"_s << false << qint64(123456);
        QTest::newRow("plain") << u"1234.56"_s << false << qint64(123456);
        QTest::newRow("en grouping") << u"1,234.56"_s << false << qint64(123456);
        QTest::newRow("comma decimal") << u"1234,5"_s << false << qint64(123450);
        QTest::newRow("thousands only") << u"1.234"_s << false << qint64(123400);
        QTest::newRow("millions") << u"1.234.567"_s << false << qint64(123456700);
        QTest::newRow("currency and spaces") << u" R$ 2.000,00 "_s << false << qint64(200000);
        QTest::newRow("no-break space") << u"R$\u00a010,00"_s << false << qint64(1000);
        QTest::newRow("integer") << u"15"_s << false << qint64(1500);
        QTest::newRow("xlsx float artefact") << u"1234.5599999999999"_s << true << qint64(123456);
        QTest::newRow("xlsx exponent") << u"1.5E3"_s << true << qint64(150000);
        QTest::newRow("three decimals") << u"12,345"_s << false << qint64(1234500); // read as thousands
        QTest::newRow("four decimals") << u"1,2345"_s << false << qint64(-1);
        QTest::newRow("xlsx fraction of centavo") << u"1.005"_s << true << qint64(-1);
        QTest::newRow("bad grouping") << u"1.23.456"_s << false << qint64(-1);
        QTest::newRow("negative") << u"-10,00"_s << false << qint64(-1);
        QTest::newRow("letters") << u"dez reais"_s << false << qint64(-1);
        QTest::newRow("empty") << QString() << false << qint64(-1);
        QTest::newRow("dangling separator") << u"10,"_s << false << qint64(-1);
    }
    void amounts()
    {
        QFETCH(QString, input);
        QFETCH(bool, numeric);
        QFETCH(qint64, centavos);
        QString problem;
        const std::optional<Money> m = PositionImport::parseAmount({ input, numeric }, &problem);
        if (centavos < 0) {
            QVERIFY(!m);
            QVERIFY(!problem.isEmpty());
        } else {
            QVERIFY2(m, qPrintable(problem));
            QCOMPARE(m->centavos(), centavos);
        }
    }

    void dates_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("numeric");
        QTest::addColumn<QDate>("expected"); // invalid: refused
        QTest::newRow("dd/mm/yyyy") << u"05/12/2026"_s << false << QDate(2026, 12, 5);
        QTest::newRow("d/m/yyyy") << u"5/1/2027"_s << false << QDate(2027, 1, 5);
        QTest::newRow("with time") << u"05/12/2026 00:00:00"_s << false << QDate(2026, 12, 5);
        QTest::newRow("iso") << u"2026-12-05"_s << false << QDate(2026, 12, 5);
        QTest::newRow("iso datetime") << u"2026-12-05T00:00:00Z"_s << false << QDate(2026, 12, 5);
        QTest::newRow("serial") << u"46361"_s << true << QDate(2026, 12, 5); // 1899-12-30 + 46361
        QTest::newRow("serial with time") << u"46361.75"_s << true << QDate(2026, 12, 5);
        QTest::newRow("31 February") << u"31/02/2026"_s << false << QDate();
        QTest::newRow("us order") << u"12-31-2026"_s << false << QDate();
        QTest::newRow("serial in csv") << u"46361"_s << false << QDate();
        QTest::newRow("two-digit year") << u"05/12/26"_s << false << QDate();
        QTest::newRow("serial out of range") << u"99999999"_s << true << QDate();
    }
    void dates()
    {
        QFETCH(QString, input);
        QFETCH(bool, numeric);
        QFETCH(QDate, expected);
        QString problem;
        const std::optional<QDate> d = PositionImport::parseDate({ input, numeric }, false, &problem);
        if (!expected.isValid()) {
            QVERIFY(!d);
            QVERIFY(!problem.isEmpty());
        } else {
            QVERIFY2(d, qPrintable(problem));
            QCOMPARE(*d, expected);
        }
    }

    void date1904()
    {
        QString problem;
        QCOMPARE(PositionImport::parseDate(number(u"44899"_s), true, &problem), std::optional<QDate>(QDate(2026, 12, 5)));
    }

    void documents_data()
    {
        QTest::addColumn<TableCell>("input");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("cnpj punctuated") << text(u"11.222.333/0001-81"_s) << u"11222333000181"_s;
        QTest::newRow("cnpj bare") << text(u"11222333000181"_s) << u"11222333000181"_s;
        QTest::newRow("cpf punctuated") << text(u"123.456.789-09"_s) << u"12345678909"_s;
        QTest::newRow("cpf lost zero") << number(u"1234567890"_s) << u"01234567890"_s;
        QTest::newRow("cnpj lost zeros") << number(u"123456000149"_s) << u"00123456000149"_s;
        QTest::newRow("cnpj as exponent") << number(u"1.1222333000181E13"_s) << u"11222333000181"_s;
        QTest::newRow("bad check digits") << text(u"11.222.333/0001-82"_s) << QString();
        QTest::newRow("repeated") << text(u"111.111.111-11"_s) << QString();
        QTest::newRow("short garbage") << text(u"12345"_s) << QString();
        QTest::newRow("empty") << text(QString()) << QString();
    }
    void documents()
    {
        QFETCH(TableCell, input);
        QFETCH(QString, expected);
        QString problem;
        const std::optional<QString> doc = PositionImport::parseDocument(input, &problem);
        if (expected.isEmpty()) {
            QVERIFY(!doc);
            QVERIFY(!problem.isEmpty());
        } else {
            QVERIFY2(doc, qPrintable(problem));
            QCOMPARE(*doc, expected);
        }
    }

    void assetTypes()
    {
        QCOMPARE(PositionImport::parseAssetType(u"Duplicata Mercantil"_s), AssetType(AssetType::DuplicataMercantil));
        QCOMPARE(PositionImport::parseAssetType(u"DS"_s), AssetType(AssetType::DuplicataServicos));
        QCOMPARE(PositionImport::parseAssetType(u"Nota Promissória"_s), AssetType(AssetType::PromissoryNote));
        QCOMPARE(PositionImport::parseAssetType(u"ccb"_s), AssetType(AssetType::Ccb));
        QCOMPARE(PositionImport::parseAssetType(u"Debênture"_s).apiName(), u"Debênture"_s); // unknown, kept as written
    }

    void suggestedMapping()
    {
        const PositionImport::ColumnMapping m = fullMapping();
        QCOMPARE(m.column(Field::DebtorDocument), 0);
        QCOMPARE(m.column(Field::DebtorName), 1);
        QCOMPARE(m.column(Field::AssignorDocument), 2);
        QCOMPARE(m.column(Field::AssignorName), 3);
        QCOMPARE(m.column(Field::AssetType), 4);
        QCOMPARE(m.column(Field::FaceValue), 5);
        QCOMPARE(m.column(Field::PresentValue), 6);
        QCOMPARE(m.column(Field::DueDate), 7);
        QCOMPARE(m.column(Field::AcquiredDate), 8);
        QCOMPARE(m.column(Field::AssetId), 9);
        QVERIFY(m.missingRequired().isEmpty());
        // Other spellings administrators use.
        const PositionImport::ColumnMapping other
            = PositionImport::suggestMapping({ u"DOC_SACADO"_s, u"VENCTO"_s, u"VL_PRESENTE"_s, u"Vencimento"_s, u"Valor"_s });
        QCOMPARE(other.column(Field::DebtorDocument), 0);
        QCOMPARE(other.column(Field::PresentValue), 2);
        QCOMPARE(other.column(Field::DueDate), 3);
        const PositionImport::ColumnMapping none = PositionImport::suggestMapping({ u"a"_s, u"b"_s });
        QCOMPARE(none.missingRequired().size(), 3);
        // Remembered per fund as JSON.
        const std::optional<PositionImport::ColumnMapping> back = PositionImport::ColumnMapping::fromJsonText(m.toJsonText());
        QVERIFY(back);
        QCOMPARE(*back, m);
        QVERIFY(!PositionImport::ColumnMapping::fromJsonText(u"{\"due_date\":-4}"_s));
        QVERIFY(!PositionImport::ColumnMapping::fromJsonText(u"[]"_s));
    }

    void csv_importsEveryRow()
    {
        const QByteArray csv
            = (header
               + u"\r\n"
                 "11.222.333/0001-81;ACME LTDA;44.555.666/0001-81;CEDENTE X;DM;1.000,00;950,00;05/01/2027;01/11/2026;NF-1\r\n"
                 "\r\n"
                 "\"123.456.789-09\";\"Silva; Joana\";;;;;\"2.500,50\";2027-02-10;;\r\n"_s)
                  .toUtf8();
        const PositionImport::Result r = PositionImport::importCsv(csv, options(fullMapping()));
        QVERIFY2(r.ok(), qPrintable(r.fileError + (r.errors.isEmpty() ? QString() : r.errors.constFirst().message)));
        QCOMPARE(r.rowsRead, 2);
        QCOMPARE(r.headers.size(), 10);
        QCOMPARE(r.positions.size(), 2);
        const PortfolioPosition &a = r.positions[0];
        QCOMPARE(a.debtorDocument, u"11222333000181"_s);
        QCOMPARE(a.assignorDocument, u"44555666000181"_s);
        QCOMPARE(a.type, AssetType(AssetType::DuplicataMercantil));
        QCOMPARE(a.faceValue.centavos(), 100000);
        QCOMPARE(a.presentValue.centavos(), 95000);
        QCOMPARE(a.dueDate, QDate(2027, 1, 5));
        QCOMPARE(a.acquiredDate, QDate(2026, 11, 1));
        QCOMPARE(a.heldOn, QDate(2026, 11, 30));
        QCOMPARE(a.source, PortfolioPosition::Source::Import);
        QCOMPARE(a.sourceReference, u"carteira.csv"_s);
        QCOMPARE(a.assetId, u"NF-1"_s);
        const PortfolioPosition &b = r.positions[1];
        QCOMPARE(b.debtorName, u"Silva; Joana"_s); // the separator inside quotes
        QCOMPARE(b.presentValue.centavos(), 250050);
        QCOMPARE(b.faceValue.centavos(), 250050); // no face value: the present value stands for it
        QVERIFY(b.assignorDocument.isEmpty());
    }

    void csv_commaSeparatedLatin1()
    {
        QByteArray csv = "Documento Sacado,Vencimento,Valor Presente\n12345678909,05/01/2027,\"1.234,56\"\n";
        csv += QByteArray("11222333000181,06/01/2027,10\n");
        const PositionImport::Options o
            = options(PositionImport::suggestMapping({ u"Documento Sacado"_s, u"Vencimento"_s, u"Valor Presente"_s }));
        const PositionImport::Result r = PositionImport::importCsv(csv, o);
        QVERIFY(r.ok());
        QCOMPARE(r.positions[0].presentValue.centavos(), 123456);
        // Windows-1252/Latin-1 bytes (not valid UTF-8) are read as Latin-1.
        const QByteArray latin1 = "Sacado;CPF/CNPJ Sacado;Vencimento;Valor\nJos\xe9;12345678909;05/01/2027;10,00\n";
        const PositionImport::Result l = PositionImport::importCsv(
            latin1, options(PositionImport::suggestMapping({ u"Sacado"_s, u"CPF/CNPJ Sacado"_s, u"Vencimento"_s, u"Valor"_s })));
        QVERIFY2(l.ok(), qPrintable(l.fileError));
        QCOMPARE(l.positions[0].debtorName, u"José"_s);
    }

    void csv_errorsNameRowAndColumn_nothingImported()
    {
        const QByteArray csv = (header
                                + u"\n"
                                  "11.222.333/0001-81;A;;;;1.000,00;950,00;05/01/2027;;\n"
                                  "11.222.333/0001-82;B;;;;1.000,00;abc;31/02/2027;;\n"
                                  "123.456.789-09;C;;;;1.000,00;900,00;05/01/2027;;\n"_s)
                                   .toUtf8();
        const PositionImport::Result r = PositionImport::importCsv(csv, options(fullMapping()));
        QVERIFY(!r.ok());
        QVERIFY(r.positions.isEmpty()); // rows 2 and 4 were fine: still nothing imported
        QCOMPARE(r.rowsRead, 3);
        QCOMPARE(r.errorCount, 3);
        QCOMPARE(r.errors[0].row, 3);
        QCOMPARE(r.errors[0].column, 0);
        QVERIFY2(r.errors[0].message.startsWith(u"Row 3, column A (Debtor CPF/CNPJ): “11.222.333/0001-82”"_s),
                 qPrintable(r.errors[0].message));
        QCOMPARE(r.errors[1].column, 6);
        QVERIFY2(r.errors[1].message.contains(u"column G (Present value): “abc” is not an amount"_s),
                 qPrintable(r.errors[1].message));
        QVERIFY2(r.errors[2].message.contains(u"column H (Due date): “31/02/2027” is not a day of the calendar"_s),
                 qPrintable(r.errors[2].message));
    }

    void csv_manyErrorsCountedNotAllListed()
    {
        QByteArray csv = "Sacado CPF;Vencimento;Valor\n";
        for (int i = 0; i < 500; ++i)
            csv += "x;05/01/2027;1,00\n";
        PositionImport::Options o = options(PositionImport::suggestMapping({ u"Sacado CPF"_s, u"Vencimento"_s, u"Valor"_s }));
        o.maxErrorsListed = 10;
        const PositionImport::Result r = PositionImport::importCsv(csv, o);
        QCOMPARE(r.errorCount, 500);
        QCOMPARE(r.errors.size(), 10);
        QVERIFY(r.positions.isEmpty());
    }

    void csv_fileProblems()
    {
        const PositionImport::Options o = options(fullMapping());
        PositionImport::Result r = PositionImport::importCsv((header + u"\n"_s).toUtf8(), o);
        QCOMPARE(r.fileError, u"The file has no position rows."_s);
        r = PositionImport::importCsv("a;b\n\"never closed;x\n", o);
        QVERIFY2(r.fileError.contains(u"never closed"_s), qPrintable(r.fileError));
        r = PositionImport::importCsv("x\n", options(PositionImport::ColumnMapping()));
        QVERIFY2(r.fileError.startsWith(u"Choose the columns for: Debtor CPF/CNPJ, Due date"_s), qPrintable(r.fileError));
        // Caps: a field longer than allowed, more columns than allowed.
        QString error;
        CsvTable::Limits small;
        small.maxFieldBytes = 8;
        QVERIFY(!CsvTable::read(
            "0123456789;x\n", [](qsizetype, const QList<TableCell> &) { return true; }, &error, small));
        QVERIFY(error.contains(u"longer than 8 bytes"_s));
        small = {};
        small.maxColumns = 3;
        QVERIFY(!CsvTable::read(
            "a;b;c;d\n", [](qsizetype, const QList<TableCell> &) { return true; }, &error, small));
        QVERIFY(!CsvTable::isValidUtf8("\xe9t\xe9"));
        QVERIFY(CsvTable::isValidUtf8("\xc3\xa9t\xc3\xa9"));
        QVERIFY(!CsvTable::isValidUtf8("\xc3"));
    }

    void xlsx_importsSharedInlineNumbersAndSerials()
    {
        const QList<QStringList> rows {
            header.split(u';'),
            { u"11.222.333/0001-81"_s, u"ACME & Filhos <LTDA>"_s, u"=44555666000181"_s, u"CEDENTE X"_s, u"DM"_s, u"=1000"_s,
              u"=949.99999999999989"_s, u"=46392"_s, u"01/11/2026"_s, u"NF-1"_s },
            {},
            { u"=1234567890"_s, u"Maria"_s, {}, {}, {}, {}, u"2.500,50"_s, u"2027-02-10"_s, {}, {} },
        };
        for (const bool inlineStrings : { false, true }) {
            const PositionImport::Result r
                = PositionImport::importXlsx(testzip::makeXlsx(rows, inlineStrings), options(fullMapping()));
            QVERIFY2(r.ok(), qPrintable(r.fileError + (r.errors.isEmpty() ? QString() : r.errors.constFirst().message)));
            QCOMPARE(r.positions.size(), 2);
            QCOMPARE(r.headers.constFirst(), u"CPF/CNPJ do Sacado"_s);
            const PortfolioPosition &a = r.positions[0];
            QCOMPARE(a.debtorName, u"ACME & Filhos <LTDA>"_s);
            QCOMPARE(a.assignorDocument, u"44555666000181"_s); // a number cell
            QCOMPARE(a.faceValue.centavos(), 100000);
            QCOMPARE(a.presentValue.centavos(), 95000);
            QCOMPARE(a.dueDate, QDate(2027, 1, 5)); // serial 46392
            QCOMPARE(r.positions[1].debtorDocument, u"01234567890"_s); // leading zero restored
            QCOMPARE(r.positions[1].presentValue.centavos(), 250050);
        }
    }

    void xlsx_firstSheetByRelationship_and1904()
    {
        XlsxReader reader;
        const QByteArray file = testzip::makeXlsx({ { u"a"_s } }, false, "<workbookPr date1904=\"1\"/>");
        QVERIFY2(reader.open(file), qPrintable(reader.errorString()));
        QVERIFY(reader.uses1904Dates());
        QCOMPARE(reader.firstSheetPath(), u"xl/worksheets/sheet1.xml"_s);
        QCOMPARE(XlsxReader::columnOfReference(u"A1"), 0);
        QCOMPARE(XlsxReader::columnOfReference(u"AB12"), 27);
        QCOMPARE(XlsxReader::columnOfReference(u"XFD1"), 16383);
        QCOMPARE(XlsxReader::columnOfReference(u"XFE1"), -1);
        QCOMPARE(XlsxReader::columnOfReference(u"12"), -1);
        QCOMPARE(PositionImport::columnLetters(0), u"A"_s);
        QCOMPARE(PositionImport::columnLetters(27), u"AB"_s);
    }

    void xlsx_hostile_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("expected"); // part of the error
        const QByteArray good = testzip::makeXlsx({ { u"CPF Sacado"_s, u"Vencimento"_s, u"Valor"_s } });

        QTest::newRow("not a zip") << QByteArray("PK no directory here") << u"no ZIP directory"_s;
        QTest::newRow("empty") << QByteArray() << u"no ZIP directory"_s;
        QTest::newRow("truncated") << good.left(good.size() / 2) << u"no ZIP directory"_s;

        QByteArray outside = good;
        testzip::patch32(outside, testzip::directoryRecord(outside, "xl/workbook.xml") + 42, 0x7fffffff);
        QTest::newRow("local header outside") << outside << u"points outside the file"_s;

        QByteArray wrongOffset = good;
        testzip::patch32(wrongOffset, testzip::directoryRecord(wrongOffset, "xl/workbook.xml") + 42, 5);
        QTest::newRow("offset not a header") << wrongOffset << u"points outside the file"_s;

        QByteArray lying = good;
        testzip::patch32(lying, testzip::directoryRecord(lying, "xl/workbook.xml") + 24, 10); // says 10 bytes
        QTest::newRow("larger than declared") << lying << u"larger than it declares"_s;

        QByteArray shortData = good;
        const qsizetype rec = testzip::directoryRecord(shortData, "xl/workbook.xml");
        const quint32 compressed = quint8(shortData[rec + 20]) | (quint8(shortData[rec + 21]) << 8);
        testzip::patch32(shortData, rec + 20, compressed / 2); // the deflate stream is cut in half
        QTest::newRow("deflate cut short") << shortData << u"damaged or larger than it declares"_s;

        QByteArray badCrc = good;
        testzip::patch32(badCrc, testzip::directoryRecord(badCrc, "xl/workbook.xml") + 16, 0x12345678);
        QTest::newRow("bad crc") << badCrc << u"damaged or larger than it declares"_s;

        // A bomb: 64 MB of zeros that deflate to ~64 KB, declared honestly; beyond the 1 MB cap below.
        const QByteArray zeros(64 * 1024 * 1024, '\0');
        QList<testzip::Part> bombParts { { "xl/workbook.xml", zeros } };
        QTest::newRow("zip bomb") << testzip::makeZip(bombParts) << u"inflate beyond the allowed size"_s;

        QByteArray manyEntries = good;
        const qsizetype eocd = manyEntries.lastIndexOf("PK\x05\x06");
        manyEntries[eocd + 10] = char(0xfe);
        manyEntries[eocd + 11] = char(0xff);
        QTest::newRow("huge entry count") << manyEntries << u"more than 100 parts"_s;

        QByteArray zip64 = good;
        zip64[eocd + 10] = char(0xff);
        zip64[eocd + 11] = char(0xff);
        QTest::newRow("zip64") << zip64 << u"ZIP64"_s;

        QByteArray dtd = testzip::makeZip({ { "xl/workbook.xml",
                                              "<?xml version=\"1.0\"?><!DOCTYPE lol [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
                                              "\"&a;&a;&a;&a;&a;&a;&a;&a;\">]><workbook>&b;</workbook>" } });
        QTest::newRow("dtd entities") << dtd << u"XML is damaged"_s;

        QTest::newRow("no worksheet") << testzip::makeZip({ { "xl/workbook.xml", "<workbook/>" } }) << u"no worksheet"_s;
        QTest::newRow("no workbook") << testzip::makeZip({ { "word/document.xml", "<w/>" } }) << u"xl/workbook.xml is missing"_s;
    }
    void xlsx_hostile()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, expected);
        XlsxReader::Limits limits;
        limits.maxEntries = 100;
        limits.maxEntryInflatedBytes = 1024 * 1024;
        XlsxReader reader(limits);
        const bool opened = reader.open(file);
        const bool read = opened && reader.readRows([](qsizetype, const QList<TableCell> &) { return true; });
        QVERIFY(!read);
        QVERIFY2(reader.errorString().contains(expected), qPrintable(reader.errorString()));
        QVERIFY(reader.errorString().startsWith(u"The XLSX file cannot be read: "_s));
    }

    void xlsx_hostileSheets_data()
    {
        QTest::addColumn<QByteArray>("sheet");
        QTest::addColumn<QString>("expected");
        QTest::newRow("shared string out of range")
            << QByteArray("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>99</v></c></row></sheetData></worksheet>")
            << u"shared string that does not exist"_s;
        QTest::newRow("rows out of order") << QByteArray(
            "<worksheet><sheetData><row r=\"5\"/><row r=\"2\"/></sheetData></worksheet>")
                                           << u"out of order"_s;
        QTest::newRow("row beyond cap") << QByteArray("<worksheet><sheetData><row r=\"99999999\"/></sheetData></worksheet>")
                                        << u"more than 1000 rows"_s;
        QTest::newRow("column beyond XFD") << QByteArray(
            "<worksheet><sheetData><row r=\"1\"><c r=\"ZZZZ1\"><v>1</v></c></row></sheetData></worksheet>")
                                           << u"beyond column"_s;
        QTest::newRow("broken xml") << QByteArray("<worksheet><sheetData><row r=\"1\"><c") << u"worksheet's XML is damaged"_s;
    }
    void xlsx_hostileSheets()
    {
        QFETCH(QByteArray, sheet);
        QFETCH(QString, expected);
        const QByteArray file = testzip::makeZip({ { "xl/workbook.xml", "<workbook/>" },
                                                   { "xl/worksheets/sheet1.xml", sheet },
                                                   { "xl/sharedStrings.xml", "<sst><si><t>only</t></si></sst>" } });
        XlsxReader::Limits limits;
        limits.maxRows = 1000;
        XlsxReader reader(limits);
        QVERIFY2(reader.open(file), qPrintable(reader.errorString()));
        QVERIFY(!reader.readRows([](qsizetype, const QList<TableCell> &) { return true; }));
        QVERIFY2(reader.errorString().contains(expected), qPrintable(reader.errorString()));
    }

    void xlsx_tooManySharedStrings()
    {
        QByteArray sst = "<sst>";
        for (int i = 0; i < 20; ++i)
            sst += "<si><r><t>a</t></r><r><t>b</t></r><rPh><t>x</t></rPh></si>";
        sst += "</sst>";
        const QByteArray file = testzip::makeZip({ { "xl/workbook.xml", "<workbook/>" },
                                                   { "xl/worksheets/sheet1.xml", "<worksheet/>" },
                                                   { "xl/sharedStrings.xml", sst } });
        XlsxReader::Limits limits;
        limits.maxSharedStrings = 10;
        XlsxReader capped(limits);
        QVERIFY(!capped.open(file));
        QVERIFY2(capped.errorString().contains(u"more than 10 shared strings"_s), qPrintable(capped.errorString()));
        XlsxReader reader;
        QVERIFY(reader.open(file));
        QCOMPARE(reader.sharedStringCount(), 20); // rich-text runs joined, phonetic runs left out
    }

    void xlsx_storedEntries()
    {
        const QByteArray sheet = "<worksheet><sheetData><row r=\"2\"><c r=\"B2\" "
                                 "t=\"inlineStr\"><is><t>x</t></is></c><c><v>7</v></c></row></sheetData></worksheet>";
        const QByteArray file
            = testzip::makeZip({ { "xl/workbook.xml", "<workbook/>", false }, { "xl/worksheets/sheet1.xml", sheet, false } });
        XlsxReader reader;
        QVERIFY2(reader.open(file), qPrintable(reader.errorString()));
        QList<QList<TableCell>> rows;
        QList<qsizetype> numbers;
        QVERIFY(reader.readRows([&](qsizetype n, const QList<TableCell> &cells) {
            numbers.append(n);
            rows.append(cells);
            return true;
        }));
        QCOMPARE(numbers, QList<qsizetype> { 2 });
        QCOMPARE(rows[0].size(), 3);
        QCOMPARE(rows[0][1].text, u"x"_s);
        QVERIFY(!rows[0][1].numeric);
        QCOMPARE(rows[0][2].text, u"7"_s); // a cell without a reference follows the previous one
        QVERIFY(rows[0][2].numeric);
    }
};

QTEST_GUILESS_MAIN(TestPositionImport)
#include "tst_positionimport.moc"
