// The funds' portfolios in the workspace store (issue 11), on SQLite (tst_portfoliostore) and PostgreSQL
// (tst_portfoliostore_postgres): every desktop of a team reads one book; a batch is added once even when
// two desktops add it at the same moment; a colleague's change is read at the next look; a desktop's
// portfolio file from before is imported once, checked, and kept; on PostgreSQL the server itself
// refuses what a member's role does not allow.
#include "services/portfolio/portfoliobook.h"
#include "services/portfolio/portfolioworkspace.h"
#include "services/workspace/sqlworkspacestore.h"
#include "services/workspace/workspacerunner.h"
#include "support/workspacetestdb.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtConcurrent>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;
using namespace cessio::workspace;

namespace {

const QString fundKey = u"fund-class-1"_s;

PortfolioPosition position(int n, PortfolioPosition::Source source, const QString &reference)
{
    PortfolioPosition p;
    p.debtorDocument = u"1122233300%1"_s.arg(n % 10000, 4, 10, QChar(u'0'));
    p.debtorName = u"DEVEDOR <b>%1</b> \"aspas\" \\ barra\n\t\u0001 ÇÃO €"_s.arg(n);
    p.assignorDocument = u"44555666000199"_s;
    p.assignorName = u"CEDENTE X"_s;
    p.type = AssetType::DuplicataMercantil;
    p.faceValue = Money::fromCentavos(100000 + n * 100 + 17);
    p.presentValue = Money::fromCentavos(100000 + n * 100);
    p.dueDate = QDate(2027, 1, 30);
    p.acquiredDate = source == PortfolioPosition::Source::Batch ? QDate(2026, 11, 2) : QDate();
    p.heldOn = QDate(2026, 11, 2);
    p.source = source;
    p.sourceReference = reference;
    p.assetId = u"A-%1"_s.arg(n);
    return p;
}

portfolio::BatchPositions batchOf(const QString &externalId, int count, int first = 0)
{
    portfolio::BatchPositions batch;
    for (int i = 0; i < count; ++i)
        batch.positions.append(position(first + i, PortfolioPosition::Source::Batch, externalId));
    return batch;
}

QList<PortfolioPosition> importOf(int count, const QString &file)
{
    QList<PortfolioPosition> all;
    for (int i = 0; i < count; ++i)
        all.append(position(50000 + i, PortfolioPosition::Source::Import, file));
    return all;
}

PositionImport::ColumnMapping mapping()
{
    PositionImport::ColumnMapping m;
    for (int i = 0; i < PositionImport::fieldCount; ++i)
        m.set(PositionImport::Field(i), i);
    return m;
}

// Positions in one canonical order: the store keeps them by part, a file in the order added.
QList<PortfolioPosition> sorted(QList<PortfolioPosition> positions)
{
    std::sort(positions.begin(), positions.end(), [](const PortfolioPosition &a, const PortfolioPosition &b) {
        return std::tie(a.sourceReference, a.assetId) < std::tie(b.sourceReference, b.assetId);
    });
    return positions;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TstPortfolioStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_folders = 0;

    // A new workspace: Ana admin, Bruno approver, Carla analyst.
    static bool prepare(WorkspaceTestDb &db)
    {
        QString error;
        if (!db.create(&error)) {
            qWarning("%s", qUtf8Printable(error));
            return false;
        }
        auto admin = SqlWorkspaceStore::open(db.as(WorkspaceTestDb::admin()), {});
        if (!admin.ok()) {
            qWarning("%s", qUtf8Printable(admin.error));
            return false;
        }
        return (*admin.value)->putMember({ u"ana"_s, u"Ana Souza"_s, Role::Admin }).ok()
            && (*admin.value)->putMember({ u"bruno"_s, u"Bruno Lima"_s, Role::Approver }).ok()
            && (*admin.value)->putMember({ u"carla"_s, u"Carla Dias"_s, Role::Analyst }).ok();
    }
    // One desktop: its connection to the workspace as `login`, and its own folder of legacy files.
    struct Desktop
    {
        std::shared_ptr<WorkspaceRunner> runner;
        QString folder;
        std::shared_ptr<PortfolioBook> book;
    };
    Desktop desktop(const WorkspaceTestDb &db, const QString &login)
    {
        auto runner = std::make_shared<WorkspaceRunner>();
        const QString error = runner->open(db.as(login), {}).result();
        if (!error.isEmpty())
            qWarning("%s", qUtf8Printable(error));
        const QString folder = m_dir.filePath(u"desktop-%1"_s.arg(++m_folders));
        return { runner, folder, PortfolioBook::inWorkspace(runner, folder) };
    }
    static StoredPortfolio stored(const Desktop &d)
    {
        return *d.runner->run([](WorkspaceStore &store) { return store.portfolio(fundKey); }).result().value;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qInfo("backend: %s", qUtf8Printable(WorkspaceTestDb::backendName()));
        QVERIFY(m_dir.isValid());
    }

    void emptyFund_hasNothing_andReadingWritesNothing()
    {
        WorkspaceTestDb db;
        QVERIFY(prepare(db));
        const Desktop ana = desktop(db, u"ana"_s);
        QString error;
        const auto held = ana.book->fund(fundKey, &error);
        QVERIFY2(held, qPrintable(error));
        QVERIFY(held->positions.isEmpty());
        QVERIFY(!held->netAssets.isUsable());
        QCOMPARE(stored(ana).revision, qint64(0));
        if (!WorkspaceTestDb::onPostgres()) // one person's file: everything is theirs
            QCOMPARE(desktop(db, u"carla"_s).book->permissions(), (PortfolioPermissions { true, true }));
    }

    // The same batch seen complete on two desktops at the same moment is added once: one Added, one
    // AlreadyIn, its positions once in both books. Ten rounds, so the race is really run.
    void sameBatch_twoDesktopsAtOnce_addedExactlyOnce()
    {
        WorkspaceTestDb db;
        QVERIFY(prepare(db));
        const Desktop ana = desktop(db, u"ana"_s);
        const Desktop carla = desktop(db, u"carla"_s);
        QVERIFY(ana.book->fund(fundKey) && carla.book->fund(fundKey)); // both have read the fund before
        for (int round = 0; round < 10; ++round) {
            const QString externalId = u"B-%1"_s.arg(round);
            const QString id = PortfolioBook::batchId(u"cfg"_s, externalId);
            const auto batch = batchOf(externalId, 3, round * 10);
            QSemaphore go;
            const auto add = [&](const Desktop &d) {
                go.acquire();
                QString error;
                const auto outcome = d.book->addBatch(fundKey, id, batch, &error);
                if (!error.isEmpty())
                    qWarning("%s", qUtf8Printable(error));
                return outcome;
            };
            QFuture<PortfolioBook::AddOutcome> first = QtConcurrent::run([&] { return add(ana); });
            QFuture<PortfolioBook::AddOutcome> second = QtConcurrent::run([&] { return add(carla); });
            go.release(2);
            const QList<PortfolioBook::AddOutcome> outcomes { first.result(), second.result() };
            QCOMPARE(outcomes.count(PortfolioBook::AddOutcome::Added), 1);
            QCOMPARE(outcomes.count(PortfolioBook::AddOutcome::AlreadyIn), 1);
        }
        for (const Desktop *d : { &ana, &carla }) {
            const auto held = d->book->fund(fundKey);
            QVERIFY(held);
            QCOMPARE(held->positions.size(), 30);
            QCOMPARE(held->batchesAdded.size(), 10);
        }
        QCOMPARE(stored(ana).parts.size(), 10);
        QCOMPARE(stored(ana).revision, qint64(10)); // only the additions moved it
    }

    void colleaguesChanges_readAtTheNextLook()
    {
        WorkspaceTestDb db;
        QVERIFY(prepare(db));
        const Desktop ana = desktop(db, u"ana"_s);
        const Desktop bruno = desktop(db, u"bruno"_s);
        QVERIFY(bruno.book->fund(fundKey)->positions.isEmpty()); // Bruno's copy, read before Ana's changes
        const NetAssets pl { Money::fromCentavos(1'234'567'890'12), Money::fromCentavos(1'000'000'000'00), QDate(2026, 11, 30) };
        PortfolioLimits limits;
        limits.maxDebtorBasisPoints = 1250;
        limits.relatedParties.append({ u"11222333"_s, u"Parte <i>relacionada</i>"_s });
        QCOMPARE(bruno.book->setNetAssets(fundKey, pl), QString());
        QCOMPARE(ana.book->setLimits(fundKey, limits), QString());
        QCOMPARE(ana.book->addBatch(fundKey, u"cfg/B-1"_s, batchOf(u"B-1"_s, 2)), PortfolioBook::AddOutcome::Added);
        QCOMPARE(bruno.book->replaceImport(fundKey, importOf(45'001, u"carteira.csv"_s), mapping(), u"carteira.csv"_s,
                                           QDate(2026, 11, 30)),
                 QString());
        for (const Desktop *d : { &ana, &bruno }) {
            const auto held = d->book->fund(fundKey);
            QVERIFY(held);
            QCOMPARE(held->netAssets, pl);
            QCOMPARE(held->limits, limits);
            QCOMPARE(held->importedFile, u"carteira.csv"_s);
            QCOMPARE(held->importedCount, 45'001);
            QCOMPARE(held->importMapping, mapping());
            QCOMPARE(held->positions.size(), 45'003);
            QVERIFY(held->batchesAdded.contains(u"cfg/B-1"_s));
        }
        QCOMPARE(ana.book->fund(fundKey)->positions, bruno.book->fund(fundKey)->positions); // every field, in one order
        // The file in three chunks; a new import replaces them, the batch stays.
        QCOMPARE(stored(ana).parts.size(), 1 + 3);
        QCOMPARE(ana.book->replaceImport(fundKey, importOf(2, u"nova.xlsx"_s), mapping(), u"nova.xlsx"_s, QDate(2026, 12, 1)),
                 QString());
        const auto after = bruno.book->fund(fundKey);
        QCOMPARE(after->positions.size(), 4);
        QCOMPARE(after->importedFile, u"nova.xlsx"_s);
        QCOMPARE(stored(bruno).parts.size(), 2);
    }

    // The session opens the local file first and then the profile's team server on the same runner: a
    // fund read from one is never taken for the other's, even at the same revision.
    void anotherStoreOpened_itsBookIsRead()
    {
        WorkspaceTestDb first, second;
        QVERIFY(prepare(first) && prepare(second));
        Desktop ana = desktop(first, u"ana"_s);
        QCOMPARE(ana.book->addBatch(fundKey, u"cfg/B-1"_s, batchOf(u"B-1"_s, 1)), PortfolioBook::AddOutcome::Added);
        const Desktop other = desktop(second, u"ana"_s);
        QCOMPARE(other.book->addBatch(fundKey, u"cfg/B-2"_s, batchOf(u"B-2"_s, 4)), PortfolioBook::AddOutcome::Added);
        QCOMPARE(ana.book->fund(fundKey)->positions.size(), 1); // revision 1 here, and in the other store too
        QCOMPARE(ana.runner->open(second.as(u"ana"_s), {}).result(), QString());
        const auto held = ana.book->fund(fundKey);
        QCOMPARE(held->positions.size(), 4);
        QVERIFY(held->batchesAdded.contains(u"cfg/B-2"_s));
    }

    void roles_enforcedByTheServer()
    {
        if (!WorkspaceTestDb::onPostgres())
            QSKIP("SQLite has no server roles: its file is one person's");
        WorkspaceTestDb db;
        QVERIFY(prepare(db));
        const Desktop ana = desktop(db, u"ana"_s); // admin
        const Desktop bruno = desktop(db, u"bruno"_s); // approver
        const Desktop carla = desktop(db, u"carla"_s); // analyst
        const NetAssets pl { Money::fromCentavos(500'000'000'00), {}, QDate(2026, 11, 30) };
        PortfolioLimits limits;
        limits.maxAssignorBasisPoints = 3000;
        QCOMPARE(ana.book->permissions(), (PortfolioPermissions { true, true }));
        QCOMPARE(bruno.book->permissions(), (PortfolioPermissions { true, false }));
        QCOMPARE(carla.book->permissions(), (PortfolioPermissions { false, false }));
        // An analyst's desktop adds the batches it sees complete; nothing else.
        QCOMPARE(carla.book->addBatch(fundKey, u"cfg/B-1"_s, batchOf(u"B-1"_s, 2)), PortfolioBook::AddOutcome::Added);
        QString refused = carla.book->setNetAssets(fundKey, pl);
        QVERIFY2(refused.contains(u"refused"_s), qPrintable(refused));
        QVERIFY(
            !carla.book->replaceImport(fundKey, importOf(3, u"f.csv"_s), mapping(), u"f.csv"_s, QDate(2026, 11, 30)).isEmpty());
        QVERIFY(!carla.book->setLimits(fundKey, limits).isEmpty());
        // An approver sets net assets and imports, not the regulamento's limits.
        QCOMPARE(bruno.book->setNetAssets(fundKey, pl), QString());
        QCOMPARE(bruno.book->replaceImport(fundKey, importOf(3, u"f.csv"_s), mapping(), u"f.csv"_s, QDate(2026, 11, 30)),
                 QString());
        QVERIFY(!bruno.book->setLimits(fundKey, limits).isEmpty());
        QCOMPARE(ana.book->setLimits(fundKey, limits), QString());
        // What was refused changed nothing; the book reads what the others kept.
        const auto held = carla.book->fund(fundKey);
        QCOMPARE(held->netAssets, pl);
        QCOMPARE(held->limits, limits);
        QCOMPARE(held->positions.size(), 5);
        // Nor can a member rewrite a batch's positions behind the book's back.
        QString error;
        QVERIFY(!db.execAs(u"carla"_s, u"UPDATE portfolio_parts SET body = '[]'"_s, &error));
        db.execAs(u"bruno"_s, u"DELETE FROM portfolio_parts WHERE kind = 'batch'"_s, &error); // no row is theirs to remove
        QCOMPARE(carla.book->fund(fundKey)->positions.size(), 5);
    }

    // A desktop's portfolio file from before: imported once, checked, kept as it was; a colleague's own
    // file adds only the batches the store lacks (the store's net assets stay).
    void legacyFiles_importedOncePerLogin_checked_andKept()
    {
        WorkspaceTestDb db;
        QVERIFY(prepare(db));
        Desktop ana = desktop(db, u"ana"_s);
        const PortfolioFileStorage anaFiles(ana.folder);
        FundPortfolio mine;
        mine.netAssets = { Money::fromCentavos(900'000'000'00), Money::fromCentavos(800'000'000'00), QDate(2026, 10, 31) };
        mine.limits.maxDebtorBasisPoints = 1000;
        mine.importMapping = mapping();
        mine.importedFile = u"adm.csv"_s;
        mine.importedPositionDate = QDate(2026, 10, 31);
        const QList<PortfolioPosition> imported = importOf(25'000, u"adm.csv"_s);
        mine.importedCount = int(imported.size());
        mine.positions = batchOf(u"B-1"_s, 3).positions + imported + batchOf(u"B-2"_s, 2, 100).positions;
        mine.batchesAdded = { u"cfg/B-1"_s, u"cfg/B-2"_s };
        QCOMPARE(anaFiles.write(fundKey, mine), QString());
        const QByteArray fileBefore = readAll(anaFiles.filePath(fundKey));

        QString error;
        const auto held = ana.book->fund(fundKey, &error);
        QVERIFY2(held, qPrintable(error));
        QCOMPARE(sorted(held->positions), sorted(mine.positions));
        QCOMPARE(held->batchesAdded, mine.batchesAdded);
        QCOMPARE(held->netAssets, mine.netAssets);
        QCOMPARE(held->limits, mine.limits);
        QCOMPARE(held->importMapping, mine.importMapping);
        QCOMPARE(held->importedCount, 25'000);
        QCOMPARE(readAll(anaFiles.filePath(fundKey)), fileBefore); // kept as it was

        // Changed afterwards, the file is not imported again by the same login.
        FundPortfolio later = mine;
        later.batchesAdded.insert(u"cfg/B-9"_s);
        later.positions += batchOf(u"B-9"_s, 1, 900).positions;
        QCOMPARE(anaFiles.write(fundKey, later), QString());
        ana.book = PortfolioBook::inWorkspace(ana.runner, ana.folder);
        QVERIFY(!ana.book->fund(fundKey)->batchesAdded.contains(u"cfg/B-9"_s));

        // Bruno's desktop kept its own book: its batch the store lacks is added; the rest is the store's.
        const Desktop bruno = desktop(db, u"bruno"_s);
        FundPortfolio his;
        his.netAssets = { Money::fromCentavos(1'00), {}, QDate(2025, 1, 1) };
        his.positions = batchOf(u"B-2"_s, 2, 100).positions + batchOf(u"B-3"_s, 4, 300).positions;
        his.batchesAdded = { u"cfg/B-2"_s, u"cfg/B-3"_s };
        QCOMPARE(PortfolioFileStorage(bruno.folder).write(fundKey, his), QString());
        const auto merged = bruno.book->fund(fundKey, &error);
        QVERIFY2(merged, qPrintable(error));
        QCOMPARE(merged->positions.size(), 3 + 25'000 + 2 + 4);
        QCOMPARE(merged->netAssets, mine.netAssets);
        QVERIFY(merged->batchesAdded.contains(u"cfg/B-3"_s));
        QCOMPARE(ana.book->fund(fundKey)->positions.size(), 3 + 25'000 + 2 + 4);
    }

    void unreadableLegacyFile_refusedAndLeftAsItIs_theStoreUntouched()
    {
        WorkspaceTestDb db;
        QVERIFY(prepare(db));
        const Desktop ana = desktop(db, u"ana"_s);
        const QString path = PortfolioFileStorage(ana.folder).filePath(fundKey);
        QVERIFY(QDir().mkpath(ana.folder));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format":"cessio-portfolio","version":1,"fund_class_key":"fund-class-1","positions":[["batch"]]})");
        file.close();
        const QByteArray before = readAll(path);
        QString error;
        QVERIFY(!ana.book->fund(fundKey, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)) && error.contains(u"not moved"_s), qPrintable(error));
        QCOMPARE(readAll(path), before);
        QCOMPARE(stored(ana).revision, qint64(0));
        // A change waits for the file too: nothing is written over what cannot be read.
        QVERIFY(!ana.book->setNetAssets(fundKey, { Money::fromCentavos(100), {}, QDate(2026, 1, 1) }).isEmpty());
        QCOMPARE(stored(ana).revision, qint64(0));
        // Moved away, the workspace's portfolio is used.
        QVERIFY(QFile::rename(path, path + u".old"_s));
        QVERIFY(ana.book->fund(fundKey, &error));
    }

    void hostileStoredParts_refusedWholeWithAMessage()
    {
        StoredPortfolio stored;
        stored.revision = 3;
        stored.parts.append({ false, u"cfg/B-1"_s, 0, R"([["batch","B-1","A","1","n","2","m","ccb",1e300,1,"","",""]])" });
        QString error;
        QVERIFY(!PortfolioWorkspaceStorage::fromStored(stored, &error));
        QVERIFY2(error.contains(u"face_value"_s), qPrintable(error));
        stored.parts = { { true, {}, 0, "{not json" } };
        QVERIFY(!PortfolioWorkspaceStorage::fromStored(stored, &error));
        stored.parts.clear();
        stored.limits = R"({"top_debtors_count": 0})";
        QVERIFY(!PortfolioWorkspaceStorage::fromStored(stored, &error));
        QVERIFY2(error.contains(u"top_debtors_count"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TstPortfolioStore)
#include "tst_portfoliostore.moc"
