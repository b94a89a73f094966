#pragma once

#include "services/workspace/workspacerunner.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>

namespace cessio {

namespace workspace {

// What the team is doing on one batch, as last seen.
struct BatchActivity
{
    std::optional<Claim> claim; // someone is reviewing it (unexpired)
    std::optional<DecisionIntent> sending; // a decision is being sent (an open intent)
    std::optional<DecisionIntent> decided; // the latest approval or denial applied
    QList<Recommendation> recommendations; // oldest first

    bool isEmpty() const { return !claim && !sending && !decided && recommendations.isEmpty(); }
};

// The workspace as one look saw it: the watched batches (by workspace batch key) with any activity.
struct Snapshot
{
    QHash<QString, BatchActivity> batches;
    QHash<QString, QString> names; // login → display name, for the members
    QString me; // this desktop's login
    qint64 takenMs = 0;
    QHash<QString, int> fundRulesVersions; // fund class key → version of its rules in the store
    QHash<QString, qint64> portfolioRevisions; // fund class key → revision of its portfolio in the store

    BatchActivity of(const QString &batchKey) const { return batches.value(batchKey); }
    QString nameOf(const QString &login) const { return names.value(login, login); }
};

} // namespace workspace

// Tells the desktop what changed in the workspace: claims, decisions being sent or settled and
// recommendations on the batches it shows, any fund's rules saved anew (fundRulesChanged) and any fund's
// portfolio changed (portfolioChanged). Its own
// connection on its own thread (a WorkspaceRunner) asks a cheap question twice a second (SQLite's
// data_version; PostgreSQL: were notifications received, LISTEN) and takes a full look only when the
// answer moved, or every few seconds (claims expire, and a server that went away is noticed). A failed
// look makes the workspace unreachable until a later one, after reopening the connection, succeeds.
class WorkspaceWatcher : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceWatcher(QObject *parent = nullptr);
    ~WorkspaceWatcher() override;

    // Opens the watcher's connection with `opener` (the session's settings) and starts watching.
    void start(WorkspaceRunner::Opener opener);
    void start(const WorkspaceSettings &settings, const QString &password);
    // The workspace batch keys whose activity the snapshot holds (DecisionService::gateKey of each).
    void setBatchKeys(const QStringList &batchKeys);
    // Takes a full look at the next tick (after this desktop wrote something, e.g.).
    void refresh() { m_lookDue = true; }
    // Tests: how often the cheap question is asked, and every how many ticks a full look is taken.
    void setTiming(int tickMs, int fullLookEveryTicks);

    const workspace::Snapshot &snapshot() const { return m_snapshot; }
    bool hasLooked() const { return m_looked; }
    bool isReachable() const { return !m_unreachableSince.isValid(); }
    QDateTime unreachableSince() const { return m_unreachableSince; } // invalid while reachable
    QString problem() const { return m_problem; } // why not reachable, for people

Q_SIGNALS:
    void snapshotChanged();
    void reachabilityChanged(bool reachable);
    // The store holds `version` of the fund's rules now, and the previous look saw another (not said
    // for the first look: whoever starts reads the rules anyway).
    void fundRulesChanged(const QString &fundClassKey, int version);
    // The fund's portfolio moved on since the previous look (a colleague's import, PL, limits or a batch
    // added; this desktop's own changes too). Not said for the first look.
    void portfolioChanged(const QString &fundClassKey);

private:
    struct Look; // one tick's answer, from the store's thread

    void tick();
    void received(const StoreResult<Look> &look);
    void setUnreachable(const QString &why);

    std::unique_ptr<WorkspaceRunner> m_runner;
    WorkspaceRunner::Opener m_opener;
    QTimer m_timer;
    QStringList m_batchKeys;
    workspace::Snapshot m_snapshot;
    qint64 m_mark = -1;
    int m_ticksSinceLook = 0;
    int m_fullLookEvery = 10;
    bool m_lookDue = true;
    bool m_busy = false; // a tick's work is on the store's thread
    bool m_needsOpen = true;
    bool m_looked = false;
    QDateTime m_unreachableSince;
    QString m_problem;
};

} // namespace cessio
