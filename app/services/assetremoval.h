#pragma once

#include "services/decisionoperation.h"

#include <QStringList>

namespace cessio {

// Partial approval: reopen the batch, deny each selected asset, close the insertion again
// (reference §5.10). Each step is recorded and sent once; an unknown outcome is resolved by
// re-reading. When a step fails the batch stays reopened and the outcome is Interrupted with the
// assets still to remove; resume() continues from the batch's real state, so calling it twice is safe.
class AssetRemoval : public DecisionOperation
{
public:
    AssetRemoval(DecisionService *service, const DecisionContext &context, const QStringList &assets);

    void start(); // from pending_manager_approval: reopen first
    void resume(); // from wherever the batch is now

private:
    void reopen();
    void removeNext();
    void closeInsertion();
    void interrupted(const ApiError &error);
    void succeeded();

    QStringList m_toRemove;
    QStringList m_removed;
    int m_total = 0;
};

} // namespace cessio
