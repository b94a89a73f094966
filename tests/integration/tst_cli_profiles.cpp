// cessio-cli with saved profiles: profile add/list/remove, --profile and the active profile, keygen.
// Keys go to the real OS keychain, so this runs inside a private D-Bus session with a throwaway
// gnome-keyring (tests/support/with-keyring.sh); settings go to a temporary XDG_CONFIG_HOME.
#include "services/auditentry.h"
#include "unit/clitest.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace clitest;

class TestCliProfiles : public QObject
{
    Q_OBJECT

    CliHarness *m_h = nullptr;

    // No connection variables: only the profiles speak.
    QProcessEnvironment profileEnvironment() const
    {
        QProcessEnvironment env = m_h->environment();
        for (const char *name : { "CESSIO_BASE_URL", "CESSIO_CLIENT_KEY", "CESSIO_PRIVATE_KEY_FILE", "CESSIO_FUND" })
            env.remove(QString::fromLatin1(name));
        return env;
    }
    CliRun run(const QStringList &args) { return m_h->run(args, u"en"_s, profileEnvironment()); }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs a D-Bus session with a Secret Service (run through with-keyring.sh)");
    }
    void init()
    {
        m_h = new CliHarness;
        QVERIFY(m_h->setUp());
        m_h->server.on("GET", fundRoot() + u"/assignment_configurations"_s,
                       ScriptedReply::json(loadQiFixture(u"configurations_page.json"_s)));
    }
    void cleanup() { delete m_h; }

    void profiles_addUseUpdateRemove()
    {
        CliRun r = run({ u"profile"_s, u"list"_s });
        QVERIFY2(r.exitCode == 0 && r.out.contains(u"No profiles yet"_s), r.describe().constData());
        r = run({ u"configs"_s });
        QVERIFY2(r.exitCode == 4, r.describe().constData()); // nothing to connect with

        r = run({ u"profile"_s, u"add"_s, u"work"_s, u"--base-url"_s, m_h->server.baseUrl().toString(), u"--client-key"_s,
                  clientKey, u"--private-key"_s, m_h->keyFile(), u"--fund"_s, fund });
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        r = run({ u"profile"_s, u"list"_s, u"--json"_s });
        const QJsonObject profile = r.json()[u"profiles"_s].toArray().at(0).toObject();
        QCOMPARE(profile[u"name"_s].toString(), u"work"_s);
        QCOMPARE(profile[u"environment"_s].toString(), u"custom"_s);
        QCOMPARE(profile[u"fund_class_keys"_s].toArray().at(0).toString(), fund);
        QCOMPARE(profile[u"active"_s].toBool(), true);

        // The active profile, then --profile: keys from the keychain, signatures the server accepts.
        r = run({ u"configs"_s });
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        r = run({ u"configs"_s, u"--profile"_s, u"work"_s, u"--json"_s });
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QCOMPARE(r.json()[u"configurations"_s].toArray().size(), 2);
        QVERIFY(m_h->server.signatureProblems().isEmpty());

        // Updating one part keeps the rest.
        r = run({ u"profile"_s, u"add"_s, u"work"_s, u"--fund"_s, fund + u",second"_s });
        QVERIFY2(r.exitCode == 0 && r.out.contains(u"updated"_s), r.describe().constData());
        r = run({ u"profile"_s, u"list"_s, u"--json"_s });
        QCOMPARE(r.json()[u"profiles"_s][0][u"fund_class_keys"_s].toArray().size(), 2);
        QCOMPARE(r.json()[u"profiles"_s][0][u"base_url"_s].toString(), m_h->server.baseUrl().toString());

        r = run({ u"profile"_s, u"remove"_s, u"work"_s });
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        r = run({ u"configs"_s, u"--profile"_s, u"work"_s });
        QVERIFY2(r.exitCode == 2 && r.err.contains(u"no profile named work"_s), r.describe().constData());
    }

    void audit_sealedWithTheRecordKeyInTheKeychain_checkedWithIt_andSaysSoWithoutIt()
    {
        CliRun r = run({ u"profile"_s, u"add"_s, u"work"_s, u"--base-url"_s, m_h->server.baseUrl().toString(), u"--client-key"_s,
                         clientKey, u"--private-key"_s, m_h->keyFile(), u"--fund"_s, fund });
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        m_h->routeBatch();
        m_h->server.on("PUT", batchPath(), ScriptedReply::json(updated(u"denied"_s, 0, 0.0)));
        r = run({ u"deny"_s, ext, u"--yes"_s, u"--profile"_s, u"work"_s });
        QVERIFY2(r.exitCode == 0, r.describe().constData());

        // Sealed: the key came from the keychain, and the same key checks it.
        const QList<QByteArray> lines = m_h->recordLines();
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith("{\"v\":2,"));
        r = run({ u"audit"_s, u"verify"_s, u"--json"_s });
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QCOMPARE(r.json()[u"seals_checked"_s].toBool(), true);
        QCOMPARE(r.json()[u"anchor_checked"_s].toBool(), true);
        QCOMPARE(r.json()[u"sealed_entries"_s].toInt(), 2);

        // A script's connection does not open the keychain: it says so, and checks the chain.
        r = m_h->run({ u"audit"_s, u"verify"_s });
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY2(r.out.contains(u"The keyed check cannot be done"_s), r.describe().constData());
        // ... and cannot add to the sealed record either.
        r = m_h->run({ u"deny"_s, ext, u"--yes"_s });
        QVERIFY2(r.exitCode == 1 && r.err.contains(u"use --profile NAME"_s), r.describe().constData());

        // Someone rewrites entry 1 and recomputes the hashes as an unsealed chain would.
        auto first = cessio::AuditEntry::fromJsonLine(lines.at(0));
        auto second = cessio::AuditEntry::fromJsonLine(lines.at(1));
        QVERIFY(first && second);
        first->batchExternalId = u"another-batch"_s;
        first->hash = cessio::AuditEntry::computeHash(first->previousHash, first->toCanonicalJson(false));
        second->previousHash = first->hash;
        second->hash = cessio::AuditEntry::computeHash(second->previousHash, second->toCanonicalJson(false));
        // ... in the workspace file the record lives in.
        QVERIFY(m_h->rewriteRecord({ first->toCanonicalJson(), second->toCanonicalJson() }));
        r = run({ u"audit"_s, u"verify"_s, u"--json"_s });
        QVERIFY2(r.exitCode == 1, r.describe().constData());
        QCOMPARE(r.json()[u"problem"_s].toString(), u"hash_mismatch"_s);
        QCOMPARE(r.json()[u"first_broken_sequence"_s].toInt(), 1);
        QVERIFY(r.json()[u"summary"_s].toString().contains(u"seal does not match"_s));
        r = m_h->run({ u"audit"_s, u"verify"_s, u"--profile"_s, u"work"_s }, u"pt_BR"_s, profileEnvironment());
        QVERIFY2(r.exitCode == 1 && r.out.contains(u"O lançamento 1 foi alterado depois de gravado: o selo dele não confere"_s),
                 r.describe().constData());
    }

    void profileAdd_badInputs_saveNothing()
    {
        CliRun r = run({ u"profile"_s, u"add"_s, u"p"_s, u"--client-key"_s, u"not-a-uuid"_s });
        QVERIFY2(r.exitCode == 4, r.describe().constData());
        r = run({ u"profile"_s, u"add"_s, u"p"_s, u"--base-url"_s, u"http://far.example.com"_s });
        QVERIFY2(r.exitCode == 2, r.describe().constData());
        // A password in the address would be kept in the settings: refused, and not echoed.
        r = run(
            { u"profile"_s, u"add"_s, u"p"_s, u"--base-url"_s, u"https://gestora:s3nha@qi.example.com"_s, u"--fund"_s, fund });
        QVERIFY2(r.exitCode == 2 && r.err.contains(u"user name or password"_s), r.describe().constData());
        QVERIFY2(!r.err.contains(u"s3nha"_s), r.describe().constData());
        r = run({ u"profile"_s, u"list"_s, u"--json"_s });
        QCOMPARE(r.json()[u"profiles"_s].toArray().size(), 0);
    }

    void keygen_storesThePrivateKeyAndWritesThePublicOne()
    {
        CliRun r = run({ u"keygen"_s, u"--public-out"_s, m_h->dir.filePath(u"x.pem"_s) });
        QVERIFY2(r.exitCode == 2, r.describe().constData()); // no profile yet

        r = run({ u"profile"_s, u"add"_s, u"k"_s, u"--base-url"_s, m_h->server.baseUrl().toString(), u"--client-key"_s, clientKey,
                  u"--fund"_s, fund });
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        r = run({ u"configs"_s, u"--profile"_s, u"k"_s });
        QVERIFY2(r.exitCode == 4 && r.err.contains(u"private key"_s), r.describe().constData());

        const QString publicFile = m_h->dir.filePath(u"k.pub.pem"_s);
        r = run({ u"keygen"_s, u"--profile"_s, u"k"_s, u"--public-out"_s, publicFile });
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QFile file(publicFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const cessio::EcPublicKey publicKey = cessio::EcPublicKey::fromPem(file.readAll());
        QVERIFY(!publicKey.isNull());
        file.close();

        // The server knows the new public key: requests signed with the stored private key pass.
        m_h->server.setVerifier(clientKey, publicKey, true);
        r = run({ u"configs"_s, u"--profile"_s, u"k"_s });
        QVERIFY2(r.exitCode == 0, r.describe().constData());

        // A second keygen would replace the key: only with --yes.
        r = run({ u"keygen"_s, u"--profile"_s, u"k"_s, u"--public-out"_s, publicFile });
        QVERIFY2(r.exitCode == 2 && r.err.contains(u"--yes"_s), r.describe().constData());
        r = run({ u"keygen"_s, u"--profile"_s, u"k"_s, u"--public-out"_s, publicFile, u"--yes"_s });
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        r = run({ u"configs"_s, u"--profile"_s, u"k"_s }); // the old public key no longer matches
        QVERIFY2(r.exitCode == 4, r.describe().constData());
        QCOMPARE(run({ u"profile"_s, u"remove"_s, u"k"_s }).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliProfiles)
#include "tst_cli_profiles.moc"
