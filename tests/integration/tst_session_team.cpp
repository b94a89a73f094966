// The desktop's session for a profile whose workspace is the team's PostgreSQL server (issue 10), against
// a real server (tst_session_team_postgres; the plain run says it needs one): the password comes from the
// keychain, the session's store is the server's as that login, and the fund's book (issue 11) is written
// there; a wrong password is refused by the server, said, and never repeated.
#include "services/memorysecretstore.h"
#include "services/portfolio/portfoliobook.h"
#include "services/profile.h"
#include "services/session.h"
#include "services/workspace/sqlworkspacestore.h"
#include "services/workspace/workspacerunner.h"
#include "support/workspacetestdb.h"

#include <QTemporaryDir>
#include <QtConcurrent>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;
using namespace cessio::workspace;

class TstSessionTeam : public QObject
{
    Q_OBJECT

    WorkspaceTestDb m_db;
    QTemporaryDir m_dir;
    const QString m_password = u"pw-tina-7c1e"_s;

    Profile profileFor(const QString &login) const
    {
        Profile profile;
        profile.name = u"Equipe"_s;
        profile.environment = Profile::Environment::Custom;
        profile.customBaseUrl = QUrl(u"http://127.0.0.1:9"_s); // no QI call is made here
        profile.fundClassKeys = { u"fund-1"_s };
        profile.workspace = m_db.as(login);
        return profile;
    }
    static void storePassword(MemorySecretStore &secrets, const QString &password)
    {
        bool written = false;
        secrets.write(SecretStore::key(u"Equipe"_s, SecretPurpose::WorkspacePassword), password.toUtf8(), &secrets,
                      [&written](const SecretResult &) { written = true; });
        QTRY_VERIFY(written);
    }
    // Who the session's store says it is once the team's has opened (the session opens this computer's
    // first, then the profile's when the keychain has answered), or why it could not.
    static StoreResult<QString> whoAmI(Session &session)
    {
        StoreResult<QString> answer = StoreResult<QString>::failure(u"not asked"_s);
        (void)QTest::qWaitFor(
            [&] {
                answer = session.workspace()
                             ->run([](WorkspaceStore &store) {
                                 return StoreResult<QString>::success(store.login() + u'@' + store.backendName());
                             })
                             .result();
                return answer.ok() ? answer.value->endsWith(u"@postgresql"_s)
                                   : !answer.error.contains(WorkspaceRunner::notOpen());
            },
            10000);
        return answer;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!WorkspaceTestDb::onPostgres())
            QSKIP("needs the PostgreSQL server of tests/support/with-postgres.sh (tst_session_team_postgres)");
        QString error;
        QVERIFY2(m_db.create(&error), qPrintable(error));
        auto admin = SqlWorkspaceStore::open(m_db.as(WorkspaceTestDb::admin()), {});
        QVERIFY2(admin.ok(), qPrintable(admin.error));
        // A login that must give its password (the server's pg_hba asks members of this group).
        QVERIFY2(m_db.execAsAdmin(u"CREATE ROLE tina LOGIN PASSWORD '%1' IN ROLE %2"_s.arg(
                                      m_password, qEnvironmentVariable("CESSIO_TEST_PG_PASSWORD_GROUP")),
                                  &error),
                 qPrintable(error));
        QVERIFY((*admin.value)->putMember({ u"tina"_s, u"Tina Reis"_s, Role::Approver }).ok());
    }

    void profileWithTeamServer_passwordFromTheKeychain_bookOnTheServer()
    {
        MemorySecretStore secrets;
        storePassword(secrets, m_password);
        std::unique_ptr<Session> session(Session::forProfile(profileFor(u"tina"_s), secrets, m_dir.filePath(u"a.jsonl"_s)));
        const auto me = whoAmI(*session);
        QVERIFY2(me.ok(), qPrintable(me.error));
        QCOMPARE(*me.value, u"tina@postgresql"_s);

        // The fund's book is the server's: what this desktop adds, a colleague's connection reads.
        portfolio::BatchPositions batch;
        PortfolioPosition p;
        p.debtorDocument = u"11222333000181"_s;
        p.faceValue = Money::fromCentavos(100'00);
        p.presentValue = Money::fromCentavos(95'00);
        p.dueDate = QDate(2027, 3, 1);
        p.sourceReference = u"B-1"_s;
        batch.positions = { p };
        const auto book = session->portfolioBook();
        const auto added = QtConcurrent::run([book, batch] { return book->addBatch(u"fund-1"_s, u"cfg/B-1"_s, batch); }).result();
        QCOMPARE(added, PortfolioBook::AddOutcome::Added);
        auto admin = SqlWorkspaceStore::open(m_db.as(WorkspaceTestDb::admin()), {});
        QVERIFY(admin.ok());
        QCOMPARE((*admin.value)->portfolioRevision(u"fund-1"_s).value, std::optional<qint64>(1));
        QCOMPARE((*admin.value)->portfolio(u"fund-1"_s).value->parts.constFirst().source, u"cfg/B-1"_s);
    }

    void wrongPassword_refusedByTheServer_saidWithoutIt()
    {
        MemorySecretStore secrets;
        storePassword(secrets, u"not-her-password"_s);
        std::unique_ptr<Session> session(Session::forProfile(profileFor(u"tina"_s), secrets, m_dir.filePath(u"b.jsonl"_s)));
        const auto me = whoAmI(*session);
        QVERIFY(!me.ok());
        QVERIFY2(me.error.contains(u"password"_s), qPrintable(me.error));
        QVERIFY(!me.error.contains(u"not-her-password"_s));
    }
};

QTEST_GUILESS_MAIN(TstSessionTeam)
#include "tst_session_team.moc"
