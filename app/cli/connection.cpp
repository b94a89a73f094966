#include "cli/connection.h"

#include "cli/exitcodes.h"
#include "cli/profileaccess.h"
#include "qitech/apitransport.h"
#include "services/credentials.h"
#include "services/secretstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace cessio::cli {

namespace {

QString flagOrEnv(const QString &flag, const char *variable)
{
    return flag.isEmpty() ? qEnvironmentVariable(variable).trimmed() : flag.trimmed();
}

} // namespace

ConnectionResolver::ConnectionResolver(const CliOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{ }

QStringList ConnectionResolver::fundsOr(const QStringList &profileFunds) const
{
    if (!m_options.funds.isEmpty())
        return m_options.funds;
    const QStringList fromEnv = splitKeys({ qEnvironmentVariable("CESSIO_FUND") });
    return fromEnv.isEmpty() ? profileFunds : fromEnv;
}

void ConnectionResolver::fail(int exitCode, const QString &message)
{
    // Always later, like the keychain's answers, so callers see one behaviour.
    QTimer::singleShot(0, this, [this, exitCode, message] { Q_EMIT failed(exitCode, message); });
}

bool ConnectionResolver::isDirect(const CliOptions &options)
{
    return options.profile.isEmpty()
        && (!options.baseUrl.isEmpty() || !options.clientKey.isEmpty() || !options.privateKeyFile.isEmpty()
            || qEnvironmentVariableIsSet("CESSIO_BASE_URL") || qEnvironmentVariableIsSet("CESSIO_CLIENT_KEY")
            || qEnvironmentVariableIsSet("CESSIO_PRIVATE_KEY_FILE"));
}

void ConnectionResolver::resolve()
{
    if (!m_options.profile.isEmpty()) {
        fromProfile(m_options.profile);
        return;
    }
    if (isDirect(m_options)) {
        fromFlags();
        return;
    }
    m_profiles = new ProfileAccess(this);
    const QString active = m_profiles->profiles().activeProfileName();
    if (active.isEmpty()) {
        fail(Credentials,
             QCoreApplication::translate("cli",
                                         "No credentials: pass --profile NAME, or --base-url, --client-key and --private-key "
                                         "(or set CESSIO_BASE_URL, CESSIO_CLIENT_KEY and CESSIO_PRIVATE_KEY_FILE)."));
        return;
    }
    fromProfile(active);
}

void ConnectionResolver::fromFlags()
{
    const QString baseUrlText = flagOrEnv(m_options.baseUrl, "CESSIO_BASE_URL");
    const QString clientKey = flagOrEnv(m_options.clientKey, "CESSIO_CLIENT_KEY");
    const QString keyFile = flagOrEnv(m_options.privateKeyFile, "CESSIO_PRIVATE_KEY_FILE");
    if (baseUrlText.isEmpty()) {
        fail(Usage, QCoreApplication::translate("cli", "No server address: pass --base-url URL or set CESSIO_BASE_URL."));
        return;
    }
    const QUrl baseUrl(baseUrlText, QUrl::StrictMode);
    QString why;
    if (!ApiTransport::isAllowedBaseUrl(baseUrl, &why)) {
        // Shown without any user:password it may hold: stderr ends up in CI logs.
        fail(Usage,
             QCoreApplication::translate("cli", "The server address %1 cannot be used: %2")
                 .arg(ApiTransport::displayUrl(QUrl(baseUrlText)), why));
        return;
    }
    if (clientKey.isEmpty()) {
        fail(Credentials,
             QCoreApplication::translate("cli", "No API client key: pass --client-key UUID or set CESSIO_CLIENT_KEY."));
        return;
    }
    if (const QString problem = checkClientKey(clientKey); !problem.isEmpty()) {
        fail(Credentials, problem);
        return;
    }
    if (keyFile.isEmpty()) {
        fail(Credentials,
             QCoreApplication::translate("cli", "No private key: pass --private-key PEMFILE or set CESSIO_PRIVATE_KEY_FILE."));
        return;
    }
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(Credentials,
             QCoreApplication::translate("cli", "Cannot read the private key file %1: %2").arg(keyFile, file.errorString()));
        return;
    }
    QString keyError;
    EcPrivateKey key = EcPrivateKey::fromPem(file.readAll(), &keyError);
    if (key.isNull()) {
        fail(Credentials, QCoreApplication::translate("cli", "The private key in %1 cannot be used: %2").arg(keyFile, keyError));
        return;
    }
    Connection connection;
    connection.baseUrl = baseUrl;
    connection.signer = RequestSigner(clientKey, std::move(key));
    connection.funds = fundsOr({});
    QTimer::singleShot(0, this, [this, connection] { Q_EMIT resolved(connection); });
}

void ConnectionResolver::fromProfile(const QString &name)
{
    if (!m_profiles)
        m_profiles = new ProfileAccess(this);
    const std::optional<Profile> profile = m_profiles->profiles().load(name);
    if (!profile) {
        fail(Usage, QCoreApplication::translate("cli", "There is no profile named %1 (see cessio-cli profile list).").arg(name));
        return;
    }
    QString why;
    if (!ApiTransport::isAllowedBaseUrl(profile->baseUrl(), &why)) {
        fail(Usage,
             QCoreApplication::translate("cli", "The server address of profile %1 cannot be used: %2").arg(profile->name, why));
        return;
    }
    Connection connection;
    connection.profileName = profile->name;
    connection.baseUrl = profile->baseUrl();
    connection.funds = fundsOr(profile->fundClassKeys);
    if (profile->workspace.backend == WorkspaceSettings::Backend::PostgreSql || !profile->workspace.sqliteFile.isEmpty())
        connection.workspace = profile->workspace;
    loadCredentials(m_profiles->secrets(), profile->name, this, [this, connection](const CredentialsResult &result) mutable {
        if (!result.ok()) {
            Q_EMIT failed(Credentials, result.message);
            return;
        }
        connection.signer = result.signer;
        if (!connection.workspace || connection.workspace->backend != WorkspaceSettings::Backend::PostgreSql) {
            Q_EMIT resolved(connection);
            return;
        }
        m_profiles->secrets().read(SecretStore::key(connection.profileName, SecretPurpose::WorkspacePassword), this,
                                   [this, connection](const SecretResult &password) mutable {
                                       if (password.ok()) // none stored: the server may not need one
                                           connection.workspacePassword = QString::fromUtf8(password.value);
                                       Q_EMIT resolved(connection);
                                   });
    });
}

} // namespace cessio::cli
