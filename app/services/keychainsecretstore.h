#pragma once

#include "services/secretstore.h"

#include <QHash>
#include <QPointer>

namespace QKeychain {
class Job;
}

namespace cessio {

// The OS keychain through QtKeychain (Secret Service / KWallet on Linux, Keychain on macOS,
// Credential Manager on Windows). Never falls back to storing secrets in a file.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    // QtKeychain's "service": every Cessio secret is filed under it, the key under it is ours.
    static QString serviceName(); // "org.cessio.Cessio"
    // QKeychain::Error (as int, so this header needs no QtKeychain) to our error, by the enum alone.
    static SecretError mapError(int keychainError);
    // The one place that reads QtKeychain's answers: the error code first, then — for OtherError, which
    // the libsecret backend gives for everything — the backend messages known to mean that there is no
    // usable keychain (no D-Bus session: "dbus-launch", "Cannot autolaunch D-Bus"; no Secret Service:
    // "org.freedesktop.secrets was not provided"; no unlocked default keyring). Those become NoBackend
    // with what to install or start, in the user's language; errorString() is kept only as the detail.
    static SecretResult failure(int keychainError, const QString &errorString);

    explicit KeychainSecretStore(QObject *parent = nullptr);
    ~KeychainSecretStore() override;

protected:
    void start(const Request &request) override;
    void abandon(quint64 id) override;

private:
    void onJobFinished(quint64 id, QKeychain::Job *job);

    QHash<quint64, QPointer<QKeychain::Job>> m_jobs;
};

} // namespace cessio
