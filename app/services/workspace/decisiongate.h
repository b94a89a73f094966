#pragma once

#include "services/workspace/foureyespolicy.h"
#include "services/workspace/workspacerunner.h"

#include <QObject>

#include <functional>
#include <memory>

namespace cessio {

// Exactly once across desktops: before a decision is sent, its intent is written to the workspace
// under the uniqueness rule (WorkspaceStore::openIntent); after the outcome it is settled. A batch
// another desktop holds, or one already decided, gets a refusal naming the person; a store that
// cannot be reached gets one too, and nothing is sent. With four-eyes facts, the fund's four-eyes policy
// is asked first, in the same call on the store's thread (FourEyesVerdict): a decision it refuses opens
// no intent. Answers arrive on this object's thread.
class DecisionGate : public QObject
{
    Q_OBJECT

public:
    struct Pass
    {
        bool granted = false;
        qint64 intentId = 0; // granted: settle it when the outcome is known
        QString refusal; // not granted: for people, translated
        bool fourEyesRefused = false; // not granted because the fund's four-eyes policy is not met
        std::optional<FourEyesVerdict> fourEyes; // when asked and answered
    };
    // What the four-eyes policy needs to know of the decision.
    struct FourEyesQuestion
    {
        QString fundClassKey;
        FourEyesPolicy::Facts facts;
    };

    DecisionGate(std::shared_ptr<WorkspaceRunner> runner, QObject *parent = nullptr);

    void acquire(const QString &batchKey, workspace::IntentAction action, std::function<void(const Pass &)> done,
                 const std::optional<FourEyesQuestion> &fourEyes = std::nullopt);
    // "applied", "rejected", "not-applied", ...: written in the background; a failure leaves the intent
    // open, which the next attempt on the batch reports rather than sending.
    void settle(qint64 intentId, const QString &outcome);
    // Settles this desktop's person's open intents on the batch (a decision interrupted by a crash or
    // left unresolved, whose outcome the record's reconciliation has since read from QI Tech).
    void settleOwn(const QString &batchKey, const QString &outcome);

    // The fund's four-eyes policy as stored (off when none is), from the store's thread.
    QFuture<StoreResult<FourEyesPolicy>> policyOf(const QString &fundClassKey);

    // "Ana Souza is approving this batch since 10:02." / "Bruno Lima already approved this batch at 10:05."
    static QString refusalFor(const workspace::IntentAttempt &attempt);
    static QString unrecorded(const QString &why);

private:
    std::shared_ptr<WorkspaceRunner> m_runner;
};

} // namespace cessio
