// InboxService against the real sandbox over loopback HTTP with real signatures: the first load, a
// new batch after a poll (and the notification), overlapping polls, tracked batches and a server
// without the (inferred) batch listing.
#include "sandbox/world.h"
#include "sandboxharness.h"
#include "services/inboxservice.h"
#include "services/session.h"
#include "services/settings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;
using cessio::testing::SandboxHarness;

class TestInboxService : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxHarness> m_harness;
    std::unique_ptr<Session> m_session;
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;

    std::unique_ptr<InboxService> newService()
    {
        return std::make_unique<InboxService>(m_session->client(), m_settings.get(), u"test"_s,
                                              QStringList { SandboxHarness::fund, SandboxHarness::fundBeta });
    }

    static bool poll(InboxService &inbox)
    {
        QSignalSpy finished(&inbox, &InboxService::refreshFinished);
        return inbox.refresh() && finished.wait(20000);
    }

    static const InboxEntry *find(const InboxService &inbox, const QString &externalId)
    {
        for (const InboxEntry &entry : inbox.entries()) {
            if (entry.ref.externalId == externalId)
                return &entry;
        }
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_harness = std::make_unique<SandboxHarness>();
        QVERIFY2(m_harness->start(), qPrintable(m_harness->error()));
        m_settings = std::make_unique<Settings>(
            m_dir.filePath(u"settings-%1.ini"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))));
        m_session.reset(Session::forEndpoint(
            u"test"_s, m_harness->baseUrl(), RequestSigner(SandboxHarness::managerKey, SandboxHarness::managerPrivateKey()),
            { SandboxHarness::fund, SandboxHarness::fundBeta }, m_dir.filePath(u"audit.jsonl"_s)));
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

    void firstLoad_batchesAcrossConfigurations_listedWithTotalsAndNoNotification()
    {
        QVERIFY(m_harness->prepareForManager(u"B-1"_s, 3));
        QVERIFY(m_harness->prepareForManager(u"B-2"_s, 2));
        QCOMPARE(m_harness->createBatch(SandboxHarness::ccbConfig, u"OPEN-1"_s).status, 201);
        auto inbox = newService();
        QSignalSpy arrived(inbox.get(), &InboxService::newBatchesAwaitingDecision);
        QVERIFY(poll(*inbox));

        const InboxEntry *b1 = find(*inbox, u"B-1"_s);
        QVERIFY(b1);
        QCOMPARE(b1->batch.status, BatchStatus(BatchStatus::PendingManagerApproval));
        QCOMPARE(b1->fundName, u"Alpha FIDC"_s);
        QCOMPARE(b1->assignor.name, u"Example Assignor Ltda"_s);
        QCOMPARE(b1->ref.configurationKey, SandboxHarness::ccbConfig);
        QCOMPARE(*b1->batch.totalValue, Money::fromCentavos(100000 + 101000 + 102000));
        QCOMPARE(*b1->batch.numberOfAssets, 3);
        QCOMPARE(*b1->batch.numberOfApprovedAssets, 3);
        QVERIFY(b1->batch.lastEventAt.isValid());
        QCOMPARE(*find(*inbox, u"B-2"_s)->batch.totalValue, Money::fromCentavos(100000 + 101000));
        QCOMPARE(find(*inbox, u"OPEN-1"_s)->batch.status.stage(), BatchStatus::Stage::BeforeManager);
        QCOMPARE(inbox->connectionState(), InboxService::ConnectionState::Connected);
        QVERIFY(inbox->lastRefresh().isValid());
        QCOMPARE(arrived.count(), 0); // never on the first load
    }

    // Session::serverDataCompleted(): what the server was still making at the start (the demo's
    // 20,000-asset batch) joins the inbox at once, even when it comes during a poll that started
    // before the server had it, and without a new-batch notification; later polls notify as before.
    void catchUp_duringAPoll_pollsAgainAfterItWithoutNotifying()
    {
        QVERIFY(m_harness->prepareForManager(u"B-1"_s, 1));
        QVERIFY(m_harness->prepareForManager(u"B-LATE"_s, 2));
        sandbox::Batch *late = m_harness->sandbox().world().batch(u"B-LATE"_s);
        QVERIFY(late);
        late->visible = false; // still being made
        auto inbox = newService();
        QSignalSpy arrived(inbox.get(), &InboxService::newBatchesAwaitingDecision);
        QVERIFY(poll(*inbox));
        QVERIFY(find(*inbox, u"B-1"_s));
        QVERIFY(!find(*inbox, u"B-LATE"_s));

        QSignalSpy finished(inbox.get(), &InboxService::refreshFinished);
        QVERIFY(inbox->refresh()); // an ordinary poll, under way before the server has the batch
        connect(inbox.get(), &InboxService::refreshFinished, this, [late] { late->visible = true; });
        inbox->catchUp();
        QVERIFY(QTest::qWaitFor([&] { return finished.count() == 2; }, 20000));
        QVERIFY(find(*inbox, u"B-LATE"_s));
        QCOMPARE(arrived.count(), 0);

        QVERIFY(m_harness->prepareForManager(u"B-NEW"_s, 1));
        QVERIFY(poll(*inbox));
        QCOMPARE(arrived.count(), 1);
        QCOMPARE(arrived.first().first().value<QList<InboxEntry>>().constFirst().ref.externalId, u"B-NEW"_s);
    }

    void nextPoll_newBatchAwaitingManager_notifiedOnce()
    {
        QVERIFY(m_harness->prepareForManager(u"B-1"_s, 1));
        QCOMPARE(m_harness->createBatch(SandboxHarness::ccbConfig, u"LATER"_s).status, 201);
        auto inbox = newService();
        QSignalSpy arrived(inbox.get(), &InboxService::newBatchesAwaitingDecision);
        QVERIFY(poll(*inbox));

        QVERIFY(m_harness->prepareForManager(u"B-NEW"_s, 2));
        QVERIFY(poll(*inbox));
        QCOMPARE(arrived.count(), 1);
        const auto entries = arrived.first().first().value<QList<InboxEntry>>();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().ref.externalId, u"B-NEW"_s);

        QVERIFY(poll(*inbox));
        QCOMPARE(arrived.count(), 1); // still pending: not new any more
    }

    void refresh_whileOneRuns_isSkipped()
    {
        auto inbox = newService();
        QSignalSpy finished(inbox.get(), &InboxService::refreshFinished);
        QVERIFY(inbox->refresh());
        QVERIFY(inbox->isRefreshing());
        QVERIFY(!inbox->refresh());
        QCOMPARE(inbox->skippedPolls(), 1);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.count(), 1);
    }

    void start_pollInterval_pollsByItself()
    {
        auto inbox = newService();
        inbox->setPollInterval(std::chrono::milliseconds(200));
        QSignalSpy finished(inbox.get(), &InboxService::refreshFinished);
        inbox->start();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 3, 20000);
        inbox->stop();
    }

    void pollInterval_fromSettings_followsChanges()
    {
        auto inbox = newService();
        QCOMPARE(inbox->pollInterval(), std::chrono::milliseconds(60000));
        m_settings->setValue(Settings::Key::PollIntervalSeconds, 120);
        QCOMPARE(inbox->pollInterval(), std::chrono::milliseconds(120000));
    }

    void trackBatch_externalId_foundPersistedAndReadEveryPoll()
    {
        QVERIFY(m_harness->prepareForManager(u"TRACK-1"_s, 2));
        {
            auto inbox = newService();
            QSignalSpy tracked(inbox.get(), &InboxService::trackingFinished);
            QSignalSpy finished(inbox.get(), &InboxService::refreshFinished);
            QVERIFY(inbox->trackBatch(u"  TRACK-1 "_s));
            QVERIFY(tracked.wait(20000));
            const auto location = tracked.first().first().value<BatchLocation>();
            QVERIFY(location.found());
            QCOMPARE(location.ref.configurationKey, SandboxHarness::ccbConfig);
            QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1 && !inbox->isRefreshing(), 20000);
            QVERIFY(find(*inbox, u"TRACK-1"_s));
            QVERIFY(find(*inbox, u"TRACK-1"_s)->tracked);
        }
        // A new service (the next start of the app) reads the tracked list from the settings.
        auto again = newService();
        QCOMPARE(again->trackedBatches().size(), 1);
        QCOMPARE(again->trackedBatches().first().externalId, u"TRACK-1"_s);
        again->untrackBatch(again->trackedBatches().first());
        QVERIFY(newService()->trackedBatches().isEmpty());
    }

    void trackBatch_unknown_reportsNotFound()
    {
        auto inbox = newService();
        QSignalSpy tracked(inbox.get(), &InboxService::trackingFinished);
        QVERIFY(inbox->trackBatch(u"NOPE"_s));
        QVERIFY(tracked.wait(20000));
        QVERIFY(!tracked.first().first().value<BatchLocation>().found());
        QVERIFY(inbox->trackedBatches().isEmpty());
    }

    void listingUnavailable_404_trackedBatchesStillShown()
    {
        QVERIFY(m_harness->prepareForManager(u"ONLY-TRACKED"_s, 1));
        int status = 0;
        m_harness->control("POST", u"/_sandbox/faults"_s,
                           { { u"match"_s, QJsonObject { { u"method"_s, u"GET"_s }, { u"path_contains"_s, u"/assignments"_s } } },
                             { u"status"_s, 404 },
                             { u"times"_s, -1 } },
                           &status);
        QCOMPARE(status, 201);
        auto inbox = newService();
        QSignalSpy tracked(inbox.get(), &InboxService::trackingFinished);
        QVERIFY(inbox->trackBatch(u"ONLY-TRACKED"_s));
        QVERIFY(tracked.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(find(*inbox, u"ONLY-TRACKED"_s) != nullptr && !inbox->isRefreshing(), 20000);
        QVERIFY(inbox->listingUnavailable());
        QCOMPARE(inbox->connectionState(), InboxService::ConnectionState::Connected);
        QCOMPARE(*find(*inbox, u"ONLY-TRACKED"_s)->batch.numberOfAssets, 1); // from assets_summary
    }

    void failedConfiguration_keepsItsPreviousRows()
    {
        QVERIFY(m_harness->prepareForManager(u"KEEP"_s, 1));
        auto inbox = newService();
        QVERIFY(poll(*inbox));
        QVERIFY(find(*inbox, u"KEEP"_s));
        m_harness->control(
            "POST", u"/_sandbox/faults"_s,
            { { u"match"_s, QJsonObject { { u"method"_s, u"GET"_s }, { u"path_contains"_s, u"cfg-ccb/assignments"_s } } },
              { u"status"_s, 503 },
              { u"times"_s, -1 } });
        QVERIFY(m_harness->prepareForManager(u"HIDDEN"_s, 1));
        QVERIFY(poll(*inbox));
        QVERIFY(find(*inbox, u"KEEP"_s)); // stale, not dropped
        QCOMPARE(inbox->connectionState(), InboxService::ConnectionState::Partial);
        QVERIFY(!inbox->failures().isEmpty());
        // Once the configuration answers again, its new batch counts as new.
        QSignalSpy arrived(inbox.get(), &InboxService::newBatchesAwaitingDecision);
        m_harness->control("DELETE", u"/_sandbox/faults"_s);
        QVERIFY(poll(*inbox));
        QVERIFY(find(*inbox, u"HIDDEN"_s));
        QCOMPARE(arrived.count(), 0); // the place was not readable last time: no burst after a glitch
    }
};

QTEST_GUILESS_MAIN(TestInboxService)
#include "tst_inboxservice.moc"
