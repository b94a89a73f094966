#include "decisionservice.h"

#include "services/assetremoval.h"
#include "services/auditlog.h"
#include "services/decisionoperation.h"
#include "services/interrupteddecisions.h"
#include "services/workspace/decisiongate.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

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
        if (!refusal.isEmpty())
            return refusal;
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

QString DecisionService::blockedReason(const BatchRef &batch) const
{
    if (m_readingRecord)
        return QCoreApplication::translate("DecisionService",
                                           "Not sent: the decision record is being checked for interrupted decisions. "
                                           "Try again in a moment.");
    const auto it = m_interrupted.constFind(keyOf(batch));
    if (it == m_interrupted.cend() || it->isEmpty())
        return {};
    const AuditEntry &pending = it->constFirst();
    return QCoreApplication::translate("DecisionService",
                                       "Not sent: a decision on this batch was interrupted on %1 (%2), and QI Tech has not "
                                       "yet shown whether it was applied. Cessio is asking again; try once more in a moment.")
        .arg(QLocale().toString(pending.time.toLocalTime(), QLocale::ShortFormat), interrupted::describe(pending));
}

void DecisionService::reconcileInterrupted(const QString &profileName, const QUrl &environment)
{
    if (m_readingRecord || m_settling > 0)
        return;
    m_readingRecord = true;
    m_environment = environment;
    // The record may be long: read it off this thread.
    auto *watcher = new QFutureWatcher<QList<AuditEntry>>(this);
    connect(watcher, &QFutureWatcher<QList<AuditEntry>>::finished, this, [this, watcher] {
        m_readingRecord = false;
        const QList<AuditEntry> found = watcher->result();
        watcher->deleteLater();
        m_interrupted.clear();
        for (const AuditEntry &pending : found)
            m_interrupted[keyOf(interrupted::batchOf(pending))].append(pending);
        settleInterrupted(found, true);
    });
    watcher->setFuture(QtConcurrent::run([path = m_log->filePath(), profileName, environment = environment.toString()] {
        return interrupted::find(AuditReader::read(path).entries, profileName, environment);
    }));
}

void DecisionService::settleInterrupted(const QList<AuditEntry> &pending, bool tellUnsettled)
{
    if (pending.isEmpty()) {
        if (m_settling == 0)
            QMetaObject::invokeMethod(this, &DecisionService::interruptedReconciled, Qt::QueuedConnection);
        return;
    }
    m_settling += int(pending.size());
    for (const AuditEntry &entry : pending) {
        auto *settling = new InterruptedDecision(m_client, m_log, entry, this);
        settling->start([this, tellUnsettled](const InterruptedDecision::Result &result) {
            const QString key = keyOf(interrupted::batchOf(result.pending));
            if (result.settled) {
                QList<AuditEntry> &open = m_interrupted[key];
                open.removeIf([&](const AuditEntry &e) { return e.sequence == result.pending.sequence; });
                if (open.isEmpty())
                    m_interrupted.remove(key);
                if (result.applied
                    && (result.pending.action == AuditEntry::Action::Approve
                        || result.pending.action == AuditEntry::Action::Deny))
                    m_decided.insert(key);
                // The workspace intent a crash or an unknown outcome left open ends with what QI said.
                if (m_gate)
                    m_gate->settleOwn(gateKey(key), result.applied ? u"applied"_s : u"not-applied"_s);
            }
            if (result.settled || tellUnsettled) // a retry that failed again was already told
                Q_EMIT interruptedFound(result.message);
            if (--m_settling == 0)
                Q_EMIT interruptedReconciled();
        });
    }
}

bool DecisionService::begin(const DecisionContext &context, DecisionOutcome::Action action)
{
    const QString key = keyOf(context.batch);
    if (const QString blocked = blockedReason(context.batch); !blocked.isEmpty()) {
        DecisionOutcome refused;
        refused.action = action;
        refused.result = DecisionOutcome::Result::Refused;
        refused.refusal = blocked;
        const BatchRef batch = context.batch;
        QMetaObject::invokeMethod(
            this, [this, batch, refused] { Q_EMIT finished(batch, refused); }, Qt::QueuedConnection);
        // Ask QI Tech again about what blocks it (reads only); the next attempt may go through.
        if (!m_readingRecord && m_settling == 0 && m_interrupted.contains(key))
            settleInterrupted(m_interrupted.value(key), false);
        return false;
    }
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
    settleIntent(keyOf(batch), outcome);
    // Always after the call that started it has returned, even when nothing could be sent.
    QMetaObject::invokeMethod(
        this, [this, batch, outcome] { Q_EMIT finished(batch, outcome); }, Qt::QueuedConnection);
}

void DecisionService::throughGate(const DecisionContext &context, AuditEntry::Action action, std::function<void()> send)
{
    if (!m_gate) {
        send();
        return;
    }
    const workspace::IntentAction intent = action == AuditEntry::Action::Approve ? workspace::IntentAction::Approve
        : action == AuditEntry::Action::Deny                                     ? workspace::IntentAction::Deny
                                                                                 : workspace::IntentAction::RemoveAssets;
    const QString key = keyOf(context.batch);
    const BatchRef batch = context.batch;
    m_environment = context.environment;
    const DecisionGate::FourEyesQuestion fourEyes { context.batch.fundClassKey, context.fourEyes };
    m_gate->acquire(
        gateKey(key), intent,
        [this, key, batch, send](const DecisionGate::Pass &pass) {
            if (!pass.granted) {
                DecisionOutcome refused;
                refused.result = DecisionOutcome::Result::Refused;
                refused.refusal = pass.refusal;
                refused.fourEyesRefused = pass.fourEyesRefused;
                end(batch, refused);
                return;
            }
            m_intents.insert(key, pass.intentId);
            send();
        },
        fourEyes);
}

QString DecisionService::workspaceKey(const BatchRef &batch) const
{
    return gateKey(keyOf(batch));
}

QString DecisionService::gateKey(const QString &batchKey) const
{
    return workspaceKey(m_environment, m_party, batchKey);
}

QString DecisionService::workspaceKey(const QUrl &environment, const QString &party, const QString &batchKey)
{
    return environment.toString() + u'|' + party + u'|' + batchKey;
}

QString DecisionService::workspaceKey(const QUrl &environment, const QString &party, const BatchRef &batch)
{
    return workspaceKey(environment, party, keyOf(batch));
}

void DecisionService::settleIntent(const QString &key, const DecisionOutcome &outcome)
{
    using R = DecisionOutcome::Result;
    // Unknown (Unresolved) or half-done (Interrupted): the intent stays open until checkAgain() or
    // resumeRemoval() ends it here; meanwhile no other desktop sends anything on the batch.
    if (!m_gate || outcome.result == R::Unresolved || outcome.result == R::Interrupted || !m_intents.contains(key))
        return;
    const QString settled = outcome.result == R::Applied ? u"applied"_s
        : outcome.result == R::NotApplied                ? u"not-applied"_s
        : outcome.result == R::Rejected                  ? u"rejected"_s
                                                         : u"refused"_s;
    m_gate->settle(m_intents.take(key), settled);
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
    throughGate(context, action, [this, context, action, request] { send(context, action, request); });
    return true;
}

void DecisionService::send(const DecisionContext &context, AuditEntry::Action action, const ApiRequest &request)
{
    auto *op = new DecisionOperation(this, context, action);
    const QString key = keyOf(context.batch);
    auto pendingSequence = std::make_shared<qint64>(0);
    const auto done = [this, op, key, pendingSequence](const DecisionOutcome &outcome) {
        if (outcome.result == DecisionOutcome::Result::Applied)
            m_decided.insert(key);
        if (outcome.result == DecisionOutcome::Result::Unresolved)
            m_unresolved.insert(key, *pendingSequence); // checkAgain() settles that entry
        op->finish(outcome);
    };
    op->sendRecorded<BatchUpdateResult>(
        action, request, {}, [op, action, done, pendingSequence](const ApiResult<BatchUpdateResult> &result, qint64 sequence) {
            *pendingSequence = sequence;
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
}

bool DecisionService::removeAssets(const DecisionContext &context, const QStringList &assetExternalIds)
{
    if (assetExternalIds.isEmpty() || !begin(context, DecisionOutcome::Action::RemoveAssets))
        return false;
    throughGate(context, AuditEntry::Action::RemoveAsset,
                [this, context, assetExternalIds] { (new AssetRemoval(this, context, assetExternalIds))->start(); });
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
    // The Reconcile entry completes the request whose outcome stayed unknown.
    op->reconcile(action, m_unresolved.value(key), [this, op, key, action](DecisionOutcome outcome) {
        if (outcome.result == DecisionOutcome::Result::Applied
            && (action == AuditEntry::Action::Approve || action == AuditEntry::Action::Deny))
            m_decided.insert(key);
        if (outcome.result != DecisionOutcome::Result::Unresolved)
            m_unresolved.remove(key);
        op->finish(outcome);
    });
    return true;
}

} // namespace cessio
