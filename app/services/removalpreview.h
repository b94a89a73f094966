#pragma once

#include "core/asset.h"
#include "core/money.h"

#include <QList>
#include <QStringList>

namespace cessio {

// The batch as it would be after some of its assets are taken out: what the manager is left buying,
// in exact centavos, shown before a removal is confirmed. Only the assets the batch is buying count
// (denied and discarded ones are already out); face values need the full asset, so `faceUnknown`
// says how many of the remaining assets have none.
struct RemovalPreview
{
    struct Totals
    {
        int count = 0;
        Money purchaseValue;
        Money faceValue; // of the assets with detail
        int faceUnknown = 0; // assets without detail: their face value is not in faceValue

        friend bool operator==(const Totals &, const Totals &) = default;
    };
    Totals before;
    Totals removed;
    Totals after;

    static RemovalPreview compute(const QList<AssetListItem> &assets, const QStringList &removedExternalIds);
};

} // namespace cessio
