#pragma once

#include "services/workspace/workspacerunner.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace cessio {

// "I am reviewing this batch", told to the team while a review is open: claimed at once, renewed
// before it expires, released when this object goes (the review closes). Advisory: a claim someone
// else holds is only shown, never a lock; a workspace that cannot be reached only delays it.
class BatchClaim : public QObject
{
    Q_OBJECT

public:
    static constexpr int renewMs = 60'000;
    static constexpr int ttlMs = 3 * renewMs; // outlives a missed renewal; a crashed desktop's claim ends on its own

    BatchClaim(std::shared_ptr<WorkspaceRunner> runner, const QString &batchKey, QObject *parent = nullptr);
    ~BatchClaim() override; // releases the claim (in the background)

    QString batchKey() const { return m_batchKey; }

Q_SIGNALS:
    // After each claim or renewal: who holds the batch now (this desktop's login, or another's).
    void held(const workspace::Claim &holder);

private:
    void renew();

    std::shared_ptr<WorkspaceRunner> m_runner;
    QString m_batchKey;
    QTimer m_timer;
};

} // namespace cessio
