#include "qitech/endpoints.h"
#include "services/credentials.h"
#include "services/memorysecretstore.h"
#include "services/profilestore.h"
#include "services/settings.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using cessio::CredentialError;
using cessio::CredentialsResult;
using cessio::EcPrivateKey;
using cessio::EcPublicKey;
using cessio::MemorySecretStore;
using cessio::Profile;
using cessio::ProfileProblem;
using cessio::ProfileStore;
using cessio::SecretError;
using cessio::SecretPurpose;
using cessio::SecretResult;
using cessio::SecretStore;
using cessio::Settings;
using Environment = cessio::Profile::Environment;
using Field = cessio::ProfileProblem::Field;
using SaveMode = cessio::ProfileStore::SaveMode;

namespace {

const QString clientKey = u"6f1c2a3b-9d8e-4f70-a1b2-c3d4e5f60718"_s;

Profile makeProfile(const QString &name, Environment environment = Environment::QiSandbox, const QUrl &url = {})
{
    Profile profile;
    profile.name = name;
    profile.environment = environment;
    profile.customBaseUrl = url;
    profile.fundClassKeys = { u"fund-a"_s, u"fund-b"_s };
    return profile;
}

QList<Field> fieldsOf(const QList<ProfileProblem> &problems)
{
    QList<Field> fields;
    for (const ProfileProblem &problem : problems)
        fields.append(problem.field);
    return fields;
}

} // namespace

class TestProfiles : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_profiles;

    QString settingsPath() const { return m_dir->filePath(u"settings.ini"_s); }

    template<typename Result, typename Start>
    std::optional<Result> await(Start start, std::chrono::milliseconds wait = 5s)
    {
        auto answer = std::make_shared<std::optional<Result>>();
        start([answer](const Result &result) { *answer = result; });
        const QDeadlineTimer deadline(wait);
        while (!answer->has_value() && !deadline.hasExpired())
            QTest::qWait(5);
        return *answer;
    }
    std::optional<SecretResult> removeProfile(const QString &name)
    {
        return await<SecretResult>([&](auto cb) { m_profiles->remove(name, this, cb); });
    }
    std::optional<CredentialsResult> storeCredentials(const QString &name, const QString &key, const QByteArray &pem)
    {
        return await<CredentialsResult>([&](auto cb) { cessio::storeCredentials(*m_secrets, name, key, pem, this, cb); });
    }
    std::optional<CredentialsResult> loadCredentials(const QString &name)
    {
        return await<CredentialsResult>([&](auto cb) { cessio::loadCredentials(*m_secrets, name, this, cb); });
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<Settings>(settingsPath());
        m_secrets = std::make_unique<MemorySecretStore>();
        m_profiles = std::make_unique<ProfileStore>(*m_settings, *m_secrets);
    }
    void cleanup()
    {
        m_profiles.reset();
        m_secrets.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void baseUrl_followsTheEnvironment_data()
    {
        QTest::addColumn<Environment>("environment");
        QTest::addColumn<QUrl>("custom");
        QTest::addColumn<QUrl>("expected");
        const QUrl custom(u"http://127.0.0.1:8443"_s);
        QTest::newRow("sandbox") << Environment::QiSandbox << custom << QUrl(QString::fromUtf16(cessio::Hosts::managerSandbox));
        QTest::newRow("production") << Environment::QiProduction << custom << QUrl(u"https://manager-api.qidtvm.com.br"_s);
        QTest::newRow("custom") << Environment::Custom << custom << custom;
    }
    void baseUrl_followsTheEnvironment()
    {
        QFETCH(Environment, environment);
        QFETCH(QUrl, custom);
        QFETCH(QUrl, expected);
        QCOMPARE(makeProfile(u"p"_s, environment, custom).baseUrl(), expected);
    }

    void save_thenLoad_roundTrips_data()
    {
        QTest::addColumn<Profile>("profile");
        QTest::newRow("sandbox") << makeProfile(u"Sandbox"_s);
        QTest::newRow("production") << makeProfile(u"Fundo Ação Produção"_s, Environment::QiProduction);
        QTest::newRow("custom https") << makeProfile(u"proxy"_s, Environment::Custom, QUrl(u"https://qi.example.com/api"_s));
        QTest::newRow("custom http 127.0.0.1") << makeProfile(u"sim"_s, Environment::Custom, QUrl(u"http://127.0.0.1:8080"_s));
        QTest::newRow("custom http ::1") << makeProfile(u"sim6"_s, Environment::Custom, QUrl(u"http://[::1]:8080"_s));
        QTest::newRow("custom http localhost") << makeProfile(u"local"_s, Environment::Custom, QUrl(u"http://localhost:9"_s));
        Profile single = makeProfile(u"one fund"_s);
        single.fundClassKeys = { u"only"_s };
        QTest::newRow("one fund key") << single;
        Profile team = makeProfile(u"team"_s);
        team.workspace.backend = cessio::WorkspaceSettings::Backend::PostgreSql;
        team.workspace.host = u"db.gestora.example"_s;
        team.workspace.port = 6543;
        team.workspace.database = u"cessio"_s;
        team.workspace.user = u"ana"_s;
        team.workspace.sslMode = u"verify-ca"_s;
        QTest::newRow("team workspace on PostgreSQL") << team;
        Profile local = makeProfile(u"local file"_s);
        local.workspace.sqliteFile = u"/srv/share/ws.sqlite"_s;
        local.workspace.login = u"ana"_s;
        QTest::newRow("workspace in a chosen SQLite file") << local;
    }
    void save_thenLoad_roundTrips()
    {
        QFETCH(Profile, profile);
        QSignalSpy changed(m_profiles.get(), &ProfileStore::profilesChanged);
        const auto problems = m_profiles->save(profile, SaveMode::Create);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
        QCOMPARE(changed.size(), 1);

        // A fresh store over the same file sees the same profile.
        Settings reopened(settingsPath());
        ProfileStore other(reopened, *m_secrets);
        QCOMPARE(other.names(), QStringList { profile.name });
        const auto loaded = other.load(profile.name);
        QVERIFY(loaded);
        QCOMPARE(*loaded, profile);
        QCOMPARE(loaded->baseUrl(), profile.baseUrl());
    }

    // The workspace as cessio-cli's profile add --workspace takes it: libpq's keyword=value form.
    void workspaceText_parsedAndWrittenBack()
    {
        QString problem;
        auto pg = cessio::WorkspaceSettings::fromText(
            u"  host=db.gestora.com.br port=6432 dbname=cessio user=ana sslmode=verify-ca "_s, &problem);
        QVERIFY2(pg, qPrintable(problem));
        QCOMPARE(pg->backend, cessio::WorkspaceSettings::Backend::PostgreSql);
        QCOMPARE(pg->host, u"db.gestora.com.br"_s);
        QCOMPARE(pg->port, 6432);
        QCOMPARE(pg->database, u"cessio"_s);
        QCOMPARE(pg->user, u"ana"_s);
        QCOMPARE(pg->sslMode, u"verify-ca"_s);
        QCOMPARE(cessio::WorkspaceSettings::fromText(pg->toText(), &problem), pg);

        auto quoted = cessio::WorkspaceSettings::fromText(u"host='/run/my sockets' dbname='it\\'s' user=o"_s, &problem);
        QVERIFY2(quoted, qPrintable(problem));
        QCOMPARE(quoted->host, u"/run/my sockets"_s);
        QCOMPARE(quoted->database, u"it's"_s);
        QCOMPARE(quoted->port, 5432);
        QCOMPARE(quoted->sslMode, u"verify-full"_s); // the default
        QCOMPARE(cessio::WorkspaceSettings::fromText(quoted->toText(), &problem), quoted);

        QCOMPARE(cessio::WorkspaceSettings::fromText(u"sqlite"_s, &problem), std::optional(cessio::WorkspaceSettings {}));
        QCOMPARE(cessio::WorkspaceSettings::fromText(u"sqlite:/data/ws.sqlite"_s, &problem)->sqliteFile, u"/data/ws.sqlite"_s);

        const QStringList refused { u"host=h dbname=d"_s,
                                    u"host=h dbname=d user=u port=0"_s,
                                    u"host=h dbname=d user=u sslmode=maybe"_s,
                                    u"host=h dbname=d user=u colour=red"_s,
                                    u"host='h dbname=d user=u"_s,
                                    u"postgres://h/d"_s };
        for (const QString &text : refused) {
            problem.clear();
            QVERIFY2(!cessio::WorkspaceSettings::fromText(text, &problem), qPrintable(text));
            QVERIFY2(!problem.isEmpty(), qPrintable(text));
        }
        // A password never goes into the settings, and the refusal does not repeat it.
        problem.clear();
        QVERIFY(!cessio::WorkspaceSettings::fromText(u"host=h dbname=d user=u password=hunter2"_s, &problem));
        QVERIFY2(problem.contains(u"keychain"_s) && !problem.contains(u"hunter2"_s), qPrintable(problem));
    }

    void save_normalisesNameAndFundKeys()
    {
        Profile profile = makeProfile(u"  spaced  "_s);
        profile.fundClassKeys = { u" a "_s, u""_s, u"b"_s, u"a"_s, u"   "_s };
        QVERIFY(m_profiles->save(profile, SaveMode::Create).isEmpty());
        const auto loaded = m_profiles->load(u"spaced"_s);
        QVERIFY(loaded);
        QCOMPARE(loaded->name, u"spaced"_s);
        QCOMPARE(loaded->fundClassKeys, (QStringList { u"a"_s, u"b"_s }));
    }

    void save_invalidProfile_isRefusedWithMessage_data()
    {
        QTest::addColumn<Profile>("profile");
        QTest::addColumn<SaveMode>("mode");
        QTest::addColumn<QList<Field>>("fields");
        QTest::addColumn<QString>("message");

        QTest::newRow("empty name") << makeProfile(u"   "_s) << SaveMode::Create << QList<Field> { Field::Name }
                                    << u"Give the profile a name."_s;
        QTest::newRow("slash in name") << makeProfile(u"a/b"_s) << SaveMode::Create << QList<Field> { Field::Name }
                                       << u"A profile name cannot contain /, \\ or :."_s;
        QTest::newRow("colon in name") << makeProfile(u"a:b"_s) << SaveMode::Create << QList<Field> { Field::Name }
                                       << u"A profile name cannot contain /, \\ or :."_s;
        QTest::newRow("duplicate, other case") << makeProfile(u"EXISTING"_s) << SaveMode::Create << QList<Field> { Field::Name }
                                               << u"A profile named Existing already exists."_s;
        QTest::newRow("replace missing") << makeProfile(u"ghost"_s) << SaveMode::Replace << QList<Field> { Field::Name }
                                         << u"There is no profile named ghost."_s;
        QTest::newRow("replace with other case") << makeProfile(u"existing"_s) << SaveMode::Replace
                                                 << QList<Field> { Field::Name } << u"There is no profile named existing."_s;
        Profile noFunds = makeProfile(u"nofunds"_s);
        noFunds.fundClassKeys = { u" "_s, QString() };
        QTest::newRow("no fund keys") << noFunds << SaveMode::Create << QList<Field> { Field::FundClassKeys }
                                      << u"Add the key of at least one fund class."_s;
        QTest::newRow("custom without url") << makeProfile(u"c"_s, Environment::Custom) << SaveMode::Create
                                            << QList<Field> { Field::BaseUrl }
                                            << u"Enter the server's base URL, for example https://api.example.com."_s;
        QTest::newRow("custom ftp") << makeProfile(u"c"_s, Environment::Custom, QUrl(u"ftp://files.example.com"_s))
                                    << SaveMode::Create << QList<Field> { Field::BaseUrl }
                                    << u"The base URL must start with https:// and name a host."_s;
        QTest::newRow("custom no host") << makeProfile(u"c"_s, Environment::Custom, QUrl(u"https:///path"_s)) << SaveMode::Create
                                        << QList<Field> { Field::BaseUrl }
                                        << u"The base URL must start with https:// and name a host."_s;
        QTest::newRow("custom http remote")
            << makeProfile(u"c"_s, Environment::Custom, QUrl(u"http://qi.example.com"_s)) << SaveMode::Create
            << QList<Field> { Field::BaseUrl }
            << u"Plain http:// is accepted only for this computer (127.0.0.1, ::1 or localhost). Use https:// for qi.example.com."_s;
        QTest::newRow("custom http lan address")
            << makeProfile(u"c"_s, Environment::Custom, QUrl(u"http://192.168.0.10:8080"_s)) << SaveMode::Create
            << QList<Field> { Field::BaseUrl }
            << u"Plain http:// is accepted only for this computer (127.0.0.1, ::1 or localhost). Use https:// for 192.168.0.10."_s;
        QTest::newRow("custom with query") << makeProfile(u"c"_s, Environment::Custom, QUrl(u"https://qi.example.com/?x=1"_s))
                                           << SaveMode::Create << QList<Field> { Field::BaseUrl }
                                           << u"The base URL cannot contain a query (?) or a fragment (#)."_s;
        QTest::newRow("custom with user:password")
            << makeProfile(u"c"_s, Environment::Custom, QUrl(u"https://gestora:s3nha@qi.example.com"_s)) << SaveMode::Create
            << QList<Field> { Field::BaseUrl }
            << u"The server address cannot contain a user name or password (user:password@): it would be kept in the "
               "settings, the logs and the decision record. Remove it; Cessio signs every request with the profile's key."_s;
        Profile everything = makeProfile(QString(), Environment::Custom, QUrl(u"http://example.com"_s));
        everything.fundClassKeys.clear();
        QTest::newRow("everything wrong") << everything << SaveMode::Create
                                          << QList<Field> { Field::Name, Field::BaseUrl, Field::FundClassKeys }
                                          << u"Give the profile a name."_s;
    }
    void save_invalidProfile_isRefusedWithMessage()
    {
        QFETCH(Profile, profile);
        QFETCH(SaveMode, mode);
        QFETCH(QList<Field>, fields);
        QFETCH(QString, message);
        QVERIFY(m_profiles->save(makeProfile(u"Existing"_s), SaveMode::Create).isEmpty());

        QSignalSpy changed(m_profiles.get(), &ProfileStore::profilesChanged);
        const auto problems = m_profiles->save(profile, mode);
        QCOMPARE(fieldsOf(problems), fields);
        QCOMPARE(problems.first().message, message);
        QCOMPARE(fieldsOf(m_profiles->validate(profile, mode)), fields);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(m_profiles->names(), QStringList { u"Existing"_s });
    }

    void save_replace_updatesAndDropsTheStaleUrl()
    {
        QVERIFY(m_profiles->save(makeProfile(u"p"_s, Environment::Custom, QUrl(u"https://a.example.com"_s)), SaveMode::Create)
                    .isEmpty());
        Profile changed = makeProfile(u"p"_s, Environment::QiProduction);
        changed.fundClassKeys = { u"z"_s };
        QVERIFY(m_profiles->save(changed, SaveMode::Replace).isEmpty());
        const auto loaded = m_profiles->load(u"p"_s);
        QVERIFY(loaded);
        QCOMPARE(*loaded, changed);
        QVERIFY(!QSettings(settingsPath(), QSettings::IniFormat).contains(u"profiles/p/baseUrl"_s));
    }

    void names_sortedAndLookupIgnoresCase()
    {
        for (const QString &name : { u"beta"_s, u"Alpha"_s, u"gamma"_s })
            QVERIFY(m_profiles->save(makeProfile(name), SaveMode::Create).isEmpty());
        QCOMPARE(m_profiles->names(), (QStringList { u"Alpha"_s, u"beta"_s, u"gamma"_s }));
        QVERIFY(m_profiles->contains(u"ALPHA"_s));
        QCOMPARE(m_profiles->load(u"alpha"_s)->name, u"Alpha"_s);
        QVERIFY(!m_profiles->load(u"delta"_s));
    }

    void activeProfile_mustExist_andIsClearedWhenRemoved()
    {
        QVERIFY(m_profiles->save(makeProfile(u"a"_s), SaveMode::Create).isEmpty());
        QVERIFY(m_profiles->save(makeProfile(u"b"_s), SaveMode::Create).isEmpty());
        QSignalSpy active(m_profiles.get(), &ProfileStore::activeProfileChanged);
        QCOMPARE(m_profiles->activeProfileName(), QString());
        QVERIFY(!m_profiles->setActiveProfileName(u"nope"_s));
        QVERIFY(m_profiles->setActiveProfileName(u"B"_s));
        QCOMPARE(m_profiles->activeProfileName(), u"b"_s);
        QCOMPARE(m_settings->value<QString>(Settings::Key::ActiveProfile), u"b"_s);
        QCOMPARE(active.size(), 1);

        const auto removed = removeProfile(u"b"_s);
        QVERIFY(removed && removed->ok());
        QCOMPARE(m_profiles->activeProfileName(), QString());
        QCOMPARE(m_settings->value<QString>(Settings::Key::ActiveProfile), QString());
        QCOMPARE(active.size(), 2);
        QCOMPARE(active.last().at(0).toString(), QString());
    }

    void remove_deletesSettingsAndBothSecrets()
    {
        QVERIFY(m_profiles->save(makeProfile(u"gone"_s), SaveMode::Create).isEmpty());
        QVERIFY(m_profiles->save(makeProfile(u"kept"_s), SaveMode::Create).isEmpty());
        const QByteArray pem = EcPrivateKey::generate().privateKeyPem();
        QVERIFY(storeCredentials(u"gone"_s, clientKey, pem)->ok());
        QVERIFY(storeCredentials(u"kept"_s, clientKey, pem)->ok());
        QCOMPARE(m_secrets->keys().size(), 4);

        const auto removed = removeProfile(u"gone"_s);
        QVERIFY(removed && removed->ok());
        QCOMPARE(m_profiles->names(), QStringList { u"kept"_s });
        QCOMPARE(m_secrets->keys(),
                 (QStringList { SecretStore::key(u"kept"_s, SecretPurpose::ClientKey),
                                SecretStore::key(u"kept"_s, SecretPurpose::PrivateKey) }));
    }

    void remove_keychainRefuses_keepsTheProfile()
    {
        QVERIFY(m_profiles->save(makeProfile(u"locked"_s), SaveMode::Create).isEmpty());
        QVERIFY(storeCredentials(u"locked"_s, clientKey, EcPrivateKey::generate().privateKeyPem())->ok());
        m_secrets->setFailure(SecretError::AccessDenied);
        const auto removed = removeProfile(u"locked"_s);
        QVERIFY(removed);
        QCOMPARE(removed->error, SecretError::AccessDenied);
        QVERIFY(!removed->message.isEmpty());
        QVERIFY(m_profiles->contains(u"locked"_s));
        QCOMPARE(m_secrets->keys().size(), 2);
    }

    void credentials_storeThenLoad_signsVerifiably()
    {
        QString error;
        const EcPrivateKey key = EcPrivateKey::generate(&error);
        QVERIFY2(!key.isNull(), qPrintable(error));
        const auto stored = storeCredentials(u"p"_s, u"  "_s + clientKey + u"\n"_s, key.privateKeyPem());
        QVERIFY(stored);
        QVERIFY2(stored->ok(), qPrintable(stored->message));
        QCOMPARE(m_secrets->peek(SecretStore::key(u"p"_s, SecretPurpose::ClientKey)), clientKey.toUtf8());
        QVERIFY(m_secrets->peek(SecretStore::key(u"p"_s, SecretPurpose::PrivateKey)).contains("PRIVATE KEY"));

        const auto loaded = loadCredentials(u"p"_s);
        QVERIFY(loaded);
        QVERIFY2(loaded->ok(), qPrintable(loaded->message));
        QVERIFY(loaded->signer.isValid());
        QCOMPARE(loaded->signer.clientKey(), clientKey);

        const auto headers = loaded->signer.sign("GET", u"/authentication_test"_s, {});
        QCOMPARE(headers.apiClientKey, clientKey.toUtf8());
        const auto verification = cessio::Jwt::verifyEs512(headers.authorization, EcPublicKey::fromPem(key.publicKeyPem()));
        QVERIFY2(verification.ok, qPrintable(verification.error));
    }

    void credentials_problems_areTyped_data()
    {
        QTest::addColumn<QString>("storedClientKey"); // "" = none stored
        QTest::addColumn<QByteArray>("storedPem"); // "" = none stored
        QTest::addColumn<CredentialError>("expected");
        const QByteArray pem = EcPrivateKey::generate().privateKeyPem();
        QTest::newRow("nothing stored") << QString() << QByteArray() << CredentialError::MissingClientKey;
        QTest::newRow("no private key") << clientKey << QByteArray() << CredentialError::MissingPrivateKey;
        QTest::newRow("client key not a uuid") << u"not-a-uuid"_s << pem << CredentialError::InvalidClientKey;
        QTest::newRow("garbage key") << clientKey << "-----BEGIN PRIVATE KEY-----\nxx\n"_ba << CredentialError::InvalidPrivateKey;
    }
    void credentials_problems_areTyped()
    {
        QFETCH(QString, storedClientKey);
        QFETCH(QByteArray, storedPem);
        QFETCH(CredentialError, expected);
        // Written straight to the store, as a damaged or half-finished keychain entry would be.
        if (!storedClientKey.isEmpty())
            m_secrets->write(SecretStore::key(u"p"_s, SecretPurpose::ClientKey), storedClientKey.toUtf8(), this, {});
        if (!storedPem.isEmpty())
            m_secrets->write(SecretStore::key(u"p"_s, SecretPurpose::PrivateKey), storedPem, this, {});
        QTRY_COMPARE(m_secrets->pendingCount(), 0);

        const auto loaded = loadCredentials(u"p"_s);
        QVERIFY(loaded);
        QCOMPARE(loaded->error, expected);
        QVERIFY(!loaded->message.isEmpty());
        QVERIFY(!loaded->signer.isValid());
    }

    void credentials_keychainFailure_carriesTheSecretError()
    {
        m_secrets->setFailure(SecretError::NoBackend);
        const auto loaded = loadCredentials(u"p"_s);
        QVERIFY(loaded);
        QCOMPARE(loaded->error, CredentialError::Keychain);
        QCOMPARE(loaded->secretError, SecretError::NoBackend);
        QCOMPARE(loaded->message, SecretStore::messageFor(SecretError::NoBackend));
    }

    void credentials_storeRefusesBadInput_beforeWritingAnything_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("pem");
        QTest::addColumn<CredentialError>("expected");
        QTest::newRow("empty client key") << QString() << EcPrivateKey::generate().privateKeyPem()
                                          << CredentialError::InvalidClientKey;
        QTest::newRow("client key not a uuid")
            << u"12345"_s << EcPrivateKey::generate().privateKeyPem() << CredentialError::InvalidClientKey;
        QTest::newRow("not a key") << clientKey << "hello"_ba << CredentialError::InvalidPrivateKey;
    }
    void credentials_storeRefusesBadInput_beforeWritingAnything()
    {
        QFETCH(QString, key);
        QFETCH(QByteArray, pem);
        QFETCH(CredentialError, expected);
        bool answered = false;
        cessio::storeCredentials(*m_secrets, u"p"_s, key, pem, this, [&](const CredentialsResult &) { answered = true; });
        QVERIFY(!answered); // asynchronous even when refused at once
        const auto stored = storeCredentials(u"p"_s, key, pem);
        QVERIFY(stored);
        QCOMPARE(stored->error, expected);
        QVERIFY(!stored->message.isEmpty());
        QCOMPARE(m_secrets->operationsStarted(), 0);
    }

    void workspace_defaultsToSqliteAndVerifyFull()
    {
        QVERIFY(m_profiles->save(makeProfile(u"plain"_s), SaveMode::Create).isEmpty());
        const auto loaded = m_profiles->load(u"plain"_s);
        QCOMPARE(loaded->workspace.backend, cessio::WorkspaceSettings::Backend::Sqlite);
        QCOMPARE(loaded->workspace.sslMode, u"verify-full"_s);
        QCOMPARE(loaded->workspace.sqlitePath(), cessio::WorkspaceSettings::defaultSqliteFile());
    }

    void secrets_neverReachTheSettingsFile()
    {
        const EcPrivateKey key = EcPrivateKey::generate();
        QVERIFY(m_profiles->save(makeProfile(u"secretive"_s, Environment::QiProduction), SaveMode::Create).isEmpty());
        QVERIFY(m_profiles->setActiveProfileName(u"secretive"_s));
        QVERIFY(storeCredentials(u"secretive"_s, clientKey, key.privateKeyPem())->ok());
        QVERIFY(loadCredentials(u"secretive"_s)->ok());
        m_settings->setTableState(u"inbox"_s, "state"_ba);
        QVERIFY(m_settings->sync());

        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(text.contains("secretive"), text.constData()); // the right file, with the profile in it
        QVERIFY2(text.contains("fund-a"), text.constData());
        QVERIFY2(!text.contains(clientKey.toLatin1()), text.constData());
        QVERIFY2(!text.toUpper().contains(clientKey.toUpper().toLatin1()), text.constData());
        QVERIFY2(!text.contains("PRIVATE KEY"), text.constData());
        // Nor the key material itself, in any encoding QSettings might choose.
        const QByteArray pemBody = key.privateKeyPem().split('\n').value(1);
        QVERIFY(pemBody.size() > 20);
        QVERIFY2(!text.contains(pemBody), text.constData());
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
