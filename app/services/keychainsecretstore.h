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
    // QKeychain::Error (as int, so this header needs no QtKeychain) to our error. By the enum,
    // never by errorString(): that is backend prose and differs by platform and version.
    static SecretError mapError(int keychainError);

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
