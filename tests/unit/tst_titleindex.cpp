// The titles of batches checked before: recorded per batch (replacing an earlier check of it), read
// back by a new instance, looked up excluding the batch itself, stored only as digests. In the file, and
// in the workspace store (issue 10) on SQLite (tst_titleindex) and on PostgreSQL (tst_titleindex_postgres):
// colleagues see each other's titles, the legacy file is imported once, verified, and kept.
#include "services/assetchecks.h"
#include "services/titleindex.h"
#include "services/workspace/sqlworkspacestore.h"
#include "services/workspace/workspacerunner.h"
#include "support/workspacetestdb.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using cessio::Asset;
using cessio::AssetChecks;
using cessio::AssetListItem;
using cessio::AssetStatus;
using cessio::AssetType;
using cessio::Money;
using cessio::TitleIndex;

namespace {

const QDate assignmentDate(2026, 11, 23);

TitleIndex::Batch batch(const QString &externalId, const QString &fund = u"fund-1"_s)
{
    return { fund, u"cfg-1"_s, externalId, u"no. 1 · Fundo"_s, assignmentDate };
}

AssetListItem title(const QString &id, const QString &accessKey, qint64 face)
{
    Asset asset;
    asset.externalId = id;
    asset.type = AssetType::DuplicataMercantil;
    asset.status = AssetStatus::PreApproved;
    asset.totalPurchaseValue = Money::fromCentavos(face - 100);
    cessio::DiscountedCreditRight right;
    right.externalId = id;
    right.maturityDate = assignmentDate.addDays(40);
    right.faceValue = Money::fromCentavos(face);
    right.borrower.documentNumber = u"529.982.247-25"_s;
    right.invoice = cessio::Invoice { accessKey, Money::fromCentavos(face), u"1"_s, u"7"_s, {} };
    asset.creditRight = right;
    AssetListItem item = AssetListItem::fromAsset(asset);
    item.detail = asset;
    return item;
}

} // namespace

class TestTitleIndex : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_file = 0;
    QString freshPath() { return m_dir.filePath(u"titles-%1.jsonl"_s.arg(++m_file)); }

    // A new workspace with Ana and Bruno as analysts (the title index is every member's).
    static bool prepare(WorkspaceTestDb &db)
    {
        QString error;
        if (!db.create(&error)) {
            qWarning("%s", qUtf8Printable(error));
            return false;
        }
        auto admin = cessio::SqlWorkspaceStore::open(db.as(WorkspaceTestDb::admin()), {});
        if (!admin.ok()) {
            qWarning("%s", qUtf8Printable(admin.error));
            return false;
        }
        using cessio::workspace::Role;
        return (*admin.value)->putMember({ u"ana"_s, u"Ana Souza"_s, Role::Analyst }).ok()
            && (*admin.value)->putMember({ u"bruno"_s, u"Bruno Lima"_s, Role::Analyst }).ok();
    }
    // One desktop's connection to the workspace, as `login`.
    static std::shared_ptr<cessio::WorkspaceRunner> desktop(const WorkspaceTestDb &db, const QString &login)
    {
        auto runner = std::make_shared<cessio::WorkspaceRunner>();
        const QString error = runner->open(db.as(login), {}).result();
        if (!error.isEmpty())
            qWarning("%s", qUtf8Printable(error));
        return error.isEmpty() ? runner : nullptr;
    }
    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase() { qInfo("backend: %s", qUtf8Printable(WorkspaceTestDb::backendName())); }

    void workspace_twoDesktops_seeEachOthersTitles()
    {
        WorkspaceTestDb db;
        QVERIFY(prepare(db));
        const auto anaDesktop = desktop(db, u"ana"_s);
        const auto brunoDesktop = desktop(db, u"bruno"_s);
        QVERIFY(anaDesktop && brunoDesktop);
        const auto ana = TitleIndex::inWorkspace(anaDesktop, freshPath()); // no legacy file: nothing to import
        const auto bruno = TitleIndex::inWorkspace(brunoDesktop, freshPath());
        const QByteArray shared = TitleIndex::digest(u"nfe|key|2027-01-01|100"_s);
        const QByteArray onlyA = TitleIndex::digest(u"ccb|1"_s);
        QCOMPARE(ana->record(batch(u"A/1"_s), { shared, onlyA }).result(), QString());
        QCOMPARE(bruno->record(batch(u"B"_s, u"fund-2"_s), { shared }).result(), QString());

        const auto seenByBruno = bruno->snapshot();
        QCOMPARE(seenByBruno->batches.size(), 2);
        const QList<TitleIndex::Batch> earlier = seenByBruno->earlierBatches(shared, batch(u"B"_s, u"fund-2"_s).id());
        QCOMPARE(earlier.size(), 1);
        QCOMPARE(earlier.constFirst().id(), batch(u"A/1"_s).id()); // the id's parts come back apart
        QCOMPARE(earlier.constFirst().externalId, u"A/1"_s);
        QCOMPARE(earlier.constFirst().fundClassKey, u"fund-1"_s);
        QCOMPARE(earlier.constFirst().label, batch(u"A"_s).label);
        QCOMPARE(earlier.constFirst().date, assignmentDate);
        QCOMPARE(ana->snapshot()->earlierBatches(shared, batch(u"A/1"_s).id()).constFirst().externalId, u"B"_s);

        // Bruno checks A again after a removal: Ana's next snapshot has his titles, not hers.
        QCOMPARE(bruno->record(batch(u"A/1"_s), { onlyA }).result(), QString());
        const auto seenByAna = ana->snapshot();
        QCOMPARE(seenByAna->earlierBatches(shared, u"other"_s).size(), 1);
        QCOMPARE(seenByAna->batches.constLast().externalId, u"A/1"_s); // the latest check last
        QVERIFY(seenByBruno->earlierBatches(shared, u"other"_s).size() == 2); // a snapshot taken never changes
        QCOMPARE(ana->problem(), QString());
    }

    // Each check of a batch asks for the index: it is read whole again only when a recording moved it.
    void workspace_snapshot_readAgainOnlyWhenTheIndexMoved()
    {
        WorkspaceTestDb db;
        QVERIFY(prepare(db));
        const auto anaDesktop = desktop(db, u"ana"_s);
        const auto brunoDesktop = desktop(db, u"bruno"_s);
        QVERIFY(anaDesktop && brunoDesktop);
        const auto ana = TitleIndex::inWorkspace(anaDesktop, freshPath());
        const auto bruno = TitleIndex::inWorkspace(brunoDesktop, freshPath());
        const QByteArray digest = TitleIndex::digest(u"ccb|7"_s);
        QCOMPARE(ana->record(batch(u"A"_s), { digest }).result(), QString());

        const auto first = ana->snapshot();
        QCOMPARE(first->batches.size(), 1);
        QCOMPARE(ana->snapshot().get(), first.get()); // unchanged: the same index, not read again

        QCOMPARE(bruno->record(batch(u"B"_s), { digest }).result(), QString()); // a colleague's recording
        const auto second = ana->snapshot();
        QVERIFY(second.get() != first.get());
        QCOMPARE(second->batches.size(), 2);
        QCOMPARE(second->earlierBatches(digest, batch(u"A"_s).id()).constFirst().externalId, u"B"_s);
        QCOMPARE(ana->snapshot().get(), second.get());

        QCOMPARE(ana->record(batch(u"B"_s), {}).result(), QString()); // B checked again, its title gone
        QCOMPARE(ana->snapshot()->earlierBatches(digest, batch(u"A"_s).id()).size(), 0);
        QCOMPARE(ana->problem(), QString());
    }

    void workspace_legacyFile_importedOnceVerifiedAndKept_unreadableLineCounted()
    {
        WorkspaceTestDb db;
        QVERIFY(prepare(db));
        const QString path = freshPath();
        const QByteArray first = TitleIndex::digest(u"first"_s);
        const QByteArray second = TitleIndex::digest(u"second"_s);
        {
            const auto file = TitleIndex::create(path);
            QCOMPARE(file->record(batch(u"A"_s), { first, second }).result(), QString());
            QCOMPARE(file->record(batch(u"B"_s), { second }).result(), QString());
            QCOMPARE(file->record(batch(u"C"_s), { first }).result(), QString());
        }
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            file.write("{not json\n");
        }
        const QByteArray legacy = readAll(path);
        const auto brunoDesktop = desktop(db, u"bruno"_s);
        QVERIFY(brunoDesktop);
        // Bruno checked C after Ana's file was written: the store keeps his.
        QCOMPARE(TitleIndex::inWorkspace(brunoDesktop, freshPath())->record(batch(u"C"_s), { second }).result(), QString());

        {
            const auto anaDesktop = desktop(db, u"ana"_s);
            QVERIFY(anaDesktop);
            const auto ana = TitleIndex::inWorkspace(anaDesktop, path);
            const auto snapshot = ana->snapshot();
            QCOMPARE(ana->problem(), QString());
            QCOMPARE(ana->unreadableLines(), 1); // counted, not fatal
            QCOMPARE(snapshot->batches.size(), 3);
            QCOMPARE(snapshot->earlierBatches(first, {}).size(), 1); // A's; C is Bruno's now
            QCOMPARE(snapshot->earlierBatches(second, {}).size(), 3);
            QCOMPARE(readAll(path), legacy); // the file is kept as it was
        }

        // A line written to the file afterwards is not imported at the next start: the import was once.
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            file.write(R"({"fund":"fund-1","config":"cfg-1","batch":"Z","label":"late","date":"2026-11-23","titles":[]})"
                       "\n");
        }
        const auto anaRestarted = desktop(db, u"ana"_s); // the index does not keep its session's runner alive
        QVERIFY(anaRestarted);
        const auto anaAgain = TitleIndex::inWorkspace(anaRestarted, path);
        QCOMPARE(anaAgain->snapshot()->batches.size(), 3);
        QCOMPARE(anaAgain->problem(), QString());
        // Bruno sees what Ana imported.
        QCOMPARE(TitleIndex::inWorkspace(brunoDesktop, freshPath())->snapshot()->earlierBatches(first, {}).size(), 1);
    }

    // The session's runner opens the team's store in place of the local one: the legacy file goes there too.
    void workspace_storeOpenedAnew_legacyFileImportedThereToo()
    {
        WorkspaceTestDb local, team;
        QVERIFY(prepare(local) && prepare(team));
        const QString path = freshPath();
        QCOMPARE(TitleIndex::create(path)->record(batch(u"A"_s), { TitleIndex::digest(u"a"_s) }).result(), QString());
        auto runner = std::make_shared<cessio::WorkspaceRunner>();
        const auto index = TitleIndex::inWorkspace(runner, path);
        const auto openAs = [&](const WorkspaceTestDb &db) {
            return runner
                ->open([&db, index] {
                    index->storeOpened();
                    return cessio::WorkspaceRunner::openSql(db.as(u"ana"_s), {});
                })
                .result();
        };
        QCOMPARE(openAs(local), QString());
        QCOMPARE(index->snapshot()->batches.size(), 1);
        QCOMPARE(openAs(team), QString());
        QCOMPARE(index->snapshot()->batches.size(), 1);
        QCOMPARE(index->problem(), QString());
        const auto bruno = desktop(team, u"bruno"_s); // a colleague on the team's store sees it
        QCOMPARE(TitleIndex::inWorkspace(bruno, freshPath())->snapshot()->batches.size(), 1);
    }

    void record_lookUp_excludingItself()
    {
        const auto index = TitleIndex::create(freshPath());
        const QByteArray shared = TitleIndex::digest(u"nfe|key|2027-01-01|100"_s);
        const QByteArray onlyA = TitleIndex::digest(u"ccb|1"_s);
        QCOMPARE(index->record(batch(u"A"_s), { shared, onlyA }).result(), QString());
        QCOMPARE(index->record(batch(u"B"_s, u"fund-2"_s), { shared }).result(), QString());
        const auto snapshot = index->snapshot();
        QCOMPARE(snapshot->earlierBatches(shared, batch(u"B"_s, u"fund-2"_s).id()).size(), 1);
        QCOMPARE(snapshot->earlierBatches(shared, batch(u"B"_s, u"fund-2"_s).id()).constFirst().externalId, u"A"_s);
        QCOMPARE(snapshot->earlierBatches(shared, u"someone-else"_s).size(), 2);
        QVERIFY(snapshot->earlierBatches(onlyA, batch(u"A"_s).id()).isEmpty());
    }

    void recordAgain_replacesTheBatch_andANewInstanceReadsTheFile()
    {
        const QString path = freshPath();
        const QByteArray first = TitleIndex::digest(u"first"_s);
        const QByteArray second = TitleIndex::digest(u"second"_s);
        {
            const auto index = TitleIndex::create(path);
            index->record(batch(u"A"_s), { first }).waitForFinished();
            index->record(batch(u"A"_s), { second }).waitForFinished(); // checked again after a removal
        }
        const auto again = TitleIndex::create(path);
        const auto snapshot = again->snapshot();
        QCOMPARE(snapshot->batches.size(), 1);
        QVERIFY(snapshot->earlierBatches(first, {}).isEmpty());
        QCOMPARE(snapshot->earlierBatches(second, {}).size(), 1);
        QCOMPARE(snapshot->batches.constFirst().date, assignmentDate);
        QCOMPARE(again->unreadableLines(), 0);
    }

    void file_holdsDigestsNotDocuments_andSkipsDamagedLines()
    {
        const QString path = freshPath();
        {
            const auto index = TitleIndex::create(path);
            const AssetChecks checks = AssetChecks::run(
                { title(u"T1"_s, u"35261111222333000181550010000012341000012345"_s, 10000) }, assignmentDate, {});
            QVERIFY(!checks.titleDigests.isEmpty());
            index->record(batch(u"A"_s), checks.titleDigests).waitForFinished();
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite | QIODevice::Append));
        const QByteArray content = file.readAll();
        QVERIFY(!content.contains("52998224725") && !content.contains("529.982.247-25"));
        QVERIFY(!content.contains("35261111222333000181550010000012341000012345"));
        file.write("{not json\n");
        file.close();
        const auto again = TitleIndex::create(path);
        QCOMPARE(again->snapshot()->batches.size(), 1);
        QCOMPARE(again->unreadableLines(), 1);
    }

    void unwritableFolder_saysWhy()
    {
        QFile blocker(m_dir.filePath(u"blocker"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const auto index = TitleIndex::create(m_dir.filePath(u"blocker/titles.jsonl"_s)); // a file where the folder should be
        const QString error = index->record(batch(u"A"_s), { TitleIndex::digest(u"x"_s) }).result();
        QVERIFY2(error.contains(u"could not be written"_s), qPrintable(error));
        QCOMPARE(index->snapshot()->batches.size(), 1); // this session still knows it
    }

    void checks_titleOfAnEarlierBatch_isFlaggedWithThatBatch()
    {
        const auto index = TitleIndex::create(freshPath());
        const QString key = u"35261111222333000181550010000012341000012345"_s;
        const AssetChecks first = AssetChecks::run({ title(u"A-1"_s, key, 10000) }, assignmentDate, {});
        index->record(batch(u"A"_s), first.titleDigests).waitForFinished();

        const QList<AssetListItem> assets { title(u"B-1"_s, key, 10000), title(u"B-2"_s, key + u"9"_s, 20000) };
        const auto snapshot = index->snapshot();
        const AssetChecks checks = AssetChecks::run(assets, assignmentDate, {}, {}, snapshot.get(), batch(u"B"_s).id());
        QCOMPARE(checks.flaggedInBatchOrder, QStringList { u"B-1"_s });
        const AssetChecks::Finding finding = checks.findingsFor(u"B-1"_s).constFirst();
        QCOMPARE(finding.rule, AssetChecks::Rule::SeenInEarlierBatch);
        QCOMPARE(finding.detail, u"also in batch A (no. 1 · Fundo)"_s);
        // The batch itself checked again is not its own earlier batch.
        QCOMPARE(AssetChecks::run({ title(u"A-1"_s, key, 10000) }, assignmentDate, {}, {}, snapshot.get(), batch(u"A"_s).id())
                     .flaggedCount(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestTitleIndex)
#include "tst_titleindex.moc"
