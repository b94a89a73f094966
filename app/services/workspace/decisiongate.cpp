#include "decisiongate.h"

#include <QDateTime>
#include <QLocale>

namespace cessio {

using namespace workspace;

DecisionGate::DecisionGate(std::shared_ptr<WorkspaceRunner> runner, QObject *parent)
    : QObject(parent)
    , m_runner(std::move(runner))
{ }

namespace {
struct GateAnswer
{
    std::optional<FourEyesVerdict> fourEyes;
    std::optional<IntentAttempt> attempt; // none when the four-eyes policy refused
};
} // namespace

void DecisionGate::acquire(const QString &batchKey, IntentAction action, std::function<void(const Pass &)> done,
                           const std::optional<FourEyesQuestion> &fourEyes)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_runner
        ->run([batchKey, action, now, fourEyes](WorkspaceStore &store) {
            using Result = StoreResult<GateAnswer>;
            GateAnswer answer;
            if (fourEyes) {
                auto verdict = FourEyesVerdict::ask(store, fourEyes->fundClassKey, batchKey, fourEyes->facts);
                if (!verdict.ok())
                    return Result::failure(verdict.error);
                answer.fourEyes = *verdict.value;
                if (!answer.fourEyes->satisfied())
                    return Result::success(answer);
            }
            auto attempt = store.openIntent(batchKey, action, now);
            if (!attempt.ok())
                return Result::failure(attempt.error);
            answer.attempt = *attempt.value;
            return Result::success(answer);
        })
        .then(this, [done](const StoreResult<GateAnswer> &answer) {
            Pass pass;
            if (!answer.ok()) {
                pass.refusal = unrecorded(answer.error);
                done(pass);
                return;
            }
            pass.fourEyes = answer.value->fourEyes;
            if (!answer.value->attempt) {
                pass.fourEyesRefused = true;
                pass.refusal = pass.fourEyes->refusal();
            } else if (answer.value->attempt->result != IntentAttempt::Result::Opened)
                pass.refusal = refusalFor(*answer.value->attempt);
            else {
                pass.granted = true;
                pass.intentId = answer.value->attempt->intent.id;
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

QFuture<StoreResult<FourEyesPolicy>> DecisionGate::policyOf(const QString &fundClassKey)
{
    return m_runner->run([fundClassKey](WorkspaceStore &store) { return FourEyesVerdict::policyOf(store, fundClassKey); });
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
