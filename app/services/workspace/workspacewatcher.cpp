#include "workspacewatcher.h"

using namespace Qt::Literals::StringLiterals;

namespace cessio {

using namespace workspace;

struct WorkspaceWatcher::Look
{
    qint64 mark = -1;
    std::optional<Snapshot> snapshot; // taken only when the mark moved or a look was due
};

namespace {

bool isDecision(const DecisionIntent &intent)
{
    return !intent.open && intent.outcome == u"applied"_s
        && (intent.action == IntentAction::Approve || intent.action == IntentAction::Deny);
}

// The full look, on the store's thread: a few statements, two per watched batch.
StoreResult<Snapshot> takeSnapshot(WorkspaceStore &store, const QStringList &batchKeys, qint64 nowMs)
{
    using Result = StoreResult<Snapshot>;
    Snapshot snapshot;
    snapshot.me = store.login();
    snapshot.takenMs = nowMs;
    const auto members = store.members();
    const auto claims = store.activeClaims(nowMs);
    if (!members.ok() || !claims.ok())
        return Result::failure(members.ok() ? claims.error : members.error);
    for (const Member &member : *members.value)
        snapshot.names.insert(member.login, member.displayName);
    const auto rules = store.fundDocumentVersions(FundDocumentKind::Rules);
    if (!rules.ok())
        return Result::failure(rules.error);
    snapshot.fundRulesVersions = *rules.value;
    const auto portfolios = store.portfolioRevisions();
    if (!portfolios.ok())
        return Result::failure(portfolios.error);
    snapshot.portfolioRevisions = *portfolios.value;
    for (const QString &key : batchKeys) {
        BatchActivity activity;
        for (const Claim &claim : *claims.value)
            if (claim.batchKey == key)
                activity.claim = claim;
        const auto intents = store.intentsOf(key);
        const auto recommendations = store.recommendationsOf(key);
        if (!intents.ok() || !recommendations.ok())
            return Result::failure(intents.ok() ? recommendations.error : intents.error);
        for (const DecisionIntent &intent : *intents.value) { // by round: the last one wins
            if (intent.open)
                activity.sending = intent;
            else if (isDecision(intent))
                activity.decided = intent;
        }
        activity.recommendations = *recommendations.value;
        if (!activity.isEmpty())
            snapshot.batches.insert(key, activity);
    }
    return Result::success(snapshot);
}

} // namespace

WorkspaceWatcher::WorkspaceWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, &WorkspaceWatcher::tick);
}

WorkspaceWatcher::~WorkspaceWatcher() = default; // the runner closes the connection on its thread

void WorkspaceWatcher::start(WorkspaceRunner::Opener opener)
{
    m_opener = std::move(opener);
    if (!m_runner)
        m_runner = std::make_unique<WorkspaceRunner>();
    m_needsOpen = true;
    m_lookDue = true;
    m_timer.start();
    tick();
}

void WorkspaceWatcher::start(const WorkspaceSettings &settings, const QString &password)
{
    start([settings, password] { return WorkspaceRunner::openSql(settings, password); });
}

void WorkspaceWatcher::setBatchKeys(const QStringList &batchKeys)
{
    if (batchKeys == m_batchKeys)
        return;
    m_batchKeys = batchKeys;
    m_lookDue = true;
}

void WorkspaceWatcher::setTiming(int tickMs, int fullLookEveryTicks)
{
    m_timer.setInterval(tickMs);
    m_fullLookEvery = fullLookEveryTicks;
}

void WorkspaceWatcher::tick()
{
    if (m_busy || !m_runner)
        return;
    if (m_needsOpen && !isReachable() && ++m_ticksSinceLook < m_fullLookEvery)
        return; // unreachable: try again every few seconds, not every tick
    m_busy = true;
    if (m_needsOpen) {
        m_ticksSinceLook = 0;
        // After a failure the connection may be dead (PostgreSQL does not reconnect by itself): a new one.
        m_runner->open(m_opener).then(this, [this](const QString &error) {
            m_busy = false;
            if (!error.isEmpty())
                return setUnreachable(error);
            m_needsOpen = false;
            m_mark = -1;
            m_lookDue = true;
            tick();
        });
        return;
    }
    const bool lookDue = m_lookDue || ++m_ticksSinceLook >= m_fullLookEvery;
    m_lookDue = false;
    const qint64 lastMark = m_mark;
    m_runner
        ->run([keys = m_batchKeys, lookDue, lastMark](WorkspaceStore &store) -> StoreResult<Look> {
            const auto mark = store.changeMark();
            if (!mark.ok())
                return StoreResult<Look>::failure(mark.error);
            Look look;
            look.mark = *mark.value;
            if (lookDue || look.mark != lastMark) {
                auto snapshot = takeSnapshot(store, keys, QDateTime::currentMSecsSinceEpoch());
                if (!snapshot.ok())
                    return StoreResult<Look>::failure(snapshot.error);
                look.snapshot = std::move(snapshot.value);
            }
            return StoreResult<Look>::success(std::move(look));
        })
        .then(this, [this](const StoreResult<Look> &look) {
            m_busy = false;
            received(look);
        });
}

void WorkspaceWatcher::received(const StoreResult<Look> &look)
{
    if (!look.ok()) {
        m_needsOpen = true;
        return setUnreachable(look.error);
    }
    m_mark = look.value->mark;
    if (!look.value->snapshot)
        return;
    m_ticksSinceLook = 0;
    const QHash<QString, int> rulesBefore = m_snapshot.fundRulesVersions;
    const QHash<QString, qint64> portfoliosBefore = m_snapshot.portfolioRevisions;
    const bool lookedBefore = m_looked;
    m_snapshot = *look.value->snapshot;
    m_looked = true;
    const bool wasUnreachable = !isReachable();
    m_unreachableSince = {};
    m_problem.clear();
    if (wasUnreachable)
        Q_EMIT reachabilityChanged(true);
    Q_EMIT snapshotChanged();
    if (!lookedBefore)
        return;
    for (auto it = m_snapshot.fundRulesVersions.cbegin(); it != m_snapshot.fundRulesVersions.cend(); ++it) {
        if (rulesBefore.value(it.key()) != it.value())
            Q_EMIT fundRulesChanged(it.key(), it.value());
    }
    for (auto it = m_snapshot.portfolioRevisions.cbegin(); it != m_snapshot.portfolioRevisions.cend(); ++it) {
        if (portfoliosBefore.value(it.key()) != it.value())
            Q_EMIT portfolioChanged(it.key());
    }
}

void WorkspaceWatcher::setUnreachable(const QString &why)
{
    m_problem = why;
    if (!isReachable())
        return;
    m_unreachableSince = QDateTime::currentDateTime();
    Q_EMIT reachabilityChanged(false);
}

} // namespace cessio
