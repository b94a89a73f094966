#include "cli/profilecommands.h"

#include "cli/console.h"
#include "cli/exitcodes.h"
#include "cli/profileaccess.h"
#include "cli/table.h"
#include "qitech/apitransport.h"
#include "qitech/endpoints.h"
#include "services/credentials.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace cessio::cli {

ProfileCommand::ProfileCommand(const CliOptions &options, QObject *parent)
    : Command(options, parent)
    , m_access(new ProfileAccess(this))
{ }

void ProfileCommand::start()
{
    const QString sub = options().arguments.constFirst();
    if (sub == u"add")
        add(options().arguments.at(1).trimmed());
    else if (sub == u"remove")
        remove(options().arguments.at(1).trimmed());
    else
        list();
}

void ProfileCommand::add(const QString &name)
{
    ProfileStore &store = m_access->profiles();
    const std::optional<Profile> existing = store.load(name);
    Profile profile = existing.value_or(Profile {});
    profile.name = existing ? existing->name : name;
    if (options().isSet(u"base-url"_s)) {
        const QUrl url(options().baseUrl.trimmed(), QUrl::StrictMode);
        const QString text = url.toString(QUrl::StripTrailingSlash);
        if (text == QStringView(Hosts::managerSandbox)) {
            profile.environment = Profile::Environment::QiSandbox;
        } else if (text == QStringView(Hosts::managerProduction)) {
            profile.environment = Profile::Environment::QiProduction;
        } else {
            profile.environment = Profile::Environment::Custom;
            profile.customBaseUrl = url;
        }
    }
    if (!options().funds.isEmpty())
        profile.fundClassKeys = options().funds;
    if (options().isSet(u"workspace"_s)) {
        QString problem;
        const std::optional<WorkspaceSettings> workspace = WorkspaceSettings::fromText(options().workspace, &problem);
        if (!workspace) {
            fail(Usage, problem);
            return;
        }
        profile.workspace = *workspace;
    }
    QByteArray workspacePassword;
    if (options().workspacePasswordStdin) {
        if (profile.workspace.backend != WorkspaceSettings::Backend::PostgreSql) {
            fail(Usage,
                 QCoreApplication::translate("cli",
                                             "Only a PostgreSQL workspace has a password: give --workspace \"host=… "
                                             "dbname=… user=…\" too."));
            return;
        }
        const std::optional<QByteArray> password
            = Console::readSecret(QCoreApplication::translate("cli", "Workspace password for %1:").arg(profile.workspace.user));
        if (!password || password->isEmpty()) {
            fail(Usage, QCoreApplication::translate("cli", "No workspace password on standard input: nothing was saved."));
            return;
        }
        workspacePassword = *password;
    }

    // Check the keys before anything is saved, so a typo leaves nothing half-done.
    QByteArray clientKey;
    if (options().isSet(u"client-key"_s)) {
        if (const QString problem = checkClientKey(options().clientKey); !problem.isEmpty()) {
            fail(Credentials, problem);
            return;
        }
        clientKey = options().clientKey.trimmed().toUtf8();
    }
    QByteArray privateKey;
    if (options().isSet(u"private-key"_s)) {
        QFile file(options().privateKeyFile);
        if (!file.open(QIODevice::ReadOnly)) {
            fail(Credentials,
                 QCoreApplication::translate("cli", "Cannot read the private key file %1: %2")
                     .arg(options().privateKeyFile, file.errorString()));
            return;
        }
        QString error;
        const EcPrivateKey key = EcPrivateKey::fromPem(file.readAll(), &error);
        if (key.isNull()) {
            fail(Credentials,
                 QCoreApplication::translate("cli", "The private key in %1 cannot be used: %2")
                     .arg(options().privateKeyFile, error));
            return;
        }
        privateKey = key.privateKeyPem(); // PKCS#8, whatever form it came in
    }

    const QList<ProfileProblem> problems
        = store.save(profile, existing ? ProfileStore::SaveMode::Replace : ProfileStore::SaveMode::Create);
    if (!problems.isEmpty()) {
        QStringList messages;
        for (const ProfileProblem &problem : problems)
            messages << problem.message;
        fail(Usage, messages.join(u'\n'));
        return;
    }
    if (store.activeProfileName().isEmpty())
        store.setActiveProfileName(profile.name);
    QList<Secret> secrets;
    if (!clientKey.isEmpty())
        secrets.append({ SecretPurpose::ClientKey, clientKey });
    if (!privateKey.isEmpty())
        secrets.append({ SecretPurpose::PrivateKey, privateKey });
    if (!workspacePassword.isEmpty())
        secrets.append({ SecretPurpose::WorkspacePassword, workspacePassword });
    storeSecrets(profile.name, secrets, !existing);
}

void ProfileCommand::storeSecrets(const QString &name, QList<Secret> secrets, bool created)
{
    if (secrets.isEmpty()) {
        if (json()) {
            printJson(JsonOut::object().insert(u"profile"_s, name).insert(u"created"_s, created));
        } else {
            print((created ? QCoreApplication::translate("cli", "Profile %1 created.")
                           : QCoreApplication::translate("cli", "Profile %1 updated."))
                      .arg(name)
                  + u'\n');
        }
        finish(Success);
        return;
    }
    const Secret next = secrets.takeFirst();
    m_access->secrets().write(
        SecretStore::key(name, next.purpose), next.value, this,
        [this, name, secrets, created, purpose = next.purpose](const SecretResult &result) {
            if (!result.ok()) {
                const QString what = purpose == SecretPurpose::ClientKey
                    ? QCoreApplication::translate("cli", "Profile %1 is saved, but its client key could not be stored: %2")
                    : purpose == SecretPurpose::PrivateKey
                    ? QCoreApplication::translate("cli", "Profile %1 is saved, but its private key could not be stored: %2")
                    : QCoreApplication::translate("cli",
                                                  "Profile %1 is saved, but its workspace password could not be stored: %2");
                fail(Credentials, what.arg(name, result.messageWithDetail()));
                return;
            }
            storeSecrets(name, secrets, created);
        });
}

void ProfileCommand::list()
{
    ProfileStore &store = m_access->profiles();
    const QString active = store.activeProfileName();
    JsonOut profiles = JsonOut::array();
    Table table({ QCoreApplication::translate("cli", "Profile"), QCoreApplication::translate("cli", "Environment"),
                  QCoreApplication::translate("cli", "Server"), QCoreApplication::translate("cli", "Funds"),
                  QCoreApplication::translate("cli", "Active") });
    for (const QString &name : store.names()) {
        const std::optional<Profile> profile = store.load(name);
        if (!profile)
            continue;
        JsonOut funds = JsonOut::array();
        for (const QString &fund : profile->fundClassKeys)
            funds.append(fund);
        profiles.append(JsonOut::object()
                            .insert(u"name"_s, profile->name)
                            .insert(u"environment"_s, Profile::environmentId(profile->environment))
                            .insert(u"base_url"_s, ApiTransport::displayUrl(profile->baseUrl()))
                            .insert(u"fund_class_keys"_s, funds)
                            .insert(u"workspace"_s, profile->workspace.toText())
                            .insert(u"active"_s, profile->name == active));
        table.addRow({ profile->name, Profile::environmentDisplayName(profile->environment),
                       ApiTransport::displayUrl(profile->baseUrl()), profile->fundClassKeys.join(u", "_s),
                       profile->name == active ? u"*"_s : QString() });
    }
    if (json())
        printJson(JsonOut::object().insert(u"profiles"_s, profiles));
    else
        print(table.rowCount() == 0
                  ? QCoreApplication::translate("cli", "No profiles yet: add one with cessio-cli profile add NAME.") + u'\n'
                  : table.toString());
    finish(Success);
}

void ProfileCommand::remove(const QString &name)
{
    ProfileStore &store = m_access->profiles();
    if (!store.contains(name)) {
        fail(Usage, QCoreApplication::translate("cli", "There is no profile named %1 (see cessio-cli profile list).").arg(name));
        return;
    }
    store.remove(name, this, [this, name](const SecretResult &result) {
        if (!result.ok()) {
            fail(Credentials,
                 QCoreApplication::translate("cli",
                                             "Profile %1 was not removed: its keys could not be removed from the keychain: %2")
                     .arg(name, result.messageWithDetail()));
            return;
        }
        if (json())
            printJson(JsonOut::object().insert(u"profile"_s, name).insert(u"removed"_s, true));
        else
            print(QCoreApplication::translate("cli", "Profile %1 and its keys were removed.").arg(name) + u'\n');
        finish(Success);
    });
}

// ---- keygen

KeygenCommand::KeygenCommand(const CliOptions &options, QObject *parent)
    : Command(options, parent)
    , m_access(new ProfileAccess(this))
{ }

void KeygenCommand::start()
{
    ProfileStore &store = m_access->profiles();
    const QString name = options().profile.isEmpty() ? store.activeProfileName() : options().profile;
    if (name.isEmpty()) {
        fail(Usage,
             QCoreApplication::translate(
                 "cli",
                 "keygen stores the private key in a profile: pass --profile NAME (create it with cessio-cli profile add)."));
        return;
    }
    const std::optional<Profile> profile = store.load(name);
    if (!profile) {
        fail(Usage, QCoreApplication::translate("cli", "There is no profile named %1 (see cessio-cli profile list).").arg(name));
        return;
    }
    const QString secretKey = SecretStore::key(profile->name, SecretPurpose::PrivateKey);
    m_access->secrets().read(secretKey, this, [this, name = profile->name](const SecretResult &result) {
        if (result.ok() && !options().yes) {
            fail(Usage,
                 QCoreApplication::translate(
                     "cli",
                     "Profile %1 already has a private key. A new one replaces it, and requests fail until QI Tech "
                     "has the new public key: pass --yes to do it anyway.")
                     .arg(name));
            return;
        }
        if (!result.ok() && result.error != SecretError::NotFound) {
            fail(Credentials,
                 QCoreApplication::translate("cli", "The keychain could not be read: %1").arg(result.messageWithDetail()));
            return;
        }
        generate(name);
    });
}

void KeygenCommand::generate(const QString &profile)
{
    QString error;
    const EcPrivateKey key = EcPrivateKey::generate(&error);
    if (key.isNull()) {
        fail(ApiFailure, QCoreApplication::translate("cli", "Could not generate a key pair: %1").arg(error));
        return;
    }
    // The public file first: if the keychain then fails, no key exists that QI Tech could be sent.
    const QString file = options().publicOut;
    QSaveFile out(file);
    const QByteArray publicPem = key.publicKeyPem();
    if (!out.open(QIODevice::WriteOnly) || out.write(publicPem) != publicPem.size() || !out.commit()) {
        fail(ApiFailure, QCoreApplication::translate("cli", "Could not write %1: %2").arg(file, out.errorString()));
        return;
    }
    m_access->secrets().write(
        SecretStore::key(profile, SecretPurpose::PrivateKey), key.privateKeyPem(), this,
        [this, profile, file](const SecretResult &result) {
            if (!result.ok()) {
                QFile::remove(file);
                fail(Credentials,
                     QCoreApplication::translate("cli",
                                                 "The private key could not be stored in the keychain, so nothing "
                                                 "was kept: %1")
                         .arg(result.messageWithDetail()));
                return;
            }
            if (json()) {
                printJson(JsonOut::object().insert(u"profile"_s, profile).insert(u"public_key_file"_s, file));
                finish(Success);
                return;
            }
            print(QCoreApplication::translate("cli",
                                              "New P-521 key pair for profile %1: the private key is in the system keychain, "
                                              "the public key in %2. Send %2 to QI Tech; they answer with the API client key "
                                              "(cessio-cli profile add %1 --client-key UUID).")
                      .arg(profile, file)
                  + u'\n');
            finish(Success);
        });
}

} // namespace cessio::cli
