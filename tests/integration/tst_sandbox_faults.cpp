// Fault injection: targeted faults through POST /_sandbox/faults (commit then drop: the change is
// applied and the client sees a network error), random faults reproducible with a seed, latency,
// and the request log tests use to count what reached the sandbox.
#include "sandboxharness.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;
using namespace cessio::testing;

class TestSandboxFaults : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxHarness> h;

    QJsonArray requests(const QString &method)
    {
        QJsonArray matching;
        for (const QJsonValue &entry : h->control("GET", u"/_sandbox/requests"_s).value(u"data"_s).toArray()) {
            if (entry[u"method"_s].toString() == method)
                matching.append(entry);
        }
        return matching;
    }

    int addFault(const QJsonObject &spec)
    {
        int status = 0;
        const QJsonObject answer = h->control("POST", u"/_sandbox/faults"_s, spec, &status);
        return status == 201 ? answer.value(u"fault_id"_s).toInt() : -status;
    }

    HttpReply approve(const QString &batch)
    {
        return h->setStatus(h->manager(), SandboxHarness::ccbConfig, batch, { { u"assignment_status"_s, u"approved"_s } });
    }

    static QJsonObject putOn(const QString &batch, const QString &action)
    {
        return { { u"match"_s,
                   QJsonObject { { u"method"_s, u"PUT"_s }, { u"path_contains"_s, QString(u"/assignment/"_s + batch) } } },
                 { u"action"_s, action } };
    }

private Q_SLOTS:
    void init()
    {
        h = std::make_unique<SandboxHarness>();
        QVERIFY2(h->start(), qPrintable(h->error()));
        QVERIFY(h->prepareForManager(u"F"_s, 2));
        h->control("DELETE", u"/_sandbox/requests"_s);
    }
    void cleanup() { h.reset(); }

    void commitThenDrop_changeApplied_clientSeesNetworkError_onePutArrived()
    {
        QVERIFY(addFault(putOn(u"F"_s, u"commit_then_drop"_s)) > 0);
        const HttpReply reply = approve(u"F"_s);
        QVERIFY2(reply.transportFailed(), qPrintable(u"status %1 error %2"_s.arg(reply.status).arg(int(reply.error))));
        QCOMPARE(reply.error, QNetworkReply::RemoteHostClosedError);
        QCOMPARE(h->batchStatus(SandboxHarness::ccbConfig, u"F"_s), u"approved"_s);
        const QJsonArray puts = requests(u"PUT"_s);
        QCOMPARE(puts.size(), 1);
        QCOMPARE(puts[0][u"outcome"_s].toString(), u"dropped"_s);
        QCOMPARE(puts[0][u"status"_s].toInt(), 200);
        QCOMPARE(puts[0][u"client_key"_s].toString(), SandboxHarness::managerKey);
        QVERIFY(puts[0][u"fault"_s].toString().startsWith(u"targeted:"_s));
        QCOMPARE(h->control("GET", u"/_sandbox/faults"_s).value(u"data"_s).toArray().size(), 0); // used up
        QCOMPARE(approve(u"F"_s).code(), u"TRC000024"_s); // a blind resend would be refused
    }

    void dropBeforeCommit_everyTime_nothingApplied()
    {
        QJsonObject spec = putOn(u"F"_s, u"drop_before_commit"_s);
        spec.insert(u"times"_s, -1);
        QVERIFY(addFault(spec) > 0);
        const HttpReply reply = approve(u"F"_s);
        QVERIFY(reply.transportFailed());
        QCOMPARE(h->batchStatus(SandboxHarness::ccbConfig, u"F"_s), u"pending_manager_approval"_s);
        const QJsonArray puts = requests(u"PUT"_s);
        QVERIFY(!puts.isEmpty());
        for (const QJsonValue &put : puts)
            QCOMPARE(put[u"outcome"_s].toString(), u"dropped"_s);
        // Qt 6.4's QNetworkAccessManager resends even a PUT when the connection closes before any
        // response byte; this is why commit_then_drop sends the headers first.
        qInfo("a connection closed without a byte: the client sent the PUT %d time(s)", int(puts.size()));
    }

    void dropBeforeCommit_once_clientMayResendOnItsOwn()
    {
        QVERIFY(addFault(putOn(u"F"_s, u"drop_before_commit"_s)) > 0);
        const HttpReply reply = approve(u"F"_s);
        const QJsonArray puts = requests(u"PUT"_s);
        if (reply.status == 200) { // Qt resent the PUT itself and the second one went through
            QCOMPARE(puts.size(), 2);
            QCOMPARE(h->batchStatus(SandboxHarness::ccbConfig, u"F"_s), u"approved"_s);
        } else {
            QVERIFY(reply.transportFailed());
            QCOMPARE(puts.size(), 1);
            QCOMPARE(h->batchStatus(SandboxHarness::ccbConfig, u"F"_s), u"pending_manager_approval"_s);
        }
        QCOMPARE(puts[0][u"outcome"_s].toString(), u"dropped"_s);
    }

    void statusFault_503_notApplied_thenNextRequestWorks()
    {
        QJsonObject spec { { u"match"_s, QJsonObject { { u"method"_s, u"PUT"_s } } }, { u"status"_s, 503 } };
        QVERIFY(addFault(spec) > 0);
        HttpReply reply = approve(u"F"_s);
        QCOMPARE(reply.status, 503);
        QCOMPARE(reply.code(), u"QIT000503"_s);
        QCOMPARE(h->batchStatus(SandboxHarness::ccbConfig, u"F"_s), u"pending_manager_approval"_s);
        reply = approve(u"F"_s);
        QCOMPARE(reply.status, 200);
    }

    void delayFault_appliedAtOnce_answeredLate()
    {
        QJsonObject spec = putOn(u"F"_s, {});
        spec.remove(u"action"_s);
        spec.insert(u"delay_ms"_s, 300);
        QVERIFY(addFault(spec) > 0);
        QElapsedTimer timer;
        timer.start();
        const HttpReply reply = approve(u"F"_s);
        QCOMPARE(reply.status, 200);
        QVERIFY(timer.elapsed() >= 290);
    }

    void truncateAndGarbage_changeApplied_answerUnusable()
    {
        QVERIFY(addFault(putOn(u"F"_s, u"truncate"_s)) > 0);
        HttpReply reply = approve(u"F"_s);
        QVERIFY(reply.transportFailed());
        QCOMPARE(h->batchStatus(SandboxHarness::ccbConfig, u"F"_s), u"approved"_s);

        QJsonObject garbage { { u"match"_s, QJsonObject { { u"method"_s, u"GET"_s } } }, { u"action"_s, u"garbage"_s } };
        QVERIFY(addFault(garbage) > 0);
        reply = h->manager().get(SandboxHarness::path(Endpoint::GetBatch, SandboxHarness::ccbConfig, u"F"_s));
        QCOMPARE(reply.status, 200);
        QVERIFY(!reply.body.isEmpty());
        QVERIFY(QJsonDocument::fromJson(reply.body).isNull());
    }

    void faultSpec_invalid_refusedNamingTheField_data()
    {
        QTest::addColumn<QJsonObject>("spec");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown action") << QJsonObject { { u"action"_s, u"explode"_s } } << u"action"_s;
        QTest::newRow("status not an error") << QJsonObject { { u"status"_s, 200 } } << u"status"_s;
        QTest::newRow("nothing to do") << QJsonObject { { u"match"_s, QJsonObject() } } << u"delay_ms"_s;
        QTest::newRow("times zero") << QJsonObject { { u"status"_s, 500 }, { u"times"_s, 0 } } << u"times"_s;
    }
    void faultSpec_invalid_refusedNamingTheField()
    {
        QFETCH(QJsonObject, spec);
        QFETCH(QString, field);
        int status = 0;
        const QJsonObject answer = h->control("POST", u"/_sandbox/faults"_s, spec, &status);
        QCOMPARE(status, 400);
        QCOMPARE(answer.value(u"code"_s).toString(), u"QIT000001"_s);
        QVERIFY2(answer.value(u"description"_s).toString().contains(field),
                 qPrintable(answer.value(u"description"_s).toString()));
    }

    void randomFaults_sameSeed_sameFaults_neverOnControlRoutes()
    {
        const auto run = [this](quint32 seed) {
            sandbox::SandboxOptions options;
            options.faultRate = 0.3;
            options.seed = seed;
            h = std::make_unique<SandboxHarness>(options);
            if (!h->start())
                return QStringList();
            for (int i = 0; i < 40; ++i)
                h->manager().get(SandboxHarness::path(Endpoint::ListConfigurations, SandboxHarness::ccbConfig));
            QStringList outcomes;
            for (const QJsonValue &entry : h->control("GET", u"/_sandbox/requests"_s).value(u"data"_s).toArray())
                outcomes.append(entry[u"outcome"_s].toString() + u'/' + QString::number(entry[u"status"_s].toInt()));
            return outcomes;
        };
        const QStringList first = run(7);
        const QStringList second = run(7);
        const QStringList other = run(8);
        QVERIFY(first.size() >= 40);
        QCOMPARE(second, first);
        QVERIFY(other != first);
        const qsizetype clean = first.count(u"answered/200"_s);
        QVERIFY2(clean > 10 && clean < first.size(), qPrintable(first.join(u' ')));
        int status = 0;
        h->control("GET", u"/_sandbox/state?assets=0"_s, {}, &status); // never faulted
        QCOMPARE(status, 200);
    }

    void latency_delaysEveryApiRequest()
    {
        sandbox::SandboxOptions options;
        options.latencyMs = 120;
        h = std::make_unique<SandboxHarness>(options);
        QVERIFY2(h->start(), qPrintable(h->error()));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(h->manager().get(SandboxHarness::path(Endpoint::ListConfigurations, SandboxHarness::ccbConfig)).status, 200);
        QVERIFY(timer.elapsed() >= 115);
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
