#include "batchhistory.h"

#include "services/workspace/workspacerunner.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

// "+R$ 12.345,67" / "-R$ 500,00": a change in value, with its sign.
QString signedMoney(Money value, const QLocale &locale)
{
    const QString sign = value.isNegative() ? locale.negativeSign() : locale.positiveSign();
    return sign + Money::fromCentavos(std::llabs(value.centavos())).format(locale);
}

// The earlier snapshot, if any can be read: nullopt with `unreadable` set when it is not a snapshot.
StoreResult<std::optional<std::pair<workspace::StoredSnapshot, BatchSnapshot>>> last(WorkspaceStore &store,
                                                                                       const QString &batchKey,
                                                                                       QString *unreadable)
{
    using Result = StoreResult<std::optional<std::pair<workspace::StoredSnapshot, BatchSnapshot>>>;
    auto stored = store.lastSnapshot(batchKey);
    if (!stored.ok())
        return Result::failure(stored.error);
    if (!stored.value->has_value())
        return Result::success(std::nullopt);
    const workspace::StoredSnapshot &row = **stored.value;
    auto parsed = BatchSnapshot::fromJson(row.json, unreadable); // stored data is input like any other
    if (!parsed)
        return Result::success(std::nullopt);
    return Result::success(std::make_pair(row, *parsed));
}

std::optional<BatchChange> changeFrom(const workspace::StoredSnapshot &row, const BatchSnapshot &before,
                                      const BatchSnapshot &now, const QString &login)
{
    BatchChange change;
    change.diff = BatchDiff::between(before, now);
    if (change.diff.isEmpty())
        return std::nullopt;
    change.since = QDateTime::fromMSecsSinceEpoch(row.takenMs);
    change.by = row.whoName.isEmpty() ? row.who : row.whoName;
    change.byMe = row.who == login;
    return change;
}

} // namespace

QString BatchChange::summary() const
{
    const QLocale locale;
    QStringList parts;
    if (!diff.added.isEmpty())
        parts << tr("%Ln asset(s) added", nullptr, int(diff.added.size()));
    if (!diff.removed.isEmpty())
        parts << tr("%Ln removed", "assets", int(diff.removed.size()));
    if (!diff.valueChanged.isEmpty())
        parts << tr("%Ln value(s) changed", nullptr, int(diff.valueChanged.size()));
    if (!diff.statusChanged.isEmpty())
        parts << tr("%Ln status(es) changed", nullptr, int(diff.statusChanged.size()));
    const QString total = diff.delta().isZero() ? tr("total unchanged") : signedMoney(diff.delta(), locale);
    const QString when = locale.toString(since.toLocalTime(), QLocale::ShortFormat);
    const QString what = parts.join(u", "_s);
    return byMe ? tr("Since your review on %1: %2 — %3").arg(when, what, total)
                : tr("Since the review by %1 on %2: %3 — %4").arg(by, when, what, total);
}

QStringList BatchChange::details() const
{
    const QLocale locale;
    QStringList lines;
    lines << tr("Assets: %1 → %2 · Total: %3 → %4")
                 .arg(locale.toString(diff.countBefore), locale.toString(diff.countAfter), diff.totalBefore.format(locale),
                      diff.totalAfter.format(locale));
    for (const BatchSnapshot::Item &item : diff.added)
        lines << tr("Added: %1 — %2").arg(item.assetId, item.value.format(locale));
    for (const BatchSnapshot::Item &item : diff.removed)
        lines << tr("Removed: %1 — %2").arg(item.assetId, item.value.format(locale));
    for (const BatchDiff::ValueChange &change : diff.valueChanged)
        lines << tr("Value changed: %1 — %2 → %3").arg(change.assetId, change.before.format(locale), change.after.format(locale));
    for (const BatchDiff::StatusChange &change : diff.statusChanged)
        lines << tr("Status changed: %1 — %2 → %3").arg(change.assetId, change.before.displayName(), change.after.displayName());
    return lines;
}

namespace batchhistory {

StoreResult<std::optional<BatchChange>> record(WorkspaceStore &store, const QString &batchKey, const BatchSnapshot &now,
                                               bool compare)
{
    using Result = StoreResult<std::optional<BatchChange>>;
    QString unreadable;
    auto earlier = last(store, batchKey, &unreadable);
    if (!earlier.ok())
        return Result::failure(earlier.error);
    const qint64 nowMs = now.takenAt.toMSecsSinceEpoch();
    std::optional<BatchChange> change;
    if (earlier.value->has_value()) {
        const auto &[row, before] = **earlier.value;
        if (BatchDiff::between(before, now).isEmpty()) {
            auto touched = store.touchSnapshot(row.id, nowMs);
            return touched.ok() ? Result::success(std::nullopt) : Result::failure(touched.error);
        }
        if (compare)
            change = changeFrom(row, before, now, store.login());
    }
    if (auto added = store.addSnapshot(batchKey, now.toJson(), nowMs, keepPerBatch); !added.ok())
        return Result::failure(added.error);
    return Result::success(change);
}

StoreResult<std::optional<BatchChange>> compare(WorkspaceStore &store, const QString &batchKey, const BatchSnapshot &now)
{
    using Result = StoreResult<std::optional<BatchChange>>;
    QString unreadable;
    auto earlier = last(store, batchKey, &unreadable);
    if (!earlier.ok())
        return Result::failure(earlier.error);
    if (!unreadable.isEmpty())
        return Result::failure(BatchChange::tr("The last review of this batch in the workspace could not be read: %1")
                                   .arg(unreadable));
    if (!earlier.value->has_value())
        return Result::success(std::nullopt);
    const auto &[row, before] = **earlier.value;
    return Result::success(changeFrom(row, before, now, store.login()));
}

} // namespace batchhistory

BatchHistoryRunner::BatchHistoryRunner(QObject *parent)
    : QObject(parent)
{
}

BatchHistoryRunner::~BatchHistoryRunner() = default;

void BatchHistoryRunner::setWorkspace(std::shared_ptr<WorkspaceRunner> runner, const QString &batchKey)
{
    m_runner = std::move(runner);
    m_batchKey = batchKey;
}

void BatchHistoryRunner::record(const QString &batchExternalId, const QList<AssetListItem> &assets)
{
    if (!m_runner)
        return;
    // Only the first complete load of a review compares: later ones follow this desktop's own decisions.
    const bool compare = !std::exchange(m_compared, true);
    const QString key = m_batchKey;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // A watcher owned here, not QFuture::then(this, …): Qt 6.4 asserts when the context dies first.
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Result result = watcher->result();
        if (!result.ok()) {
            Q_EMIT problem(BatchChange::tr("This review could not be kept in the workspace: %1").arg(result.error));
            return;
        }
        if (result.value->has_value()) {
            m_change = **result.value;
            Q_EMIT changeFound();
        }
        Q_EMIT recorded();
    });
    watcher->setFuture(m_runner->run([key, batchExternalId, assets, now, compare](WorkspaceStore &store) {
        return batchhistory::record(store, key, BatchSnapshot::fromAssets(batchExternalId, assets, now), compare);
    }));
}

} // namespace cessio
