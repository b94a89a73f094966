#include "decisionservice.h"

#include "services/assetremoval.h"
#include "services/auditlog.h"
#include "services/decisionoperation.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

using decision::keyOf;

QString DecisionOutcome::message() const
{
    switch (result) {
    case Result::Applied:
        return wasReconciled ? QCoreApplication::translate(
                   "DecisionService", "QI Tech did not answer, but the batch shows the decision took effect.")
                             : QCoreApplication::translate("DecisionService", "Done: QI Tech confirmed the decision.");
    case Result::Rejected:
        if (batchAfter)
            return QCoreApplication::translate("DecisionService", "QI Tech refused: %1 The batch is now: %2.")
                .arg(error.userMessage(), batchAfter->status.displayName());
        return QCoreApplication::translate("DecisionService", "QI Tech refused: %1").arg(error.userMessage());
    case Result::NotApplied:
        return QCoreApplication::translate(
            "DecisionService",
            "QI Tech did not answer, and the batch shows the decision did not take effect. Nothing was sent again.");
    case Result::Unresolved:
        return QCoreApplication::translate(
            "DecisionService",
            "QI Tech did not answer and the batch could not be re-read, so it is not known whether the decision "
            "took effect. Nothing was sent again: check the batch again before deciding anything else.");
    case Result::Interrupted:
        return QCoreApplication::translate(
                   "DecisionService",
                   "The asset removal stopped midway (%1). The batch is reopened; finish the removal to send it back for "
                   "approval.")
            .arg(error.userMessage());
    case Result::Refused:
        return QCoreApplication::translate("DecisionService",
                                           "Not sent: a decision on this batch is already in progress or was already made.");
    }
    return {};
}

DecisionService::DecisionService(ApiClient *client, AuditLog *log, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_log(log)
{
    qRegisterMetaType<cessio::DecisionOutcome>();
    qRegisterMetaType<cessio::BatchRef>();
}

bool DecisionService::isBusy(const BatchRef &batch) const
{
    return m_busy.contains(keyOf(batch));
}

bool DecisionService::begin(const DecisionContext &context, DecisionOutcome::Action action)
{
    const QString key = keyOf(context.batch);
    if (m_busy.contains(key) || m_decided.contains(key)) {
        DecisionOutcome refused;
        refused.action = action;
        refused.result = DecisionOutcome::Result::Refused;
        const BatchRef batch = context.batch;
        QMetaObject::invokeMethod(
            this, [this, batch, refused] { Q_EMIT finished(batch, refused); }, Qt::QueuedConnection);
        return false;
    }
    m_busy.insert(key, action);
    return true;
}

void DecisionService::end(const BatchRef &batch, DecisionOutcome outcome)
{
    outcome.action = m_busy.take(keyOf(batch)); // the action that began it, whoever finishes it
    // Always after the call that started it has returned, even when nothing could be sent.
    QMetaObject::invokeMethod(
        this, [this, batch, outcome] { Q_EMIT finished(batch, outcome); }, Qt::QueuedConnection);
}

bool DecisionService::approve(const DecisionContext &context, const QString &disbursementAccountKey,
                              const std::optional<ApprovalGuard> &guard)
{
    return decide(context, AuditEntry::Action::Approve, ApiClient::approveRequest(context.batch, disbursementAccountKey, guard));
}

bool DecisionService::deny(const DecisionContext &context)
{
    return decide(context, AuditEntry::Action::Deny, ApiClient::batchStatusRequest(context.batch, u"denied"_s));
}

bool DecisionService::decide(const DecisionContext &context, AuditEntry::Action action, const ApiRequest &request)
{
    if (!begin(context, action == AuditEntry::Action::Deny ? DecisionOutcome::Action::Deny : DecisionOutcome::Action::Approve))
        return false;
    auto *op = new DecisionOperation(this, context, action);
    const QString key = keyOf(context.batch);
    const auto done = [this, op, key](const DecisionOutcome &outcome) {
        if (outcome.result == DecisionOutcome::Result::Applied)
            m_decided.insert(key);
        op->finish(outcome);
    };
    op->sendRecorded<BatchUpdateResult>(
        action, request, {}, [op, action, done](const ApiResult<BatchUpdateResult> &result, qint64 sequence) {
            op->recordAnswer(action, sequence, result);
            if (result.error.outcomeUnknown()) {
                op->reconcile(action, sequence, done);
                return;
            }
            DecisionOutcome outcome;
            outcome.result = result.ok() ? DecisionOutcome::Result::Applied : DecisionOutcome::Result::Rejected;
            outcome.error = result.error;
            outcome.response = result.value;
            if (result.error.category() != ApiError::Category::Conflict) {
                done(outcome);
                return;
            }
            // "Can not receive this status": someone decided first, or the batch moved on. Say what
            // the batch is now rather than only that QI refused.
            op->client()->batch(op->context().batch, op, [outcome, done](const ApiResult<Batch> &read) mutable {
                if (read.ok())
                    outcome.batchAfter = read.value;
                done(outcome);
            });
        });
    return true;
}

bool DecisionService::removeAssets(const DecisionContext &context, const QStringList &assetExternalIds)
{
    if (assetExternalIds.isEmpty() || !begin(context, DecisionOutcome::Action::RemoveAssets))
        return false;
    (new AssetRemoval(this, context, assetExternalIds))->start();
    return true;
}

bool DecisionService::resumeRemoval(const DecisionContext &context, const QStringList &assetExternalIds)
{
    if (!begin(context, DecisionOutcome::Action::ResumeRemoval))
        return false;
    (new AssetRemoval(this, context, assetExternalIds))->resume();
    return true;
}

bool DecisionService::checkAgain(const DecisionContext &context, AuditEntry::Action action)
{
    if (!begin(context, DecisionOutcome::Action::CheckAgain))
        return false;
    auto *op = new DecisionOperation(this, context, action);
    const QString key = keyOf(context.batch);
    op->reconcile(action, 0, [this, op, key, action](DecisionOutcome outcome) {
        if (outcome.result == DecisionOutcome::Result::Applied
            && (action == AuditEntry::Action::Approve || action == AuditEntry::Action::Deny))
            m_decided.insert(key);
        op->finish(outcome);
    });
    return true;
}

} // namespace cessio
