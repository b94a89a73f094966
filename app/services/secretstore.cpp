#include "services/secretstore.h"

#include <QCoreApplication>
#include <QTimer>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

SecretResult SecretResult::success(const QByteArray &value)
{
    SecretResult result;
    result.value = value;
    return result;
}

SecretResult SecretResult::failure(SecretError error, const QString &detail)
{
    SecretResult result;
    result.error = error;
    result.message = SecretStore::messageFor(error);
    result.detail = detail;
    return result;
}

QString SecretResult::messageWithDetail() const
{
    if (detail.isEmpty() || message.isEmpty())
        return message;
    return message + u'\n' + QCoreApplication::translate("SecretStore", "Detail: %1").arg(detail);
}

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{ }

SecretStore::~SecretStore()
{
    // Whoever still waits gets an answer rather than silence. The implementation's own
    // destructor has already dropped its backend jobs.
    const auto pending = std::exchange(m_pending, {});
    for (const Pending &p : pending)
        deliver(p.context, p.callback, SecretResult::failure(SecretError::Other, u"secret store closed"_s));
}

void SecretStore::read(const QString &key, const QObject *context, Callback callback)
{
    submit({ 0, Operation::Read, key, {} }, context, std::move(callback));
}

void SecretStore::write(const QString &key, const QByteArray &value, const QObject *context, Callback callback)
{
    submit({ 0, Operation::Write, key, value }, context, std::move(callback));
}

void SecretStore::remove(const QString &key, const QObject *context, Callback callback)
{
    submit({ 0, Operation::Remove, key, {} }, context, std::move(callback));
}

void SecretStore::submit(Request request, const QObject *context, Callback callback)
{
    Q_ASSERT(context);
    request.id = m_nextId++;
    const quint64 id = request.id;

    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(m_timeout);
    connect(timer, &QTimer::timeout, this, [this, id] { onTimeout(id); });
    m_pending.insert(id, Pending { context ? context : this, std::move(callback), timer });
    timer->start();
    start(request);
}

void SecretStore::finish(quint64 id, SecretResult result)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return; // timed out already, or answered twice
    const Pending pending = it.value();
    m_pending.erase(it);
    pending.timer->stop();
    pending.timer->deleteLater();
    if (!result.ok() && result.message.isEmpty())
        result.message = messageFor(result.error);
    deliver(pending.context, pending.callback, result);
}

void SecretStore::onTimeout(quint64 id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    const Pending pending = it.value();
    m_pending.erase(it);
    pending.timer->deleteLater();
    abandon(id);
    deliver(pending.context, pending.callback, SecretResult::failure(SecretError::Timeout));
}

void SecretStore::deliver(const QPointer<const QObject> &context, const Callback &callback, const SecretResult &result)
{
    if (!context || !callback)
        return;
    // Always through the event loop of the context's thread, so a callback never runs inside
    // the call that started the operation, and is dropped if the context dies first.
    QTimer::singleShot(0, context.data(), [callback, result] { callback(result); });
}

QString SecretStore::purposeName(SecretPurpose purpose)
{
    switch (purpose) {
    case SecretPurpose::ClientKey:
        return u"client-key"_s;
    case SecretPurpose::PrivateKey:
        return u"private-key"_s;
    case SecretPurpose::WorkspacePassword:
        return u"workspace-password"_s;
    }
    return {};
}

QString SecretStore::key(const QString &profileName, SecretPurpose purpose)
{
    return u"cessio:"_s % profileName % u':' % purposeName(purpose);
}

QString SecretStore::messageFor(SecretError error)
{
    switch (error) {
    case SecretError::None:
        return {};
    case SecretError::NotFound:
        return QCoreApplication::translate("SecretStore", "No credentials are stored in the system keychain for this profile.");
    case SecretError::AccessDenied:
        return QCoreApplication::translate(
            "SecretStore",
            "Access to the system keychain was denied. Unlock the keychain (or allow Cessio to use it) "
            "and try again.");
    case SecretError::NoBackend:
#if defined(Q_OS_WIN)
        return QCoreApplication::translate(
            "SecretStore",
            "Windows Credential Manager is not available to Cessio. Sign in to Windows with your own user account "
            "(not a service account) and try again; Cessio never stores keys unencrypted.");
#elif defined(Q_OS_MACOS)
        return QCoreApplication::translate(
            "SecretStore",
            "The macOS Keychain is not available to Cessio. Open Keychain Access, check that your login keychain "
            "exists and is unlocked, and try again; Cessio never stores keys unencrypted.");
#else
        return QCoreApplication::translate(
            "SecretStore",
            "No system keychain is available. Install GNOME Keyring (the gnome-keyring package) or KWallet and "
            "use Cessio inside a desktop session, which starts and unlocks it; Cessio never stores keys "
            "unencrypted.");
#endif
    case SecretError::Timeout:
        return QCoreApplication::translate(
            "SecretStore",
            "The system keychain did not answer in time. It may be locked and waiting for you to unlock "
            "it; try again.");
    case SecretError::Other:
        return QCoreApplication::translate("SecretStore", "The system keychain reported an error.");
    }
    return {};
}

} // namespace cessio
