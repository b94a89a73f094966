// The fund's book (services/portfolio/portfoliobook): what is added, replaced and set survives a new
// book on the same folder; a batch seen complete twice is added once; an import replaces the previous
// import only; a corrupt or hostile file is refused whole, reported, and left as it was.
#include "services/ownerfiles.h"
#include "services/portfolio/portfoliobook.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;

namespace {

const QString fund = u"fund-class-1"_s;

PortfolioPosition position(const QString &debtorDoc, qint64 reais, PortfolioPosition::Source source, const QString &reference)
{
    PortfolioPosition p;
    p.debtorDocument = debtorDoc;
    p.debtorName = u"DEVEDOR <b>"_s + debtorDoc;
    p.assignorDocument = u"44555666000199"_s;
    p.assignorName = u"CEDENTE X"_s;
    p.type = AssetType::DuplicataMercantil;
    p.faceValue = Money::fromCentavos(reais * 100 + 17);
    p.presentValue = Money::fromCentavos(reais * 100);
    p.dueDate = QDate(2027, 1, 30);
    p.acquiredDate = source == PortfolioPosition::Source::Batch ? QDate(2026, 11, 2) : QDate();
    p.heldOn = QDate(2026, 11, 2);
    p.source = source;
    p.sourceReference = reference;
    p.assetId = u"A-"_s + debtorDoc;
    return p;
}

portfolio::BatchPositions batchOf(const QString &externalId, int count)
{
    portfolio::BatchPositions batch;
    for (int i = 0; i < count; ++i)
        batch.positions.append(
            position(u"1122233300%1"_s.arg(i, 4, 10, QChar(u'0')), 1000 + i, PortfolioPosition::Source::Batch, externalId));
    return batch;
}

QString storedFile(const QTemporaryDir &dir)
{
    return PortfolioFileStorage(dir.path()).filePath(fund);
}

} // namespace

class TestPortfolioBook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyFundHasNothing();
    void batchAddedOnceAndKeptAcrossBooks();
    void importReplacesOnlyThePreviousImport();
    void netAssetsLimitsAndMappingAreKept();
    void fileIsOwnerOnly();
    void corruptFileIsRefusedAndLeftAsItWas_data();
    void corruptFileIsRefusedAndLeftAsItWas();
    void fundKeyNeverNamesAnotherPath();
};

void TestPortfolioBook::emptyFundHasNothing()
{
    QTemporaryDir dir;
    const auto book = PortfolioBook::inFolder(dir.path());
    QString error;
    const auto held = book->fund(fund, &error);
    QVERIFY2(held, qPrintable(error));
    QVERIFY(held->positions.isEmpty());
    QVERIFY(!held->netAssets.isUsable());
    QVERIFY(held->limits.isEmpty());
    QVERIFY(!QFile::exists(storedFile(dir))); // reading writes nothing
}

void TestPortfolioBook::batchAddedOnceAndKeptAcrossBooks()
{
    QTemporaryDir dir;
    const QString id = PortfolioBook::batchId(u"cfg"_s, u"B-1"_s);
    {
        const auto book = PortfolioBook::inFolder(dir.path());
        QCOMPARE(book->addBatch(fund, id, batchOf(u"B-1"_s, 3)), PortfolioBook::AddOutcome::Added);
        QCOMPARE(book->addBatch(fund, id, batchOf(u"B-1"_s, 3)), PortfolioBook::AddOutcome::AlreadyIn);
        QCOMPARE(book->fund(fund)->positions.size(), 3);
    }
    const auto reopened = PortfolioBook::inFolder(dir.path());
    QCOMPARE(reopened->addBatch(fund, id, batchOf(u"B-1"_s, 3)), PortfolioBook::AddOutcome::AlreadyIn);
    const auto held = reopened->fund(fund);
    QCOMPARE(held->positions, batchOf(u"B-1"_s, 3).positions); // every field, the hostile name included
    QCOMPARE(reopened->addBatch(fund, PortfolioBook::batchId(u"cfg"_s, u"B-2"_s), batchOf(u"B-2"_s, 2)),
             PortfolioBook::AddOutcome::Added);
    QCOMPARE(reopened->fund(fund)->positions.size(), 5);
    QVERIFY(reopened->fund(u"other-fund"_s)->positions.isEmpty());
}

void TestPortfolioBook::importReplacesOnlyThePreviousImport()
{
    QTemporaryDir dir;
    const auto book = PortfolioBook::inFolder(dir.path());
    QCOMPARE(book->addBatch(fund, u"cfg/B-1"_s, batchOf(u"B-1"_s, 2)), PortfolioBook::AddOutcome::Added);
    PositionImport::ColumnMapping mapping;
    mapping.set(PositionImport::Field::DebtorDocument, 2);
    mapping.set(PositionImport::Field::DueDate, 5);
    mapping.set(PositionImport::Field::PresentValue, 7);
    const QList<PortfolioPosition> first { position(u"99888777000100"_s, 5, PortfolioPosition::Source::Import, u"a.csv"_s),
                                           position(u"12345678909"_s, 6, PortfolioPosition::Source::Import, u"a.csv"_s) };
    QCOMPARE(book->replaceImport(fund, first, mapping, u"a.csv"_s, QDate(2026, 11, 30)), QString());
    QCOMPARE(book->fund(fund)->positions.size(), 4);
    const QList<PortfolioPosition> second { position(u"55444333000122"_s, 7, PortfolioPosition::Source::Import, u"b.xlsx"_s) };
    QCOMPARE(book->replaceImport(fund, second, mapping, u"b.xlsx"_s, QDate(2026, 12, 1)), QString());

    const auto held = PortfolioBook::inFolder(dir.path())->fund(fund);
    QCOMPARE(held->positions.size(), 3);
    QCOMPARE(held->positions.last(), second.first());
    QCOMPARE(held->positions.first().source, PortfolioPosition::Source::Batch);
    QCOMPARE(held->importedFile, u"b.xlsx"_s);
    QCOMPARE(held->importedCount, 1);
    QCOMPARE(held->importedPositionDate, QDate(2026, 12, 1));
    QCOMPARE(held->importMapping, std::optional(mapping));
}

void TestPortfolioBook::netAssetsLimitsAndMappingAreKept()
{
    QTemporaryDir dir;
    const auto book = PortfolioBook::inFolder(dir.path());
    const NetAssets pl { Money::fromCentavos(1'000'000'000'01), Money::fromCentavos(900'000'000'00), QDate(2026, 11, 30) };
    QCOMPARE(book->setNetAssets(fund, pl), QString());
    PortfolioLimits limits;
    limits.maxDebtorBasisPoints = 1000;
    limits.maxAssignorBasisPoints = 2500;
    limits.topDebtorsCount = 5;
    limits.maxTopDebtorsBasisPoints = 4000;
    limits.minCreditRightsBasisPoints = 6700;
    limits.relatedParties = { { u"11222333"_s, u"GESTORA PARTE RELACIONADA"_s }, { u"12345678909"_s, u"SÓCIO"_s } };
    limits.maxRelatedPartiesBasisPoints = 500;
    QCOMPARE(book->setLimits(fund, limits), QString());

    const auto held = PortfolioBook::inFolder(dir.path())->fund(fund);
    QCOMPARE(held->netAssets, pl);
    QCOMPARE(held->limits, limits);
    QVERIFY(!held->importMapping);

    // Limits cleared are stored cleared, not kept from before.
    QCOMPARE(book->setLimits(fund, PortfolioLimits {}), QString());
    QVERIFY(PortfolioBook::inFolder(dir.path())->fund(fund)->limits.isEmpty());
}

void TestPortfolioBook::fileIsOwnerOnly()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"portfolio"_s);
    QCOMPARE(PortfolioBook::inFolder(folder)->setNetAssets(fund, { Money::fromCentavos(100), {}, QDate(2026, 1, 1) }), QString());
    const QFileDevice::Permissions p = QFile::permissions(PortfolioFileStorage(folder).filePath(fund));
    QCOMPARE(p & ownerfiles::filePermissions, ownerfiles::filePermissions);
    QVERIFY(!(p & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther)));
    QVERIFY(!(QFileInfo(folder).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
#else
    QSKIP("Owner-only permissions are set on Unix only");
#endif
}

void TestPortfolioBook::corruptFileIsRefusedAndLeftAsItWas_data()
{
    QTest::addColumn<QByteArray>("edit"); // applied to a good file: "from|to"
    QTest::newRow("truncated") << QByteArray("TRUNCATE");
    QTest::newRow("not ours") << QByteArray("cessio-portfolio|something-else");
    QTest::newRow("future version") << QByteArray("\"version\":1|\"version\":7");
    QTest::newRow("other fund") << QByteArray("fund-class-1|fund-class-2");
    QTest::newRow("money as text") << QByteArray("\"centavos\":10000|\"centavos\":\"100\"");
    QTest::newRow("fractional centavos") << QByteArray("\"centavos\":10000|\"centavos\":100.5");
    QTest::newRow("bad date") << QByteArray("2027-01-30|2027-02-31");
    QTest::newRow("short row") << QByteArray(",\"2027-01-30\",\"2026-11-02\",\"2026-11-02\"]|,\"2027-01-30\"]");
    QTest::newRow("limit over 100 %") << QByteArray("\"max_debtor_bp\":1000|\"max_debtor_bp\":10001");
    QTest::newRow("unknown source") << QByteArray("[\"batch\"|[\"gift\"");
}

void TestPortfolioBook::corruptFileIsRefusedAndLeftAsItWas()
{
    QFETCH(QByteArray, edit);
    QTemporaryDir dir;
    {
        const auto book = PortfolioBook::inFolder(dir.path());
        PortfolioLimits limits;
        limits.maxDebtorBasisPoints = 1000;
        QCOMPARE(book->setLimits(fund, limits), QString());
        QCOMPARE(book->setNetAssets(fund, { Money::fromCentavos(10000), {}, QDate(2026, 1, 1) }), QString());
        QCOMPARE(book->addBatch(fund, u"cfg/B-1"_s, batchOf(u"B-1"_s, 1)), PortfolioBook::AddOutcome::Added);
    }
    QFile file(storedFile(dir));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    if (edit == "TRUNCATE") {
        bytes.chop(bytes.size() / 2);
    } else {
        const QList<QByteArray> parts = edit.split('|');
        QVERIFY2(bytes.contains(parts[0]), bytes.constData());
        bytes.replace(parts[0], parts[1]);
    }
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();

    const auto book = PortfolioBook::inFolder(dir.path());
    QString error;
    QVERIFY(!book->fund(fund, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(storedFile(dir))), qPrintable(error));
    // Nothing is saved over it.
    QCOMPARE(book->addBatch(fund, u"cfg/B-2"_s, batchOf(u"B-2"_s, 1), &error), PortfolioBook::AddOutcome::Failed);
    QVERIFY(!error.isEmpty());
    QVERIFY(!book->setNetAssets(fund, { Money::fromCentavos(1), {}, QDate(2026, 1, 1) }).isEmpty());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
}

void TestPortfolioBook::fundKeyNeverNamesAnotherPath()
{
    QTemporaryDir dir;
    const PortfolioFileStorage storage(dir.path());
    const QString path = storage.filePath(u"../../etc/passwd"_s);
    QCOMPARE(QFileInfo(path).absolutePath(), QDir(dir.path()).absolutePath());
    QVERIFY(QFileInfo(path).fileName().startsWith(u"portfolio-"_s));
}

QTEST_GUILESS_MAIN(TestPortfolioBook)
#include "tst_portfoliobook.moc"
