// cessio-cli end to end, when things go wrong: usage (2), network (3), credentials (4), API (1), and
// doctor explaining each failure in plain words.
#include "clitest.h"

#include <QDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace clitest;

class TestCliErrors : public QObject
{
    Q_OBJECT

    CliHarness *m_h = nullptr;

    void routeConfigs() const
    {
        m_h->server.on("GET", fundRoot() + u"/assignment_configurations"_s,
                       ScriptedReply::json(loadQiFixture(u"configurations_page.json"_s)));
    }

private Q_SLOTS:
    void init()
    {
        m_h = new CliHarness;
        QVERIFY(m_h->setUp());
    }
    void cleanup() { delete m_h; }

    void usage_exit2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList {} << u"No command"_s;
        QTest::newRow("unknown command") << QStringList { u"frobnicate"_s } << u"frobnicate"_s;
        QTest::newRow("option of another command") << QStringList { u"configs"_s, u"--reason"_s, u"x"_s } << u"--reason"_s;
        QTest::newRow("missing batch") << QStringList { u"approve"_s, u"--yes"_s } << u"approve EXT"_s;
        QTest::newRow("bad csv style") << QStringList { u"assets"_s, u"E"_s, u"--csv"_s, u"f"_s, u"--csv-style"_s, u"fancy"_s }
                                       << u"fancy"_s;
        QTest::newRow("keygen without file") << QStringList { u"keygen"_s } << u"--public-out"_s;
        QTest::newRow("audit what") << QStringList { u"audit"_s, u"burn"_s } << u"audit verify"_s;
    }
    void usage_exit2()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliRun run = m_h->run(args);
        QVERIFY2(run.exitCode == 2, run.describe().constData());
        QVERIFY2(run.err.contains(message), run.describe().constData());
        QCOMPARE(m_h->server.requests().size(), 0);
    }

    // No D-Bus session (a server, an SSH login, a container): the keychain cannot be reached. The person
    // reads what to install or start, in Portuguese, and the backend's own words only as the detail.
    void keychain_noSession_saysWhatToInstall_data()
    {
        QTest::addColumn<QString>("display");
        QTest::newRow("no X display") << QString();
        QTest::newRow("X display, no dbus-launch") << u":987"_s;
    }
    void keychain_noSession_saysWhatToInstall()
    {
        QFETCH(QString, display);
        QProcessEnvironment env = m_h->environment();
        for (const char *name : { "DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "CESSIO_BASE_URL",
                                  "CESSIO_CLIENT_KEY", "CESSIO_PRIVATE_KEY_FILE", "CESSIO_FUND" })
            env.remove(QString::fromLatin1(name));
        env.insert(u"XDG_RUNTIME_DIR"_s, m_h->dir.filePath(u"runtime"_s)); // no bus socket to find there
        QDir().mkpath(m_h->dir.filePath(u"runtime"_s));
        env.insert(u"PATH"_s, u"/nonexistent"_s); // nothing to autolaunch a bus with
        if (!display.isEmpty())
            env.insert(u"DISPLAY"_s, display);
        const CliRun run = m_h->run({ u"profile"_s, u"add"_s, u"work"_s, u"--base-url"_s, u"https://api.example"_s,
                                      u"--client-key"_s, clientKey, u"--private-key"_s, m_h->keyFile(), u"--fund"_s, fund },
                                    u"pt_BR"_s, env);
        QVERIFY2(run.exitCode == 4, run.describe().constData());
        QVERIFY2(run.err.contains(u"sessão gráfica"_s) && run.err.contains(u"gnome-keyring"_s), run.describe().constData());
        const qsizetype detail = run.err.indexOf(u"Detalhe: "_s);
        QVERIFY2(detail > 0, run.describe().constData());
        const QString raw = run.err.mid(detail);
        QVERIFY2(raw.contains(u"D-Bus"_s) || raw.contains(u"dbus"_s), run.describe().constData());
        QVERIFY2(!run.err.left(detail).contains(u"autolaunch"_s) && !run.err.left(detail).contains(u"dbus-launch"_s),
                 run.describe().constData());
    }

    void noFund_exit2()
    {
        const CliRun run = m_h->run({ u"configs"_s }, u"en"_s, m_h->environment(QString()));
        QVERIFY2(run.exitCode == 2, run.describe().constData());
        QVERIFY(run.err.contains(u"--fund"_s));
    }

    void fundFlags_overrideTheEnvironment()
    {
        routeConfigs();
        const CliRun run
            = m_h->run({ u"configs"_s, u"--fund"_s, fund + u",other"_s, u"--json"_s }, u"en"_s, m_h->environment(u"envonly"_s));
        QVERIFY(m_h->server.count("GET", fundRoot(u"other"_s)) >= 1);
        QVERIFY(m_h->server.count("GET", fundRoot()) >= 1);
        QCOMPARE(m_h->server.count("GET", fundRoot(u"envonly"_s)), 0);
        QVERIFY2(run.exitCode == 1, run.describe().constData()); // "other" answers 404: partial failure, rows kept
        QCOMPARE(run.json()[u"configurations"_s].toArray().size(), 2);
        QCOMPARE(run.json()[u"errors"_s].toArray().size(), 1);
    }

    void credentials_exit4_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("client key not a UUID") << u"CESSIO_CLIENT_KEY"_s << u"abc"_s << u"UUID"_s;
        QTest::newRow("no key file") << u"CESSIO_PRIVATE_KEY_FILE"_s << u"/nonexistent/key.pem"_s << u"/nonexistent/key.pem"_s;
        QTest::newRow("not a key") << u"CESSIO_PRIVATE_KEY_FILE"_s << QStringLiteral(CESSIO_SOURCE_DIR "/README.md")
                                   << u"README.md"_s;
    }
    void credentials_exit4()
    {
        QFETCH(QString, variable);
        QFETCH(QString, value);
        QFETCH(QString, message);
        QProcessEnvironment env = m_h->environment();
        env.insert(variable, value);
        const CliRun run = m_h->run({ u"configs"_s }, u"en"_s, env);
        QVERIFY2(run.exitCode == 4, run.describe().constData());
        QVERIFY2(run.err.contains(message), run.describe().constData());
        QCOMPARE(m_h->server.requests().size(), 0);
    }

    void plainHttpToARemoteHost_exit2()
    {
        QProcessEnvironment env = m_h->environment();
        env.insert(u"CESSIO_BASE_URL"_s, u"http://manager-api.example.com"_s);
        const CliRun run = m_h->run({ u"configs"_s }, u"en"_s, env);
        QVERIFY2(run.exitCode == 2, run.describe().constData());
        QVERIFY(run.err.contains(u"https://"_s));
    }

    void userAndPasswordInTheBaseUrl_refusedWithoutEchoingThePassword_data()
    {
        QTest::addColumn<bool>("asFlag");
        QTest::newRow("CESSIO_BASE_URL") << false;
        QTest::newRow("--base-url") << true;
    }
    void userAndPasswordInTheBaseUrl_refusedWithoutEchoingThePassword()
    {
        QFETCH(bool, asFlag);
        const QUrl withPassword(u"http://gestora:s3nha-secreta@127.0.0.1:%1"_s.arg(m_h->server.baseUrl().port()));
        QProcessEnvironment env = m_h->environment();
        QStringList args { u"configs"_s };
        if (asFlag)
            args << u"--base-url"_s << withPassword.toString();
        else
            env.insert(u"CESSIO_BASE_URL"_s, withPassword.toString());
        const CliRun run = m_h->run(args, u"en"_s, env);
        QVERIFY2(run.exitCode == 2, run.describe().constData());
        QVERIFY2(run.err.contains(u"user name or password"_s), run.describe().constData());
        QVERIFY2(!run.err.contains(u"s3nha"_s) && !run.out.contains(u"s3nha"_s), run.describe().constData());
        QCOMPARE(m_h->server.requests().size(), 0);
    }

    void signatureRefused_exit4()
    {
        routeConfigs();
        // Another key than the one the server knows: it answers 401 GDF000014.
        m_h->server.setVerifier(clientKey, cessio::EcPublicKey::fromPem(cessio::EcPrivateKey::generate().publicKeyPem()), true);
        const CliRun run = m_h->run({ u"configs"_s, u"--json"_s });
        QVERIFY2(run.exitCode == 4, run.describe().constData());
        QVERIFY(run.err.contains(u"GDF000014"_s));
        QCOMPARE(run.json()[u"errors"_s].toArray().at(0)[u"category"_s].toString(), u"auth"_s);
    }

    void network_exit3()
    {
        QProcessEnvironment env = m_h->environment();
        env.insert(u"CESSIO_BASE_URL"_s, u"http://127.0.0.1:%1"_s.arg(closedPort()));
        const CliRun run = m_h->run({ u"show"_s, ext, u"--config"_s, cfgCcb }, u"en"_s, env);
        QVERIFY2(run.exitCode == 3, run.describe().constData());
        QVERIFY(run.err.contains(u"Could not reach"_s));
    }

    void apiError_exit1_withCode()
    {
        m_h->routeBatch();
        m_h->server.clearRules();
        m_h->server.on("GET", batchPath(), ScriptedReply::qiError(500, u"QIT000500"_s, u"Internal error"_s, u"Erro interno"_s));
        const CliRun run = m_h->run({ u"show"_s, ext, u"--config"_s, cfgCcb }, u"pt_BR"_s);
        QVERIFY2(run.exitCode == 1, run.describe().constData());
        QVERIFY2(run.err.contains(u"Erro interno"_s) && run.err.contains(u"QIT000500"_s), run.describe().constData());
        QCOMPARE(m_h->server.count("GET", batchPath()), 4); // a GET is retried (3 times) on 5xx
    }

    void doctor_allGood()
    {
        routeConfigs();
        m_h->server.on("GET", configRoot(cfgDuplicatas) + u"/assignments"_s, ScriptedReply::json(page({})));
        const CliRun run = m_h->run({ u"doctor"_s });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QVERIFY(run.out.contains(u"Everything needed works."_s));
        QVERIFY(run.out.contains(u"The server lists batches"_s));
    }

    void doctor_explainsFailures_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("explanation");
        QTest::newRow("IP not allow-listed") << 403 << u"GDF000029"_s << 4 << u"48 hours"_s;
        QTest::newRow("unknown client key") << 404 << u"GDF000018"_s << 4 << u"does not know the API client key"_s;
        QTest::newRow("bad signature") << 401 << u"GDF000014"_s << 4 << u"clock"_s;
        QTest::newRow("no permission") << 403 << u"MIT000017"_s << 4 << u"may not read fund"_s;
    }
    void doctor_explainsFailures()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(int, exitCode);
        QFETCH(QString, explanation);
        m_h->server.on("GET", fundRoot() + u"/assignment_configurations"_s, ScriptedReply::qiError(status, code, u"Refused"_s));
        const CliRun run = m_h->run({ u"doctor"_s });
        QVERIFY2(run.exitCode == exitCode, run.describe().constData());
        QVERIFY2(run.out.contains(explanation), run.describe().constData());
        const CliRun json = m_h->run({ u"doctor"_s, u"--json"_s });
        QCOMPARE(json.json()[u"ok"_s].toBool(), false);
    }

    void doctor_unreachable_exit3()
    {
        QProcessEnvironment env = m_h->environment();
        env.insert(u"CESSIO_BASE_URL"_s, u"http://127.0.0.1:%1"_s.arg(closedPort()));
        const CliRun run = m_h->run({ u"doctor"_s, u"--json"_s }, u"en"_s, env);
        QVERIFY2(run.exitCode == 3, run.describe().constData());
        const QJsonArray checks = run.json()[u"funds"_s].toArray().at(0)[u"checks"_s].toArray();
        QCOMPARE(checks.at(0)[u"check"_s].toString(), u"reachable"_s);
        QCOMPARE(checks.at(0)[u"status"_s].toString(), u"failed"_s);
        QCOMPARE(checks.at(1)[u"status"_s].toString(), u"skipped"_s);
    }

    void doctor_listingMissing_isAWarningOnly()
    {
        routeConfigs();
        const CliRun run = m_h->run({ u"doctor"_s, u"--json"_s });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        const QJsonArray checks = run.json()[u"funds"_s].toArray().at(0)[u"checks"_s].toArray();
        QCOMPARE(checks.at(3)[u"check"_s].toString(), u"batch_listing"_s);
        QCOMPARE(checks.at(3)[u"status"_s].toString(), u"warning"_s);
    }
};

QTEST_GUILESS_MAIN(TestCliErrors)
#include "tst_cli_errors.moc"
