#pragma once

#include "cli/cliargs.h"
#include "qitech/crypto.h"
#include "services/workspace/workspacesettings.h"

#include <QObject>
#include <QUrl>

namespace cessio::cli {

class ProfileAccess;

// Where and as whom the command talks to QI Tech.
struct Connection
{
    QString profileName; // empty when the flags or environment variables gave it
    QUrl baseUrl;
    RequestSigner signer;
    QStringList funds;
    // The profile's team workspace; a script's connection (and a profile without one) uses the SQLite
    // file beside the decision record (cli/workspacegate.h).
    std::optional<WorkspaceSettings> workspace;
    QString workspacePassword; // from the keychain, PostgreSQL only; never printed
};

// Works out the connection, in this order:
//  1. --profile NAME: the saved profile (keys from the OS keychain); --fund overrides its funds;
//  2. --base-url/--client-key/--private-key, each falling back to CESSIO_BASE_URL,
//     CESSIO_CLIENT_KEY, CESSIO_PRIVATE_KEY_FILE, when any of the six is present;
//  3. the desktop app's active profile.
// Funds: --fund, else CESSIO_FUND (comma-separated), else the profile's.
// Asynchronous because the keychain is; emits exactly one of resolved() / failed(), later.
class ConnectionResolver : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionResolver(const CliOptions &options, QObject *parent = nullptr);
    void resolve();
    // Rule 2 applies: the connection comes from flags or CESSIO_* variables, not from a saved profile
    // (then the keychain is never opened).
    static bool isDirect(const CliOptions &options);

Q_SIGNALS:
    void resolved(const cessio::cli::Connection &connection);
    void failed(int exitCode, const QString &message);

private:
    void fromFlags();
    void fromProfile(const QString &name);
    void fail(int exitCode, const QString &message);
    QStringList fundsOr(const QStringList &profileFunds) const;

    CliOptions m_options;
    ProfileAccess *m_profiles = nullptr;
};

} // namespace cessio::cli
