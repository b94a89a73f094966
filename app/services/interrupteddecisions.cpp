#include "services/interrupteddecisions.h"

#include "services/auditlog.h"
#include "services/decisionoperation.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace interrupted {

bool isDecisionStep(AuditEntry::Action action)
{
    switch (action) {
    case AuditEntry::Action::Approve:
    case AuditEntry::Action::Deny:
    case AuditEntry::Action::Reopen:
    case AuditEntry::Action::RemoveAsset:
    case AuditEntry::Action::CloseInsertion:
        return true;
    case AuditEntry::Action::Reconcile:
    case AuditEntry::Action::Note:
        return false;
    }
    return false;
}

QList<AuditEntry> find(const QList<AuditEntry> &entries, const QString &profileName, const QString &environment)
{
    QHash<qint64, bool> settled; // pending sequence → an entry with a known outcome relates to it
    for (const AuditEntry &e : entries) {
        if (e.relatesTo <= 0)
            continue;
        switch (e.outcome) {
        case AuditEntry::Outcome::Succeeded:
        case AuditEntry::Outcome::Failed:
        case AuditEntry::Outcome::ResolvedApplied:
        case AuditEntry::Outcome::ResolvedNotApplied:
            settled.insert(e.relatesTo, true);
            break;
        case AuditEntry::Outcome::Pending:
        case AuditEntry::Outcome::Unknown: // answered "unknown", or re-read failed: still open
        case AuditEntry::Outcome::None:
            break;
        }
    }
    QList<AuditEntry> found;
    for (const AuditEntry &e : entries) {
        if (e.outcome == AuditEntry::Outcome::Pending && isDecisionStep(e.action) && !settled.contains(e.sequence)
            && e.profileName == profileName && e.environmentUrl == environment)
            found.append(e);
    }
    return found;
}

BatchRef batchOf(const AuditEntry &entry)
{
    return { entry.fundClassKey, entry.configurationKey, entry.batchExternalId };
}

QString describe(const AuditEntry &entry)
{
    const QString action = AuditEntry::actionDisplayName(entry.action);
    return entry.action == AuditEntry::Action::RemoveAsset && !entry.shown.removedAssetIds.isEmpty()
        ? action + u' ' + entry.shown.removedAssetIds.constFirst()
        : action;
}

} // namespace interrupted

InterruptedDecision::InterruptedDecision(ApiClient *client, AuditLog *log, const AuditEntry &pending, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_log(log)
    , m_pending(pending)
{ }

void InterruptedDecision::start(std::function<void(const Result &)> done)
{
    m_done = std::move(done);
    const BatchRef ref = interrupted::batchOf(m_pending);
    // Only reads: whatever happened to the request, it is never sent again.
    if (m_pending.action == AuditEntry::Action::RemoveAsset && !m_pending.shown.removedAssetIds.isEmpty()) {
        const QString asset = m_pending.shown.removedAssetIds.constFirst();
        m_client->asset(ref, asset, this, [this](const ApiResult<Asset> &read) {
            if (!read.ok()) {
                unsettled(read.error);
                return;
            }
            const AssetStatus status = read.value->status;
            settle(status.value() == AssetStatus::Denied || status.value() == AssetStatus::Discarded,
                   u"asset status after re-read: "_s + status.apiName());
        });
        return;
    }
    m_client->batch(ref, this, [this](const ApiResult<Batch> &read) {
        if (!read.ok()) {
            unsettled(read.error);
            return;
        }
        settle(decision::appliedAccordingTo(m_pending.action, read.value->status),
               u"batch status after re-read: "_s + read.value->status.apiName());
    });
}

void InterruptedDecision::settle(bool applied, const QString &what)
{
    AuditEntry record;
    record.profileName = m_pending.profileName;
    record.environmentUrl = m_pending.environmentUrl;
    record.fundClassKey = m_pending.fundClassKey;
    record.configurationKey = m_pending.configurationKey;
    record.batchExternalId = m_pending.batchExternalId;
    record.operationId = m_pending.operationId;
    record.relatesTo = m_pending.sequence;
    record.action = AuditEntry::Action::Reconcile;
    record.outcome = applied ? AuditEntry::Outcome::ResolvedApplied : AuditEntry::Outcome::ResolvedNotApplied;
    record.shown = m_pending.shown;
    // Record text stays English: it is evidence, not interface.
    record.note = u"interrupted before its outcome was recorded (entry %1); found on the next start; %2"_s.arg(m_pending.sequence)
                      .arg(what);

    Result result;
    result.pending = m_pending;
    const QString when = QLocale().toString(m_pending.time.toLocalTime(), QLocale::ShortFormat);
    QString error;
    if (!m_log->append(record, &error)) {
        result.message = QCoreApplication::translate("DecisionService",
                                                     "A decision was interrupted on %1 (%2, batch %3), and what QI Tech "
                                                     "shows could not be recorded: %4")
                             .arg(when, interrupted::describe(m_pending), m_pending.batchExternalId, error);
    } else {
        result.settled = true;
        result.applied = applied;
        result.message = applied ? QCoreApplication::translate("DecisionService",
                                                               "A decision was interrupted on %1 (%2, batch %3): QI Tech "
                                                               "shows it was applied.")
                                       .arg(when, interrupted::describe(m_pending), m_pending.batchExternalId)
                                 : QCoreApplication::translate("DecisionService",
                                                               "A decision was interrupted on %1 (%2, batch %3): QI Tech "
                                                               "shows it was not applied. Nothing was sent again.")
                                       .arg(when, interrupted::describe(m_pending), m_pending.batchExternalId);
    }
    m_done(result);
    deleteLater();
}

void InterruptedDecision::unsettled(const ApiError &error)
{
    Result result;
    result.pending = m_pending;
    result.message = QCoreApplication::translate("DecisionService",
                                                 "A decision was interrupted on %1 (%2, batch %3), and QI Tech could not be "
                                                 "asked whether it was applied: %4 The batch takes no new decision until "
                                                 "this is known.")
                         .arg(QLocale().toString(m_pending.time.toLocalTime(), QLocale::ShortFormat),
                              interrupted::describe(m_pending), m_pending.batchExternalId, error.userMessage());
    m_done(result);
    deleteLater();
}

} // namespace cessio
