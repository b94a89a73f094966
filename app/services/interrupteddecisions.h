#pragma once

#include "qitech/apiclient.h"
#include "services/auditentry.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace cessio {

class AuditLog;

// Decisions the record shows as started but never settled: the program stopped (a crash, a power cut)
// between recording a request as Pending and recording its answer, or the answer was "unknown" and
// no re-read resolved it. Their outcome is unknown, so they are settled from what QI Tech shows now
// — the batch, or for a removal the asset — and never sent again.
namespace interrupted {

// The actions whose requests change something at QI Tech.
bool isDecisionStep(AuditEntry::Action action);
// The unsettled Pending entries of `profileName` at `environment`, in record order: nothing after
// them relates to them with a known outcome (Succeeded, Failed, ResolvedApplied, ResolvedNotApplied).
QList<AuditEntry> find(const QList<AuditEntry> &entries, const QString &profileName, const QString &environment);
BatchRef batchOf(const AuditEntry &entry);
// "Approval", "Asset removal A-2": what the entry was about, for people.
QString describe(const AuditEntry &entry);

} // namespace interrupted

// Settles one interrupted entry: re-reads, appends a Reconcile entry (ResolvedApplied or
// ResolvedNotApplied, relatesTo the pending one) and reports. Deletes itself after `done`.
class InterruptedDecision : public QObject
{
public:
    struct Result
    {
        AuditEntry pending;
        bool settled = false; // false: QI Tech could not be asked, or the record not written
        bool applied = false;
        QString message; // for the user, translated
    };

    InterruptedDecision(ApiClient *client, AuditLog *log, const AuditEntry &pending, QObject *parent);
    void start(std::function<void(const Result &)> done);

private:
    void settle(bool applied, const QString &what);
    void unsettled(const ApiError &error);

    ApiClient *m_client;
    AuditLog *m_log;
    AuditEntry m_pending;
    std::function<void(const Result &)> m_done;
};

} // namespace cessio
