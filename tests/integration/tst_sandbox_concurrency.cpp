// Many signed clients at once: 8 clients, each with its own connections, 50 requests each, all in
// flight together; every answer must be right. Prints the signed requests per second served.
#include "sandboxharness.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;
using namespace cessio::testing;

class TestSandboxConcurrency : public QObject
{
    Q_OBJECT

    static constexpr int clientCount = 8;
    static constexpr int requestsPerClient = 50;

    std::unique_ptr<SandboxHarness> h;
    std::vector<std::unique_ptr<SignedClient>> clients;

private Q_SLOTS:
    void init()
    {
        h = std::make_unique<SandboxHarness>();
        QVERIFY2(h->start(), qPrintable(h->error()));
        clients.clear();
        for (int i = 0; i < clientCount; ++i) {
            QCOMPARE(h->createBatch(SandboxHarness::ccbConfig, u"C-%1"_s.arg(i)).status, 201);
            // Half sign as the assignor, half as the manager (both may insert assets); each client
            // has its own QNetworkAccessManager, so its own connections.
            const QString key = i % 2 ? SandboxHarness::managerKey : SandboxHarness::assignorKey;
            clients.push_back(std::make_unique<SignedClient>(h->baseUrl(), key, SandboxHarness::privateKey(key)));
        }
        h->sandbox().requests().clear(); // count only what the clients send
    }
    void cleanup()
    {
        clients.clear();
        h.reset();
    }

    void manyClients_mixedReadsAndWrites_allAnsweredCorrectly()
    {
        int finished = 0;
        int wrong = 0;
        QStringList problems;
        QElapsedTimer timer;
        timer.start();
        for (int c = 0; c < clientCount; ++c) {
            const QString batch = u"C-%1"_s.arg(c);
            for (int r = 0; r < requestsPerClient; ++r) {
                const bool write = r % 2 == 0;
                const QString assetId = u"%1-A%2"_s.arg(batch).arg(r);
                const QString path = write ? SandboxHarness::path(Endpoint::InsertAsset, SandboxHarness::ccbConfig, batch)
                                           : SandboxHarness::path(Endpoint::GetBatch, SandboxHarness::ccbConfig, batch);
                const QByteArray body = write
                    ? QJsonDocument(AssetBodies::ccb(AssetBodies::spec(assetId))).toJson(QJsonDocument::Compact)
                    : QByteArray();
                clients[std::size_t(c)]->sendAsync(
                    write ? "POST" : "GET", path, body, [&, write, assetId, batch](const HttpReply &reply) {
                        ++finished;
                        const QJsonObject json = reply.json();
                        const bool ok = write ? reply.status == 201 && json.value(u"external_id"_s).toString() == assetId
                                              : reply.status == 200 && json.value(u"external_id"_s).toString() == batch;
                        if (!ok) {
                            ++wrong;
                            problems.append(u"%1 %2"_s.arg(reply.status).arg(QString::fromUtf8(reply.body.left(200))));
                        }
                    });
            }
        }
        const int total = clientCount * requestsPerClient;
        QTRY_COMPARE_WITH_TIMEOUT(finished, total, 120000);
        const qint64 elapsed = qMax<qint64>(1, timer.elapsed());
        QVERIFY2(wrong == 0, qPrintable(problems.mid(0, 5).join(u'\n')));
        qInfo("%d signed requests (%d clients x %d, half inserts) in %lld ms: %.0f requests/s", total, clientCount,
              requestsPerClient, elapsed, total * 1000.0 / double(elapsed));
        for (int c = 0; c < clientCount; ++c)
            QCOMPARE(h->sandbox().world().batch(u"C-%1"_s.arg(c))->assets.size(), std::size_t(requestsPerClient / 2));
        QCOMPARE(h->sandbox().requests().size(), qsizetype(total));
    }

    // Signatures are checked on a thread pool while the world stays on the sandbox's thread: with
    // honest and forged requests in flight together, each answer is its own request's (a forged
    // insert is refused and inserts nothing, an honest one lands), whatever order the checks end in.
    void forgedAndHonest_inFlightTogether_eachAnsweredForItself()
    {
        // Signs with the assignor's key under the manager's API-CLIENT-KEY.
        SignedClient forger(h->baseUrl(), SandboxHarness::managerKey, SandboxHarness::privateKey(SandboxHarness::assignorKey));
        int finished = 0;
        QStringList problems;
        constexpr int rounds = 40;
        for (int r = 0; r < rounds; ++r) {
            const bool forged = r % 2 == 1;
            const QString batch = u"C-%1"_s.arg(r % clientCount);
            const QString assetId = u"%1-F%2"_s.arg(batch).arg(r);
            const QByteArray body = QJsonDocument(AssetBodies::ccb(AssetBodies::spec(assetId))).toJson(QJsonDocument::Compact);
            SignedClient &client = forged ? forger : *clients[std::size_t(r % clientCount)];
            client.sendAsync("POST", SandboxHarness::path(Endpoint::InsertAsset, SandboxHarness::ccbConfig, batch), body,
                             [&, forged, assetId](const HttpReply &reply) {
                                 ++finished;
                                 const QJsonObject json = reply.json();
                                 const bool ok = forged
                                     ? reply.status == 401 && json.value(u"code"_s).toString() == u"GDF900001"_s
                                     : reply.status == 201 && json.value(u"external_id"_s).toString() == assetId;
                                 if (!ok)
                                     problems.append(u"%1 %2"_s.arg(reply.status).arg(QString::fromUtf8(reply.body.left(200))));
                             });
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, rounds, 60000);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 5).join(u'\n')));
        std::size_t inserted = 0;
        for (int c = 0; c < clientCount; ++c) {
            for (const auto &asset : h->sandbox().world().batch(u"C-%1"_s.arg(c))->assets) {
                QVERIFY2(!asset.externalId.contains(u"-F"_s) || asset.externalId.section(u"-F"_s, 1).toInt() % 2 == 0,
                         qPrintable(asset.externalId));
                ++inserted;
            }
        }
        QCOMPARE(inserted, std::size_t(rounds / 2));
    }

    void manyClients_readsOnly_throughput()
    {
        int finished = 0;
        int wrong = 0;
        QElapsedTimer timer;
        timer.start();
        for (int c = 0; c < clientCount; ++c) {
            for (int r = 0; r < requestsPerClient; ++r) {
                const QString path = SandboxHarness::path(Endpoint::AssetsSummary, SandboxHarness::ccbConfig, u"C-%1"_s.arg(c));
                clients[std::size_t(c)]->sendAsync("GET", path, {}, [&](const HttpReply &reply) {
                    ++finished;
                    wrong += reply.status == 200 ? 0 : 1;
                });
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, clientCount * requestsPerClient, 120000);
        const qint64 elapsed = qMax<qint64>(1, timer.elapsed());
        QCOMPARE(wrong, 0);
        qInfo("%d signed GETs in %lld ms: %.0f requests/s", finished, elapsed, finished * 1000.0 / double(elapsed));
    }
};

QTEST_GUILESS_MAIN(TestSandboxConcurrency)
#include "tst_sandbox_concurrency.moc"
