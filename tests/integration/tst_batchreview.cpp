// BatchReview headless against the real sandbox over loopback HTTP: the typed state while a batch loads
// (Approve only once every asset is loaded and checked), a cancelled load, the fund's rules and the
// preview of a removal in exact centavos, following the batch after a decision taken here, and after
// a change at QI Tech seen by the inbox's poll (announced once, a stale listing ignored).
#include "sandboxharness.h"
#include "services/batchloader.h"
#include "services/batchreview.h"
#include "services/decisionservice.h"
#include "services/inboxservice.h"
#include "services/session.h"
#include "services/settings.h"
#include "services/titleindex.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;
using cessio::testing::SandboxHarness;
using Block = BatchReview::ApproveBlock;

class TestBatchReview : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxHarness> m_harness;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Settings> m_settings;
    QTemporaryDir m_dir;
    int m_batches = 0;

    // A new cfg-ccb batch awaiting the manager: asset i (from 0) is bought for R$ 1.000,00 + i × R$ 10,00,
    // its face value R$ 1.200,00.
    BatchRef newBatch(int assets)
    {
        const QString id = u"REVIEW-%1"_s.arg(++m_batches);
        if (!m_harness->prepareForManager(id, assets))
            return {};
        return { SandboxHarness::fund, SandboxHarness::ccbConfig, id };
    }

    static bool waitLoaded(BatchReview &review)
    {
        if (review.isFullyLoaded())
            return true;
        QSignalSpy loaded(&review, &BatchReview::fullyLoaded);
        return loaded.wait(30000);
    }

    // What the inbox's poll says of `ref` now: a real InboxService, polled once.
    std::optional<BatchListItem> listed(const BatchRef &ref)
    {
        InboxService inbox(m_session->client(), m_settings.get(), u"test"_s, { SandboxHarness::fund });
        QSignalSpy finished(&inbox, &InboxService::refreshFinished);
        inbox.start();
        if (!finished.wait(20000))
            return std::nullopt;
        for (const InboxEntry &entry : inbox.entries()) {
            if (entry.ref == ref)
                return entry.batch;
        }
        return std::nullopt;
    }

    DecisionContext contextFor(const BatchRef &ref)
    {
        DecisionContext context;
        context.profileName = u"test"_s;
        context.environment = m_harness->baseUrl();
        context.batch = ref;
        return context;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_harness = std::make_unique<SandboxHarness>();
        QVERIFY2(m_harness->start(), qPrintable(m_harness->error()));
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_s));
        m_session.reset(Session::forEndpoint(u"test"_s, m_harness->baseUrl(),
                                             RequestSigner(SandboxHarness::managerKey, SandboxHarness::managerPrivateKey()),
                                             { SandboxHarness::fund }, m_dir.filePath(u"audit.jsonl"_s)));
        QSignalSpy ready(m_session.get(), &Session::ready);
        m_session->start();
        QVERIFY(ready.wait(5000));
        m_session->client()->setPageSize(50);
        m_session->transport()->setPolicy({ 5000, 0, 10 });
    }

    void cleanup()
    {
        m_harness->control("DELETE", u"/_sandbox/faults"_s);
        m_session->client()->setPagesInFlight(4);
    }

    // Approve is never offered before every asset is loaded and checked; then it is, with the rest.
    void load_approveOfferedOnlyOnceEveryAssetIsChecked()
    {
        const BatchRef ref = newBatch(240);
        QVERIFY(!ref.externalId.isEmpty());
        m_session->client()->setPagesInFlight(1); // several pages, one at a time: many states to see
        BatchReview review(m_session->client(), ref);
        QCOMPARE(review.approveBlock(), Block::LoadingBatch);
        QCOMPARE(review.checksState(), BatchReview::ChecksState::Waiting);
        QSet<Block> seen;
        int approvableTooEarly = 0;
        connect(&review, &BatchReview::changed, this, [&] {
            seen.insert(review.approveBlock());
            if (review.canApprove()
                && (review.checksState() != BatchReview::ChecksState::Complete || !review.loader()->assetsComplete()
                    || review.assets().size() != 240))
                ++approvableTooEarly;
        });
        review.load();
        QVERIFY(waitLoaded(review));
        QTRY_COMPARE_WITH_TIMEOUT(review.approveBlock(), Block::None, 20000); // the accounts, too
        QCOMPARE(approvableTooEarly, 0);
        QVERIFY(seen.contains(Block::LoadingAssets));
        QVERIFY(seen.contains(Block::Checking) || seen.contains(Block::LoadingAccounts));
        QCOMPARE(review.checksState(), BatchReview::ChecksState::Complete);
        QVERIFY(review.canDecide());
        QVERIFY(review.canExportCsv());
        QVERIFY(review.canExportMemo());
        QVERIFY(!review.hasTerm());
        QVERIFY(!review.hasSignedTerm());
        QCOMPARE(review.analysis()->assetCount, 240);
    }

    void cancelledLoad_checksArePartial_andApproveSaysWhy()
    {
        const BatchRef ref = newBatch(120);
        QVERIFY(!ref.externalId.isEmpty());
        m_session->client()->setPagesInFlight(1);
        BatchReview review(m_session->client(), ref);
        connect(review.loader(), &BatchLoader::assetsArrived, &review, [&review] { review.loader()->cancelAssets(); });
        QSignalSpy ready(&review, &BatchReview::analysisReady);
        review.load();
        QVERIFY(ready.wait(20000));
        QCOMPARE(review.checksState(), BatchReview::ChecksState::Partial);
        QCOMPARE(review.approveBlock(), Block::AssetsIncomplete);
        QVERIFY(review.canDecide()); // denying or removing does not need every asset checked
    }

    // Assets above the fund's largest-asset limit are flagged; the batch without them, in exact centavos.
    void fundRules_outsideAssets_andTheBatchAfterRemovingThem()
    {
        const BatchRef ref = newBatch(10);
        QVERIFY(!ref.externalId.isEmpty());
        BatchReview review(m_session->client(), ref);
        review.load();
        QVERIFY(waitLoaded(review));
        QVERIFY(review.outsideFundRules().isEmpty());

        FundRules rules;
        rules.maxAssetValue = Money::fromCentavos(104500); // R$ 1.045,00: assets 6 to 10 are above it
        QSignalSpy ready(&review, &BatchReview::analysisReady);
        review.setFundRules(rules);
        QCOMPARE(review.checksState(), BatchReview::ChecksState::Running);
        QCOMPARE(review.approveBlock(), Block::Checking);
        QVERIFY(ready.wait(20000));
        QStringList expected;
        for (int i = 6; i <= 10; ++i)
            expected.append(ref.externalId + u"-A"_s + QString::number(i));
        QCOMPARE(review.outsideFundRules(), expected);

        const RemovalPreview preview = review.previewRemoval(expected);
        QCOMPARE(preview.before.count, 10);
        QCOMPARE(preview.before.purchaseValue, Money::fromCentavos(1045000)); // 10 × 1.000,00 + (0 + … + 9) × 10,00
        QCOMPARE(preview.before.faceValue, Money::fromCentavos(1200000));
        QCOMPARE(preview.removed.count, 5);
        QCOMPARE(preview.removed.purchaseValue, Money::fromCentavos(535000));
        QCOMPARE(preview.after.count, 5);
        QCOMPARE(preview.after.purchaseValue, Money::fromCentavos(510000));
        QCOMPARE(preview.after.faceValue, Money::fromCentavos(600000));
        QCOMPARE(preview.after.faceUnknown, 0);
        QCOMPARE(preview.before.purchaseValue, review.summary()->totalValue);
    }

    // A removal taken here: its outcome says so, and the review re-reads batch, summary and assets.
    void ownRemoval_outcomeRereadsEverything_withoutAChangeNotice()
    {
        const BatchRef ref = newBatch(6);
        QVERIFY(!ref.externalId.isEmpty());
        BatchReview review(m_session->client(), ref);
        review.load();
        QVERIFY(waitLoaded(review));
        const std::optional<BatchListItem> before = listed(ref);
        QVERIFY(before);
        review.noteListed(*before); // the same as shown: nothing happens

        QSignalSpy finished(m_session->decisions(), &DecisionService::finished);
        const QStringList removed { ref.externalId + u"-A1"_s, ref.externalId + u"-A2"_s };
        QVERIFY(m_session->decisions()->removeAssets(contextFor(ref), removed));
        QVERIFY(finished.wait(20000));
        const auto outcome = finished.first().at(1).value<DecisionOutcome>();
        QCOMPARE(outcome.result, DecisionOutcome::Result::Applied);
        QCOMPARE(outcome.action, DecisionOutcome::Action::RemoveAssets);

        QSignalSpy started(review.loader(), &BatchLoader::assetsStarted);
        QSignalSpy changedAtQi(&review, &BatchReview::changedAtQi);
        review.applyOutcome(outcome);
        QVERIFY(waitLoaded(review));
        QCOMPARE(started.count(), 1);
        QTRY_COMPARE(review.batch()->status, BatchStatus(BatchStatus::CompletedAssetsInsertion)); // the header may come last
        QVERIFY(!review.canDecide());
        QCOMPARE(review.approveBlock(), Block::NotAwaitingDecision);
        for (const AssetListItem &item : review.assets()) {
            if (removed.contains(item.externalId))
                QCOMPARE(item.status, AssetStatus(AssetStatus::Denied));
        }
        // The inbox's poll from before the decision comes in late: it is older than what is shown.
        QSignalSpy batchReads(review.loader(), &BatchLoader::batchLoaded);
        review.noteListed(*before);
        QTest::qWait(300);
        QCOMPARE(batchReads.count(), 0);
        QCOMPARE(changedAtQi.count(), 0);
    }

    // The batch approved elsewhere (another Cessio, the CLI, QI's portal) while the review is open:
    // after the next poll the review re-reads, says so once, and no longer offers a decision.
    void approvedElsewhere_nextPoll_rereadsAndAnnouncesOnce()
    {
        const BatchRef ref = newBatch(5);
        QVERIFY(!ref.externalId.isEmpty());
        BatchReview review(m_session->client(), ref);
        review.load();
        QVERIFY(waitLoaded(review));
        QTRY_VERIFY_WITH_TIMEOUT(review.canApprove(), 20000);
        review.noteListed(*listed(ref));

        const auto reply = m_harness->setStatus(m_harness->manager(), SandboxHarness::ccbConfig, ref.externalId,
                                                { { u"assignment_status"_s, u"approved"_s } });
        QCOMPARE(reply.status, 200);
        const std::optional<BatchListItem> after = listed(ref);
        QVERIFY(after);
        QVERIFY(after->status.value() != BatchStatus::PendingManagerApproval);

        QSignalSpy changedAtQi(&review, &BatchReview::changedAtQi);
        review.noteListed(*after);
        QVERIFY(changedAtQi.wait(20000));
        QCOMPARE(review.batch()->status, after->status);
        QVERIFY(!review.canDecide());
        QVERIFY(!review.canApprove());
        QCOMPARE(review.approveBlock(), Block::NotAwaitingDecision);
        // The same listing again (the next poll, nothing new): no second re-read, no second notice.
        QSignalSpy batchReads(review.loader(), &BatchLoader::batchLoaded);
        review.noteListed(*after);
        QTest::qWait(300);
        QCOMPARE(batchReads.count(), 0);
        QCOMPARE(changedAtQi.count(), 1);
    }

    void titles_recordedOnceTheBatchIsChecked()
    {
        const BatchRef ref = newBatch(4);
        QVERIFY(!ref.externalId.isEmpty());
        auto index = TitleIndex::create(m_dir.filePath(u"titles.jsonl"_s));
        BatchReview review(m_session->client(), ref);
        review.setTitleIndex(index);
        review.load();
        QVERIFY(waitLoaded(review));
        QTRY_VERIFY(!index->snapshot()->batches.isEmpty());
        QCOMPARE(index->snapshot()->batches.constLast().externalId, ref.externalId);
    }
};

QTEST_GUILESS_MAIN(TestBatchReview)
#include "tst_batchreview.moc"
