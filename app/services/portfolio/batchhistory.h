#pragma once

#include "batchdiff.h"
#include "services/workspace/workspacestore.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QObject>

#include <memory>
#include <optional>

namespace cessio {

class WorkspaceRunner;

// What changed in a batch since the last review kept in the workspace (issue 11): reopened,
// resubmitted, assets removed by QI Tech, values changed. Said plainly, for a label and for the CLI.
struct BatchChange
{
    Q_DECLARE_TR_FUNCTIONS(cessio::BatchChange)

public:
    BatchDiff diff;
    QDateTime since; // when the earlier review saw the batch
    QString by; // who reviewed it then (a name, or a login)
    bool byMe = false; // the earlier review was this login's

    // "Since your review on 05/12/2026 10:02: 3 assets added, 1 removed, 2 values changed — +R$ 12.345,67"
    QString summary() const;
    // The list: "Added: A1 — R$ 10,00", "Value changed: A2 — R$ 5,00 → R$ 6,00", …, after a line of totals.
    QStringList details() const;
};

namespace batchhistory {

// Snapshots kept per batch; older ones go.
constexpr int keepPerBatch = 5;

// On the store's thread. Records `now` as the batch's latest snapshot (when it shows the same assets as
// the last one, that one is moved to now instead of copied) and, with `compare`, returns what changed
// since the last one: nullopt when there was none, it could not be read, or nothing changed.
StoreResult<std::optional<BatchChange>> record(WorkspaceStore &store, const QString &batchKey, const BatchSnapshot &now,
                                               bool compare);
// Read only (cessio-cli show): what changed since the last snapshot; nullopt as above, except that an
// unreadable snapshot is a failure.
StoreResult<std::optional<BatchChange>> compare(WorkspaceStore &store, const QString &batchKey, const BatchSnapshot &now);

} // namespace batchhistory

// Records a review's snapshot in the workspace on the store's thread each time every asset of the batch
// is loaded; the first time, says what changed since the last review (changeFound()).
class BatchHistoryRunner : public QObject
{
    Q_OBJECT

public:
    explicit BatchHistoryRunner(QObject *parent = nullptr);
    ~BatchHistoryRunner() override;

    void setWorkspace(std::shared_ptr<WorkspaceRunner> runner, const QString &batchKey);
    bool hasWorkspace() const { return m_runner != nullptr; }
    // Copies the list; the snapshot is made, compared and written on the store's thread.
    void record(const QString &batchExternalId, const QList<AssetListItem> &assets);
    const std::optional<BatchChange> &change() const { return m_change; }

Q_SIGNALS:
    void changeFound(); // change() holds it
    void recorded(); // a snapshot was written (after changeFound(), when there was a change)
    void problem(const QString &message);

private:
    using Result = StoreResult<std::optional<BatchChange>>;
    std::shared_ptr<WorkspaceRunner> m_runner;
    QString m_batchKey;
    bool m_compared = false;
    std::optional<BatchChange> m_change;
};

} // namespace cessio
