#include "batchdiff.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

BatchSnapshot BatchSnapshot::fromAssets(const QString &batchExternalId, const QList<AssetListItem> &assets,
                                        const QDateTime &takenAt)
{
    BatchSnapshot snapshot;
    snapshot.batchExternalId = batchExternalId;
    snapshot.takenAt = takenAt;
    snapshot.items.reserve(assets.size());
    QSet<QString> seen;
    seen.reserve(assets.size());
    for (const AssetListItem &asset : assets) {
        if (seen.contains(asset.externalId)) {
            ++snapshot.duplicateIds;
            continue;
        }
        seen.insert(asset.externalId);
        snapshot.items.append({ asset.externalId, asset.totalPurchaseValue, asset.status });
    }
    return snapshot;
}

QByteArray BatchSnapshot::toJson() const
{
    QJsonArray assets;
    for (const Item &item : items)
        assets.append(QJsonArray { item.assetId, double(item.value.centavos()), item.status.apiName() });
    QJsonObject root { { u"v"_s, 1 },
                       { u"batch"_s, batchExternalId },
                       { u"at"_s, takenAt.toUTC().toString(Qt::ISODate) },
                       { u"assets"_s, assets } };
    if (duplicateIds > 0)
        root.insert(u"duplicate_ids"_s, duplicateIds);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<BatchSnapshot> BatchSnapshot::fromJson(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<BatchSnapshot> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(u"not a JSON object"_s);
    const QJsonObject root = document.object();
    if (root.value(u"v"_s).toInt() != 1)
        return fail(u"unknown snapshot version"_s);
    BatchSnapshot snapshot;
    snapshot.batchExternalId = root.value(u"batch"_s).toString();
    snapshot.takenAt = QDateTime::fromString(root.value(u"at"_s).toString(), Qt::ISODate);
    snapshot.duplicateIds = root.value(u"duplicate_ids"_s).toInt();
    if (!root.value(u"assets"_s).isArray())
        return fail(u"assets is not an array"_s);
    const QJsonArray assets = root.value(u"assets"_s).toArray();
    QSet<QString> seen;
    for (const QJsonValue &value : assets) {
        const QJsonArray triple = value.toArray();
        if (triple.size() != 3 || !triple.at(0).isString() || !triple.at(1).isDouble() || !triple.at(2).isString())
            return fail(u"an asset is not [id, centavos, status]"_s);
        const double centavos = triple.at(1).toDouble();
        if (centavos != double(qint64(centavos)) || qAbs(centavos) > double(Money::maxExactCentavos))
            return fail(u"an asset's value is not a whole number of centavos"_s);
        const QString id = triple.at(0).toString();
        if (seen.contains(id))
            return fail(u"asset %1 appears twice"_s.arg(id));
        seen.insert(id);
        snapshot.items.append({ id, Money::fromCentavos(qint64(centavos)), AssetStatus::fromApi(triple.at(2).toString()) });
    }
    return snapshot;
}

Money BatchSnapshot::total() const
{
    Money sum;
    for (const Item &item : items)
        sum += item.value;
    return sum;
}

BatchDiff BatchDiff::between(const BatchSnapshot &before, const BatchSnapshot &after)
{
    BatchDiff diff;
    diff.countBefore = int(before.items.size());
    diff.countAfter = int(after.items.size());
    diff.totalBefore = before.total();
    diff.totalAfter = after.total();

    QHash<QString, const BatchSnapshot::Item *> earlier;
    earlier.reserve(before.items.size());
    for (const BatchSnapshot::Item &item : before.items)
        earlier.insert(item.assetId, &item);
    QSet<QString> later;
    later.reserve(after.items.size());
    for (const BatchSnapshot::Item &item : after.items) {
        later.insert(item.assetId);
        const BatchSnapshot::Item *old = earlier.value(item.assetId);
        if (!old) {
            diff.added.append(item);
            diff.addedValue += item.value;
            continue;
        }
        if (old->value != item.value)
            diff.valueChanged.append({ item.assetId, old->value, item.value });
        if (!(old->status == item.status))
            diff.statusChanged.append({ item.assetId, old->status, item.status });
    }
    for (const BatchSnapshot::Item &item : before.items) {
        if (!later.contains(item.assetId)) {
            diff.removed.append(item);
            diff.removedValue += item.value;
        }
    }
    return diff;
}

} // namespace cessio
