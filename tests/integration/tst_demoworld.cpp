// The demonstration world (--demo-data) and the demo assignor: deterministic, every batch status,
// valid CPF/CNPJ, asset bodies the sandbox's own validation and eligibility agree with, exact
// totals, a demo client whose signatures the sandbox accepts over real loopback HTTP, and new
// batches that reach the manager's inbox.
#include "core/asset.h"
#include "core/documentnumber.h"
#include "qitech/apiclient.h"
#include "sandbox/assetschema.h"
#include "sandbox/demoassetrecipe.h"
#include "sandbox/demoassignor.h"
#include "sandbox/demoworld.h"
#include "sandbox/eligibility.h"
#include "sandbox/sandbox.h"
#include "sandbox/worldjson.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace cessio::sandbox; // Asset, Batch, Fund... are the sandbox's here
using cessio::AssetStatus;
using cessio::AssetType;
using cessio::BatchStatus;
using cessio::DocumentNumber;
using cessio::Money;

namespace {

const QDateTime fixedNow = QDateTime(QDate(2026, 9, 14), QTime(14, 30, 0), Qt::UTC);

DemoOptions fixedOptions(quint32 seed = 20260501)
{
    DemoOptions options;
    options.seed = seed;
    options.now = fixedNow;
    return options;
}

// Everything observable about a world, hashed: keys, names, statuses, events, assets, totals.
QByteArray digest(const World &world, const DemoCredentials &credentials)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto add = [&](const QJsonObject &json) { hash.addData(QJsonDocument(json).toJson(QJsonDocument::Compact)); };
    for (const Configuration *configuration : world.configurations())
        add(WorldJson::configuration(world, *configuration));
    for (const Assignor *assignor : world.assignors()) {
        for (const Account &account : assignor->accounts)
            add(WorldJson::account(account));
    }
    for (const Client *client : world.clients())
        hash.addData(QByteArray(client->apiClientKey.toUtf8() + client->publicKeyPem));
    for (const Batch *batch : world.batches()) {
        add(WorldJson::batchDetail(world, *batch));
        // Every asset's identity, status and value; every body of the small batches and a sample of
        // the large ones (serializing 28,000 bodies twice is slow under sanitizers).
        for (std::size_t i = 0; i < batch->assets.size(); ++i) {
            const Asset &asset = batch->assets[i];
            hash.addData(QString(asset.assetKey + asset.externalId + asset.status.apiName() + asset.deniedBy + asset.denialReason
                                 + QString::number(asset.totalPurchaseValue.centavos()) + asset.createdAt.toString(Qt::ISODate))
                             .toUtf8());
            if (batch->assets.size() < 1000 || i % 97 == 0)
                add(WorldJson::asset(world.fund(batch->fundClassKey), asset, true));
        }
    }
    hash.addData(credentials.privateKey.privateKeyPem());
    hash.addData(credentials.fundKeys.join(u',').toUtf8());
    return hash.result().toHex();
}

bool hasLetter(const QString &documentNumber)
{
    const QString normalized = DocumentNumber::parse(documentNumber).normalized();
    return std::any_of(normalized.cbegin(), normalized.cend(), [](QChar c) { return c.isLetter(); });
}

} // namespace

class TestDemoWorld : public QObject
{
    Q_OBJECT

    // Built once into a sandbox (started by the HTTP test): a world takes a while under
    // sanitizers, and most tests only read it.
    std::unique_ptr<Sandbox> m_sandbox;
    World *m_world = nullptr;
    DemoCredentials m_credentials;

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<Sandbox>();
        m_world = &m_sandbox->world();
        QElapsedTimer timer;
        timer.start();
        m_credentials = DemoWorld::build(*m_world, fixedOptions());
        qInfo("demo world: %lld assets in %lld ms", qint64(m_credentials.assets), timer.elapsed());
    }

    void build_sameSeed_sameWorld()
    {
        World again;
        const DemoCredentials credentials = DemoWorld::build(again, fixedOptions());
        QCOMPARE(credentials.clientKey, m_credentials.clientKey);
        QCOMPARE(credentials.privateKey.privateKeyPem(), m_credentials.privateKey.privateKeyPem());
        QCOMPARE(credentials.fundKeys, m_credentials.fundKeys);
        QCOMPARE(credentials.largeBatch.externalId, m_credentials.largeBatch.externalId);
        QCOMPARE(digest(again, credentials), digest(*m_world, m_credentials));
    }

    // A batch past DemoBatchBuilder::assetsPerChunk is made in chunks on the thread pool: the same world
    // with one thread or many, and every title number used once (each chunk numbers its own range),
    // but for the few titles the plan sends twice on purpose.
    void build_largeBatchInChunks_sameWhateverTheThreads_titlesNumberedOnce()
    {
        DemoOptions options = fixedOptions();
        options.largeBatchAssets = 6000; // three chunks
        QThreadPool *pool = QThreadPool::globalInstance();
        const int threads = pool->maxThreadCount();
        World single;
        pool->setMaxThreadCount(1);
        const DemoCredentials one = DemoWorld::build(single, options);
        pool->setMaxThreadCount(std::max(threads, 4));
        World parallel;
        const DemoCredentials many = DemoWorld::build(parallel, options);
        pool->setMaxThreadCount(threads);
        QCOMPARE(digest(parallel, many), digest(single, one));

        const Batch *batch = parallel.batch(many.largeBatch.externalId);
        QVERIFY(batch);
        QCOMPARE(qsizetype(batch->assets.size()), 6000);
        static const QRegularExpression orderNumber(u"\"order_number\":\"([^\"]+)\""_s);
        QHash<QString, int> uses;
        for (const Asset &asset : batch->assets) {
            const QRegularExpressionMatch match
                = orderNumber.match(QString::fromUtf8(QJsonDocument(asset.body).toJson(QJsonDocument::Compact)));
            QVERIFY2(match.hasMatch(), qPrintable(asset.externalId));
            ++uses[match.captured(1)];
        }
        int repeated = 0;
        for (const int count : std::as_const(uses))
            repeated += count - 1;
        QVERIFY2(repeated <= 3, qPrintable(u"%1 titles numbered twice"_s.arg(repeated))); // the plan's 6 suspicious: 3 copies
    }

    // `cessio --demo` serves the world before its large batch is made: until DemoLateBatch finishes,
    // no lookup or listing sees the batch; afterwards the world is the one built in one go.
    void build_largeBatchLater_outOfSightUntilMade_thenTheSameWorld()
    {
        DemoOptions options = fixedOptions();
        options.largeBatchAssets = 6000; // three chunks
        World atOnce;
        const DemoCredentials whole = DemoWorld::build(atOnce, options);
        World world;
        std::unique_ptr<DemoLateBatch> late;
        const DemoCredentials served = DemoWorld::build(world, options, &late);
        QVERIFY(late);
        const QString externalId = served.largeBatch.externalId;
        QCOMPARE(late->externalId(), externalId);
        QCOMPARE(served.assets, whole.assets);
        QVERIFY(!world.batch(externalId));
        QVERIFY(!world.batch(served.largeBatch.configurationKey, externalId));
        const auto listed = [&](const QList<Batch *> &batches) {
            return std::any_of(batches.cbegin(), batches.cend(), [&](const Batch *b) { return b->externalId == externalId; });
        };
        QVERIFY(!listed(world.batches()));
        QVERIFY(!listed(world.batches(served.largeBatch.configurationKey)));
        QCOMPARE(world.batches().size(), atOnce.batches().size() - 1);

        late->make().waitForFinished();
        QVERIFY(late->finish());
        QVERIFY(!late->finish()); // once
        const Batch *batch = world.batch(served.largeBatch.configurationKey, externalId);
        QVERIFY(batch);
        QCOMPARE(qsizetype(batch->assets.size()), 6000);
        QVERIFY(listed(world.batches(served.largeBatch.configurationKey)));
        QCOMPARE(digest(world, served), digest(atOnce, whole));
    }

    void build_smallWorldLater_nothingLeftToMake()
    {
        DemoOptions options = fixedOptions();
        options.largeBatchAssets = 2000; // one chunk: made with the world's own random stream, at once
        World world;
        std::unique_ptr<DemoLateBatch> late;
        const DemoCredentials credentials = DemoWorld::build(world, options, &late);
        QVERIFY(!late);
        QVERIFY(world.batch(credentials.largeBatch.externalId));
    }

    void build_otherSeed_otherKeys()
    {
        World other;
        DemoOptions options = fixedOptions(7);
        options.largeBatchAssets = 50; // keys are all that is compared
        const DemoCredentials credentials = DemoWorld::build(other, options);
        QVERIFY(credentials.clientKey != m_credentials.clientKey);
        QVERIFY(credentials.privateKey.privateKeyPem() != m_credentials.privateKey.privateKeyPem());
        QVERIFY(credentials.fundKeys != m_credentials.fundKeys);
    }

    void build_everyBatchStatus_present_data()
    {
        QTest::addColumn<int>("status");
        for (const BatchStatus::Value status : BatchStatus::all()) {
            if (status != BatchStatus::Unknown)
                QTest::newRow(qPrintable(BatchStatus::apiName(status))) << int(status);
        }
    }
    void build_everyBatchStatus_present()
    {
        QFETCH(int, status);
        const QList<Batch *> batches = m_world->batches();
        QVERIFY(std::any_of(batches.cbegin(), batches.cend(), [&](const Batch *b) { return b->status.value() == status; }));
    }

    void build_inbox_everyFundAndWaitingTimesFromMinutesToDays()
    {
        QSet<QString> funds;
        qint64 shortest = std::numeric_limits<qint64>::max();
        qint64 longest = 0;
        for (const Batch *batch : m_world->batches()) {
            if (batch->status.value() != BatchStatus::PendingManagerApproval)
                continue;
            funds.insert(batch->fundClassKey);
            const qint64 waiting = batch->statusSince().secsTo(fixedNow);
            QVERIFY2(waiting > 0, qPrintable(batch->externalId)); // status events are in the past
            shortest = std::min(shortest, waiting);
            longest = std::max(longest, waiting);
        }
        QCOMPARE(m_credentials.awaitingManager, 9);
        QCOMPARE(funds.size(), m_world->funds().size());
        QVERIFY(shortest <= 10 * 60);
        QVERIFY(longest >= 2 * 24 * 3600);
    }

    void build_statusEvents_chronologicalWithAgentsOnManualSteps()
    {
        for (const Batch *batch : m_world->batches()) {
            QVERIFY(!batch->events.isEmpty());
            QCOMPARE(batch->events.constLast().status, batch->status.apiName());
            for (qsizetype i = 1; i < batch->events.size(); ++i) {
                QVERIFY(batch->events.at(i - 1).at <= batch->events.at(i).at);
                const QString status = batch->events.at(i).status;
                if (status == u"completed_assets_insertion" || status == u"approved")
                    QVERIFY2(!batch->events.at(i).selectedAgent.isEmpty(), qPrintable(batch->externalId));
            }
            QVERIFY(batch->events.constLast().at < fixedNow);
        }
    }

    void build_documentNumbers_allValid()
    {
        int alphanumeric = 0;
        for (const Fund *fund : m_world->funds()) {
            QVERIFY2(DocumentNumber::parse(fund->documentNumber).isValid(), qPrintable(fund->documentNumber));
            QVERIFY(DocumentNumber::parse(fund->manager.documentNumber).isValid());
            alphanumeric += hasLetter(fund->documentNumber) ? 1 : 0;
        }
        QCOMPARE(alphanumeric, 1);
        for (const Assignor *assignor : m_world->assignors()) {
            QVERIFY(DocumentNumber::parse(assignor->documentNumber).isValid());
            QVERIFY(assignor->accounts.size() >= 2);
            QVERIFY(assignor->defaultAccount());
        }
        for (const Configuration *configuration : m_world->configurations()) {
            if (configuration->consultant)
                QVERIFY(DocumentNumber::parse(configuration->consultant->documentNumber).isValid());
        }
        for (const Batch *batch : m_world->batches()) {
            for (const Asset &asset : batch->assets) {
                QVERIFY(DocumentNumber::parse(AssetSchema::originatorDocument(asset.body)).isValid());
                const bool meantToFail = asset.denialReason == u"Invalid borrower document number";
                QCOMPARE(DocumentNumber::parse(AssetSchema::borrowerDocument(asset.body)).isValid(), !meantToFail);
            }
        }
    }

    void build_assets_agreeWithSchemaAndEligibility()
    {
        QSet<int> types;
        int denied = 0;
        for (const Batch *batch : m_world->batches()) {
            const Configuration *configuration = m_world->configuration(batch->configurationKey);
            Fund fundThen = *m_world->fund(batch->fundClassKey);
            fundThen.accountingDate = batch->date; // judged on the day the batch was created
            for (const Asset &asset : batch->assets) {
                types.insert(asset.type.value());
                QCOMPARE(AssetSchema::validate(asset.body), QString());
                QCOMPARE(AssetSchema::totalPurchaseValue(asset.body), asset.totalPurchaseValue);
                QVERIFY(cessio::Asset::fromJson(asset.body).has_value()); // the client reads it back
                const auto reason = Eligibility::denialReason(fundThen, *configuration, asset);
                if (asset.deniedBy == u"eligibility") {
                    ++denied;
                    QCOMPARE(reason.value_or(QString()), asset.denialReason);
                    continue;
                }
                QVERIFY2(!reason, qPrintable(asset.externalId + u": "_s + reason.value_or(QString())));
                const qint64 days = batch->date.daysTo(AssetSchema::maturities(asset.body).constLast());
                QVERIFY2(days >= 1 && days <= 360, qPrintable(asset.externalId));
                QVERIFY(asset.totalPurchaseValue < AssetSchema::faceValue(asset.body)); // bought at a discount
                const auto value = asset.status.value();
                if (value == AssetStatus::PreApproved || value == AssetStatus::Completed)
                    QVERIFY2(Eligibility::documentsComplete(*configuration, asset) && Eligibility::documentsValid(asset),
                             qPrintable(asset.externalId));
            }
        }
        QVERIFY(denied >= 50);
        for (const AssetType::Value type : { AssetType::Ccb, AssetType::DuplicataMercantil, AssetType::DuplicataServicos,
                                             AssetType::DiscountedContract, AssetType::Check, AssetType::PromissoryNote })
            QVERIFY2(types.contains(type), qPrintable(AssetType::apiName(type)));
    }

    void largeBatch_total_isExactSumOfAssetsNotDeniedOrDiscarded()
    {
        const Batch *batch = m_world->batch(m_credentials.largeBatch.externalId);
        QVERIFY(batch);
        QCOMPARE(qsizetype(batch->assets.size()), 20000);
        QCOMPARE(batch->status.value(), BatchStatus::PendingManagerApproval);
        qint64 centavos = 0;
        int counted = 0;
        for (const Asset &asset : batch->assets) {
            const auto value = Money::fromJson(asset.body.value(u"total_purchase_value"_s));
            QVERIFY(value.has_value());
            if (asset.status.value() != AssetStatus::Denied && asset.status.value() != AssetStatus::Discarded) {
                centavos += value->centavos();
                ++counted;
            }
        }
        QVERIFY(counted < 20000); // a few were denied by eligibility
        QCOMPARE(batch->totalValue().centavos(), centavos);
        const QJsonObject summary = WorldJson::assetsSummary(*batch);
        QCOMPARE(Money::fromJson(summary.value(u"assignment_total_value"_s))->centavos(), centavos);
        QCOMPARE(summary.value(u"number_of_approved_assets"_s).toInt(), counted);
    }

    void demoClient_signedRequests_acceptedOverLoopback()
    {
        Sandbox &sandbox = *m_sandbox;
        const DemoCredentials &demo = m_credentials;
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        QNetworkAccessManager network;
        cessio::ApiTransport transport(&network);
        transport.setBaseUrl(sandbox.baseUrl());
        transport.setSigner(cessio::RequestSigner(demo.clientKey, demo.privateKey));
        cessio::ApiClient client(&transport);

        int configurations = 0;
        int answers = 0;
        for (const QString &fund : demo.fundKeys) {
            client.allConfigurations(fund, this, [&](const cessio::ApiResult<QList<cessio::AssignmentConfiguration>> &result) {
                QVERIFY2(result.ok(), qPrintable(result.error.code() + u' ' + QString::fromUtf8(result.body)));
                configurations += int(result.value->size());
                ++answers;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(answers, demo.fundKeys.size(), 20000);
        QCOMPARE(configurations, m_world->configurations().size());

        const cessio::BatchRef large { demo.largeBatch.fundClassKey, demo.largeBatch.configurationKey,
                                       demo.largeBatch.externalId };
        std::optional<cessio::AssetsSummary> summary;
        client.assetsSummary(large, this, [&](const cessio::ApiResult<cessio::AssetsSummary> &result) {
            QVERIFY2(result.ok(), qPrintable(QString::fromUtf8(result.body)));
            summary = result.value;
        });
        QTRY_VERIFY_WITH_TIMEOUT(summary.has_value(), 20000);
        QCOMPARE(summary->numberOfAssets, 20000);
        QCOMPARE(summary->totalValue, sandbox.world().batch(large.externalId)->totalValue());
    }

    // The program: stdout is exactly the "listening on" line; the key material on stderr works.
    void program_demoData_printsWorkingKeyMaterialAndTheListeningLine()
    {
        QProcess program;
        program.start(QStringLiteral(CESSIO_SANDBOX_EXE), { u"--demo-data"_s, u"--demo-assignor-interval-ms"_s, u"0"_s });
        QVERIFY(program.waitForStarted());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += program.readAllStandardOutput()).contains('\n'), 60000);
        const QRegularExpression listening(u"^listening on (http://127\\.0\\.0\\.1:\\d+)\n$"_s);
        const auto match = listening.match(QString::fromUtf8(out));
        QVERIFY2(match.hasMatch(), out.constData());
        QByteArray errBytes;
        QTRY_VERIFY_WITH_TIMEOUT((errBytes += program.readAllStandardError()).contains("-----END PRIVATE KEY-----"), 10000);
        const QString err = QString::fromUtf8(errBytes);

        const auto clientKey = QRegularExpression(u"API-CLIENT-KEY: (\\S+)"_s).match(err);
        QVERIFY2(clientKey.hasMatch(), qPrintable(err));
        const qsizetype begin = err.indexOf(u"-----BEGIN PRIVATE KEY-----"_s);
        const qsizetype end = err.indexOf(u"-----END PRIVATE KEY-----"_s);
        QVERIFY(begin >= 0 && end > begin);
        QString problem;
        const cessio::EcPrivateKey key = cessio::EcPrivateKey::fromPem(err.mid(begin, end - begin + 25).toLatin1(), &problem);
        QVERIFY2(!key.isNull(), qPrintable(problem));
        QStringList fundKeys;
        auto funds = QRegularExpression(u"^    ([0-9a-f-]{36})$"_s, QRegularExpression::MultilineOption).globalMatch(err);
        while (funds.hasNext())
            fundKeys.append(funds.next().captured(1));
        QCOMPARE(fundKeys.size(), 4);

        QNetworkAccessManager network;
        cessio::ApiTransport transport(&network);
        transport.setBaseUrl(QUrl(match.captured(1)));
        transport.setSigner(cessio::RequestSigner(clientKey.captured(1), key));
        cessio::ApiClient client(&transport);
        std::optional<int> count;
        client.configurationsPage(fundKeys.first(), 0, 10, this, [&](const auto &result) {
            QVERIFY2(result.ok(), result.body.constData());
            count = int(result.value->items.size());
        });
        QTRY_VERIFY_WITH_TIMEOUT(count.has_value(), 20000);
        QVERIFY(*count > 0);
        program.kill();
        program.waitForFinished();
        QVERIFY(program.readAllStandardOutput().isEmpty()); // nothing else ever went to stdout
    }

    void demoAssignor_newBatch_reachesPendingManagerApproval_data()
    {
        QTest::addColumn<int>("stepDelayMs");
        QTest::newRow("ticks") << 0;
        QTest::newRow("step delay") << 5;
    }
    void demoAssignor_newBatch_reachesPendingManagerApproval()
    {
        QFETCH(int, stepDelayMs);
        SandboxOptions options;
        options.stepDelayMs = stepDelayMs;
        Sandbox sandbox(options);
        DemoOptions small = fixedOptions();
        small.largeBatchAssets = 50; // the inbox batch sizes do not matter here
        DemoWorld::build(sandbox.world(), small);
        const qsizetype before = sandbox.world().batches().size();

        DemoAssignor assignor(&sandbox, std::chrono::milliseconds(100));
        assignor.setAssetRange(3, 30);
        QSignalSpy submitted(&assignor, &DemoAssignor::batchSubmitted);
        QSignalSpy failed(&assignor, &DemoAssignor::failed);
        assignor.start();
        QTRY_VERIFY_WITH_TIMEOUT(submitted.count() >= 1, 10000);
        assignor.stop();
        QCOMPARE(failed.count(), 0);
        QVERIFY(sandbox.world().batches().size() > before);

        const Batch *batch = sandbox.world().batch(submitted.first().at(2).toString());
        QVERIFY(batch);
        QCOMPARE(qsizetype(batch->assets.size()), qsizetype(submitted.first().at(3).toInt()));
        if (stepDelayMs == 0) {
            QCOMPARE(batch->status.value(), BatchStatus::CompletedAssetsInsertion); // nothing moves without a tick
            for (int i = 0; i < 4; ++i)
                sandbox.tick();
        }
        QTRY_COMPARE_WITH_TIMEOUT(batch->status.apiName(), u"pending_manager_approval"_s, 10000);
        QVERIFY(batch->approvedCount() > 0);
    }

    void demoAssignor_takesTurns_everyAutomaticConfigurationReachesTheManager()
    {
        Sandbox sandbox;
        DemoOptions small = fixedOptions();
        small.largeBatchAssets = 50;
        DemoWorld::build(sandbox.world(), small);
        QSet<QString> expected;
        for (const Configuration *configuration : sandbox.world().configurations()) {
            if (configuration->active && !configuration->requiresConsultantApproval())
                expected.insert(configuration->configurationKey);
        }
        QCOMPARE(expected.size(), 10);

        DemoAssignor assignor(&sandbox, std::chrono::hours(1));
        assignor.setSeed(42);
        assignor.setAssetRange(5, 60);
        QSignalSpy submitted(&assignor, &DemoAssignor::batchSubmitted);
        QSignalSpy failed(&assignor, &DemoAssignor::failed);
        for (int i = 0; i < expected.size(); ++i) {
            QVERIFY(assignor.submitNow());
            QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), i + 1, 10000);
        }
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(0).toString()));
        for (int i = 0; i < 4; ++i)
            sandbox.tick();
        QSet<QString> used;
        for (const QList<QVariant> &arguments : std::as_const(submitted)) {
            used.insert(arguments.at(1).toString());
            const Batch *batch = sandbox.world().batch(arguments.at(2).toString());
            QCOMPARE(batch->status.apiName(), u"pending_manager_approval"_s);
        }
        QCOMPARE(used, expected);
    }
};

QTEST_GUILESS_MAIN(TestDemoWorld)
#include "tst_demoworld.moc"
