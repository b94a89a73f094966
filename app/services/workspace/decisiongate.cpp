#include "decisiongate.h"

#include <QDateTime>
#include <QLocale>

namespace cessio {

using namespace workspace;

DecisionGate::DecisionGate(std::shared_ptr<WorkspaceRunner> runner, QObject *parent)
    : QObject(parent)
    , m_runner(std::move(runner))
{ }

void DecisionGate::acquire(const QString &batchKey, IntentAction action, std::function<void(const Pass &)> done)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_runner->run([batchKey, action, now](WorkspaceStore &store) { return store.openIntent(batchKey, action, now); })
        .then(this, [done](const StoreResult<IntentAttempt> &attempt) {
            Pass pass;
            if (!attempt.ok())
                pass.refusal = unrecorded(attempt.error);
            else if (attempt.value->result != IntentAttempt::Result::Opened)
                pass.refusal = refusalFor(*attempt.value);
            else {
                pass.granted = true;
                pass.intentId = attempt.value->intent.id;
            }
            done(pass);
        });
}

void DecisionGate::settle(qint64 intentId, const QString &outcome)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_runner->run([intentId, outcome, now](WorkspaceStore &store) { return store.settleIntent(intentId, outcome, now); })
        .then(this, [intentId](const StoreStatus &settled) {
            if (!settled.ok())
                qWarning("workspace: decision intent %lld not settled: %s", intentId, qUtf8Printable(settled.error));
        });
}

void DecisionGate::settleOwn(const QString &batchKey, const QString &outcome)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_runner->run([batchKey, outcome, now](WorkspaceStore &store) { return store.settleOwnOpenIntents(batchKey, outcome, now); })
        .then(this, [](const StoreStatus &settled) {
            if (!settled.ok())
                qWarning("workspace: interrupted decision intents not settled: %s", qUtf8Printable(settled.error));
        });
}

QString DecisionGate::refusalFor(const IntentAttempt &attempt)
{
    const DecisionIntent &intent = attempt.intent;
    const QString when
        = QLocale().toString(QDateTime::fromMSecsSinceEpoch(intent.sinceMs).toLocalTime().time(), QLocale::ShortFormat);
    if (attempt.result == IntentAttempt::Result::AlreadyDecided)
        return intent.action == IntentAction::Deny
            ? tr("Not sent: %1 already denied this batch at %2.").arg(intent.whoName, when)
            : tr("Not sent: %1 already approved this batch at %2.").arg(intent.whoName, when);
    switch (intent.action) {
    case IntentAction::Approve:
        return tr("Not sent: %1 is approving this batch since %2.").arg(intent.whoName, when);
    case IntentAction::Deny:
        return tr("Not sent: %1 is denying this batch since %2.").arg(intent.whoName, when);
    case IntentAction::RemoveAssets:
        return tr("Not sent: %1 is removing assets from this batch since %2.").arg(intent.whoName, when);
    }
    return {};
}

QString DecisionGate::unrecorded(const QString &why)
{
    return tr("The decision could not be recorded in the team workspace, so nothing was sent. Cessio keeps reading from "
              "QI Tech. %1")
        .arg(why);
}

} // namespace cessio
