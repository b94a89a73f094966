// The real ApiClient and DecisionService against the real sandbox over loopback HTTP: a decision
// leaves this machine at most once even when the connection drops (Qt's own silent resend is
// refused by ApiTransport's send-once body), and unknown outcomes are reconciled from the batch.
#include "qitech/apiclient.h"
#include "sandboxharness.h"
#include "services/auditlog.h"
#include "services/decisionservice.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;
using namespace cessio::testing;
using Result = DecisionOutcome::Result;

class TestDecisionsOverHttp : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxHarness> h;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiTransport> m_transport;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<AuditLog> m_log;
    std::unique_ptr<DecisionService> m_service;

    int putsReceived()
    {
        int puts = 0;
        for (const QJsonValue &entry : h->control("GET", u"/_sandbox/requests"_s).value(u"data"_s).toArray())
            puts += entry[u"method"_s].toString() == u"PUT";
        return puts;
    }
    void addFault(const QString &batch, const QString &action)
    {
        const QJsonObject spec {
            { u"match"_s, QJsonObject { { u"method"_s, u"PUT"_s }, { u"path_contains"_s, QString(u"/assignment/"_s + batch) } } },
            { u"action"_s, action }
        };
        int status = 0;
        h->control("POST", u"/_sandbox/faults"_s, spec, &status);
        QCOMPARE(status, 201);
    }
    DecisionContext context(const QString &batch) const
    {
        return { u"test"_s, h->baseUrl(), { SandboxHarness::fund, SandboxHarness::ccbConfig, batch }, {}, {}, {} };
    }
    DecisionOutcome decide(std::function<bool()> send)
    {
        QSignalSpy spy(m_service.get(), &DecisionService::finished);
        if (!send() && spy.isEmpty())
            spy.wait(5000);
        if (spy.isEmpty() && !spy.wait(15000))
            return {};
        return spy.first().at(1).value<DecisionOutcome>();
    }

private Q_SLOTS:
    void init()
    {
        h = std::make_unique<SandboxHarness>();
        QVERIFY2(h->start(), qPrintable(h->error()));
        QVERIFY(h->prepareForManager(u"B1"_s, 3));
        h->control("DELETE", u"/_sandbox/requests"_s);
        m_transport = std::make_unique<ApiTransport>(&m_network);
        m_transport->setBaseUrl(h->baseUrl());
        m_transport->setSigner(RequestSigner(SandboxHarness::managerKey, SandboxHarness::managerPrivateKey()));
        m_transport->setPolicy({ 3000, 2, 20 });
        m_client = std::make_unique<ApiClient>(m_transport.get());
        m_log = std::make_unique<AuditLog>(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".jsonl"_s));
        QVERIFY(m_log->open());
        m_service = std::make_unique<DecisionService>(m_client.get(), m_log.get());
    }
    void cleanup()
    {
        m_service.reset();
        m_log.reset();
        m_client.reset();
        m_transport.reset();
        h.reset();
    }

    // The connection closes before a single answer byte: Qt would resend the PUT by itself.
    void dropBeforeCommit_putLeavesOnce_outcomeReconciledAsNotApplied()
    {
        addFault(u"B1"_s, u"drop_before_commit"_s);
        const auto outcome = decide([&] { return m_service->approve(context(u"B1"_s), {}, std::nullopt); });
        QCOMPARE(putsReceived(), 1);
        QCOMPARE(outcome.result, Result::NotApplied);
        QVERIFY(outcome.wasReconciled);
        QCOMPARE(h->batchStatus(SandboxHarness::ccbConfig, u"B1"_s), u"pending_manager_approval"_s);
    }

    void commitThenReset_putLeavesOnce_outcomeReconciledAsApplied()
    {
        addFault(u"B1"_s, u"commit_then_reset"_s);
        const auto outcome = decide([&] { return m_service->approve(context(u"B1"_s), {}, std::nullopt); });
        QCOMPARE(putsReceived(), 1);
        QCOMPARE(outcome.result, Result::Applied);
        QVERIFY(outcome.wasReconciled);
        QVERIFY(m_log->verify().ok());
    }

    void commitThenDrop_putLeavesOnce_outcomeReconciledAsApplied()
    {
        addFault(u"B1"_s, u"commit_then_drop"_s);
        const auto outcome = decide([&] { return m_service->deny(context(u"B1"_s)); });
        QCOMPARE(putsReceived(), 1);
        QCOMPARE(outcome.result, Result::Applied);
        QCOMPARE(h->batchStatus(SandboxHarness::ccbConfig, u"B1"_s), u"denied"_s);
    }

    // Someone (another manager, the portal) decided first: QI refuses ours with TRC000024; the
    // batch is re-read so the manager sees what is true now.
    void alreadyDecided_conflictIsReconciledFromTheBatch()
    {
        QVERIFY(
            h->setStatus(h->manager(), SandboxHarness::ccbConfig, u"B1"_s, { { u"assignment_status"_s, u"approved"_s } }).status
            == 200);
        const auto outcome = decide([&] { return m_service->approve(context(u"B1"_s), {}, std::nullopt); });
        QCOMPARE(outcome.error.code(), u"TRC000024"_s);
        QVERIFY(outcome.batchAfter.has_value());
        QVERIFY(outcome.batchAfter->status.stage() == BatchStatus::Stage::InProgress);
    }

    void removeAssets_overHttp_batchBackInApprovalWithoutThem()
    {
        const auto outcome = decide([&] { return m_service->removeAssets(context(u"B1"_s), { u"B1-A1"_s }); });
        QVERIFY2(outcome.result == Result::Applied, qPrintable(outcome.message()));
        h->tick(4);
        QCOMPARE(h->batchStatus(SandboxHarness::ccbConfig, u"B1"_s), u"pending_manager_approval"_s);
    }
};

QTEST_GUILESS_MAIN(TestDecisionsOverHttp)
#include "tst_decisions_overhttp.moc"
