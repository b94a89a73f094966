// WorkspaceWatcher: another desktop's claims, decisions and recommendations reach this one's
// snapshot, on SQLite (tst_workspace_watcher) and on PostgreSQL through LISTEN/NOTIFY
// (tst_workspace_watcher_postgres, through tests/support/with-postgres.sh).
#include "services/workspace/fundrulesdocument.h"
#include "services/workspace/sqlworkspacestore.h"
#include "services/workspace/workspacewatcher.h"
#include "support/workspacetestdb.h"

#include <QSignalSpy>
#include <QtTest>

#include <atomic>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;
using namespace cessio::workspace;

class TstWorkspaceWatcher : public QObject
{
    Q_OBJECT

private:
    static std::shared_ptr<SqlWorkspaceStore> open(const WorkspaceTestDb &db, const QString &login)
    {
        auto opened = SqlWorkspaceStore::open(db.as(login), {});
        if (!opened.ok())
            qWarning("open as %s: %s", qUtf8Printable(login), qUtf8Printable(opened.error));
        return opened.ok() ? *opened.value : nullptr;
    }
    static bool prepare(WorkspaceTestDb &db)
    {
        QString error;
        if (!db.create(&error)) {
            qWarning("%s", qUtf8Printable(error));
            return false;
        }
        auto admin = open(db, WorkspaceTestDb::admin());
        return admin && admin->putMember({ u"ana"_s, u"Ana Souza"_s, Role::Analyst }).ok()
            && admin->putMember({ u"bruno"_s, u"Bruno Lima"_s, Role::Approver }).ok();
    }
    static qint64 now() { return QDateTime::currentMSecsSinceEpoch(); }

private Q_SLOTS:
    void initTestCase() { qInfo("backend: %s", qUtf8Printable(WorkspaceTestDb::backendName())); }

    // Ana's desktop watches; Bruno's desktop (another connection) claims, recommends and decides.
    void seesAnotherDesktopsChanges()
    {
        WorkspaceTestDb db;
        QVERIFY(prepare(db));
        WorkspaceWatcher watcher;
        // Full looks far apart: what is seen within 2 s comes through the change mark (NOTIFY, data_version).
        watcher.setTiming(200, 1000);
        watcher.setBatchKeys({ u"b1"_s, u"b2"_s });
        watcher.start(db.as(u"ana"_s), {});
        QTRY_VERIFY_WITH_TIMEOUT(watcher.hasLooked(), 5000);
        QVERIFY(watcher.isReachable());
        QCOMPARE(watcher.snapshot().me, u"ana"_s);
        QVERIFY(watcher.snapshot().batches.isEmpty());
        QCOMPARE(watcher.snapshot().nameOf(u"bruno"_s), u"Bruno Lima"_s);

        auto bruno = open(db, u"bruno"_s);
        QVERIFY(bruno);
        QVERIFY(bruno->claim(u"b1"_s, now(), 60'000).ok());
        QTRY_VERIFY_WITH_TIMEOUT(watcher.snapshot().of(u"b1"_s).claim.has_value(), 2000);
        QCOMPARE(watcher.snapshot().of(u"b1"_s).claim->whoName, u"Bruno Lima"_s);
        QVERIFY(!watcher.snapshot().of(u"b2"_s).claim);

        Recommendation recommendation;
        recommendation.batchKey = u"b2"_s;
        recommendation.round = 1;
        recommendation.action = RecommendedAction::Approve;
        recommendation.accountKey = u"acc-1"_s;
        recommendation.note = u"Looks fine"_s;
        recommendation.createdMs = now();
        QVERIFY(bruno->addRecommendation(recommendation).ok());
        QTRY_COMPARE_WITH_TIMEOUT(watcher.snapshot().of(u"b2"_s).recommendations.size(), 1, 2000);
        QCOMPARE(watcher.snapshot().of(u"b2"_s).recommendations.first().who, u"bruno"_s);
        QCOMPARE(watcher.snapshot().of(u"b2"_s).recommendations.first().note, u"Looks fine"_s);

        const auto attempt = bruno->openIntent(u"b1"_s, IntentAction::Approve, now());
        QVERIFY(attempt.ok());
        QCOMPARE(attempt.value->result, IntentAttempt::Result::Opened);
        QTRY_VERIFY_WITH_TIMEOUT(watcher.snapshot().of(u"b1"_s).sending.has_value(), 2000);
        QCOMPARE(watcher.snapshot().of(u"b1"_s).sending->whoName, u"Bruno Lima"_s);
        QVERIFY(!watcher.snapshot().of(u"b1"_s).decided);

        QVERIFY(bruno->settleIntent(attempt.value->intent.id, u"applied"_s, now()).ok());
        QVERIFY(bruno->releaseClaim(u"b1"_s).ok());
        QTRY_VERIFY_WITH_TIMEOUT(watcher.snapshot().of(u"b1"_s).decided.has_value(), 2000);
        QVERIFY(!watcher.snapshot().of(u"b1"_s).sending);
        QVERIFY(!watcher.snapshot().of(u"b1"_s).claim);
        QCOMPARE(watcher.snapshot().of(u"b1"_s).decided->action, IntentAction::Approve);
        QVERIFY(watcher.isReachable());
    }

    // An admin on another desktop saves a fund's rules: this desktop hears of it within a second or two
    // (NOTIFY on PostgreSQL, data_version on SQLite; full looks far apart), once per version, with the
    // fund and the version; the first look says nothing (whoever starts reads the rules anyway).
    void seesAnotherDesktopsFundRules()
    {
        WorkspaceTestDb db;
        QVERIFY(prepare(db));
        auto admin = open(db, WorkspaceTestDb::admin());
        QVERIFY(admin);
        FundRules rules;
        rules.maxTermDays = 360;
        QCOMPARE(FundRulesDocument::save(*admin, u"fund-a"_s, rules, 0, now()).value, std::optional<bool>(true));

        WorkspaceWatcher watcher;
        watcher.setTiming(200, 1000);
        QSignalSpy changed(&watcher, &WorkspaceWatcher::fundRulesChanged);
        watcher.start(db.as(u"ana"_s), {});
        QTRY_VERIFY_WITH_TIMEOUT(watcher.hasLooked(), 5000);
        QCOMPARE(watcher.snapshot().fundRulesVersions.value(u"fund-a"_s), 1);
        QTest::qWait(500);
        QCOMPARE(changed.size(), 0);

        rules.maxTermDays = 180;
        QCOMPARE(FundRulesDocument::save(*admin, u"fund-a"_s, rules, 1, now()).value, std::optional<bool>(true));
        QVERIFY(changed.wait(2000));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), u"fund-a"_s);
        QCOMPARE(changed.at(0).at(1).toInt(), 2);

        // A fund that had no rules gets its first version; a stale save changes nothing and says nothing.
        QCOMPARE(FundRulesDocument::save(*admin, u"fund-b"_s, rules, 0, now()).value, std::optional<bool>(true));
        QVERIFY(changed.wait(2000));
        QCOMPARE(changed.at(1).at(0).toString(), u"fund-b"_s);
        QCOMPARE(changed.at(1).at(1).toInt(), 1);
        QCOMPARE(FundRulesDocument::save(*admin, u"fund-a"_s, rules, 1, now()).value, std::optional<bool>(false));
        QTest::qWait(600);
        QCOMPARE(changed.size(), 2);
    }

    // A colleague's change to a fund's portfolio (a batch added, net assets set) reaches this desktop
    // within a second or two, once per change; the first look says nothing.
    void seesAnotherDesktopsPortfolioChanges()
    {
        WorkspaceTestDb db;
        QVERIFY(prepare(db));
        auto admin = open(db, WorkspaceTestDb::admin());
        QVERIFY(admin);
        QVERIFY(admin->setPortfolioSetting(u"fund-a"_s, PortfolioSetting::NetAssets, R"({"centavos":100})", now()).ok());

        WorkspaceWatcher watcher;
        watcher.setTiming(200, 1000);
        QSignalSpy changed(&watcher, &WorkspaceWatcher::portfolioChanged);
        watcher.start(db.as(u"ana"_s), {});
        QTRY_VERIFY_WITH_TIMEOUT(watcher.hasLooked(), 5000);
        QCOMPARE(watcher.snapshot().portfolioRevisions.value(u"fund-a"_s), qint64(1));
        QTest::qWait(500);
        QCOMPARE(changed.size(), 0);

        QVERIFY(admin->addPortfolioBatch(u"fund-a"_s, u"cfg/B-1"_s, "[]", now()).value->changed);
        QVERIFY(changed.wait(2000));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), u"fund-a"_s);
        // The same batch again changes nothing and says nothing; another fund's first change is said.
        QVERIFY(!admin->addPortfolioBatch(u"fund-a"_s, u"cfg/B-1"_s, "[]", now()).value->changed);
        QVERIFY(admin->setPortfolioSetting(u"fund-b"_s, PortfolioSetting::Limits, R"({"top_debtors_count":10})", now()).ok());
        QVERIFY(changed.wait(2000));
        QTest::qWait(600);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(1).at(0).toString(), u"fund-b"_s);
    }

    // A batch added to the watch list is looked at without any change in the workspace.
    void newBatchKeysAreLookedAt()
    {
        WorkspaceTestDb db;
        QVERIFY(prepare(db));
        auto bruno = open(db, u"bruno"_s);
        QVERIFY(bruno);
        QVERIFY(bruno->claim(u"b3"_s, now(), 60'000).ok());
        WorkspaceWatcher watcher;
        watcher.setTiming(200, 1000);
        watcher.start(db.as(u"ana"_s), {});
        QTRY_VERIFY_WITH_TIMEOUT(watcher.hasLooked(), 5000);
        QVERIFY(!watcher.snapshot().of(u"b3"_s).claim);
        watcher.setBatchKeys({ u"b3"_s });
        QTRY_VERIFY_WITH_TIMEOUT(watcher.snapshot().of(u"b3"_s).claim.has_value(), 2000);
    }

    // Unreachable: said once with since when, and the watcher keeps trying; back: said once too.
    void unreachableAndBack()
    {
        WorkspaceTestDb db;
        QVERIFY(prepare(db));
        auto reachable = std::make_shared<std::atomic<bool>>(false);
        const WorkspaceSettings settings = db.as(u"ana"_s);
        WorkspaceWatcher watcher;
        watcher.setTiming(50, 4);
        QSignalSpy reachability(&watcher, &WorkspaceWatcher::reachabilityChanged);
        watcher.start([reachable, settings]() -> StoreResult<std::shared_ptr<WorkspaceStore>> {
            if (!*reachable)
                return StoreResult<std::shared_ptr<WorkspaceStore>>::failure(u"connection refused"_s);
            return WorkspaceRunner::openSql(settings, {});
        });
        QTRY_VERIFY(!watcher.isReachable());
        QCOMPARE(reachability.size(), 1);
        QCOMPARE(reachability.at(0).at(0).toBool(), false);
        QVERIFY(watcher.unreachableSince().isValid());
        QVERIFY(watcher.problem().contains(u"connection refused"_s));
        *reachable = true;
        QTRY_VERIFY(watcher.isReachable());
        QVERIFY(watcher.hasLooked());
        QCOMPARE(reachability.size(), 2);
        QCOMPARE(reachability.at(1).at(0).toBool(), true);
        QVERIFY(!watcher.unreachableSince().isValid());
    }

    // A PostgreSQL workspace on a socket nobody listens on: unreachable, with the reason.
    void closedSocketIsUnreachable()
    {
        WorkspaceSettings settings;
        settings.backend = WorkspaceSettings::Backend::PostgreSql;
        QTemporaryDir empty;
        settings.host = empty.path(); // a socket folder with no server in it
        settings.port = 5999;
        settings.database = u"cessio"_s;
        settings.user = u"ana"_s;
        WorkspaceWatcher watcher;
        watcher.start(settings, {});
        QTRY_VERIFY_WITH_TIMEOUT(!watcher.isReachable(), 5000);
        QVERIFY(!watcher.problem().isEmpty());
        QVERIFY(!watcher.hasLooked());
    }
};

QTEST_GUILESS_MAIN(TstWorkspaceWatcher)
#include "tst_workspace_watcher.moc"
