#include "services/keychainsecretstore.h"

#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

SecretError toSecretError(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretError::None;
    case QKeychain::EntryNotFound:
        return SecretError::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretError::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretError::NoBackend;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        return SecretError::Other;
    }
    return SecretError::Other;
}

// A timed-out job may still be inside the backend. QtKeychain 0.13's libsecret code hands a raw
// pointer to the job to libsecret's callback, so deleting a running job could make that callback
// touch freed memory [I: read from libsecret.cpp, not documented]. Instead the job is cut off from
// us and deletes itself if the backend ever answers. Until then QtKeychain's single job queue stays
// busy, so later jobs time out too and say so; that is the honest answer while the keychain hangs.
void detach(QKeychain::Job *job, QObject *from)
{
    QObject::disconnect(job, nullptr, from, nullptr);
    job->setParent(nullptr);
    job->setAutoDelete(true);
}

} // namespace

SecretError KeychainSecretStore::mapError(int keychainError)
{
    if (keychainError < QKeychain::NoError || keychainError > QKeychain::OtherError)
        return SecretError::Other; // a value from a newer QtKeychain; casting it would be undefined
    return toSecretError(static_cast<QKeychain::Error>(keychainError));
}

SecretResult KeychainSecretStore::failure(int keychainError, const QString &errorString)
{
    SecretResult result = SecretResult::failure(mapError(keychainError), errorString);
    if (keychainError != QKeychain::OtherError)
        return result;
    const auto says = [&errorString](QLatin1StringView text) { return errorString.contains(text, Qt::CaseInsensitive); };
    // [I] QtKeychain 0.13 (libsecret) messages, as seen on Debian 12; GLib translates some of them, so
    // the D-Bus names, which it never translates, are matched where there is one.
    if (says("dbus-launch"_L1) || says("autolaunch"_L1) || says("DBUS_SESSION_BUS_ADDRESS"_L1)
        || says("Could not connect to D-Bus"_L1) || says("session bus"_L1)) {
        result.error = SecretError::NoBackend;
        result.message = tr("There is no desktop session (D-Bus session bus), so the system keychain cannot be reached. "
                            "Use Cessio inside a desktop session (GNOME, KDE…) with GNOME Keyring (the gnome-keyring "
                            "package) or KWallet installed; Cessio never stores keys unencrypted.");
    } else if (says("org.freedesktop.secrets"_L1) || says("ServiceUnknown"_L1) || says("org.kde.kwalletd"_L1)) {
        result.error = SecretError::NoBackend;
        result.message = tr("No keychain service is running. Install GNOME Keyring (the gnome-keyring package) or "
                            "KWallet, then sign out and in again so that it starts; Cessio never stores keys "
                            "unencrypted.");
    } else if (says("/org/freedesktop/secrets/collection"_L1) || says("No such object path"_L1)) {
        result.error = SecretError::NoBackend;
        result.message = tr("The keychain has no unlocked default keyring. Sign in to the desktop session (which "
                            "unlocks it), or create a default keyring in Passwords and Keys (seahorse).");
    }
    return result;
}

QString KeychainSecretStore::serviceName()
{
    return QStringLiteral(CESSIO_APP_ID);
}

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
{ }

KeychainSecretStore::~KeychainSecretStore()
{
    for (const QPointer<QKeychain::Job> &job : std::as_const(m_jobs)) {
        if (job)
            detach(job, this);
    }
}

void KeychainSecretStore::start(const Request &request)
{
    QKeychain::Job *job = nullptr;
    switch (request.operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(serviceName(), this);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(serviceName(), this);
        write->setBinaryData(request.value);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(serviceName(), this);
        break;
    }
    // No setInsecureFallback(): secrets go to the keychain or nowhere.
    job->setAutoDelete(false);
    job->setKey(request.key);
    const quint64 id = request.id;
    connect(job, &QKeychain::Job::finished, this, [this, id](QKeychain::Job *finished) { onJobFinished(id, finished); });
    m_jobs.insert(id, job);
    job->start(); // QtKeychain queues the work and answers through the event loop
}

void KeychainSecretStore::abandon(quint64 id)
{
    if (QKeychain::Job *job = m_jobs.take(id))
        detach(job, this);
}

void KeychainSecretStore::onJobFinished(quint64 id, QKeychain::Job *job)
{
    m_jobs.remove(id);
    job->deleteLater(); // not delete: we are inside its signal
    if (job->error() != QKeychain::NoError) {
        finish(id, failure(int(job->error()), job->errorString()));
        return;
    }
    QByteArray value;
    if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
        value = read->binaryData();
    finish(id, SecretResult::success(value));
}

} // namespace cessio
