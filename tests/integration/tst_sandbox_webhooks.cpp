// Webhooks (reference §7): every documented event reaches a local endpoint with a SIGNATURE that
// verifies (HS256 with the configuration's signature_key) and a payload_md5 of the exact body;
// non-2xx answers and network errors are retried with backoff; GET /_sandbox/webhooks logs it all.
#include "sandboxharness.h"
#include "webhookreceiver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;
using namespace cessio::testing;

class TestSandboxWebhooks : public QObject
{
    Q_OBJECT

    // "type status [asset]" of a received webhook, for comparing sets (deliveries run in parallel).
    static QString describe(const QJsonObject &body)
    {
        const QJsonObject data = body.value(u"data"_s).toObject();
        const QString type = body.value(u"webhook_type"_s).toString().remove(u"trade_receivables."_s);
        if (data.contains(u"asset_external_id"_s))
            return type + u' ' + data.value(u"asset_new_status"_s).toString() + u' '
                + data.value(u"asset_external_id"_s).toString();
        return type + u' ' + data.value(u"assignment_new_status"_s).toString();
    }

private Q_SLOTS:
    void everyEvent_signedWithPayloadMd5_andLogged()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        SandboxHarness h({}, receiver.url());
        QVERIFY2(h.start(), qPrintable(h.error()));

        QCOMPARE(h.createBatch(SandboxHarness::ccbConfig, u"W-1"_s).status, 201);
        QCOMPARE(h.insertCcb(u"W-1"_s, AssetBodies::spec(u"W-1-A1"_s)).status, 201);
        AssetBodies::Spec bad = AssetBodies::spec(u"W-1-A2"_s);
        bad.borrower = u"123.456.789-00"_s;
        QCOMPARE(h.insertCcb(u"W-1"_s, bad).status, 201);
        QCOMPARE(h.setStatus(h.assignor(), SandboxHarness::ccbConfig, u"W-1"_s,
                             { { u"assignment_status"_s, u"completed_assets_insertion"_s } })
                     .status,
                 200);
        h.tick(2);
        QCOMPARE(
            h.setStatus(h.manager(), SandboxHarness::ccbConfig, u"W-1"_s, { { u"assignment_status"_s, u"approved"_s } }).status,
            200);
        h.tick(4);
        QCOMPARE(h.batchStatus(SandboxHarness::ccbConfig, u"W-1"_s), u"completed"_s);

        const QStringList expected { u"assignment_status_change pending_assets_insertion"_s,
                                     u"asset_creation pending_eligibility W-1-A1"_s,
                                     u"asset_creation pending_eligibility W-1-A2"_s,
                                     u"asset_status_change pre_approved W-1-A1"_s,
                                     u"asset_status_change denied W-1-A2"_s,
                                     u"assignment_status_change pending_manager_approval"_s,
                                     u"assignment_status_change pending_assignment_term_signature"_s,
                                     u"assignment_status_change pending_payment"_s,
                                     u"assignment_status_change pending_assets_wallet_inclusion"_s,
                                     u"assignment_status_change completed"_s,
                                     u"asset_status_change completed W-1-A1"_s };
        QTRY_COMPARE_WITH_TIMEOUT(receiver.received().size(), expected.size(), 10000);

        QStringList received;
        static const QRegularExpression isoUtc(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"_s);
        for (const WebhookReceiver::Received &webhook : receiver.received()) {
            const Jwt::Verification verification = Jwt::verifyHs256(webhook.signature, "signature-key-ccb");
            QVERIFY2(verification.ok, qPrintable(verification.error));
            QVERIFY(!Jwt::verifyHs256(webhook.signature, "another-key").ok);
            QCOMPARE(verification.claims.value(u"payload_md5"_s).toString().toLatin1(), RequestSigner::payloadMd5(webhook.body));
            const QJsonObject body = QJsonDocument::fromJson(webhook.body).object();
            QCOMPARE(verification.claims.value(u"webhook_type"_s), body.value(u"webhook_type"_s));
            QCOMPARE(verification.claims.value(u"webhook_datetime"_s), body.value(u"webhook_datetime"_s));
            QVERIFY(isoUtc.match(body.value(u"webhook_datetime"_s).toString()).hasMatch());
            const QJsonObject data = body.value(u"data"_s).toObject();
            QCOMPARE(data.value(u"assignment_external_id"_s).toString(), u"W-1"_s);
            QCOMPARE(data.value(u"fund_class_key"_s).toString(), SandboxHarness::fund);
            const QString what = describe(body);
            if (what.startsWith(u"asset_creation"_s))
                QCOMPARE(data.value(u"asset_payload"_s)[u"credit_operation"_s][u"external_id"_s].toString(),
                         data.value(u"asset_external_id"_s).toString());
            if (what.endsWith(u"pending_payment"_s))
                QVERIFY(data.value(u"signed_term_url"_s).toString().endsWith(u"-signed.html"_s));
            received.append(what);
        }
        QStringList sortedExpected = expected;
        sortedExpected.sort();
        received.sort();
        QCOMPARE(received, sortedExpected);

        QTRY_COMPARE_WITH_TIMEOUT(h.sandbox().webhooks().pendingCount(), 0, 10000); // the answers reached the sandbox
        const QJsonArray log = h.control("GET", u"/_sandbox/webhooks"_s).value(u"data"_s).toArray();
        QCOMPARE(log.size(), expected.size());
        for (const QJsonValue &delivery : log) {
            QCOMPARE(delivery[u"state"_s].toString(), u"delivered"_s);
            QCOMPARE(delivery[u"url"_s].toString(), receiver.url().toString());
            QCOMPARE(delivery[u"attempts"_s].toArray().size(), 1);
        }
    }

    void failingEndpoint_retriedWithDoublingBackoff_thenDelivered()
    {
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.failNext(2, 503);
        sandbox::SandboxOptions options;
        options.webhookInitialBackoffMs = 100;
        SandboxHarness h(options, receiver.url());
        QVERIFY2(h.start(), qPrintable(h.error()));
        QCOMPARE(h.createBatch(SandboxHarness::ccbConfig, u"R-1"_s).status, 201);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.accepted().size(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(h.sandbox().webhooks().pendingCount(), 0, 10000);
        QCOMPARE(receiver.received().size(), 3);
        QCOMPARE(receiver.received()[0].body, receiver.received()[2].body); // the same delivery, resent
        QVERIFY(receiver.received()[0].at.msecsTo(receiver.received()[1].at) >= 90);
        QVERIFY(receiver.received()[1].at.msecsTo(receiver.received()[2].at) >= 190);
        const QJsonObject delivery = h.control("GET", u"/_sandbox/webhooks"_s).value(u"data"_s).toArray().first().toObject();
        QCOMPARE(delivery[u"state"_s].toString(), u"delivered"_s);
        QList<int> statuses;
        for (const QJsonValue &attempt : delivery[u"attempts"_s].toArray())
            statuses.append(attempt[u"http_status"_s].toInt());
        QCOMPARE(statuses, QList<int>({ 503, 503, 200 }));
    }

    void unreachableEndpoint_givesUpAfterTheLastAttempt()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QUrl url(u"http://127.0.0.1:%1/hooks"_s.arg(closed.serverPort()));
        closed.close();
        sandbox::SandboxOptions options;
        options.webhookAttempts = 3;
        options.webhookInitialBackoffMs = 10;
        SandboxHarness h(options, url);
        QVERIFY2(h.start(), qPrintable(h.error()));
        QCOMPARE(h.createBatch(SandboxHarness::ccbConfig, u"U-1"_s).status, 201);
        QTRY_COMPARE_WITH_TIMEOUT(h.sandbox().webhooks().pendingCount(), 0, 10000);
        const QJsonObject delivery = h.control("GET", u"/_sandbox/webhooks"_s).value(u"data"_s).toArray().first().toObject();
        QCOMPARE(delivery[u"state"_s].toString(), u"failed"_s);
        const QJsonArray attempts = delivery[u"attempts"_s].toArray();
        QCOMPARE(attempts.size(), 3);
        for (const QJsonValue &attempt : attempts) {
            QCOMPARE(attempt[u"http_status"_s].toInt(), 0);
            QVERIFY(!attempt[u"error"_s].toString().isEmpty());
        }
        int status = 0;
        h.control("DELETE", u"/_sandbox/webhooks"_s, {}, &status);
        QCOMPARE(status, 200);
        QCOMPARE(h.control("GET", u"/_sandbox/webhooks"_s).value(u"data"_s).toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSandboxWebhooks)
#include "tst_sandbox_webhooks.moc"
