// The inbox's background checks (InboxScreening) against the real sandbox over loopback HTTP: every
// batch awaiting the manager is read and checked after the inbox loads, the Alerts column and its
// filter show the result, an unchanged poll reads nothing again, a changed batch or new fund rules
// are checked again, the title index is only read, an open review's checks take the place of the
// background read, a failed read is said and tried again.
#include "models/formatting.h"
#include "models/inboxfiltermodel.h"
#include "models/inboxmodel.h"
#include "sandboxharness.h"
#include "services/assetchecks.h"
#include "services/fundrules.h"
#include "services/inboxscreening.h"
#include "services/inboxservice.h"
#include "services/session.h"
#include "services/settings.h"
#include "services/titleindex.h"
#include "services/workspace/fundrulesdocument.h"
#include "services/workspace/workspacerunner.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;
using cessio::testing::SandboxHarness;
using Column = InboxModel::Column;
using State = InboxScreening::State;

class TestInboxScreening : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxHarness> m_harness;
    std::unique_ptr<Session> m_session;
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;

    QList<InboxEntry> poll()
    {
        InboxService inbox(m_session->client(), m_settings.get(), u"test"_s, { SandboxHarness::fund });
        QSignalSpy finished(&inbox, &InboxService::refreshFinished);
        if (!inbox.refresh() || !finished.wait(20000))
            return {};
        return inbox.entries();
    }

    static BatchRef refOf(const QString &externalId) { return { SandboxHarness::fund, SandboxHarness::ccbConfig, externalId }; }
    static QString keyOf(const QString &externalId) { return InboxEntry::keyOf(refOf(externalId)); }

    static bool waitIdle(InboxScreening &screening)
    {
        return QTest::qWaitFor([&] { return screening.isIdle(); }, 30000);
    }

    QList<AssetListItem> assetsOf(const QString &externalId)
    {
        QList<AssetListItem> assets;
        bool done = false;
        QObject context;
        m_session->client()->allAssets(
            refOf(externalId), &context, [&](const QList<AssetListItem> &page) { assets += page; },
            [&](const ApiResult<qsizetype> &) { done = true; });
        return QTest::qWaitFor([&] { return done; }, 20000) ? assets : QList<AssetListItem>();
    }

    int assetListingsRead()
    {
        int count = 0;
        for (const QJsonValue &entry : m_harness->control("GET", u"/_sandbox/requests"_s).value(u"data"_s).toArray())
            count += entry[u"method"_s].toString() == u"GET" && entry[u"path"_s].toString().contains(u"/assets"_s);
        return count;
    }

    static int row(const InboxModel &model, const QString &externalId) { return model.rowOf(keyOf(externalId)); }

private Q_SLOTS:
    void init()
    {
        m_harness = std::make_unique<SandboxHarness>();
        QVERIFY2(m_harness->start(), qPrintable(m_harness->error()));
        m_settings = std::make_unique<Settings>(
            m_dir.filePath(u"settings-%1.ini"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))));
        m_session.reset(Session::forEndpoint(u"test"_s, m_harness->baseUrl(),
                                             RequestSigner(SandboxHarness::managerKey, SandboxHarness::managerPrivateKey()),
                                             { SandboxHarness::fund }, m_dir.filePath(u"audit.jsonl"_s)));
        QSignalSpy ready(m_session.get(), &Session::ready);
        m_session->start();
        QVERIFY(ready.wait(5000));
        m_session->transport()->setPolicy({ 5000, 0, 10 }); // no retries: failures show at once
    }

    void cleanup()
    {
        m_session.reset();
        m_harness.reset();
    }

    void screen_batchesAwaitingTheManager_checkedInTheBackgroundAndShownInTheAlertsColumn()
    {
        // The harness's CCBs share one borrower and schedule and carry no number: each is a possible duplicate.
        QVERIFY(m_harness->prepareForManager(u"DUP-3"_s, 3));
        QVERIFY(m_harness->prepareForManager(u"CLEAN-1"_s, 1));
        QCOMPARE(m_harness->createBatch(SandboxHarness::ccbConfig, u"OPEN-1"_s).status, 201);
        const QList<InboxEntry> entries = poll();
        QCOMPARE(entries.size(), 3);

        InboxScreening screening(m_session->client(), m_settings.get(), nullptr);
        InboxModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(entries);
        model.setScreening(&screening);
        QCOMPARE(model.index(row(model, u"DUP-3"_s), int(Column::Alerts)).data().toString(), u"Not checked yet"_s);

        screening.screen(entries);
        // Never synchronous: the first batch is being read, the other waits its turn (small batches first).
        QCOMPARE(screening.status(keyOf(u"CLEAN-1"_s)).state, State::Checking);
        QCOMPARE(screening.status(keyOf(u"DUP-3"_s)).state, State::NotChecked);
        QCOMPARE(screening.status(keyOf(u"OPEN-1"_s)).state, State::NotApplicable);
        QVERIFY(waitIdle(screening));
        QCOMPARE(screening.batchesRead(), 2);

        const InboxScreening::Status dup = screening.status(keyOf(u"DUP-3"_s));
        QCOMPARE(dup.state, State::Checked);
        QCOMPARE(dup.result->checkedCount, 3);
        QCOMPARE(dup.result->flaggedCount, 3);
        QCOMPARE(dup.result->assetsPerRule.at(std::size_t(AssetChecks::Rule::DuplicateTitle)), 3);
        QVERIFY(dup.result->hasAlerts());
        QCOMPARE(screening.status(keyOf(u"CLEAN-1"_s)).result->flaggedCount, 0);

        const QModelIndex alerts = model.index(row(model, u"DUP-3"_s), int(Column::Alerts));
        QCOMPARE(alerts.data().toString(), u"⚠ 3"_s);
        QVERIFY2(alerts.data(Qt::ToolTipRole).toString().contains(u"Possible duplicate title: 3"_s),
                 qPrintable(alerts.data(Qt::ToolTipRole).toString()));
        // The tooltip is the accessible text, shown literally (it may carry the server's words).
        QCOMPARE(alerts.data(Qt::ToolTipRole).toString(), toolTipFromPlainText(alerts.data(Qt::AccessibleTextRole).toString()));
        QVERIFY(alerts.data(InboxModel::HasAlertsRole).toBool());
        QCOMPARE(model.index(row(model, u"CLEAN-1"_s), int(Column::Alerts)).data().toString(), u"No alerts"_s);
        QCOMPARE(model.index(row(model, u"OPEN-1"_s), int(Column::Alerts)).data().toString(), QString());

        // Filterable and sortable: only with alerts, most alerts first.
        InboxFilterModel filter;
        filter.setSourceModel(&model);
        filter.setStage(BatchStatus::Stage::AwaitingManager);
        QCOMPARE(filter.rowCount(), 2);
        filter.sort(int(Column::Alerts), Qt::DescendingOrder);
        QCOMPARE(filter.index(0, int(Column::Batch)).data(InboxModel::KeyRole).toString(), keyOf(u"DUP-3"_s));
        QCOMPARE(filter.countWithAlerts(), 1);
        filter.setOnlyWithAlerts(true);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.countInStage(BatchStatus::Stage::AwaitingManager), 1);
        QCOMPARE(filter.countInStage(BatchStatus::Stage::BeforeManager), 1); // other views are not filtered by alerts
    }

    void screen_unchangedPoll_readsNothingAgain_changedBatchIsCheckedAgain()
    {
        QVERIFY(m_harness->prepareForManager(u"B-1"_s, 2));
        InboxScreening screening(m_session->client(), m_settings.get(), nullptr);
        screening.screen(poll());
        QVERIFY(waitIdle(screening));
        m_harness->control("DELETE", u"/_sandbox/requests"_s);

        QList<InboxEntry> again = poll();
        screening.screen(again);
        QVERIFY(screening.isIdle());
        QCOMPARE(screening.status(keyOf(u"B-1"_s)).state, State::Checked);
        QCOMPARE(screening.batchesRead(), 1);
        QCOMPARE(assetListingsRead(), 0);

        // Status, asset count and total are the key: a batch that changed is read again.
        again[0].batch.numberOfAssets = 1;
        screening.screen(again);
        QCOMPARE(screening.status(keyOf(u"B-1"_s)).state, State::Checking);
        QVERIFY(waitIdle(screening));
        QCOMPARE(screening.batchesRead(), 2);
        QVERIFY(assetListingsRead() >= 1);

        // No longer awaiting the manager: forgotten, nothing to show.
        again[0].batch.status = BatchStatus::Approved;
        screening.screen(again);
        QCOMPARE(screening.status(keyOf(u"B-1"_s)).state, State::NotApplicable);
    }

    void fundRules_changed_batchCheckedAgainAndTheBreachNamed()
    {
        QVERIFY(m_harness->prepareForManager(u"B-1"_s, 2)); // R$ 1.000,00 each
        InboxScreening screening(m_session->client(), m_settings.get(), nullptr);
        InboxModel model;
        const QList<InboxEntry> entries = poll();
        model.setEntries(entries);
        model.setScreening(&screening);
        screening.screen(entries);
        QVERIFY(waitIdle(screening));
        QVERIFY(screening.status(keyOf(u"B-1"_s)).result->brokenFundRules.isEmpty());

        FundRules rules;
        rules.maxAssetValue = Money::fromCentavos(50000);
        FundRules::save(*m_settings, SandboxHarness::fund, rules);
        QCOMPARE(screening.status(keyOf(u"B-1"_s)).state, State::Checking);
        QVERIFY(waitIdle(screening));
        const auto result = *screening.status(keyOf(u"B-1"_s)).result;
        QCOMPARE(result.assetsPerRule.at(std::size_t(AssetChecks::Rule::OutsideFundRules)), 2);
        QCOMPARE(result.brokenFundRules.size(), 1);
        QVERIFY2(result.brokenFundRules.constFirst().startsWith(u"Largest asset: "_s),
                 qPrintable(result.brokenFundRules.join(u'|')));
        const QString tip = model.index(row(model, u"B-1"_s), int(Column::Alerts)).data(Qt::AccessibleTextRole).toString();
        QVERIFY2(tip.contains(u"Outside the fund's rules: 2"_s) && tip.contains(u"Fund rules broken:\n• Largest asset"_s),
                 qPrintable(tip));
    }

    // With the workspace store (the desktop's case), the fund's rules come from there; a save there and
    // fundRulesChanged() check the fund's batches again.
    void fundRulesInTheWorkspace_changed_fundCheckedAgain()
    {
        QVERIFY(m_harness->prepareForManager(u"B-1"_s, 2)); // R$ 1.000,00 each
        auto workspace = std::make_shared<WorkspaceRunner>();
        WorkspaceSettings local;
        local.sqliteFile = m_dir.filePath(u"workspace-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
        QCOMPARE(workspace->open(local, {}).result(), QString());
        InboxScreening screening(m_session->client(), m_settings.get(), nullptr);
        screening.setWorkspace(workspace);
        const QList<InboxEntry> entries = poll();
        screening.screen(entries);
        QVERIFY(waitIdle(screening));
        QVERIFY(screening.status(keyOf(u"B-1"_s)).result->brokenFundRules.isEmpty());

        FundRules rules;
        rules.maxAssetValue = Money::fromCentavos(50000);
        const auto saved = workspace
                               ->run([rules](WorkspaceStore &store) {
                                   return FundRulesDocument::save(store, SandboxHarness::fund, rules, 0, 1);
                               })
                               .result();
        QCOMPARE(saved.value, std::optional(true));
        screening.fundRulesChanged(SandboxHarness::fund);
        QCOMPARE(screening.status(keyOf(u"B-1"_s)).state, State::Checking);
        QVERIFY(waitIdle(screening));
        const auto result = *screening.status(keyOf(u"B-1"_s)).result;
        QCOMPARE(result.assetsPerRule.at(std::size_t(AssetChecks::Rule::OutsideFundRules)), 2);
        QCOMPARE(result.brokenFundRules.size(), 1);
        QCOMPARE(result.fundRulesProblem, QString());
    }

    void titleIndex_onlyRead_earlierBatchFlaggedAndNothingRecorded()
    {
        QVERIFY(m_harness->prepareForManager(u"FIRST-1"_s, 2));
        QVERIFY(m_harness->prepareForManager(u"AGAIN-1"_s, 2)); // ids of the same length: the same borrower, the same titles
        const QString path = m_dir.filePath(u"titles-%1.jsonl"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
        auto index = TitleIndex::create(path);
        const AssetChecks earlier = AssetChecks::run(assetsOf(u"FIRST-1"_s), QDate(2026, 11, 23), QString());
        auto recorded = index->record({ SandboxHarness::fund, SandboxHarness::ccbConfig, u"FIRST-1"_s, u"no. 1"_s, {} },
                                      earlier.titleDigests);
        recorded.waitForFinished();
        QCOMPARE(recorded.result(), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();

        QList<InboxEntry> entries = poll();
        entries.removeIf([](const InboxEntry &entry) { return entry.ref.externalId == u"FIRST-1"_s; });
        InboxScreening screening(m_session->client(), m_settings.get(), index);
        screening.screen(entries);
        QVERIFY(waitIdle(screening));
        QCOMPARE(
            screening.status(keyOf(u"AGAIN-1"_s)).result->assetsPerRule.at(std::size_t(AssetChecks::Rule::SeenInEarlierBatch)),
            2);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before); // the background never records titles
        QCOMPARE(index->snapshot()->batches.size(), 1);
    }

    void takeReviewChecks_replacesTheResultAndSparesTheRead()
    {
        QVERIFY(m_harness->prepareForManager(u"SMALL"_s, 1));
        QVERIFY(m_harness->prepareForManager(u"REVIEWED"_s, 3));
        const AssetChecks reviewed = AssetChecks::run(assetsOf(u"REVIEWED"_s), QDate(2026, 11, 23), QString());
        InboxScreening screening(m_session->client(), m_settings.get(), nullptr);
        QSignalSpy changed(&screening, &InboxScreening::statusChanged);
        screening.screen(poll());
        QCOMPARE(screening.status(keyOf(u"REVIEWED"_s)).state, State::NotChecked); // SMALL goes first

        screening.takeReviewChecks(refOf(u"REVIEWED"_s), reviewed);
        QVERIFY(changed.contains(QList<QVariant> { keyOf(u"REVIEWED"_s) }));
        QCOMPARE(screening.status(keyOf(u"REVIEWED"_s)).state, State::Checked);
        QCOMPARE(screening.status(keyOf(u"REVIEWED"_s)).result->flaggedCount, 3);
        QVERIFY(waitIdle(screening));
        QCOMPARE(screening.batchesRead(), 1); // only SMALL was read

        // A batch the inbox does not list as awaiting the manager has nothing to show.
        screening.takeReviewChecks(refOf(u"NOT-LISTED"_s), reviewed);
        QCOMPARE(screening.status(InboxEntry::keyOf(refOf(u"NOT-LISTED"_s))).state, State::NotApplicable);
    }

    void cancel_stopsTheReadAndEmptiesTheQueue()
    {
        QVERIFY(m_harness->prepareForManager(u"B-1"_s, 1));
        QVERIFY(m_harness->prepareForManager(u"B-2"_s, 2));
        InboxScreening screening(m_session->client(), m_settings.get(), nullptr);
        screening.screen(poll());
        QVERIFY(!screening.isIdle());
        screening.cancel();
        QVERIFY(screening.isIdle());
        QTest::qWait(300); // late answers of the cancelled read change nothing
        QCOMPARE(screening.status(keyOf(u"B-1"_s)).state, State::NotChecked);
        QCOMPARE(screening.status(keyOf(u"B-2"_s)).state, State::NotChecked);
    }

    void failedRead_saidInTheColumnAndTriedAgainAfterTheNextPoll()
    {
        QVERIFY(m_harness->prepareForManager(u"B-1"_s, 1));
        int status = 0;
        m_harness->control("POST", u"/_sandbox/faults"_s,
                           { { u"match"_s, QJsonObject { { u"method"_s, u"GET"_s }, { u"path_contains"_s, u"/assets"_s } } },
                             { u"status"_s, 503 },
                             { u"times"_s, 1 } },
                           &status);
        QCOMPARE(status, 201);
        InboxScreening screening(m_session->client(), m_settings.get(), nullptr);
        InboxModel model;
        const QList<InboxEntry> entries = poll();
        model.setEntries(entries);
        model.setScreening(&screening);
        screening.screen(entries);
        QVERIFY(waitIdle(screening));
        QCOMPARE(screening.status(keyOf(u"B-1"_s)).state, State::Failed);
        const QModelIndex alerts = model.index(row(model, u"B-1"_s), int(Column::Alerts));
        QCOMPARE(alerts.data().toString(), u"Not checked"_s);
        QVERIFY2(alerts.data(Qt::ToolTipRole).toString().contains(u"tries again after the next refresh"_s),
                 qPrintable(alerts.data(Qt::ToolTipRole).toString()));

        screening.screen(poll()); // the next poll
        QVERIFY(waitIdle(screening));
        QCOMPARE(screening.status(keyOf(u"B-1"_s)).state, State::Checked);
    }
};

QTEST_MAIN(TestInboxScreening)
#include "tst_inboxscreening.moc"
