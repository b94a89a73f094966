// BatchLoader against the real sandbox over loopback HTTP: header, every asset page by page, the
// assignor's accounts (and a server without the inferred account listing), cancel, asset details.
#include "sandboxharness.h"
#include "services/batchloader.h"
#include "services/session.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;
using cessio::testing::SandboxHarness;

class TestBatchLoader : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxHarness> m_harness;
    std::unique_ptr<Session> m_session;
    QTemporaryDir m_dir;
    const BatchRef m_ref { SandboxHarness::fund, SandboxHarness::ccbConfig, u"LOAD-1"_s };

private Q_SLOTS:
    void initTestCase()
    {
        m_harness = std::make_unique<SandboxHarness>();
        QVERIFY2(m_harness->start(), qPrintable(m_harness->error()));
        QVERIFY(m_harness->prepareForManager(m_ref.externalId, 250));
        m_session.reset(Session::forEndpoint(u"test"_s, m_harness->baseUrl(),
                                             RequestSigner(SandboxHarness::managerKey, SandboxHarness::managerPrivateKey()),
                                             { SandboxHarness::fund }, m_dir.filePath(u"audit.jsonl"_s)));
        QSignalSpy ready(m_session.get(), &Session::ready);
        m_session->start();
        QVERIFY(ready.wait(5000));
        m_session->client()->setPageSize(100);
        m_session->transport()->setPolicy({ 5000, 0, 10 });
    }

    void cleanup() { m_harness->control("DELETE", u"/_sandbox/faults"_s); }

    void load_batch_headerEveryAssetPageByPageAndAccounts()
    {
        BatchLoader loader(m_session->client());
        QSignalSpy batch(&loader, &BatchLoader::batchLoaded);
        QSignalSpy summary(&loader, &BatchLoader::summaryLoaded);
        QSignalSpy pages(&loader, &BatchLoader::assetsArrived);
        QSignalSpy progress(&loader, &BatchLoader::assetsProgress);
        QSignalSpy finished(&loader, &BatchLoader::assetsFinished);
        QSignalSpy accounts(&loader, &BatchLoader::accountsChanged);
        loader.load(m_ref);
        QVERIFY(finished.wait(30000));
        QTRY_VERIFY(batch.count() == 1 && summary.count() == 1);

        QCOMPARE(finished.first().first().value<ApiError>().isError(), false);
        QVERIFY(loader.assetsComplete());
        QCOMPARE(pages.count(), 3); // 100 + 100 + 50, in order
        QCOMPARE(pages.at(2).first().value<QList<AssetListItem>>().size(), 50);
        QCOMPARE(loader.assets().size(), 250);
        QCOMPARE(loader.assets().first().externalId, u"LOAD-1-A1"_s);
        QCOMPARE(progress.last().at(0).value<qsizetype>(), qsizetype(250));
        QVERIFY(loader.assets().first().detail.has_value()); // the simulator embeds the full asset
        QCOMPARE(loader.batch()->status, BatchStatus(BatchStatus::PendingManagerApproval));
        QCOMPARE(loader.summary()->numberOfAssets, 250);
        Money total;
        for (const AssetListItem &item : loader.assets()) {
            if (item.status.countsTowardTotal())
                total += item.totalPurchaseValue;
        }
        QCOMPARE(total, loader.summary()->totalValue);

        QTRY_COMPARE(loader.accountsState(), BatchLoader::AccountsState::Loaded);
        QVERIFY(loader.accounts());
        QCOMPARE(loader.accounts()->size(), 3);
        QVERIFY(accounts.count() >= 2); // Loading, then Loaded
    }

    void accountListing_404_isUnavailableNotAnError()
    {
        m_harness->control("POST", u"/_sandbox/faults"_s,
                           { { u"match"_s, QJsonObject { { u"method"_s, u"GET"_s }, { u"path_contains"_s, u"/account"_s } } },
                             { u"status"_s, 404 },
                             { u"times"_s, -1 } });
        BatchLoader loader(m_session->client());
        loader.load(m_ref);
        QTRY_COMPARE_WITH_TIMEOUT(loader.accountsState(), BatchLoader::AccountsState::Unavailable, 20000);
        QVERIFY(!loader.accounts()); // the approve dialog offers the contract default or a pasted key
    }

    void cancelAssets_midway_keepsWhatArrivedAndSaysCancelled()
    {
        m_session->client()->setPagesInFlight(1);
        BatchLoader loader(m_session->client());
        QSignalSpy finished(&loader, &BatchLoader::assetsFinished);
        connect(&loader, &BatchLoader::assetsArrived, &loader, [&loader] { loader.cancelAssets(); });
        loader.load(m_ref);
        QVERIFY(finished.wait(20000));
        m_session->client()->setPagesInFlight(4);
        QCOMPARE(finished.first().first().value<ApiError>().category(), ApiError::Category::Cancelled);
        QCOMPARE(loader.assets().size(), 100);
        QVERIFY(!loader.assetsComplete());
        QVERIFY(!loader.isLoadingAssets());
    }

    void reload_withAssets_replacesTheListOnce()
    {
        BatchLoader loader(m_session->client());
        QSignalSpy finished(&loader, &BatchLoader::assetsFinished);
        QSignalSpy started(&loader, &BatchLoader::assetsStarted);
        loader.load(m_ref);
        loader.reload(true); // before the first list finished: its pages are dropped
        QVERIFY(finished.wait(30000));
        QTest::qWait(200);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(started.count(), 2);
        QCOMPARE(loader.assets().size(), 250);
    }

    void loadAssetDetail_embedded_comesWithoutARequest_andUnknownFails()
    {
        BatchLoader loader(m_session->client());
        QSignalSpy finished(&loader, &BatchLoader::assetsFinished);
        QSignalSpy detail(&loader, &BatchLoader::assetDetailLoaded);
        QSignalSpy failed(&loader, &BatchLoader::assetDetailFailed);
        loader.load(m_ref);
        QVERIFY(finished.wait(30000));
        loader.loadAssetDetail(u"LOAD-1-A7"_s);
        QVERIFY(detail.wait(5000));
        const Asset asset = detail.first().first().value<Asset>();
        QCOMPARE(asset.externalId, u"LOAD-1-A7"_s);
        QVERIFY(asset.creditOperation);
        QVERIFY(!asset.creditOperation->installments.isEmpty());
        loader.loadAssetDetail(u"NOT-THERE"_s); // GET …/asset/{id} [I]
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(1).value<ApiError>().category(), ApiError::Category::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestBatchLoader)
#include "tst_batchloader.moc"
