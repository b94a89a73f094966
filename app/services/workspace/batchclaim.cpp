#include "batchclaim.h"

#include <QDateTime>

namespace cessio {

BatchClaim::BatchClaim(std::shared_ptr<WorkspaceRunner> runner, const QString &batchKey, QObject *parent)
    : QObject(parent)
    , m_runner(std::move(runner))
    , m_batchKey(batchKey)
{
    m_timer.setInterval(renewMs);
    connect(&m_timer, &QTimer::timeout, this, &BatchClaim::renew);
    m_timer.start();
    renew();
}

BatchClaim::~BatchClaim()
{
    // Not waited for: the runner (shared) outlives this object and runs it in order after the claims.
    m_runner->run([key = m_batchKey](WorkspaceStore &store) { return store.releaseClaim(key); });
}

void BatchClaim::renew()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_runner->run([key = m_batchKey, now](WorkspaceStore &store) { return store.claim(key, now, ttlMs); })
        .then(this, [this](const StoreResult<workspace::Claim> &holder) {
            if (holder.ok())
                Q_EMIT held(*holder.value);
        });
}

} // namespace cessio
