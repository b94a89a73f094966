#pragma once

// Internal to the decision service: one decision in progress. It writes the audit entry for each
// request before sending it and another for how it ended, and re-reads the batch after an unknown
// outcome instead of sending anything again.
#include "services/auditlog.h"
#include "services/decisionservice.h"

#include <QCoreApplication>
#include <QHash>
#include <QUuid>

#include <functional>

namespace cessio {

namespace decision {
inline QString keyOf(const BatchRef &ref)
{
    return ref.fundClassKey + u'/' + ref.configurationKey + u'/' + ref.externalId;
}
// Did the action take effect, judging by the batch's status now?
bool appliedAccordingTo(AuditEntry::Action action, const BatchStatus &status);
} // namespace decision

// One decision in progress: writes the audit entries and drives the requests.
class DecisionOperation : public QObject
{
public:
    DecisionOperation(DecisionService *service, const DecisionContext &context, AuditEntry::Action action)
        : QObject(service)
        , m_service(service)
        , m_context(context)
        , m_action(action)
        , m_operationId(QUuid::createUuid().toString(QUuid::WithoutBraces))
    { }

    // Records the request, then sends it; `onAnswer` gets the raw outcome. Returns false when the
    // record could not be written (then nothing is sent).
    template<typename T>
    bool sendRecorded(AuditEntry::Action action, const ApiRequest &request, const QStringList &assets,
                      std::function<void(const ApiResult<T> &, qint64 pendingSequence)> onAnswer)
    {
        AuditEntry pending = entry(action, AuditEntry::Outcome::Pending);
        pending.shown.removedAssetIds = assets;
        pending.request.method = QString::fromLatin1(Endpoints::info(request.endpoint).method);
        pending.request.path = Endpoints::path(request.endpoint, request.params, request.query);
        pending.request.setBody(request.body);
        QString error;
        const auto stored = m_service->m_log->append(pending, &error);
        if (!stored) {
            DecisionOutcome outcome;
            outcome.result = DecisionOutcome::Result::Rejected;
            outcome.error
                = ApiError::make(ApiError::Category::Config,
                                 QCoreApplication::translate("DecisionService",
                                                             "The decision record could not be written, so nothing was sent: %1")
                                     .arg(error));
            finish(outcome);
            return false;
        }
        const qint64 sequence = stored->sequence;
        auto callback = [onAnswer, sequence](const ApiResult<T> &result) { onAnswer(result, sequence); };
        ApiCall *call = nullptr;
        if constexpr (std::is_same_v<T, AssetUpdateResult>)
            call = m_service->m_client->sendAssetUpdate(request, this, callback);
        else
            call = m_service->m_client->sendBatchUpdate(request, this, callback);
        m_requestIds.insert(sequence, call->requestId());
        return true;
    }

    // Appends how a recorded request ended.
    template<typename T>
    void recordAnswer(AuditEntry::Action action, qint64 pendingSequence, const ApiResult<T> &result)
    {
        AuditEntry done = entry(action,
                                !result.error.isError()             ? AuditEntry::Outcome::Succeeded
                                    : result.error.outcomeUnknown() ? AuditEntry::Outcome::Unknown
                                                                    : AuditEntry::Outcome::Failed);
        done.relatesTo = pendingSequence;
        done.request.id = m_requestIds.value(pendingSequence);
        if (result.httpStatus > 0)
            done.response.httpStatus = result.httpStatus;
        done.response.qiCode = result.error.code();
        done.response.excerpt = AuditEntry::Response::excerptOf(result.body);
        if (!result.error.isError() && result.error.description().isEmpty())
            done.note.clear();
        else
            done.note = result.error.technicalSummary();
        m_service->m_log->append(done);
    }

    AuditEntry entry(AuditEntry::Action action, AuditEntry::Outcome outcome) const
    {
        AuditEntry e;
        e.profileName = m_context.profileName;
        e.environmentUrl = m_context.environment.toString();
        e.fundClassKey = m_context.batch.fundClassKey;
        e.configurationKey = m_context.batch.configurationKey;
        e.batchExternalId = m_context.batch.externalId;
        e.operationId = m_operationId;
        e.action = action;
        e.outcome = outcome;
        e.shown = m_context.shown;
        e.reason = m_context.reason;
        return e;
    }

    // After an unknown outcome: re-read the batch and decide from its status. Sends nothing else.
    void reconcile(AuditEntry::Action action, qint64 relatesTo, std::function<void(DecisionOutcome)> then)
    {
        m_service->m_client->batch(m_context.batch, this, [this, action, relatesTo, then](const ApiResult<Batch> &read) {
            DecisionOutcome outcome;
            outcome.wasReconciled = true;
            AuditEntry record = entry(AuditEntry::Action::Reconcile, AuditEntry::Outcome::Unknown);
            record.relatesTo = relatesTo;
            if (!read.ok()) {
                outcome.result = DecisionOutcome::Result::Unresolved;
                outcome.error = read.error;
                record.note = QStringLiteral("re-read failed: ") + read.error.technicalSummary();
            } else {
                outcome.batchAfter = read.value;
                const bool applied = decision::appliedAccordingTo(action, read.value->status);
                outcome.result = applied ? DecisionOutcome::Result::Applied : DecisionOutcome::Result::NotApplied;
                record.outcome = applied ? AuditEntry::Outcome::ResolvedApplied : AuditEntry::Outcome::ResolvedNotApplied;
                record.note = QStringLiteral("batch status after re-read: ") + read.value->status.apiName();
            }
            m_service->m_log->append(record);
            then(outcome);
        });
    }

    void finish(const DecisionOutcome &outcome)
    {
        m_service->end(m_context.batch, outcome);
        deleteLater();
    }

    const DecisionContext &context() const { return m_context; }
    AuditEntry::Action action() const { return m_action; }
    ApiClient *client() const { return m_service->m_client; }
    DecisionService *service() const { return m_service; }

private:
    DecisionService *m_service;
    DecisionContext m_context;
    AuditEntry::Action m_action;
    QString m_operationId;
    QHash<qint64, QString> m_requestIds;
};

} // namespace cessio
