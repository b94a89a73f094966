// cessio-cli and the team workspace, end to end against a scripted QI server: workspace init,
// status and members on the SQLite workspace beside the decision record, and recommend writing this
// login's recommendation for the batch's current decision round (sending nothing to QI Tech).
// The server-enforced roles on PostgreSQL are tst_workspace_roles_postgres.
#include "clitest.h"
#include "services/decisionservice.h"
#include "services/workspace/fundrulesdocument.h"
#include "services/workspace/schemamigrations.h"
#include "services/workspace/sqlworkspacestore.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace clitest;
using namespace cessio;
using namespace cessio::workspace;

class TestCliTeam : public QObject
{
    Q_OBJECT

    CliHarness *m_h = nullptr;

    // The workspace cessio-cli used, opened as `login` (SQLite: the login written down).
    std::shared_ptr<SqlWorkspaceStore> store(const QString &login) const
    {
        WorkspaceSettings settings;
        settings.sqliteFile = m_h->dir.filePath(u"workspace.sqlite"_s);
        settings.login = login;
        auto opened = SqlWorkspaceStore::open(settings, {});
        return opened.ok() ? *opened.value : nullptr;
    }
    QString batchKey() const
    {
        return DecisionService::workspaceKey(m_h->server.baseUrl(), clientKey, BatchRef { fund, cfgCcb, ext });
    }

private Q_SLOTS:
    void init()
    {
        m_h = new CliHarness;
        QVERIFY(m_h->setUp());
    }
    void cleanup() { delete m_h; }

    void initStatusAndMembers()
    {
        auto run = m_h->run({ u"--json"_s, u"workspace"_s, u"init"_s, u"--name"_s, u"Ana Souza"_s });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QCOMPARE(run.json().value(u"backend"_s).toString(), u"sqlite"_s);
        QCOMPARE(run.json().value(u"schema_version"_s).toInt(), schema::latestVersion());
        QCOMPARE(run.json().value(u"first_admin_added"_s).toBool(), true);
        const QString me = run.json().value(u"login"_s).toString();
        QVERIFY(!me.isEmpty());
        run = m_h->run({ u"workspace"_s, u"init"_s });
        QVERIFY2(run.exitCode == 0 && run.out.contains(u"already has members"_s), run.describe().constData());

        run = m_h->run(
            { u"workspace"_s, u"members"_s, u"add"_s, u"carla"_s, u"--role"_s, u"analyst"_s, u"--name"_s, u"Carla Dias"_s });
        QVERIFY2(run.exitCode == 0 && run.out.contains(u"carla (Carla Dias) is now analyst"_s), run.describe().constData());
        run = m_h->run({ u"workspace"_s, u"members"_s, u"add"_s, u"carla"_s, u"--role"_s, u"admin"_s, u"--name"_s, u"C"_s });
        QVERIFY2(run.exitCode == 2 && run.err.contains(u"already a member"_s), run.describe().constData());
        run = m_h->run({ u"workspace"_s, u"members"_s, u"set-role"_s, u"carla"_s, u"--role"_s, u"approver"_s });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        run = m_h->run({ u"workspace"_s, u"members"_s, u"add"_s, u"dora"_s, u"--role"_s, u"boss"_s, u"--name"_s, u"D"_s });
        QVERIFY2(run.exitCode == 2 && run.err.contains(u"analyst, approver or admin"_s), run.describe().constData());

        run = m_h->run({ u"--json"_s, u"workspace"_s, u"members"_s });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        const QJsonArray members = run.json().value(u"members"_s).toArray();
        QCOMPARE(members.size(), 2);
        QCOMPARE(members.at(0).toObject().value(u"login"_s).toString(), u"carla"_s);
        QCOMPARE(members.at(0).toObject().value(u"role"_s).toString(), u"approver"_s);
        QCOMPARE(members.at(1).toObject().value(u"name"_s).toString(), u"Ana Souza"_s);
        QCOMPARE(members.at(1).toObject().value(u"role"_s).toString(), u"admin"_s);

        // Status: who am I, and what is going on in the workspace.
        auto ana = store(u"carla"_s);
        QVERIFY(ana);
        QCOMPARE(ana->openIntent(u"k"_s, IntentAction::Approve, 1).value->result, IntentAttempt::Result::Opened);
        QVERIFY(ana->claim(u"k"_s, QDateTime::currentMSecsSinceEpoch(), 600'000).ok());
        run = m_h->run({ u"--json"_s, u"workspace"_s, u"status"_s });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QCOMPARE(run.json().value(u"reachable"_s).toBool(), true);
        QCOMPARE(run.json().value(u"login"_s).toString(), me);
        QCOMPARE(run.json().value(u"role"_s).toString(), u"admin"_s);
        QCOMPARE(run.json().value(u"members"_s).toInt(), 2);
        QCOMPARE(run.json().value(u"open_intents"_s).toInt(), 1);
        QCOMPARE(run.json().value(u"active_claims"_s).toInt(), 1);

        run = m_h->run({ u"workspace"_s, u"members"_s, u"remove"_s, u"carla"_s });
        QVERIFY2(run.exitCode == 0 && run.out.contains(u"carla is no longer a member"_s), run.describe().constData());
        run = m_h->run({ u"workspace"_s, u"members"_s, u"remove"_s, u"carla"_s });
        QVERIFY2(run.exitCode == 2 && run.err.contains(u"not a member"_s), run.describe().constData());
        QVERIFY(m_h->server.requests().isEmpty()); // nothing asked of QI Tech
    }

    void recommendForTheCurrentRound()
    {
        m_h->routeBatch();
        auto run = m_h->run({ u"--json"_s, u"recommend"_s, ext, u"--config"_s, cfgCcb, u"approve"_s, u"--account"_s, u"acc-7"_s,
                              u"--note"_s, u"Lastro conferido"_s });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QCOMPARE(run.json().value(u"round"_s).toInt(), 1);
        QCOMPARE(run.json().value(u"action"_s).toString(), u"approve"_s);

        // A removal was applied in round 1: the next recommendation is for round 2.
        auto ana = store(u"ana"_s);
        const auto removal = ana->openIntent(batchKey(), IntentAction::RemoveAssets, 1);
        QCOMPARE(removal.value->result, IntentAttempt::Result::Opened);
        QVERIFY(ana->settleIntent(removal.value->intent.id, u"applied"_s, 2).ok());
        run = m_h->run({ u"recommend"_s, ext, u"remove"_s, u"A-1,A-2"_s, u"--note"_s, u"Sacado em atraso"_s });
        QVERIFY2(run.exitCode == 0 && run.out.contains(u"round 2"_s), run.describe().constData());
        run = m_h->run({ u"recommend"_s, ext, u"deny"_s, u"--reason"_s, u"Lastro insuficiente"_s });
        QVERIFY2(run.exitCode == 0, run.describe().constData());

        const auto all = ana->recommendationsOf(batchKey());
        QVERIFY2(all.ok(), qPrintable(all.error));
        QCOMPARE(all.value->size(), 3);
        QCOMPARE(all.value->at(0).accountKey, u"acc-7"_s);
        QCOMPARE(all.value->at(0).note, u"Lastro conferido"_s);
        QCOMPARE(all.value->at(1).action, RecommendedAction::RemoveAssets);
        QCOMPARE(all.value->at(1).assetIds, QStringList({ u"A-1"_s, u"A-2"_s }));
        QCOMPARE(all.value->at(1).round, 2);
        QCOMPARE(all.value->at(2).reason, u"Lastro insuficiente"_s);
        for (const ScriptedRequest &r : m_h->server.requests())
            QCOMPARE(r.method, QByteArray("GET")); // a recommendation sends nothing to QI Tech
    }

    // Four-eyes (issue 10): the fund's policy, set from the CLI, holds approve back (nothing sent,
    // --json says why) until another login recommends for this round; this login's own does not count.
    void fourEyes_approveWaitsForAColleaguesRecommendation()
    {
        m_h->routeBatch();
        m_h->server.on("PUT", batchPath(), ScriptedReply::json(updated(u"approved"_s, 195, 123456.78)));
        auto run = m_h->run({ u"--json"_s, u"four-eyes"_s });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QCOMPARE(run.json().value(u"version"_s).toInt(), 0);
        QVERIFY(run.json().value(u"above"_s).isNull());
        run = m_h->run({ u"--json"_s, u"four-eyes"_s, u"--above"_s, u"100000.00"_s });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QCOMPARE(run.json().value(u"above"_s).toString(), u"100000.00"_s);
        QCOMPARE(run.json().value(u"on_breach"_s).toBool(), false);
        QCOMPARE(run.json().value(u"version"_s).toInt(), 1);
        run = m_h->run({ u"four-eyes"_s });
        QVERIFY2(run.out.contains(u"when the batch total is above R$100,000.00"_s), run.describe().constData());

        run = m_h->run({ u"--json"_s, u"approve"_s, ext, u"--yes"_s });
        QVERIFY2(run.exitCode == 1, run.describe().constData());
        QCOMPARE(run.json().value(u"result"_s).toString(), u"refused"_s);
        QCOMPARE(run.json().value(u"refusal"_s).toString(), u"four_eyes_recommendation_required"_s);
        QVERIFY2(run.json().value(u"message"_s).toString().contains(u"the batch total R$123,456.78 is above R$100,000.00"_s),
                 run.describe().constData());
        QVERIFY2(run.json().value(u"message"_s).toString().contains(u"file on this computer"_s), run.describe().constData());
        run = m_h->run({ u"recommend"_s, ext, u"approve"_s });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        run = m_h->run({ u"approve"_s, ext, u"--yes"_s }); // my own recommendation is not a second pair of eyes
        QVERIFY2(run.exitCode == 1 && run.err.contains(u"four-eyes policy"_s), run.describe().constData());
        for (const ScriptedRequest &r : m_h->server.requests())
            QCOMPARE(r.method, QByteArray("GET"));

        auto ana = store(u"ana"_s);
        Recommendation r;
        r.batchKey = batchKey();
        r.round = 1;
        r.note = u"Lastro conferido"_s;
        QVERIFY(ana->addRecommendation(r).ok());
        run = m_h->run({ u"--json"_s, u"approve"_s, ext, u"--yes"_s });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QCOMPARE(run.json().value(u"result"_s).toString(), u"applied"_s);

        run = m_h->run({ u"--json"_s, u"four-eyes"_s, u"off"_s });
        QVERIFY2(run.exitCode == 0 && run.json().value(u"version"_s).toInt() == 2, run.describe().constData());
        QVERIFY(run.json().value(u"description"_s).toString().startsWith(u"Off"_s));
    }

    // The watch-list for every fund from the CLI: a CNPJ kept by its root, a second add of the same
    // company replacing name and reason, remove; what is not a document is a usage error.
    void watchList_addListRemove()
    {
        auto run = m_h->run({ u"--json"_s, u"watch-list"_s });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QCOMPARE(run.json().value(u"watch_list"_s).toArray().size(), 0);
        run = m_h->run({ u"watch-list"_s, u"add"_s, u"11.222.333/0001-81"_s, u"--name"_s, u"Acme"_s, u"--reason"_s, u"RJ"_s });
        QVERIFY2(run.exitCode == 0 && run.out.contains(u"11222333"_s), run.describe().constData());
        run = m_h->run({ u"--json"_s, u"watch-list"_s, u"add"_s, u"11222333"_s, u"--reason"_s, u"recuperação judicial"_s });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        const QJsonArray list = run.json().value(u"watch_list"_s).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(u"party"_s).toString(), u"11222333"_s);
        QCOMPARE(list.at(0).toObject().value(u"reason"_s).toString(), u"recuperação judicial"_s);
        auto ana = store(u"ana"_s); // the desktop reads the same list with every fund's rules
        const auto read = FundRulesDocument::read(*ana, u"any-fund"_s, {});
        QVERIFY(read.ok());
        QCOMPARE(read.value->effective().watchList.size(), 1);
        run = m_h->run({ u"watch-list"_s, u"remove"_s, u"52998224725"_s });
        QVERIFY2(run.exitCode == 2 && run.err.contains(u"not on the watch-list"_s), run.describe().constData());
        run = m_h->run({ u"watch-list"_s, u"remove"_s, u"11.222.333/0001-81"_s });
        QVERIFY2(run.exitCode == 0 && run.out.contains(u"empty"_s), run.describe().constData());
        run = m_h->run({ u"watch-list"_s, u"add"_s, u"123"_s });
        QVERIFY2(run.exitCode == 2 && run.err.contains(u"not a valid CPF"_s), run.describe().constData());
        run = m_h->run({ u"watch-list"_s, u"--reason"_s, u"x"_s });
        QVERIFY2(run.exitCode == 2, run.describe().constData());
    }

    void fourEyesUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("bad amount") << QStringList { u"four-eyes"_s, u"--above"_s, u"lots"_s };
        QTest::newRow("bad on-breach") << QStringList { u"four-eyes"_s, u"--on-breach"_s, u"maybe"_s };
        QTest::newRow("off with options") << QStringList { u"four-eyes"_s, u"off"_s, u"--on-breach"_s, u"yes"_s };
        QTest::newRow("unknown argument") << QStringList { u"four-eyes"_s, u"on"_s };
    }
    void fourEyesUsageErrors()
    {
        QFETCH(QStringList, args);
        const auto run = m_h->run(args);
        QVERIFY2(run.exitCode == 2, run.describe().constData());
    }

    void recommendUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("deny without reason") << QStringList { u"recommend"_s, ext, u"deny"_s };
        QTest::newRow("account on deny") << QStringList { u"recommend"_s, ext,   u"deny"_s, u"--reason"_s, u"r"_s,
                                                          u"--account"_s, u"a"_s };
        QTest::newRow("remove without assets") << QStringList { u"recommend"_s, ext, u"remove"_s };
        QTest::newRow("unknown action") << QStringList { u"recommend"_s, ext, u"maybe"_s };
    }
    void recommendUsageErrors()
    {
        QFETCH(QStringList, args);
        const auto run = m_h->run(args);
        QVERIFY2(run.exitCode == 2, run.describe().constData());
        QVERIFY(m_h->server.requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliTeam)
#include "tst_cli_team.moc"
