// Roles enforced by the PostgreSQL server itself (schema migration 2), not by disabled buttons:
// each member connects with their own login and the server refuses what their role does not allow,
// even when they write SQL by hand. Runs as tst_workspace_roles_postgres; on SQLite (one user, no
// server roles) it only checks that nothing is refused.
#include "services/workspace/decisiongate.h"
#include "services/workspace/sqlworkspacestore.h"
#include "services/workspace/workspacerunner.h"
#include "support/workspacetestdb.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;
using namespace cessio::workspace;

class TstWorkspaceRoles : public QObject
{
    Q_OBJECT

private:
    WorkspaceTestDb m_db;
    std::shared_ptr<SqlWorkspaceStore> m_admin; // the schema's owner, who ran `workspace init`
    std::shared_ptr<SqlWorkspaceStore> m_carla; // analyst
    std::shared_ptr<SqlWorkspaceStore> m_ana; // approver
    std::shared_ptr<SqlWorkspaceStore> m_bruno; // admin member
    qint64 m_anasIntent = 0;

    std::shared_ptr<SqlWorkspaceStore> open(const QString &login)
    {
        auto opened = SqlWorkspaceStore::open(m_db.as(login), {});
        if (!opened.ok())
            qWarning("open as %s: %s", qUtf8Printable(login), qUtf8Printable(opened.error));
        return opened.ok() ? *opened.value : nullptr;
    }
    // The server's refusal, as the store reports it to people.
    static void verifyRefused(const QString &error, const QString &login)
    {
        QVERIFY2(error.contains(u"refused this for %1"_s.arg(login)), qPrintable(error));
        QVERIFY2(error.contains(u"Ask a workspace admin"_s), qPrintable(error));
    }
    // A statement typed by hand in psql as `login`: the server must refuse it.
    void verifySqlRefused(const QString &login, const QString &statement)
    {
        QString error;
        QVERIFY2(!m_db.execAs(login, statement, &error), qPrintable(login + u" may: "_s + statement));
        QVERIFY2(error.contains(u"row-level security"_s) || error.contains(u"permission denied"_s), qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!WorkspaceTestDb::onPostgres())
            QSKIP("SQLite has no server roles: a SQLite workspace is one person's file (README: Working as a team)");
        QString error;
        QVERIFY2(m_db.create(&error), qPrintable(error));
        m_admin = open(WorkspaceTestDb::admin());
        QVERIFY(m_admin);
        QVERIFY(m_admin->putMember({ u"carla"_s, u"Carla Dias"_s, Role::Analyst }).ok());
        QVERIFY(m_admin->putMember({ u"ana"_s, u"Ana Souza"_s, Role::Approver }).ok());
        QVERIFY(m_admin->putMember({ u"bruno"_s, u"Bruno Lima"_s, Role::Admin }).ok());
        m_carla = open(u"carla"_s);
        m_ana = open(u"ana"_s);
        m_bruno = open(u"bruno"_s);
        QVERIFY(m_carla && m_ana && m_bruno);
        const auto opened = m_ana->openIntent(u"f/c/LOTE-1"_s, IntentAction::Approve, 1000);
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        QCOMPARE(opened.value->result, IntentAttempt::Result::Opened);
        m_anasIntent = opened.value->intent.id;
    }

    void analystRecommendsAndClaims()
    {
        const auto id = m_carla->addRecommendation(
            { 0, u"f/c/LOTE-1"_s, 1, {}, RecommendedAction::Approve, u"acc-1"_s, {}, {}, u"Lastro conferido"_s, 10 });
        QVERIFY2(id.ok(), qPrintable(id.error));
        QCOMPARE(m_ana->recommendationsOf(u"f/c/LOTE-1"_s).value->value(0).who, u"carla"_s);
        QCOMPARE(m_carla->claim(u"f/c/LOTE-2"_s, 10, 60'000).value->who, u"carla"_s);
        QVERIFY(m_carla->addDenyReason(u"Sacado em recuperação judicial"_s, 10).ok());
        QCOMPARE(m_carla->members().value->size(), 3); // members read everything
    }

    void analystCannotDecide()
    {
        const auto attempt = m_carla->openIntent(u"f/c/LOTE-3"_s, IntentAction::Approve, 2000);
        QVERIFY(!attempt.ok());
        verifyRefused(attempt.error, u"carla"_s);
        QCOMPARE(m_admin->intentsOf(u"f/c/LOTE-3"_s).value->size(), 0);

        // By hand: an approval intent, settling Ana's as applied, deleting the record.
        verifySqlRefused(u"carla"_s,
                         u"INSERT INTO decision_intents (batch_key, round, action, who, since_ms) "
                         "VALUES ('f/c/LOTE-3', 1, 'approve', 'carla', 1)"_s);
        verifySqlRefused(u"carla"_s,
                         u"UPDATE decision_intents SET state = 'settled', outcome = 'applied' WHERE id = %1"_s.arg(m_anasIntent));
        verifySqlRefused(u"carla"_s, u"DELETE FROM decision_intents"_s);
        verifySqlRefused(u"carla"_s, u"DELETE FROM recommendations"_s);
        verifySqlRefused(u"carla"_s, u"UPDATE recommendations SET action = 'deny'"_s);
        const auto intents = m_admin->intentsOf(u"f/c/LOTE-1"_s);
        QCOMPARE(intents.value->size(), 1);
        QVERIFY(intents.value->at(0).open);
        QCOMPARE(m_admin->recommendationsOf(u"f/c/LOTE-1"_s).value->size(), 1);
    }

    void analystCannotChangeMembersRulesOrPolicy()
    {
        verifyRefused(m_carla->putMember({ u"carla"_s, u"Carla Dias"_s, Role::Admin }).error, u"carla"_s);
        verifyRefused(m_carla->putMember({ u"dora"_s, u"Dora"_s, Role::Approver }).error, u"carla"_s);
        verifySqlRefused(u"carla"_s, u"UPDATE members SET role = 'admin' WHERE login = 'carla'"_s);
        verifySqlRefused(u"carla"_s, u"INSERT INTO members (login, display_name, role) VALUES ('dora', 'D', 'admin')"_s);
        QCOMPARE(m_carla->removeMember(u"ana"_s).value, std::optional(false)); // nothing she may delete
        for (const FundDocumentKind kind : { FundDocumentKind::Rules, FundDocumentKind::Policy })
            verifyRefused(m_carla->saveFundDocument(u"F"_s, kind, R"({"fourEyesAboveCentavos":0})", 0, 1).error, u"carla"_s);
        const auto members = m_admin->members();
        QCOMPARE(members.value->size(), 3);
        QCOMPARE(members.value->at(2), (Member { u"carla"_s, u"Carla Dias"_s, Role::Analyst }));
        QCOMPARE(m_admin->fundDocument(u"F"_s, FundDocumentKind::Policy).value->version, 0);
    }

    // What a person sees when the desktop or cessio-cli tries to send her decision.
    void refusalReachesThePerson()
    {
        auto runner = std::make_shared<WorkspaceRunner>();
        QCOMPARE(runner->open(m_db.as(u"carla"_s), {}).result(), QString());
        DecisionGate gate(runner);
        std::optional<DecisionGate::Pass> pass;
        gate.acquire(u"f/c/LOTE-4"_s, IntentAction::Deny, [&](const DecisionGate::Pass &p) { pass = p; });
        QTRY_VERIFY(pass.has_value());
        QVERIFY(!pass->granted);
        QVERIFY2(pass->refusal.contains(u"nothing was sent"_s), qPrintable(pass->refusal));
        verifyRefused(pass->refusal, u"carla"_s);
    }

    void approverDecidesButNotMembersOrPolicy()
    {
        QCOMPARE(m_ana->settleIntent(m_anasIntent, u"applied"_s, 3000).value, std::optional(true));
        const auto next = m_ana->openIntent(u"f/c/LOTE-5"_s, IntentAction::Deny, 3000);
        QCOMPARE(next.value->result, IntentAttempt::Result::Opened);
        // Not someone else's intent, and nothing but its settlement.
        const auto brunos = m_bruno->openIntent(u"f/c/LOTE-6"_s, IntentAction::Approve, 3000);
        QCOMPARE(brunos.value->result, IntentAttempt::Result::Opened);
        verifyRefused(m_ana->settleIntent(brunos.value->intent.id, u"applied"_s, 4000).error, u"ana"_s);
        verifySqlRefused(u"ana"_s, u"UPDATE decision_intents SET who = 'ana'"_s);
        verifySqlRefused(u"ana"_s, u"DELETE FROM decision_intents"_s);
        verifyRefused(m_ana->putMember({ u"ana"_s, u"Ana Souza"_s, Role::Admin }).error, u"ana"_s);
        verifyRefused(m_ana->saveFundDocument(u"F"_s, FundDocumentKind::Policy, "{}", 0, 1).error, u"ana"_s);
    }

    void adminChangesMembersRulesAndPolicy()
    {
        QVERIFY(m_bruno->putMember({ u"dora"_s, u"Dora Reis"_s, Role::Analyst }).ok());
        QVERIFY(m_bruno->putMember({ u"dora"_s, u"Dora Reis"_s, Role::Approver }).ok());
        QCOMPARE(m_bruno->saveFundDocument(u"F"_s, FundDocumentKind::Policy, "{}", 0, 1).value, std::optional(true));
        QCOMPARE(m_bruno->saveFundDocument(u"F"_s, FundDocumentKind::Rules, "{}", 0, 1).value, std::optional(true));
        QCOMPARE(m_admin->fundDocument(u"F"_s, FundDocumentKind::Policy).value->updatedBy, u"bruno"_s);
        QCOMPARE(m_bruno->removeMember(u"dora"_s).value, std::optional(true));
        QCOMPARE(m_bruno->members().value->size(), 3);
    }

    // A login that is not a member sees nothing and writes nothing.
    void strangerSeesNothing()
    {
        auto dora = open(u"dora"_s);
        QVERIFY(dora);
        QCOMPARE(dora->members().value->size(), 0);
        QCOMPARE(dora->openIntents().value->size(), 0);
        QCOMPARE(dora->recommendationsOf(u"f/c/LOTE-1"_s).value->size(), 0);
        verifyRefused(dora->claim(u"f/c/LOTE-7"_s, 1, 1000).error, u"dora"_s);
        verifyRefused(dora->addRecommendation({ 0, u"b"_s, 1, {}, RecommendedAction::Approve, {}, {}, {}, {}, 1 }).error,
                      u"dora"_s);
    }
};

QTEST_GUILESS_MAIN(TstWorkspaceRoles)
#include "tst_workspace_roles.moc"
