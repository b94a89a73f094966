#include "removalpreview.h"

#include <QSet>

namespace cessio {

namespace {

void add(RemovalPreview::Totals &totals, const AssetListItem &item)
{
    ++totals.count;
    totals.purchaseValue += item.totalPurchaseValue;
    if (item.detail && (item.detail->creditOperation || item.detail->creditRight))
        totals.faceValue += item.detail->faceValue();
    else
        ++totals.faceUnknown;
}

} // namespace

RemovalPreview RemovalPreview::compute(const QList<AssetListItem> &assets, const QStringList &removedExternalIds)
{
    const QSet<QString> removed(removedExternalIds.cbegin(), removedExternalIds.cend());
    QSet<QString> seen; // a page repeated by the server must not count an asset twice
    RemovalPreview preview;
    for (const AssetListItem &item : assets) {
        if (!item.status.countsTowardTotal() || seen.contains(item.externalId))
            continue;
        seen.insert(item.externalId);
        add(preview.before, item);
        add(removed.contains(item.externalId) ? preview.removed : preview.after, item);
    }
    return preview;
}

} // namespace cessio
