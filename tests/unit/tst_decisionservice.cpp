// DecisionService over the fake network: every decision sent at most once, recorded before and
// after, unknown outcomes reconciled by re-reading, asset removal interrupted and resumed.
#include "jsonfixtures.h"
#include "services/auditlog.h"
#include "services/decisionservice.h"
#include "support/fakenetwork.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;
using test::FakeAnswer;
using test::FakeNetworkAccessManager;
using test::RecordedRequest;
using Result = DecisionOutcome::Result;

namespace {

QByteArray batchWithStatus(const QString &status)
{
    QJsonObject batch = loadQiFixture(u"batch_seed002.json"_s);
    batch.insert(u"status"_s, status);
    return QJsonDocument(batch).toJson(QJsonDocument::Compact);
}

QByteArray updated(const QString &status)
{
    return QJsonDocument(QJsonObject { { u"assignment_key"_s, u"k"_s },
                                       { u"external_id"_s, u"E1"_s },
                                       { u"status"_s, status },
                                       { u"number_of_approved_assets"_s, 2 },
                                       { u"assignment_total_value"_s, 20.02 } })
        .toJson(QJsonDocument::Compact);
}

QByteArray assetDenied(const QString &id)
{
    return QJsonDocument(QJsonObject { { u"external_id"_s, id }, { u"status"_s, u"denied"_s } }).toJson(QJsonDocument::Compact);
}

int countMethod(const QList<RecordedRequest> &requests, const QByteArray &method)
{
    return int(std::count_if(requests.cbegin(), requests.cend(), [&](const auto &r) { return r.method == method; }));
}

} // namespace

class TestDecisionService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeNetworkAccessManager *m_network = nullptr;
    ApiTransport *m_transport = nullptr;
    ApiClient *m_client = nullptr;
    AuditLog *m_log = nullptr;
    DecisionService *m_service = nullptr;
    DecisionContext m_context;

    DecisionOutcome waitOutcome(QSignalSpy &spy)
    {
        if (spy.isEmpty() && !spy.wait(10000)) {
            DecisionOutcome none;
            none.result = Result::Refused;
            none.error = ApiError::make(ApiError::Category::Timeout, u"no outcome within 10 s"_s);
            return none;
        }
        return spy.takeFirst().at(1).value<DecisionOutcome>();
    }

private Q_SLOTS:
    void init()
    {
        m_network = new FakeNetworkAccessManager(this);
        m_transport = new ApiTransport(m_network, this);
        m_transport->setBaseUrl(QUrl(u"https://manager-api.sandbox.qidtvm.com.br"_s));
        m_transport->setSigner(RequestSigner(u"client"_s, EcPrivateKey::generate()));
        m_transport->setPolicy({ 300, 1, 5 });
        m_client = new ApiClient(m_transport, this);
        m_log = new AuditLog(
            m_dir.filePath(u"audit-%1-%2.jsonl"_s.arg(QString::fromLatin1(QTest::currentTestFunction()),
                                                      QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_'))),
            this);
        QVERIFY(m_log->open());
        m_service = new DecisionService(m_client, m_log, this);
        m_context = { u"Gestora"_s, QUrl(u"https://manager-api.sandbox.qidtvm.com.br"_s), { u"F1"_s, u"C1"_s, u"E1"_s }, {}, {}, {} };
        m_context.shown.approvedCount = 2;
        m_context.shown.total = Money::fromCentavos(2002);
    }
    void cleanup()
    {
        delete m_service;
        delete m_log;
        delete m_client;
        delete m_transport;
        delete m_network;
    }

    void approve_succeeds_andIsRecordedBeforeAndAfter()
    {
        m_network->enqueue(FakeAnswer::json(updated(u"approved"_s)));
        QSignalSpy spy(m_service, &DecisionService::finished);
        QVERIFY(m_service->approve(m_context, u"ACC-1"_s, ApprovalGuard { 2, Money::fromCentavos(2002) }));
        const DecisionOutcome outcome = waitOutcome(spy);
        QCOMPARE(outcome.result, Result::Applied);
        QVERIFY(outcome.response.has_value());
        const auto entries = m_log->readAll();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).outcome, AuditEntry::Outcome::Pending);
        QCOMPARE(entries.at(0).request.method, u"PUT"_s);
        QVERIFY(entries.at(0).request.body.contains(u"ACC-1"_s));
        QCOMPARE(entries.at(1).outcome, AuditEntry::Outcome::Succeeded);
        QCOMPARE(entries.at(1).relatesTo, entries.at(0).sequence);
        QCOMPARE(entries.at(1).response.httpStatus, std::optional<int>(200));
        QVERIFY(!entries.at(1).request.id.isEmpty());
        QVERIFY(m_log->verify().ok());
    }

    void approve_twice_sendsOnce()
    {
        m_network->enqueue(FakeAnswer::json(updated(u"approved"_s)).delayed(50));
        QSignalSpy spy(m_service, &DecisionService::finished);
        QVERIFY(m_service->approve(m_context, {}, std::nullopt));
        QVERIFY(m_service->isBusy(m_context.batch));
        QVERIFY(!m_service->approve(m_context, {}, std::nullopt)); // the double click
        QVERIFY(!m_service->deny(m_context));
        QTRY_COMPARE(spy.size(), 3);
        QTest::qWait(50);
        QVERIFY(!m_service->approve(m_context, {}, std::nullopt)); // already applied in this session
        QTRY_COMPARE(spy.size(), 4);
        QCOMPARE(countMethod(m_network->requests(), "PUT"), 1);
        int refused = 0;
        for (const auto &args : spy)
            refused += args.at(1).value<DecisionOutcome>().result == Result::Refused;
        QCOMPARE(refused, 3);
    }

    void approve_unknownOutcome_isReconciledNotResent_data()
    {
        QTest::addColumn<QString>("statusAfter");
        QTest::addColumn<int>("expected");
        QTest::newRow("took effect") << u"pending_assignment_term_signature"_s << int(Result::Applied);
        QTest::newRow("did not take effect") << u"pending_manager_approval"_s << int(Result::NotApplied);
    }
    void approve_unknownOutcome_isReconciledNotResent()
    {
        QFETCH(QString, statusAfter);
        QFETCH(int, expected);
        m_network->setHandler([&](const RecordedRequest &r) {
            if (r.method == "PUT")
                return FakeAnswer::reset(); // committed or not: the answer is lost
            return FakeAnswer::json(batchWithStatus(statusAfter));
        });
        QSignalSpy spy(m_service, &DecisionService::finished);
        QVERIFY(m_service->approve(m_context, u"ACC-1"_s, std::nullopt));
        const DecisionOutcome outcome = waitOutcome(spy);
        QCOMPARE(int(outcome.result), expected);
        QVERIFY(outcome.wasReconciled);
        QCOMPARE(countMethod(m_network->requests(), "PUT"), 1);
        QCOMPARE(countMethod(m_network->requests(), "GET"), 1);
        const auto entries = m_log->readAll();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(1).outcome, AuditEntry::Outcome::Unknown);
        QCOMPARE(entries.at(2).action, AuditEntry::Action::Reconcile);
        QCOMPARE(entries.at(2).outcome,
                 expected == int(Result::Applied) ? AuditEntry::Outcome::ResolvedApplied
                                                  : AuditEntry::Outcome::ResolvedNotApplied);
        QVERIFY(!outcome.message().isEmpty());
    }

    void approve_unknownAndRereadFails_isUnresolved()
    {
        m_network->setHandler([](const RecordedRequest &r) {
            return r.method == "PUT" ? FakeAnswer::hang() : FakeAnswer::qiError(503, {}, u"down"_s);
        });
        QSignalSpy spy(m_service, &DecisionService::finished);
        QVERIFY(m_service->approve(m_context, {}, std::nullopt));
        const DecisionOutcome outcome = waitOutcome(spy);
        QCOMPARE(outcome.result, Result::Unresolved);
        QCOMPARE(countMethod(m_network->requests(), "PUT"), 1);
        // Checking again re-reads and never sends the decision.
        m_network->setHandler([](const RecordedRequest &) { return FakeAnswer::json(batchWithStatus(u"pending_payment"_s)); });
        QVERIFY(m_service->checkAgain(m_context, AuditEntry::Action::Approve));
        QCOMPARE(waitOutcome(spy).result, Result::Applied);
        QCOMPARE(countMethod(m_network->requests(), "PUT"), 1);
    }

    void deny_rejectedByQi_reportsTheCode()
    {
        m_network->enqueue(FakeAnswer::json(QJsonDocument(loadQiFixture(u"error_trc000024.json"_s)).toJson(), 400));
        m_context.reason = u"Concentração acima do limite"_s;
        QSignalSpy spy(m_service, &DecisionService::finished);
        QVERIFY(m_service->deny(m_context));
        const DecisionOutcome outcome = waitOutcome(spy);
        QCOMPARE(outcome.result, Result::Rejected);
        QCOMPARE(outcome.error.code(), u"TRC000024"_s);
        const auto entries = m_log->readAll();
        QCOMPARE(entries.last().outcome, AuditEntry::Outcome::Failed);
        QCOMPARE(entries.last().response.qiCode, u"TRC000024"_s);
        QCOMPARE(entries.first().reason, u"Concentração acima do limite"_s);
        // A refused decision may be tried again.
        m_network->enqueue(FakeAnswer::json(updated(u"denied"_s)));
        QVERIFY(m_service->deny(m_context));
        QCOMPARE(waitOutcome(spy).result, Result::Applied);
    }

    void removeAssets_reopensDeniesEachAndCloses()
    {
        m_network->setHandler([](const RecordedRequest &r) {
            if (r.method == "PUT" && r.url.path().contains(u"/asset/"_s))
                return FakeAnswer::json(assetDenied(r.url.path().section(u'/', -1)));
            const bool reopen = r.body.contains("pending_assets_insertion");
            return FakeAnswer::json(updated(reopen ? u"pending_assets_insertion"_s : u"completed_assets_insertion"_s));
        });
        QSignalSpy spy(m_service, &DecisionService::finished);
        QSignalSpy progress(m_service, &DecisionService::progress);
        QVERIFY(m_service->removeAssets(m_context, { u"A1"_s, u"A2"_s, u"A3"_s }));
        const DecisionOutcome outcome = waitOutcome(spy);
        QCOMPARE(outcome.result, Result::Applied);
        QCOMPARE(outcome.removedAssets, QStringList({ u"A1"_s, u"A2"_s, u"A3"_s }));
        const auto &requests = m_network->requests();
        QCOMPARE(requests.size(), 5);
        QVERIFY(requests.at(0).body.contains("pending_assets_insertion"));
        QVERIFY(requests.at(1).url.path().endsWith(u"/asset/A1"_s));
        QVERIFY(requests.at(3).url.path().endsWith(u"/asset/A3"_s));
        QVERIFY(requests.at(4).body.contains("completed_assets_insertion"));
        QCOMPARE(progress.last().at(1).toInt(), 3);
        QCOMPARE(m_log->readAll().size(), 10); // 5 requests, each recorded before and after
    }

    void removeAssets_interrupted_thenResumedFromRealState()
    {
        // A2's removal fails: the batch stays reopened with A1 removed.
        m_network->setHandler([](const RecordedRequest &r) {
            if (r.method == "PUT" && r.url.path().endsWith(u"/asset/A2"_s))
                return FakeAnswer::qiError(400, u"TRC000024"_s, u"Invalid operation"_s);
            if (r.method == "PUT" && r.url.path().contains(u"/asset/"_s))
                return FakeAnswer::json(assetDenied(r.url.path().section(u'/', -1)));
            return FakeAnswer::json(updated(u"pending_assets_insertion"_s));
        });
        QSignalSpy spy(m_service, &DecisionService::finished);
        QVERIFY(m_service->removeAssets(m_context, { u"A1"_s, u"A2"_s, u"A3"_s }));
        DecisionOutcome outcome = waitOutcome(spy);
        QCOMPARE(outcome.result, Result::Interrupted);
        QCOMPARE(outcome.removedAssets, QStringList({ u"A1"_s }));
        QCOMPARE(outcome.remainingAssets, QStringList({ u"A2"_s, u"A3"_s }));

        // Resume: the batch is still reopened; A1 is already denied; A2 and A3 are removed; closed.
        m_network->clear();
        m_network->setHandler([](const RecordedRequest &r) {
            if (r.method == "GET" && r.url.path().endsWith(u"/assets"_s)) {
                QJsonArray data;
                for (const auto &[id, status] :
                     { std::pair { u"A1"_s, u"denied"_s }, { u"A2"_s, u"pre_approved"_s }, { u"A3"_s, u"pre_approved"_s } })
                    data.append(QJsonObject { { u"asset_key"_s, id },
                                              { u"external_id"_s, id },
                                              { u"total_purchase_value"_s, 1.0 },
                                              { u"asset_type"_s, u"ccb"_s },
                                              { u"status"_s, status } });
                return FakeAnswer::json(
                    QJsonDocument(
                        QJsonObject { { u"data"_s, data }, { u"limit"_s, 100 }, { u"page"_s, 0 }, { u"is_last_page"_s, true } })
                        .toJson());
            }
            if (r.method == "GET")
                return FakeAnswer::json(batchWithStatus(u"pending_assets_insertion"_s));
            if (r.url.path().contains(u"/asset/"_s))
                return FakeAnswer::json(assetDenied(r.url.path().section(u'/', -1)));
            return FakeAnswer::json(updated(u"completed_assets_insertion"_s));
        });
        QVERIFY(m_service->resumeRemoval(m_context, { u"A1"_s, u"A2"_s, u"A3"_s }));
        outcome = waitOutcome(spy);
        QCOMPARE(outcome.result, Result::Applied);
        QCOMPARE(outcome.removedAssets, QStringList({ u"A1"_s, u"A2"_s, u"A3"_s }));
        QStringList puts;
        for (const auto &r : m_network->requests()) {
            if (r.method == "PUT")
                puts.append(r.url.path().section(u'/', -1) + u':' + QString::fromUtf8(r.body));
        }
        QCOMPARE(puts.size(), 3); // A2, A3, close — A1 is not sent again, nor is the reopen
        QVERIFY(puts.at(0).startsWith(u"A2:"_s));
        QVERIFY(puts.at(2).contains(u"completed_assets_insertion"_s));
        QVERIFY(m_log->verify().ok());
    }

    // The window and the review react to an outcome by the action it ends, never by remembering what
    // was asked: each outcome, refusals included, names its action.
    void everyOutcome_saysWhichActionItEnds()
    {
        using Action = DecisionOutcome::Action;
        m_network->setHandler([](const RecordedRequest &r) {
            if (r.method == "PUT" && r.url.path().endsWith(u"/asset/A2"_s))
                return FakeAnswer::qiError(400, u"TRC000024"_s, u"Invalid operation"_s);
            if (r.method == "PUT" && r.url.path().contains(u"/asset/"_s))
                return FakeAnswer::json(assetDenied(r.url.path().section(u'/', -1)));
            if (r.method == "GET")
                return FakeAnswer::json(batchWithStatus(u"pending_assets_insertion"_s));
            return FakeAnswer::json(updated(u"pending_assets_insertion"_s));
        });
        QSignalSpy spy(m_service, &DecisionService::finished);
        QVERIFY(m_service->removeAssets(m_context, { u"A1"_s, u"A2"_s }));
        QVERIFY(!m_service->deny(m_context)); // refused while the removal runs
        DecisionOutcome refused = waitOutcome(spy);
        QCOMPARE(refused.result, Result::Refused);
        QCOMPARE(refused.action, Action::Deny);
        DecisionOutcome outcome = waitOutcome(spy);
        QCOMPARE(outcome.result, Result::Interrupted);
        QCOMPARE(outcome.action, Action::RemoveAssets);

        QVERIFY(m_service->resumeRemoval(m_context, outcome.remainingAssets));
        QCOMPARE(waitOutcome(spy).action, Action::ResumeRemoval);
        QVERIFY(m_service->checkAgain(m_context, AuditEntry::Action::Approve));
        QCOMPARE(waitOutcome(spy).action, Action::CheckAgain);

        m_network->clear();
        m_network->setHandler([](const RecordedRequest &) { return FakeAnswer::json(updated(u"denied"_s)); });
        QVERIFY(m_service->deny(m_context));
        outcome = waitOutcome(spy);
        QCOMPARE(outcome.result, Result::Applied);
        QCOMPARE(outcome.action, Action::Deny);
        QVERIFY(!m_service->approve(m_context, {}, std::nullopt)); // already decided in this session
        refused = waitOutcome(spy);
        QCOMPARE(refused.result, Result::Refused);
        QCOMPARE(refused.action, Action::Approve);
    }

    void auditFailure_sendsNothing()
    {
        m_log->close();
        QFile::remove(m_log->filePath());
        QVERIFY(QDir().mkpath(m_log->filePath())); // a folder where the file should be: appends fail
        QSignalSpy spy(m_service, &DecisionService::finished);
        m_service->approve(m_context, {}, std::nullopt);
        const DecisionOutcome outcome = waitOutcome(spy);
        QCOMPARE(outcome.result, Result::Rejected);
        QCOMPARE(m_network->requests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDecisionService)
#include "tst_decisionservice.moc"
