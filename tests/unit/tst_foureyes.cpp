// The four-eyes policy (issue 10): the fund's policy document, and the verdict the decision gate asks
// before opening a decision's intent, on SQLite (tst_foureyes) and on a real PostgreSQL
// (tst_foureyes_postgres): only another login's recommendation for this round lets a decision through.
#include "services/workspace/decisiongate.h"
#include "services/workspace/foureyespolicy.h"
#include "services/workspace/sqlworkspacestore.h"
#include "services/workspace/workspacerunner.h"
#include "support/workspacetestdb.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;
using namespace cessio::workspace;

namespace {
const QString fund = u"fund-1"_s;
const QString batch = u"env|party|fund-1/cfg/LOTE-9"_s;
Money reais(qint64 r)
{
    return Money::fromCentavos(r * 100);
}
} // namespace

class TstFourEyes : public QObject
{
    Q_OBJECT

    std::unique_ptr<WorkspaceTestDb> m_db;

    std::shared_ptr<SqlWorkspaceStore> open(const QString &login)
    {
        auto opened = SqlWorkspaceStore::open(m_db->as(login), {});
        if (!opened.ok())
            qWarning("open as %s: %s", qUtf8Printable(login), qUtf8Printable(opened.error));
        return opened.ok() ? *opened.value : nullptr;
    }
    bool savePolicy(const FourEyesPolicy &policy)
    {
        auto admin = open(WorkspaceTestDb::admin());
        const int version = admin->fundDocument(fund, FundDocumentKind::Policy).value->version;
        const auto saved = admin->saveFundDocument(fund, FundDocumentKind::Policy, policy.toJson(), version, 1);
        return saved.ok() && *saved.value;
    }
    static Recommendation recommendation(int round, RecommendedAction action = RecommendedAction::Approve)
    {
        Recommendation r;
        r.batchKey = batch;
        r.round = round;
        r.action = action;
        r.accountKey = u"acc-7"_s;
        r.note = u"Lastro conferido"_s;
        r.createdMs = 10;
        return r;
    }

private Q_SLOTS:
    void initTestCase() { qInfo("backend: %s", qUtf8Printable(WorkspaceTestDb::backendName())); }
    void init()
    {
        m_db = std::make_unique<WorkspaceTestDb>();
        QString error;
        QVERIFY2(m_db->create(&error), qPrintable(error));
        auto admin = open(WorkspaceTestDb::admin());
        QVERIFY(admin);
        QVERIFY(admin->putMember({ u"ana"_s, u"Ana Souza"_s, Role::Analyst }).ok());
        QVERIFY(admin->putMember({ u"bruno"_s, u"Bruno Lima"_s, Role::Approver }).ok());
    }
    void cleanup() { m_db.reset(); }

    void policyDocument_roundTripsAndDefaultsToOff()
    {
        QVERIFY(FourEyesPolicy::fromJson({})->isOff());
        FourEyesPolicy policy;
        policy.above = Money::fromCentavos(100'000'000'001);
        policy.onBreach = true;
        QCOMPARE(policy.toJson(), QByteArray(R"({"four_eyes_above":"1000000000.01","four_eyes_on_breach":true})"));
        QCOMPARE(FourEyesPolicy::fromJson(policy.toJson()), std::optional(policy));
        QString error;
        QVERIFY(!FourEyesPolicy::fromJson(R"({"four_eyes_above":"1.5e6"})", &error));
        QVERIFY2(error.contains(u"1.5e6"_s), qPrintable(error));
        QVERIFY(!FourEyesPolicy::fromJson(R"({"four_eyes_on_breach":"yes"})", &error));
        QVERIFY(!FourEyesPolicy::fromJson("[1]", &error));
    }

    void appliesBecause_theTotalOrABreach_unknownCountsAsMet()
    {
        FourEyesPolicy policy;
        QVERIFY(policy.appliesBecause({}).isEmpty()); // off
        policy.above = reais(1'000'000);
        QVERIFY(policy.appliesBecause({ reais(1'000'000), false }).isEmpty()); // "above", not "at"
        QVERIFY(policy.appliesBecause({ reais(1'000'001), false }).contains(u"is above"_s));
        QVERIFY(!policy.appliesBecause({ std::nullopt, false }).isEmpty());
        QVERIFY(policy.appliesBecause({ reais(5), true }).isEmpty()); // breaches are not part of this policy
        policy.onBreach = true;
        QVERIFY(policy.appliesBecause({ reais(5), true }).contains(u"breached"_s));
        QVERIFY(policy.appliesBecause({ reais(5), false }).isEmpty());
        QVERIFY(policy.appliesBecause({ reais(5), std::nullopt }).contains(u"could not be checked"_s));
        // What the CLI checks for: breaches, unless the total already decides.
        QVERIFY(policy.needsBreaches(reais(5)));
        QVERIFY(policy.needsBreaches(std::nullopt));
        QVERIFY(!policy.needsBreaches(reais(1'000'001)));
        policy.onBreach = false;
        QVERIFY(!policy.needsBreaches(reais(5)));
    }

    // Only an admin changes the policy on PostgreSQL (the server refuses the others); SQLite has no roles.
    void onlyAdminsSaveThePolicy()
    {
        if (!WorkspaceTestDb::onPostgres())
            QSKIP("SQLite has no server roles: its file belongs to one person");
        auto bruno = open(u"bruno"_s);
        const auto saved = bruno->saveFundDocument(fund, FundDocumentKind::Policy, FourEyesPolicy { reais(1), false }.toJson(), 0, 1);
        QVERIFY(!saved.ok() || !*saved.value);
        QVERIFY(FourEyesVerdict::policyOf(*bruno, fund).value->isOff());
    }

    void verdict_needsAnotherLoginsRecommendationForThisRound()
    {
        QVERIFY(savePolicy({ reais(1'000'000), false }));
        auto bruno = open(u"bruno"_s);
        auto ana = open(u"ana"_s);
        const FourEyesPolicy::Facts big { reais(2'000'000), false };
        auto verdict = FourEyesVerdict::ask(*bruno, fund, batch, big);
        QVERIFY2(verdict.ok(), qPrintable(verdict.error));
        QVERIFY(!verdict.value->satisfied());
        QVERIFY2(verdict.value->refusal().contains(u"four-eyes policy"_s), qPrintable(verdict.value->refusal()));
        QCOMPARE(verdict.value->refusal().contains(u"file on this computer"_s), !WorkspaceTestDb::onPostgres());
        // A small batch does not need it.
        QVERIFY(FourEyesVerdict::ask(*bruno, fund, batch, { reais(10), true }).value->satisfied());

        // Bruno's own recommendation is not a second pair of eyes.
        QVERIFY(bruno->addRecommendation(recommendation(1)).ok());
        QVERIFY(!FourEyesVerdict::ask(*bruno, fund, batch, big).value->satisfied());
        // Ana's, for this round, is; the verdict says who and what.
        QVERIFY(ana->addRecommendation(recommendation(1, RecommendedAction::Deny)).ok());
        verdict = FourEyesVerdict::ask(*bruno, fund, batch, big);
        QVERIFY(verdict.value->satisfied());
        QCOMPARE(verdict.value->recommenderName, u"Ana Souza"_s);
        QCOMPARE(verdict.value->recommendation->action, RecommendedAction::Deny);
        QCOMPARE(verdict.value->recommendation->note, u"Lastro conferido"_s);
        // For Ana, Bruno's is the other one.
        QCOMPARE(FourEyesVerdict::ask(*ana, fund, batch, big).value->recommenderName, u"Bruno Lima"_s);

        // A removal applied in round 1 moves the batch to round 2: the old recommendation no longer counts.
        const auto removal = bruno->openIntent(batch, IntentAction::RemoveAssets, 20);
        QVERIFY(bruno->settleIntent(removal.value->intent.id, u"applied"_s, 21).ok());
        QVERIFY(!FourEyesVerdict::ask(*bruno, fund, batch, big).value->satisfied());
        QVERIFY(ana->addRecommendation(recommendation(2)).ok());
        QVERIFY(FourEyesVerdict::ask(*bruno, fund, batch, big).value->satisfied());
    }

    // The gate asks the policy first: a refused decision opens no intent, so nothing is sent.
    void gate_refusesWithoutOpeningAnIntent_thenGrants()
    {
        QVERIFY(savePolicy({ std::nullopt, true }));
        auto runner = std::make_shared<WorkspaceRunner>();
        QCOMPARE(runner->open(m_db->as(u"bruno"_s), {}).result(), QString());
        DecisionGate gate(runner);
        const DecisionGate::FourEyesQuestion question { fund, { reais(10), true } };
        std::optional<DecisionGate::Pass> pass;
        gate.acquire(batch, IntentAction::Approve, [&](const DecisionGate::Pass &p) { pass = p; }, question);
        QTRY_VERIFY(pass);
        QVERIFY(!pass->granted);
        QVERIFY(pass->fourEyesRefused);
        QVERIFY2(pass->refusal.contains(u"an alert, fund rule or portfolio limit is breached"_s), qPrintable(pass->refusal));
        QCOMPARE(open(u"bruno"_s)->intentsOf(batch).value->size(), 0);

        QVERIFY(open(u"ana"_s)->addRecommendation(recommendation(1)).ok());
        pass.reset();
        gate.acquire(batch, IntentAction::Approve, [&](const DecisionGate::Pass &p) { pass = p; }, question);
        QTRY_VERIFY(pass);
        QVERIFY2(pass->granted, qPrintable(pass->refusal));
        QCOMPARE(pass->fourEyes->recommenderName, u"Ana Souza"_s);
        QCOMPARE(open(u"bruno"_s)->intentsOf(batch).value->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstFourEyes)
#include "tst_foureyes.moc"
