// cessio-cli and a team workspace on a real PostgreSQL, end to end through saved profiles: the real
// cessio-cli binary, the real sandbox over loopback HTTP, each person's profile saved with
// `profile add --workspace ... --workspace-password-stdin` and the password only in the real keychain
// (a throwaway gnome-keyring), the server asking for it (its logins are in the password group of
// tests/support/with-postgres.sh, so a missing or wrong password is refused). Runs inside both
// wrappers: with-postgres.sh with-keyring.sh tst_cli_teamserver.
//
// Olga owns the database and runs `workspace init`; Ana approves, Carla is an analyst. The fund's
// four-eyes policy holds Ana's approval until Carla recommends; Carla is refused by the server when
// she tries to approve; Ana's approval reaches the sandbox exactly once; `audit verify` checks the
// record kept on the server.
#include "sandboxharness.h"
#include "unit/clitest.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QSqlError>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace clitest;
using cessio::testing::SandboxHarness;

namespace {

const QString database = u"cessio_team"_s;
const QString fundKey = SandboxHarness::fund;
const QString config = SandboxHarness::ccbConfig;

// One person: their PostgreSQL login, its password, and the profile they use.
struct Person
{
    QString login;
    QString password;
};
const Person olga { u"olga"_s, u"Olga-pw 'quoted' 1"_s };
const Person ana { u"ana"_s, u"ana-s3nha-2"_s };
const Person carla { u"carla"_s, u"carla-s3nha-3"_s };

// Statements as the server's superuser, in database `db`.
bool superuser(const QStringList &statements, QString *error, const QString &db = u"postgres"_s)
{
    bool ok = true;
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(u"QPSQL"_s, u"teamserver-admin"_s);
        connection.setHostName(qEnvironmentVariable("CESSIO_TEST_PG_HOST"));
        connection.setPort(qEnvironmentVariableIntValue("CESSIO_TEST_PG_PORT"));
        connection.setUserName(qEnvironmentVariable("CESSIO_TEST_PG_USER"));
        connection.setDatabaseName(db);
        ok = connection.open();
        if (!ok)
            *error = connection.lastError().text();
        for (const QString &statement : statements) {
            QSqlQuery query(connection);
            if (ok && !query.exec(statement)) {
                ok = false;
                *error = statement + u": "_s + query.lastError().text();
            }
        }
        connection.close();
    }
    QSqlDatabase::removeDatabase(u"teamserver-admin"_s);
    return ok;
}

QString sqlString(const QString &text)
{
    return u"'"_s + QString(text).replace(u"'"_s, u"''"_s) + u"'"_s;
}

} // namespace

class TestCliTeamServer : public QObject
{
    Q_OBJECT

    CliHarness m_h; // its temporary folder and its runner; its scripted server is not used
    std::unique_ptr<SandboxHarness> m_sandbox;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : env.keys()) {
            if (name.startsWith(u"CESSIO_"_s))
                env.remove(name);
        }
        env.insert(u"CESSIO_AUDIT_LOG"_s, m_h.auditLog());
        env.insert(u"XDG_CONFIG_HOME"_s, m_h.dir.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_h.dir.filePath(u"data"_s));
        return env;
    }
    CliRun cli(const QStringList &args, const QByteArray &input = {}) { return m_h.run(args, u"en"_s, environment(), input); }
    CliRun as(const Person &person, QStringList args)
    {
        args << u"--profile"_s << person.login;
        return cli(args);
    }
    QString workspaceSpec(const QString &login) const
    {
        return u"host=%1 port=%2 dbname=%3 user=%4 sslmode=disable"_s.arg(
            qEnvironmentVariable("CESSIO_TEST_PG_HOST"), qEnvironmentVariable("CESSIO_TEST_PG_PORT"), database, login);
    }
    CliRun addProfile(const QString &name, const QString &login, const QByteArray &password)
    {
        return cli({ u"profile"_s, u"add"_s, name, u"--base-url"_s, m_sandbox->baseUrl().toString(), u"--client-key"_s,
                     SandboxHarness::managerKey, u"--private-key"_s, m_h.keyFile(), u"--fund"_s, fundKey, u"--workspace"_s,
                     workspaceSpec(login), u"--workspace-password-stdin"_s },
                   password);
    }
    // The manager's PUTs on the batch that reached the sandbox (a decision).
    int putsTo(const QString &batch) const
    {
        int puts = 0;
        for (const QJsonValue &entry : m_sandbox->sandbox().requests().toJson()) {
            if (entry[u"method"_s].toString() == u"PUT" && entry[u"path"_s].toString().contains(batch)
                && entry[u"client_key"_s].toString() == SandboxHarness::managerKey) // not the assignor's closing
                ++puts;
        }
        return puts;
    }
    // What the settings folder holds, every file's bytes.
    QByteArray allSettings() const
    {
        QByteArray all;
        QDirIterator it(m_h.dir.filePath(u"config"_s), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("CESSIO_TEST_PG_HOST") || qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs PostgreSQL and a Secret Service: run through with-postgres.sh with-keyring.sh");
        QVERIFY(m_h.dir.isValid());
        m_sandbox = std::make_unique<SandboxHarness>();
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
        QFile key(m_h.keyFile());
        QVERIFY(key.open(QIODevice::WriteOnly) && key.write(SandboxHarness::managerPrivateKey().privateKeyPem()) > 0);
        key.close();

        // The server's set-up, as README "Working as a team" says: one login per person, each giving
        // a password; the database owned by the one who runs workspace init.
        const QString group = qEnvironmentVariable("CESSIO_TEST_PG_PASSWORD_GROUP");
        QVERIFY(!group.isEmpty());
        QStringList statements;
        for (const Person &person : { olga, ana, carla })
            statements << u"CREATE ROLE %1 LOGIN PASSWORD %2 IN ROLE %3"_s.arg(person.login, sqlString(person.password), group);
        statements << u"CREATE DATABASE %1 OWNER %2"_s.arg(database, olga.login);
        QString error;
        QVERIFY2(superuser(statements, &error), qPrintable(error));
    }

    void cleanupTestCase() { m_sandbox.reset(); }

    void profiles_keepTheWorkspacePasswordInTheKeychainOnly()
    {
        // Refused before anything is saved, without echoing the password.
        CliRun r = cli({ u"profile"_s, u"add"_s, u"x"_s, u"--workspace"_s, workspaceSpec(ana.login) + u" password=hunter2"_s });
        QVERIFY2(r.exitCode == 2 && r.err.contains(u"keychain"_s) && !r.err.contains(u"hunter2"_s), r.describe().constData());
        r = cli({ u"profile"_s, u"add"_s, u"x"_s, u"--workspace"_s, u"sqlite"_s, u"--workspace-password-stdin"_s }, "pw\n");
        QVERIFY2(r.exitCode == 2, r.describe().constData());
        r = cli({ u"profile"_s, u"add"_s, u"x"_s, u"--workspace"_s, workspaceSpec(ana.login), u"--workspace-password-stdin"_s });
        QVERIFY2(r.exitCode == 2 && r.err.contains(u"No workspace password"_s), r.describe().constData());

        for (const Person &person : { olga, ana, carla }) {
            r = addProfile(person.login, person.login, person.password.toUtf8() + '\n');
            QVERIFY2(r.exitCode == 0, r.describe().constData());
        }
        r = cli({ u"profile"_s, u"list"_s, u"--json"_s });
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QCOMPARE(r.json()[u"profiles"_s].toArray().size(), 3);
        for (const QJsonValue &profile : r.json()[u"profiles"_s].toArray())
            QCOMPARE(profile[u"workspace"_s].toString(), workspaceSpec(profile[u"name"_s].toString()));

        const QByteArray settings = allSettings();
        QVERIFY(settings.contains(database.toUtf8())); // the workspace is in the settings ...
        for (const Person &person : { olga, ana, carla }) // ... its passwords are not
            QVERIFY2(!settings.contains(person.password.toUtf8()), settings.constData());

        // The server asks for the password: a profile with a wrong one is refused, and says so
        // without the password.
        r = addProfile(u"wrong"_s, ana.login, "not-her-password\n");
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        r = cli({ u"workspace"_s, u"status"_s, u"--profile"_s, u"wrong"_s });
        QVERIFY2(r.exitCode != 0 && r.err.contains(u"password authentication failed"_s), r.describe().constData());
        QVERIFY2(!r.err.contains(u"not-her-password"_s) && !r.out.contains(u"not-her-password"_s), r.describe().constData());
        QCOMPARE(cli({ u"profile"_s, u"remove"_s, u"wrong"_s }).exitCode, 0);
    }

    void initMembersAndPolicy()
    {
        CliRun r = as(olga, { u"--json"_s, u"workspace"_s, u"init"_s, u"--name"_s, u"Olga Dona"_s });
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QCOMPARE(r.json()[u"backend"_s].toString(), u"postgresql"_s);
        QCOMPARE(r.json()[u"login"_s].toString(), olga.login);
        QCOMPARE(r.json()[u"first_admin_added"_s].toBool(), true);

        r = as(olga,
               { u"workspace"_s, u"members"_s, u"add"_s, ana.login, u"--role"_s, u"approver"_s, u"--name"_s, u"Ana Souza"_s });
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        r = as(olga,
               { u"workspace"_s, u"members"_s, u"add"_s, carla.login, u"--role"_s, u"analyst"_s, u"--name"_s, u"Carla Dias"_s });
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        // Only an admin changes members: the server refuses Carla.
        r = as(carla, { u"workspace"_s, u"members"_s, u"set-role"_s, carla.login, u"--role"_s, u"admin"_s });
        QVERIFY2(r.exitCode != 0, r.describe().constData());

        r = as(carla, { u"--json"_s, u"workspace"_s, u"status"_s });
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QCOMPARE(r.json()[u"backend"_s].toString(), u"postgresql"_s);
        QCOMPARE(r.json()[u"login"_s].toString(), carla.login);
        QCOMPARE(r.json()[u"role"_s].toString(), u"analyst"_s);
        QCOMPARE(r.json()[u"members"_s].toInt(), 3);

        // Any batch above R$ 1,00 needs a colleague's recommendation.
        r = as(olga, { u"--json"_s, u"four-eyes"_s, u"--fund"_s, fundKey, u"--above"_s, u"1.00"_s });
        QVERIFY2(r.exitCode == 0 && r.json()[u"above"_s].toString() == u"1.00"_s, r.describe().constData());
    }

    void fourEyes_recommendThenApproveExactlyOnce_analystRefused()
    {
        const QString batch = u"TEAM-CLI-1"_s;
        QVERIFY(m_sandbox->prepareForManager(batch, 3));
        const QStringList approve { u"--json"_s, u"approve"_s, batch, u"--config"_s, config, u"--yes"_s };

        // No recommendation yet: held, nothing sent.
        CliRun r = as(ana, approve);
        QVERIFY2(r.exitCode == 1, r.describe().constData());
        QCOMPARE(r.json()[u"refusal"_s].toString(), u"four_eyes_recommendation_required"_s);
        // Her own recommendation is not a second pair of eyes.
        r = as(ana, { u"recommend"_s, batch, u"--config"_s, config, u"approve"_s });
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        r = as(ana, approve);
        QVERIFY2(r.exitCode == 1 && r.json()[u"refusal"_s].toString() == u"four_eyes_recommendation_required"_s,
                 r.describe().constData());
        QCOMPARE(putsTo(batch), 0);

        // Carla, the analyst, recommends ...
        r = as(carla,
               { u"--json"_s, u"recommend"_s, batch, u"--config"_s, config, u"approve"_s, u"--note"_s, u"Lastro conferido"_s });
        QVERIFY2(r.exitCode == 0 && r.json()[u"round"_s].toInt() == 1, r.describe().constData());
        // ... and may not approve: the server refuses her decision intent; nothing is sent.
        r = as(carla, { u"approve"_s, batch, u"--config"_s, config, u"--yes"_s });
        QVERIFY2(r.exitCode != 0 && r.err.contains(u"carla"_s) && r.err.contains(u"role"_s), r.describe().constData());
        QCOMPARE(putsTo(batch), 0);
        QCOMPARE(m_sandbox->batchStatus(config, batch), u"pending_manager_approval"_s);

        // Ana approves: sent once.
        r = as(ana, approve);
        QVERIFY2(r.exitCode == 0 && r.json()[u"result"_s].toString() == u"applied"_s, r.describe().constData());
        QCOMPARE(putsTo(batch), 1);
        QVERIFY(m_sandbox->batchStatus(config, batch) != u"pending_manager_approval"_s);
        // Again: nothing more reaches QI Tech.
        r = as(ana, approve);
        QVERIFY2(r.exitCode != 0, r.describe().constData());
        QCOMPARE(putsTo(batch), 1);
    }

    void auditVerify_onTheServer()
    {
        // Through --profile, and through the active profile (the first one added: Olga's).
        for (const QStringList &args : { QStringList { u"--json"_s, u"audit"_s, u"verify"_s, u"--profile"_s, ana.login },
                                         QStringList { u"--json"_s, u"audit"_s, u"verify"_s } }) {
            const CliRun r = cli(args);
            QVERIFY2(r.exitCode == 0, r.describe().constData());
            QCOMPARE(r.json()[u"ok"_s].toBool(), true);
            QVERIFY2(r.json()[u"workspace"_s].toString().endsWith(u'/' + database), r.describe().constData());
            QVERIFY2(r.json()[u"entries_checked"_s].toInt() >= 2, r.describe().constData()); // the approval: intent and outcome
            QCOMPARE(r.json()[u"seals_checked"_s].toBool(), true);
        }
        QVERIFY(!QFileInfo::exists(m_h.auditLog())); // the record is on the server, not in a file here
    }
};

QTEST_GUILESS_MAIN(TestCliTeamServer)
#include "tst_cli_teamserver.moc"
