#pragma once

#include "core/asset.h"
#include "core/money.h"
#include "core/statuses.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cessio {

// A compact picture of a batch as reviewed — each asset's id, purchase value and status, not the
// whole asset — kept per review so a batch that comes back (reopened, resubmitted, looked at later)
// shows what changed since (issue 11).
struct BatchSnapshot
{
    struct Item
    {
        QString assetId; // the asset's external id
        Money value; // total purchase value
        AssetStatus status;
        friend bool operator==(const Item &, const Item &) = default;
    };

    QString batchExternalId;
    QDateTime takenAt;
    QList<Item> items; // in listing order, ids unique
    int duplicateIds = 0; // listing items whose id was already in the snapshot (kept once, counted here)

    static BatchSnapshot fromAssets(const QString &batchExternalId, const QList<AssetListItem> &assets, const QDateTime &takenAt);
    // {"v":1,"batch":"EXT","at":"2026-12-01T10:00:00Z","assets":[["A1",15000000,"pre_approved"],…]}:
    // values in centavos; about 40 bytes per asset.
    QByteArray toJson() const;
    // Refuses what does not have that shape (stored data is checked like any input): wrong types,
    // duplicate ids, values beyond the exact range.
    static std::optional<BatchSnapshot> fromJson(const QByteArray &json, QString *error = nullptr);

    Money total() const;
    friend bool operator==(const BatchSnapshot &, const BatchSnapshot &) = default;
};

// What changed between two snapshots of one batch.
struct BatchDiff
{
    struct ValueChange
    {
        QString assetId;
        Money before, after;
    };
    struct StatusChange
    {
        QString assetId;
        AssetStatus before, after;
    };

    QList<BatchSnapshot::Item> added; // in the later snapshot's order
    QList<BatchSnapshot::Item> removed; // in the earlier snapshot's order
    QList<ValueChange> valueChanged;
    QList<StatusChange> statusChanged;
    int countBefore = 0, countAfter = 0;
    Money totalBefore, totalAfter;
    Money addedValue, removedValue;

    bool isEmpty() const { return added.isEmpty() && removed.isEmpty() && valueChanged.isEmpty() && statusChanged.isEmpty(); }
    Money delta() const { return totalAfter - totalBefore; }

    static BatchDiff between(const BatchSnapshot &before, const BatchSnapshot &after);
};

} // namespace cessio
