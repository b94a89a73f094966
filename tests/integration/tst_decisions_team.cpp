// Exactly once across desktops (issue 10): two desktops — each its own ApiClient, decision record and
// workspace connection — decide on the same batch of the real sandbox over loopback HTTP, with the
// workspace on SQLite (two connections to one file) or on a real PostgreSQL (tst_decisions_team_postgres).
#include "qitech/apiclient.h"
#include "sandboxharness.h"
#include "services/auditlog.h"
#include "services/decisionservice.h"
#include "services/workspace/decisiongate.h"
#include "services/workspace/foureyespolicy.h"
#include "services/workspace/sqlworkspacestore.h"
#include "services/workspace/workspacerunner.h"
#include "support/workspacetestdb.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;
using namespace cessio::testing;
using namespace cessio::workspace;
using Result = DecisionOutcome::Result;

namespace {

// One manager's desktop.
struct Desktop
{
    Desktop(const QUrl &baseUrl, const QString &logPath, const WorkspaceSettings *workspace)
        : transport(&network)
        , log(logPath)
    {
        logOpened = log.open();
        transport.setBaseUrl(baseUrl);
        transport.setSigner(RequestSigner(SandboxHarness::managerKey, SandboxHarness::managerPrivateKey()));
        client = std::make_unique<ApiClient>(&transport);
        runner = std::make_shared<WorkspaceRunner>();
        if (workspace)
            opened = runner->open(*workspace, {}).result();
        gate = std::make_unique<DecisionGate>(runner);
        service = std::make_unique<DecisionService>(client.get(), &log);
        service->setGate(gate.get(), SandboxHarness::managerKey);
    }

    QNetworkAccessManager network;
    ApiTransport transport;
    AuditLog log;
    std::unique_ptr<ApiClient> client;
    std::shared_ptr<WorkspaceRunner> runner;
    std::unique_ptr<DecisionGate> gate;
    std::unique_ptr<DecisionService> service;
    QString opened; // "" when the workspace opened
    bool logOpened = false;
};

} // namespace

class TestDecisionsTeam : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxHarness> h;
    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceTestDb> m_db;

    int putsReceived()
    {
        int puts = 0;
        for (const QJsonValue &entry : h->control("GET", u"/_sandbox/requests"_s).value(u"data"_s).toArray())
            puts += entry[u"method"_s].toString() == u"PUT";
        return puts;
    }
    DecisionContext context(const QString &batch) const
    {
        return { u"test"_s, h->baseUrl(), { SandboxHarness::fund, SandboxHarness::ccbConfig, batch }, {}, {}, {} };
    }
    QString batchKey(const QString &batch) const
    {
        return h->baseUrl().toString() + u'|' + SandboxHarness::managerKey + u'|' + SandboxHarness::fund + u'/'
            + SandboxHarness::ccbConfig + u'/' + batch;
    }
    std::unique_ptr<Desktop> desktop(const QString &login)
    {
        const WorkspaceSettings settings = m_db->as(login);
        auto d = std::make_unique<Desktop>(h->baseUrl(), m_dir.filePath(login + u".jsonl"_s), &settings);
        if (!d->opened.isEmpty())
            qWarning("workspace for %s: %s", qUtf8Printable(login), qUtf8Printable(d->opened));
        return d;
    }
    static DecisionOutcome outcomeOf(QSignalSpy &spy)
    {
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
        m_db = std::make_unique<WorkspaceTestDb>();
        QString error;
        QVERIFY2(m_db->create(&error), qPrintable(error));
        // The admin creates the schema and the members, as `cessio-cli workspace init` would.
        auto admin = SqlWorkspaceStore::open(m_db->as(WorkspaceTestDb::admin()), {});
        QVERIFY2(admin.ok(), qPrintable(admin.error));
        QVERIFY((*admin.value)->putMember({ u"ana"_s, u"Ana Souza"_s, Role::Approver }).ok());
        QVERIFY((*admin.value)->putMember({ u"bruno"_s, u"Bruno Lima"_s, Role::Approver }).ok());
    }
    void cleanup()
    {
        h.reset();
        m_db.reset();
    }

    void twoDesktopsRaceToApprove_onePutReachesQi_theOtherIsRefusedNamingTheFirst()
    {
        auto ana = desktop(u"ana"_s);
        auto bruno = desktop(u"bruno"_s);
        QVERIFY2(ana->opened.isEmpty() && bruno->opened.isEmpty(), qPrintable(ana->opened + bruno->opened));
        QVERIFY(ana->logOpened && bruno->logOpened);
        QSignalSpy anaDone(ana->service.get(), &DecisionService::finished);
        QSignalSpy brunoDone(bruno->service.get(), &DecisionService::finished);
        // Both click Approve at the same moment.
        ana->service->approve(context(u"B1"_s), {}, std::nullopt);
        bruno->service->approve(context(u"B1"_s), {}, std::nullopt);
        const DecisionOutcome a = outcomeOf(anaDone);
        const DecisionOutcome b = outcomeOf(brunoDone);

        QCOMPARE(putsReceived(), 1);
        QCOMPARE(h->batchStatus(SandboxHarness::ccbConfig, u"B1"_s), u"approved"_s);
        QCOMPARE(int(a.result == Result::Applied) + int(b.result == Result::Applied), 1);
        const DecisionOutcome &loser = a.result == Result::Applied ? b : a;
        const QString winnerName = a.result == Result::Applied ? u"Ana Souza"_s : u"Bruno Lima"_s;
        QCOMPARE(loser.result, Result::Refused);
        QCOMPARE(loser.action, DecisionOutcome::Action::Approve);
        QVERIFY2(loser.message().contains(winnerName), qPrintable(loser.message()));

        // The winner's intent is settled with the outcome; the batch is closed to every desktop.
        auto intents = [&] {
            return ana->runner->run([key = batchKey(u"B1"_s)](WorkspaceStore &s) { return s.intentsOf(key); }).result();
        };
        QTRY_COMPARE_WITH_TIMEOUT(intents().value->value(0).outcome, u"applied"_s, 10000);
        QCOMPARE(intents().value->size(), 1);
        Desktop &other = a.result == Result::Applied ? *bruno : *ana; // the desktop that lost the race
        QSignalSpy again(other.service.get(), &DecisionService::finished);
        other.service->deny(context(u"B1"_s));
        const DecisionOutcome late = outcomeOf(again);
        QCOMPARE(late.result, Result::Refused);
        QVERIFY2(late.message().contains(winnerName + u" already approved this batch"_s), qPrintable(late.message()));
        QCOMPARE(putsReceived(), 1);
    }

    void anotherDesktopHoldsTheBatch_nothingIsSent()
    {
        auto bruno = desktop(u"bruno"_s);
        // Ana's desktop is sending a removal (its intent is open).
        const auto held = bruno->runner
                              ->run([key = batchKey(u"B1"_s)](WorkspaceStore &s) {
                                  return s.openIntent(key, IntentAction::RemoveAssets, 1'000'000);
                              })
                              .result();
        QVERIFY2(held.ok(), qPrintable(held.error));
        auto ana = desktop(u"ana"_s);
        QSignalSpy done(ana->service.get(), &DecisionService::finished);
        ana->service->approve(context(u"B1"_s), {}, std::nullopt);
        const DecisionOutcome outcome = outcomeOf(done);
        QCOMPARE(outcome.result, Result::Refused);
        QVERIFY2(outcome.message().contains(u"Bruno Lima is removing assets from this batch since"_s),
                 qPrintable(outcome.message()));
        QCOMPARE(putsReceived(), 0);
        QVERIFY(!ana->service->isBusy(context(u"B1"_s).batch));
    }

    // Four-eyes (issue 10): with the fund's policy on, Bruno's approval is refused (no PUT) until Ana
    // recommends for this round; then it reaches the sandbox.
    void fourEyesPolicy_approvalWaitsForAColleaguesRecommendation()
    {
        auto admin = SqlWorkspaceStore::open(m_db->as(WorkspaceTestDb::admin()), {});
        QVERIFY(admin.ok());
        const FourEyesPolicy policy { Money::fromCentavos(100), false };
        QVERIFY((*admin.value)->saveFundDocument(SandboxHarness::fund, FundDocumentKind::Policy, policy.toJson(), 0, 1).value.value_or(false));
        auto bruno = desktop(u"bruno"_s);
        DecisionContext decision = context(u"B1"_s);
        decision.fourEyes = { Money::fromCentavos(500'000'00), false };
        QSignalSpy refused(bruno->service.get(), &DecisionService::finished);
        bruno->service->approve(decision, {}, std::nullopt);
        const DecisionOutcome first = outcomeOf(refused);
        QCOMPARE(first.result, Result::Refused);
        QVERIFY(first.fourEyesRefused);
        QVERIFY2(first.message().contains(u"four-eyes policy needs a recommendation by another member"_s),
                 qPrintable(first.message()));
        QCOMPARE(putsReceived(), 0);

        auto ana = desktop(u"ana"_s);
        Recommendation r;
        r.batchKey = batchKey(u"B1"_s);
        r.round = 1;
        r.note = u"Lastro conferido, aprovar na conta padrão"_s;
        QVERIFY(ana->runner->run([r](WorkspaceStore &s) { return s.addRecommendation(r); }).result().ok());
        QSignalSpy applied(bruno->service.get(), &DecisionService::finished);
        bruno->service->approve(decision, {}, std::nullopt);
        QCOMPARE(outcomeOf(applied).result, Result::Applied);
        QCOMPARE(putsReceived(), 1);
        QCOMPARE(h->batchStatus(SandboxHarness::ccbConfig, u"B1"_s), u"approved"_s);
    }

    void workspaceUnreachable_nothingIsSent_butReadingGoesOn()
    {
        Desktop offline(h->baseUrl(), m_dir.filePath(u"offline.jsonl"_s), nullptr); // the store never opened
        QSignalSpy done(offline.service.get(), &DecisionService::finished);
        offline.service->approve(context(u"B1"_s), {}, std::nullopt);
        const DecisionOutcome outcome = outcomeOf(done);
        QCOMPARE(outcome.result, Result::Refused);
        QVERIFY2(outcome.message().contains(u"could not be recorded in the team workspace, so nothing was sent"_s),
                 qPrintable(outcome.message()));
        QCOMPARE(putsReceived(), 0);
        // Reading QI Tech still works.
        bool read = false;
        offline.client->batch(context(u"B1"_s).batch, this, [&](const ApiResult<Batch> &batch) { read = batch.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(read, 10000);
    }
};

QTEST_GUILESS_MAIN(TestDecisionsTeam)
#include "tst_decisions_team.moc"
