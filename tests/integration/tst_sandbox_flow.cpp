// The sandbox's state machines over real loopback HTTP with real signatures: a batch from creation
// to completed, partial approval (reopen, remove, close), consultant approval, denial, discard,
// the approval guard and automatic steps on a timer.
#include "sandboxharness.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;
using namespace cessio::testing;

class TestSandboxFlow : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxHarness> h;

    static QStringList eventStatuses(const QJsonObject &batch)
    {
        QStringList statuses;
        for (const QJsonValue &event : batch.value(u"status_events"_s).toArray())
            statuses.append(event.toObject().value(u"status"_s).toString());
        return statuses;
    }

    QJsonObject getBatch(const QString &config, const QString &batch)
    {
        return h->manager().get(SandboxHarness::path(Endpoint::GetBatch, config, batch)).json();
    }

    QJsonObject summary(const QString &batch)
    {
        return h->manager().get(SandboxHarness::path(Endpoint::AssetsSummary, SandboxHarness::ccbConfig, batch)).json();
    }

    QByteArray fetch(const QString &url)
    {
        QNetworkAccessManager network;
        const HttpReply reply = waitForReply(network.get(QNetworkRequest(QUrl(url))));
        return reply.status == 200 ? reply.body : QByteArray();
    }

private Q_SLOTS:
    void init()
    {
        h = std::make_unique<SandboxHarness>();
        QVERIFY2(h->start(), qPrintable(h->error()));
    }
    void cleanup() { h.reset(); }

    void wholeFlow_ccbBatch_reachesCompletedWithSignedTerm()
    {
        const HttpReply created = h->createBatch(SandboxHarness::ccbConfig, u"B-1"_s);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json().value(u"status"_s).toString(), u"pending_assets_insertion"_s);
        QVERIFY(!created.json().value(u"assignment_key"_s).toString().isEmpty());
        for (int i = 1; i <= 3; ++i) {
            const HttpReply asset = h->insertCcb(u"B-1"_s, AssetBodies::spec(u"B-1-A%1"_s.arg(i), 100000 * i, 150000 * i));
            QCOMPARE(asset.status, 201);
            QCOMPARE(asset.json().value(u"status"_s).toString(), u"pending_eligibility"_s);
        }
        const HttpReply closed = h->setStatus(h->assignor(), SandboxHarness::ccbConfig, u"B-1"_s,
                                              { { u"assignment_status"_s, u"completed_assets_insertion"_s } });
        QCOMPARE(closed.status, 200);
        QCOMPARE(closed.json().value(u"status"_s).toString(), u"completed_assets_insertion"_s);

        h->tick();
        QCOMPARE(h->batchStatus(SandboxHarness::ccbConfig, u"B-1"_s), u"pending_eligibility"_s);
        h->tick();
        QCOMPARE(h->batchStatus(SandboxHarness::ccbConfig, u"B-1"_s), u"pending_manager_approval"_s);
        const QJsonObject counts = summary(u"B-1"_s);
        QCOMPARE(counts.value(u"number_of_assets"_s).toInt(), 3);
        QCOMPARE(counts.value(u"number_of_approved_assets"_s).toInt(), 3);
        QCOMPARE(counts.value(u"number_of_denied_assets"_s).toInt(), 0);
        QCOMPARE(counts.value(u"assignment_total_value"_s).toDouble(), 6000.00);

        const QString termPath = SandboxHarness::path(Endpoint::TermLink, SandboxHarness::ccbConfig, u"B-1"_s);
        QCOMPARE(h->manager().get(termPath).code(), u"TRC900005"_s);

        const HttpReply approved = h->setStatus(h->manager(), SandboxHarness::ccbConfig, u"B-1"_s,
                                                { { u"assignment_status"_s, u"approved"_s },
                                                  { u"disbursement_account_key"_s, u"account-other"_s },
                                                  { u"number_of_approved_assets"_s, 3 },
                                                  { u"assignment_total_value"_s, 6000.00 } });
        QCOMPARE(approved.status, 200);
        QCOMPARE(approved.json().value(u"status"_s).toString(), u"approved"_s);
        QCOMPARE(approved.json().value(u"number_of_approved_assets"_s).toInt(), 3);
        QCOMPARE(approved.json().value(u"assignment_total_value"_s).toDouble(), 6000.00);

        QJsonObject batch = getBatch(SandboxHarness::ccbConfig, u"B-1"_s);
        // Monthly IRR [I]: every face is 1.5 × its price, due 190 days after the accounting date.
        QVERIFY(qAbs(batch.value(u"assignment_irr"_s).toDouble() - (std::pow(1.5, 30.0 / 190.0) - 1.0)) < 1e-5);
        QCOMPARE(batch.value(u"disbursement"_s)[u"target_account"_s][u"account_key"_s].toString(), u"account-other"_s);
        const QJsonObject agent = batch.value(u"status_events"_s).toArray().last()[u"selected_agent"_s].toObject();
        QCOMPARE(agent.value(u"AGENT-TYPE"_s).toString(), u"manager"_s);
        QCOMPARE(agent.value(u"AGENT-KEY"_s).toString(), u"manager-key-1"_s);
        QCOMPARE(agent.value(u"AGENT-USER"_s).toString(), u"manager@example.com"_s);

        h->tick();
        QCOMPARE(h->batchStatus(SandboxHarness::ccbConfig, u"B-1"_s), u"pending_assignment_term_signature"_s);
        QJsonObject links = h->manager().get(termPath).json();
        QVERIFY(links.value(u"signed_assignment_term_url"_s).isNull());
        const QByteArray term = fetch(links.value(u"assignment_term_url"_s).toString());
        QVERIFY2(term.contains("B-1-A3") && term.contains("Alpha FIDC"), term.constData());
        QVERIFY(!term.contains("ASSINADO"));

        h->tick();
        QCOMPARE(h->batchStatus(SandboxHarness::ccbConfig, u"B-1"_s), u"pending_payment"_s);
        links = h->manager().get(termPath).json();
        QVERIFY(fetch(links.value(u"signed_assignment_term_url"_s).toString()).contains("ASSINADO"));

        h->tick(2);
        batch = getBatch(SandboxHarness::ccbConfig, u"B-1"_s);
        QCOMPARE(batch.value(u"status"_s).toString(), u"completed"_s);
        QCOMPARE(eventStatuses(batch),
                 QStringList({ u"pending_assets_insertion"_s, u"completed_assets_insertion"_s, u"pending_eligibility"_s,
                               u"pending_manager_approval"_s, u"approved"_s, u"pending_assignment_term_signature"_s,
                               u"pending_payment"_s, u"pending_assets_wallet_inclusion"_s, u"completed"_s }));
        const QJsonArray assets = h->manager()
                                      .get(SandboxHarness::path(Endpoint::ListAssets, SandboxHarness::ccbConfig, u"B-1"_s))
                                      .json()[u"data"_s]
                                      .toArray();
        QCOMPARE(assets.size(), 3);
        for (const QJsonValue &asset : assets)
            QCOMPARE(asset[u"status"_s].toString(), u"completed"_s);
        QCOMPARE(h->sandbox().pipeline().activeBatchCount(), 0);
    }

    // QI Tech sends event_datetime as São Paulo wall-clock time without an offset [I]; written as UTC,
    // every "waiting since" in the inbox came out three hours short.
    void statusEvents_eventDatetime_isSaoPauloWallClock()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QCOMPARE(h->createBatch(SandboxHarness::ccbConfig, u"T-SP"_s).status, 201);
        const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);
        const QJsonObject batch = getBatch(SandboxHarness::ccbConfig, u"T-SP"_s);
        const QString text = batch.value(u"status_events"_s).toArray().first()[u"event_datetime"_s].toString();
        QDateTime at = QDateTime::fromString(text, u"yyyy-MM-dd HH:mm:ss"_s);
        QVERIFY2(at.isValid(), qPrintable(text));
        at.setTimeZone(QTimeZone(-3 * 3600)); // Brazil has kept UTC-3 all year since 2019
        QVERIFY2(at >= before.addMSecs(-before.time().msec()) && at <= after,
                 qPrintable(u"%1 read as %2, expected between %3 and %4"_s.arg(
                     text, at.toUTC().toString(Qt::ISODate), before.toString(Qt::ISODate), after.toString(Qt::ISODate))));
    }

    void reopenRemoveClose_partialApproval_totalShrinks()
    {
        QVERIFY(h->prepareForManager(u"B-2"_s, 3));
        const QString assetPath = SandboxHarness::path(Endpoint::UpdateAsset, SandboxHarness::ccbConfig, u"B-2"_s, u"B-2-A2"_s);
        const QJsonObject remove { { u"asset_status"_s, u"denied"_s } };
        HttpReply reply = h->manager().put(assetPath, remove);
        QCOMPARE(reply.code(), u"TRC000024"_s); // not reopened yet
        QCOMPARE(reply.json().value(u"description"_s).toString(), u"This asset can not receive 'denied' status"_s);

        reply = h->setStatus(h->manager(), SandboxHarness::ccbConfig, u"B-2"_s,
                             { { u"assignment_status"_s, u"pending_assets_insertion"_s } });
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"status"_s).toString(), u"pending_assets_insertion"_s);
        reply = h->manager().put(assetPath, remove);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json(), QJsonObject({ { u"external_id"_s, u"B-2-A2"_s }, { u"status"_s, u"denied"_s } }));
        QCOMPARE(h->manager().put(assetPath, remove).code(), u"TRC000024"_s); // already removed

        QJsonObject counts = summary(u"B-2"_s);
        QCOMPARE(counts.value(u"number_of_approved_assets"_s).toInt(), 2);
        QCOMPARE(counts.value(u"number_of_denied_assets"_s).toInt(), 1);
        QCOMPARE(counts.value(u"assignment_total_value"_s).toDouble(), 1000.00 + 1020.00);

        reply = h->setStatus(h->assignor(), SandboxHarness::ccbConfig, u"B-2"_s,
                             { { u"assignment_status"_s, u"completed_assets_insertion"_s } });
        QCOMPARE(reply.status, 200);
        QCOMPARE(h->manager().put(assetPath, remove).code(), u"TRC000024"_s); // closed again
        h->tick(2);
        QCOMPARE(h->batchStatus(SandboxHarness::ccbConfig, u"B-2"_s), u"pending_manager_approval"_s);
        reply = h->setStatus(h->manager(), SandboxHarness::ccbConfig, u"B-2"_s,
                             { { u"assignment_status"_s, u"approved"_s },
                               { u"number_of_approved_assets"_s, 2 },
                               { u"assignment_total_value"_s, 2020.00 } });
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"number_of_approved_assets"_s).toInt(), 2);
        const QJsonObject removed
            = h->manager().get(SandboxHarness::path(Endpoint::GetAsset, SandboxHarness::ccbConfig, u"B-2"_s, u"B-2-A2"_s)).json();
        QCOMPARE(removed.value(u"status"_s).toString(), u"denied"_s);
        QCOMPARE(removed.value(u"denied_by"_s).toString(), u"manager"_s);
        // Without disbursement_account_key the assignor's default account is used [C].
        QCOMPARE(
            getBatch(SandboxHarness::ccbConfig, u"B-2"_s)[u"disbursement"_s][u"target_account"_s][u"account_key"_s].toString(),
            u"account-default"_s);
    }

    void approvalGuard_changedValues_refusedAndBatchUnchanged_data()
    {
        QTest::addColumn<QJsonObject>("guard");
        QTest::newRow("count") << QJsonObject { { u"number_of_approved_assets"_s, 99 } };
        QTest::newRow("total") << QJsonObject { { u"assignment_total_value"_s, 1.00 } };
        QTest::newRow("both") << QJsonObject { { u"number_of_approved_assets"_s, 2 }, { u"assignment_total_value"_s, 3030.00 } };
    }
    void approvalGuard_changedValues_refusedAndBatchUnchanged()
    {
        QFETCH(QJsonObject, guard);
        QVERIFY(h->prepareForManager(u"B-3"_s, 3));
        guard.insert(u"assignment_status"_s, u"approved"_s);
        const HttpReply reply = h->setStatus(h->manager(), SandboxHarness::ccbConfig, u"B-3"_s, guard);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), u"TRC900001"_s);
        QCOMPARE(h->batchStatus(SandboxHarness::ccbConfig, u"B-3"_s), u"pending_manager_approval"_s);
        const HttpReply ok = h->setStatus(h->manager(), SandboxHarness::ccbConfig, u"B-3"_s,
                                          { { u"assignment_status"_s, u"approved"_s },
                                            { u"number_of_approved_assets"_s, 3 },
                                            { u"assignment_total_value"_s, 3030.00 } });
        QCOMPARE(ok.status, 200);
    }

    void consultantApproval_manualConfiguration_consultantThenManager()
    {
        const QString cfg = SandboxHarness::dupConfig;
        QCOMPARE(h->createBatch(cfg, u"D-1"_s).status, 201);
        const AssetBodies::Spec spec = AssetBodies::spec(u"D-1-A1"_s);
        QCOMPARE(h->assignor()
                     .post(SandboxHarness::path(Endpoint::InsertAsset, cfg, u"D-1"_s),
                           AssetBodies::duplicata(u"duplicata_mercantil"_s, spec))
                     .status,
                 201);
        QCOMPARE(
            h->setStatus(h->assignor(), cfg, u"D-1"_s, { { u"assignment_status"_s, u"completed_assets_insertion"_s } }).status,
            200);
        h->tick(2); // a mercantil duplicata needs no document
        QCOMPARE(h->batchStatus(cfg, u"D-1"_s), u"pending_consultant_approval"_s);

        const QJsonObject approve { { u"assignment_status"_s, u"approved"_s } };
        HttpReply reply = h->setStatus(h->manager(), cfg, u"D-1"_s, approve);
        QCOMPARE(reply.code(), u"TRC000024"_s);
        QCOMPARE(reply.json().value(u"translation"_s).toString(), u"Esse lote não pode receber o status 'approved'"_s);
        QCOMPARE(h->setStatus(h->assignor(), cfg, u"D-1"_s, approve).code(), u"AIT900018"_s);

        reply = h->setStatus(h->consultant(), cfg, u"D-1"_s, approve);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"status"_s).toString(), u"pending_manager_approval"_s);
        const QJsonObject batch = getBatch(cfg, u"D-1"_s);
        QCOMPARE(batch.value(u"status_events"_s).toArray().last()[u"selected_agent"_s][u"AGENT-TYPE"_s].toString(),
                 u"consultant"_s);
        QCOMPARE(batch.value(u"status_events"_s).toArray().last()[u"selected_agent"_s][u"AGENT-KEY"_s].toString(),
                 u"consultant-key-1"_s);
        QCOMPARE(h->setStatus(h->consultant(), cfg, u"D-1"_s, approve).code(), u"TRC000024"_s); // now the manager's turn
        QCOMPARE(h->setStatus(h->manager(), cfg, u"D-1"_s, approve).status, 200);
    }

    void managerDenial_reprovedSpelling_batchDeniedAssetsDiscarded()
    {
        QVERIFY(h->prepareForManager(u"B-4"_s, 2));
        const HttpReply reply
            = h->setStatus(h->manager(), SandboxHarness::ccbConfig, u"B-4"_s, { { u"assignment_status"_s, u"reproved"_s } });
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"status"_s).toString(), u"denied"_s);
        QCOMPARE(reply.json().value(u"number_of_approved_assets"_s).toInt(), 0);
        QCOMPARE(reply.json().value(u"assignment_total_value"_s).toDouble(), 0.0);
        const QJsonObject counts = summary(u"B-4"_s);
        QCOMPARE(counts.value(u"number_of_denied_assets"_s).toInt(), 2);
        QCOMPARE(counts.value(u"assignment_status"_s).toString(), u"denied"_s);
        QCOMPARE(
            h->setStatus(h->manager(), SandboxHarness::ccbConfig, u"B-4"_s, { { u"assignment_status"_s, u"approved"_s } }).code(),
            u"TRC000024"_s);
    }

    void discard_controlRoute_batchAndOpenAssetsDiscarded()
    {
        QCOMPARE(h->createBatch(SandboxHarness::ccbConfig, u"B-5"_s).status, 201);
        QCOMPARE(h->insertCcb(u"B-5"_s, AssetBodies::spec(u"B-5-A1"_s)).status, 201);
        int status = 0;
        const QJsonObject answer = h->control("POST", u"/_sandbox/assignments/B-5/discard"_s, {}, &status);
        QCOMPARE(status, 200);
        QCOMPARE(answer.value(u"status"_s).toString(), u"discarded"_s);
        QCOMPARE(summary(u"B-5"_s).value(u"number_of_denied_assets"_s).toInt(), 1);
        h->control("POST", u"/_sandbox/assignments/B-5/discard"_s, {}, &status);
        QCOMPARE(status, 400);
    }

    void stepDelay_automaticSteps_happenOnTheirOwn()
    {
        sandbox::SandboxOptions options;
        options.stepDelayMs = 20;
        h = std::make_unique<SandboxHarness>(options);
        QVERIFY2(h->start(), qPrintable(h->error()));
        QCOMPARE(h->createBatch(SandboxHarness::ccbConfig, u"T-1"_s).status, 201);
        QCOMPARE(h->insertCcb(u"T-1"_s, AssetBodies::spec(u"T-1-A1"_s)).status, 201);
        QCOMPARE(h->setStatus(h->assignor(), SandboxHarness::ccbConfig, u"T-1"_s,
                              { { u"assignment_status"_s, u"completed_assets_insertion"_s } })
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(h->sandbox().world().batch(u"T-1"_s)->status.apiName(), u"pending_manager_approval"_s, 5000);
        QCOMPARE(
            h->setStatus(h->manager(), SandboxHarness::ccbConfig, u"T-1"_s, { { u"assignment_status"_s, u"approved"_s } }).status,
            200);
        QTRY_COMPARE_WITH_TIMEOUT(h->sandbox().world().batch(u"T-1"_s)->status.apiName(), u"completed"_s, 5000);
        const QList<sandbox::StatusEvent> events = h->sandbox().world().batch(u"T-1"_s)->events;
        for (qsizetype i = 1; i < events.size(); ++i) // every automatic step waited for the delay
            QVERIFY(events[i - 1].at <= events[i].at);
    }
};

QTEST_GUILESS_MAIN(TestSandboxFlow)
#include "tst_sandbox_flow.moc"
