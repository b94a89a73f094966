#pragma once

#include "services/secretstore.h"

#include <QHash>
#include <QStringList>

namespace cessio {

// Secrets kept in memory only: for tests and for `cessio --demo`, which must write nothing to the
// real keychain. Answers through the event loop like the keychain does, and can be told to fail
// or to be slow so the error and timeout paths can be exercised.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    // Every operation started from now on fails with `error` and changes nothing
    // (SecretError::None: work normally again). `detail` stands for the backend's text.
    void setFailure(SecretError error, const QString &detail = {});
    // Operations started from now on answer after `delay` (0: at the next event loop turn).
    // An operation that times out first is dropped and changes nothing.
    void setResponseDelay(std::chrono::milliseconds delay) { m_delay = delay; }

    // Synchronous inspection, for tests only.
    QStringList keys() const;
    bool contains(const QString &key) const { return m_secrets.contains(key); }
    QByteArray peek(const QString &key) const { return m_secrets.value(key); }
    int operationsStarted() const { return m_started; }

protected:
    void start(const Request &request) override;
    void abandon(quint64 id) override;

private:
    SecretResult apply(const Request &request);

    QHash<QString, QByteArray> m_secrets;
    QHash<quint64, QTimer *> m_inFlight;
    SecretError m_failure = SecretError::None;
    QString m_failureDetail;
    std::chrono::milliseconds m_delay { 0 };
    int m_started = 0;
};

} // namespace cessio
