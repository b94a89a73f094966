#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <functional>

class QTimer;

namespace cessio {

enum class SecretError {
    None,
    NotFound, // nothing stored under the key (a normal answer: ask for credentials)
    AccessDenied, // the keychain is locked or the user refused access: do not re-prompt in a loop
    NoBackend, // no keychain service on this system
    Timeout, // no answer in time; the operation was abandoned and its outcome is unknown
    Other,
};

// What a secret is for; part of the key.
enum class SecretPurpose {
    ClientKey, // the QI Tech API-CLIENT-KEY (a UUID)
    PrivateKey, // the P-521 private key, PKCS#8 PEM
    WorkspacePassword, // the PostgreSQL password of the profile's workspace (workspace/workspacesettings.h)
};

struct SecretResult
{
    SecretError error = SecretError::None;
    QString message; // for the user, translated: what happened and what to do; empty when ok
    QString detail; // what the backend said, untranslated: shown only as a detail, never branched on
    QByteArray value; // the secret, for a successful read

    bool ok() const { return error == SecretError::None; }
    // The message, then "Detail: <what the backend said>" on a line of its own when there is one.
    QString messageWithDetail() const;

    static SecretResult success(const QByteArray &value = {});
    static SecretResult failure(SecretError error, const QString &detail = {});
};

// Asynchronous access to secrets (the OS keychain or a stand-in). Every call returns at once;
// the callback runs later, exactly once, from the event loop of `context`'s thread, and never
// after `context` is destroyed. No call blocks or spins a nested event loop.
//
// Call it from the thread it lives in (the UI thread, in the app).
//
// Every operation has a timeout (default 15 s): when it expires the caller gets Timeout and the
// implementation's late answer, if any, is dropped.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const SecretResult &)>;
    enum class Operation { Read, Write, Remove };

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    // Read answers NotFound when nothing is stored. Remove of a missing key succeeds.
    void read(const QString &key, const QObject *context, Callback callback);
    void write(const QString &key, const QByteArray &value, const QObject *context, Callback callback);
    void remove(const QString &key, const QObject *context, Callback callback);

    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; } // applies to later calls
    int pendingCount() const { return int(m_pending.size()); }

    // "cessio:<profile>:client-key" / "cessio:<profile>:private-key"
    static QString key(const QString &profileName, SecretPurpose purpose);
    static QString purposeName(SecretPurpose purpose);
    // The user-facing explanation of an error (empty for None).
    static QString messageFor(SecretError error);

    static constexpr std::chrono::milliseconds defaultTimeout { 15000 };

protected:
    struct Request
    {
        quint64 id = 0;
        Operation operation = Operation::Read;
        QString key;
        QByteArray value; // for Write
    };

    // Starts `request`. The implementation must answer later with finish(request.id, ...), never
    // from inside start().
    virtual void start(const Request &request) = 0;
    // The request timed out: stop caring about it. finish() for it is ignored from now on.
    virtual void abandon(quint64 id) { Q_UNUSED(id) }

    // Delivers the answer for `id`; ignored when the request already timed out or was answered.
    void finish(quint64 id, SecretResult result);

private:
    struct Pending
    {
        QPointer<const QObject> context;
        Callback callback;
        QTimer *timer = nullptr;
    };

    void submit(Request request, const QObject *context, Callback callback);
    void onTimeout(quint64 id);
    static void deliver(const QPointer<const QObject> &context, const Callback &callback, const SecretResult &result);

    QHash<quint64, Pending> m_pending;
    quint64 m_nextId = 1;
    std::chrono::milliseconds m_timeout = defaultTimeout;
};

} // namespace cessio
