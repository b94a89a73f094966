#include "services/memorysecretstore.h"

#include <QTimer>

#include <algorithm>

namespace cessio {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{ }

MemorySecretStore::~MemorySecretStore()
{
    qDeleteAll(m_inFlight);
}

void MemorySecretStore::setFailure(SecretError error, const QString &detail)
{
    m_failure = error;
    m_failureDetail = detail;
}

QStringList MemorySecretStore::keys() const
{
    QStringList keys = m_secrets.keys();
    std::sort(keys.begin(), keys.end());
    return keys;
}

void MemorySecretStore::start(const Request &request)
{
    ++m_started;
    const SecretError failure = m_failure; // decided when the operation starts
    const QString detail = m_failureDetail;

    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(m_delay);
    connect(timer, &QTimer::timeout, this, [this, request, failure, detail] {
        if (QTimer *self = m_inFlight.take(request.id))
            self->deleteLater(); // not delete: we are inside its signal
        finish(request.id, failure == SecretError::None ? apply(request) : SecretResult::failure(failure, detail));
    });
    m_inFlight.insert(request.id, timer);
    timer->start();
}

void MemorySecretStore::abandon(quint64 id)
{
    delete m_inFlight.take(id); // the operation never happens
}

SecretResult MemorySecretStore::apply(const Request &request)
{
    switch (request.operation) {
    case Operation::Read: {
        const auto it = m_secrets.constFind(request.key);
        if (it == m_secrets.constEnd())
            return SecretResult::failure(SecretError::NotFound);
        return SecretResult::success(it.value());
    }
    case Operation::Write:
        m_secrets.insert(request.key, request.value);
        return SecretResult::success();
    case Operation::Remove:
        m_secrets.remove(request.key);
        return SecretResult::success();
    }
    return SecretResult::failure(SecretError::Other);
}

} // namespace cessio
