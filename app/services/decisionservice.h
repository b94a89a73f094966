#pragma once

#include "qitech/apiclient.h"
#include "services/auditentry.h"
#include "services/workspace/foureyespolicy.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace cessio {

class AuditLog;
class DecisionGate;

// Who decides, where, and what was on screen when they did: written into every audit entry.
struct DecisionContext
{
    QString profileName;
    QUrl environment;
    BatchRef batch;
    AuditEntry::Shown shown;
    QString reason; // kept only in the local record: QI's deny request has no reason field
    // What the fund's four-eyes policy is asked about (with a gate); unknown facts count as meeting
    // its conditions.
    FourEyesPolicy::Facts fourEyes;
};

// How a decision ended, after any reconciliation.
struct DecisionOutcome
{
    // Which of the manager's actions this outcome ends: the window and the review react by it.
    enum class Action {
        Approve,
        Deny,
        RemoveAssets,
        ResumeRemoval, // finishing an interrupted removal
        CheckAgain, // a re-read after an Unresolved outcome: nothing was sent
    };
    enum class Result {
        Applied, // QI confirmed it, or a re-read after an unknown outcome shows it took effect
        Rejected, // QI refused it (error below); nothing changed
        NotApplied, // the outcome was unknown; a re-read shows it did not take effect
        Unresolved, // the outcome was unknown and the re-read failed too: check again later, do not resend
        Interrupted, // an asset removal stopped midway: the batch is reopened; resumeRemoval() finishes it
        Refused, // not sent: a decision for this batch is already in flight or already applied
    };
    Result result = Result::Rejected;
    ApiError error; // the error that made it Rejected / Unresolved / Interrupted
    std::optional<Batch> batchAfter; // the batch as re-read, when it was
    std::optional<BatchUpdateResult> response;
    QStringList removedAssets; // for removals: the assets QI confirmed as denied
    QStringList remainingAssets; // for an interrupted removal: what is still to remove
    bool wasReconciled = false; // an unknown outcome was resolved by re-reading
    Action action = Action::Approve; // which action this outcome ends (set by DecisionService)
    QString refusal; // for Refused: why, when it is not the usual "in progress or already made"
    bool fourEyesRefused = false; // Refused because the fund's four-eyes policy needs a recommendation

    QString message() const; // for people, in their language
};

// Sends the manager's decisions — approve, deny, remove assets (reopen → deny each → close) —
// at most once each, and records every step in the audit log before and after it is sent.
// A request whose outcome is unknown (timeout, reset) is never resent: the batch is re-read and
// the outcome reported from what QI Tech says now.
class DecisionService : public QObject
{
    Q_OBJECT

public:
    DecisionService(ApiClient *client, AuditLog *log, QObject *parent = nullptr);

    // Each returns false, sending nothing, when a decision on this batch is already in flight or was
    // already applied in this session (finished() then reports Refused). Otherwise finished() comes once.
    bool approve(const DecisionContext &context, const QString &disbursementAccountKey,
                 const std::optional<ApprovalGuard> &guard);
    bool deny(const DecisionContext &context);
    bool removeAssets(const DecisionContext &context, const QStringList &assetExternalIds);
    // Finishes an interrupted removal: denies whichever of `assetExternalIds` are not denied yet and
    // closes the insertion again. Works from the batch's real state, so it is safe to call twice.
    bool resumeRemoval(const DecisionContext &context, const QStringList &assetExternalIds);
    // Re-reads a batch whose last decision was Unresolved and reports what happened; sends nothing.
    bool checkAgain(const DecisionContext &context, AuditEntry::Action action);

    bool isBusy(const BatchRef &batch) const;
    // The decision record the decisions are written to (read, off the UI thread, for payee safety).
    AuditLog *log() const { return m_log; }

    // With a gate (the team workspace), approve, deny and remove-assets first write a decision intent
    // there and send nothing when another desktop holds the batch, it was already decided, or the
    // workspace cannot be reached (Refused, saying why); each intent is settled with the outcome.
    // `party` is who QI Tech sees deciding (the integration's client key): desktops sharing it share
    // each batch's decisions, while a consultant's approval does not stand for the manager's.
    void setGate(DecisionGate *gate, const QString &party = {})
    {
        m_gate = gate;
        m_party = party;
    }
    void setParty(const QString &party) { m_party = party; }
    // The batch's key in the team workspace (intents, recommendations): desktops share a batch only on
    // the same QI Tech server and under the same QI identity.
    static QString workspaceKey(const QUrl &environment, const QString &party, const BatchRef &batch);
    static QString workspaceKey(const QUrl &environment, const QString &party, const QString &batchKey);
    // The batch's key in the workspace (what the gate's intents and the team's claims are keyed by).
    QString workspaceKey(const BatchRef &batch) const;

    // Looks in the record for decisions of this profile and server that were interrupted before their
    // outcome was recorded (interrupteddecisions.h) and settles each from what QI Tech shows now,
    // sending nothing. Decisions are refused while the record is read, and a batch with an unsettled
    // entry refuses them until it is settled (a later attempt asks QI Tech again).
    void reconcileInterrupted(const QString &profileName, const QUrl &environment);
    // Why a decision on `batch` would be refused now because of an interrupted one ("" when it would not).
    QString blockedReason(const BatchRef &batch) const;

Q_SIGNALS:
    void progress(const cessio::BatchRef &batch, int done, int total);
    void finished(const cessio::BatchRef &batch, const cessio::DecisionOutcome &outcome);
    // One per interrupted decision found, settled or not: what to tell the user (translated).
    void interruptedFound(const QString &message);
    // The pass started by reconcileInterrupted() is over.
    void interruptedReconciled();

private:
    friend class DecisionOperation;
    friend class AssetRemoval;
    bool decide(const DecisionContext &context, AuditEntry::Action action, const ApiRequest &request);
    void send(const DecisionContext &context, AuditEntry::Action action, const ApiRequest &request);
    bool begin(const DecisionContext &context, DecisionOutcome::Action action);
    void end(const BatchRef &batch, DecisionOutcome outcome);
    // Calls `send` once the gate lets the decision through (at once without a gate); otherwise ends it Refused.
    void throughGate(const DecisionContext &context, AuditEntry::Action action, std::function<void()> send);
    void settleIntent(const QString &key, const DecisionOutcome &outcome);
    QString gateKey(const QString &batchKey) const; // the batch's key in the workspace
    void settleInterrupted(const QList<AuditEntry> &pending, bool tellUnsettled);

    ApiClient *m_client;
    AuditLog *m_log;
    QHash<QString, DecisionOutcome::Action> m_busy; // batches with a decision in flight, and which
    QSet<QString> m_decided; // batches whose approval or denial was applied in this session
    QHash<QString, qint64> m_unresolved; // batch → its pending entry whose outcome stayed unknown (checkAgain)
    // Interrupted decisions not settled yet: batch → their pending entries.
    QHash<QString, QList<AuditEntry>> m_interrupted;
    DecisionGate *m_gate = nullptr;
    QUrl m_environment; // the QI Tech server decisions go to (part of the workspace's batch key)
    QString m_party; // the QI identity deciding (part of the workspace's batch key)
    QHash<QString, qint64> m_intents; // batch → its open intent in the workspace, settled by end()
    bool m_readingRecord = false;
    int m_settling = 0;
};

} // namespace cessio

Q_DECLARE_METATYPE(cessio::DecisionOutcome)
