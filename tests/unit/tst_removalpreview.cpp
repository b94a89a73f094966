// RemovalPreview: the batch as it would be after a removal, in exact centavos — only the assets being
// bought count, an asset listed twice counts once, and face values without the full asset are counted apart.
#include "services/removalpreview.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;

namespace {

AssetListItem item(const QString &id, qint64 purchase, std::optional<qint64> face, AssetStatus status = AssetStatus::PreApproved)
{
    AssetListItem result;
    result.externalId = id;
    result.totalPurchaseValue = Money::fromCentavos(purchase);
    result.status = status;
    if (face) {
        Asset asset;
        asset.externalId = id;
        DiscountedCreditRight right;
        right.externalId = id;
        right.maturityDate = QDate(2027, 3, 1);
        right.faceValue = Money::fromCentavos(*face);
        asset.creditRight = right;
        result.detail = asset;
    }
    return result;
}

} // namespace

class TestRemovalPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compute_beforeRemovedAfter_exactCentavos()
    {
        const QList<AssetListItem> assets {
            item(u"A"_s, 100001, 120001),
            item(u"B"_s, 200002, 240002),
            item(u"C"_s, 300003, std::nullopt), // listing only: face unknown
            item(u"D"_s, 999999, 999999, AssetStatus::Denied), // already out
            item(u"A"_s, 100001, 120001), // the same asset on a repeated page
        };
        const RemovalPreview preview = RemovalPreview::compute(assets, { u"B"_s, u"D"_s });
        QCOMPARE(preview.before.count, 3);
        QCOMPARE(preview.before.purchaseValue, Money::fromCentavos(600006));
        QCOMPARE(preview.before.faceValue, Money::fromCentavos(360003));
        QCOMPARE(preview.before.faceUnknown, 1);
        QCOMPARE(preview.removed.count, 1);
        QCOMPARE(preview.removed.purchaseValue, Money::fromCentavos(200002));
        QCOMPARE(preview.after.count, 2);
        QCOMPARE(preview.after.purchaseValue, Money::fromCentavos(400004));
        QCOMPARE(preview.after.faceValue, Money::fromCentavos(120001));
        QCOMPARE(preview.after.faceUnknown, 1);
    }
};

QTEST_GUILESS_MAIN(TestRemovalPreview)
#include "tst_removalpreview.moc"
