#pragma once

#include "assetchecks.h"
#include "core/asset.h"
#include "core/money.h"
#include "core/statuses.h"

#include <QDate>
#include <QFuture>
#include <QList>
#include <QString>

#include <array>
#include <memory>
#include <optional>

namespace cessio {

// The numbers a manager looks at before deciding a batch (manager-needs §b items 5, 7, 8): maturity
// profile, concentration by debtor, status mix, face value against purchase value. Pure computation
// over the asset list, exact in centavos (Money); ratios are computed once from exact totals.
//
// The list item of the asset listing carries no maturities and no debtor (reference §5.7); only the
// full asset has them. When a listing item embeds the full asset (old docs shape, and the simulator)
// it is used; otherwise those figures are computed over the assets that have it and `assetsWithDetail`
// says how many that is — the UI says what is missing instead of inventing it.
struct AssetAnalysis
{
    // Days from the reference date (the batch's assignment date) to each maturity.
    enum class Bucket { AtOrBeforeDate, UpTo30, UpTo60, UpTo90, UpTo180, UpTo360, Over360, Count };
    static constexpr int bucketCount = int(Bucket::Count);
    // How the maturity profile was built.
    enum class MaturityBasis {
        Installments, // each installment/title's own due date and face value (full assets)
        FinalMaturity, // only the listing's `duration` (days to the last maturity), weighted by purchase value
        None, // neither is available
    };

    struct BucketTotal
    {
        Money value; // face value of the installments due in the bucket (purchase value for FinalMaturity)
        int count = 0; // installments (or assets, for FinalMaturity)
    };
    struct Debtor
    {
        QString name;
        QString document; // as sent; formatted by the UI
        Money faceValue;
        int assets = 0;
        double share = 0.0; // of the analysed face value, 0..1
    };
    struct StatusTotal
    {
        AssetStatus status;
        int count = 0;
        Money purchaseValue;
    };

    QDate referenceDate;
    int assetCount = 0; // every asset listed
    int analysedCount = 0; // the ones the fund is buying: not denied and not discarded
    int assetsWithDetail = 0; // of the analysed ones, how many carried the full asset

    Money purchaseValue; // of the analysed assets (equals assets_summary's total when complete)
    Money purchaseValueWithDetail; // the same, only over assets with detail: comparable to faceValue
    Money faceValue; // of the analysed assets with detail
    // face − purchase over the assets with detail, and that as a fraction of face; none without detail.
    std::optional<Money> discount() const;
    std::optional<double> discountRate() const;

    MaturityBasis maturityBasis = MaturityBasis::None;
    std::array<BucketTotal, bucketCount> maturity {};
    std::optional<double> weightedAverageTermDays; // weighted by the same values as the profile
    QDate lastMaturity;

    QList<Debtor> topDebtors; // the largest ten by face value, largest first
    Debtor otherDebtors; // everyone else together (name empty)
    int debtorCount = 0;
    std::optional<double> herfindahl; // Σ share², 0..1 (×10,000 for the usual HHI points)

    QList<StatusTotal> statusMix; // every asset (denied and discarded too), in AssetStatus order

    AssetChecks checks; // data-sanity alerts on the assets being bought
    const BatchPricing &pricing() const { return checks.pricing; } // the implied rates the checks ran on

    bool isComplete() const { return assetsWithDetail == analysedCount; }
    bool hasDetail() const { return assetsWithDetail > 0; }

    static constexpr int topDebtorCount = 10;
    static Bucket bucketFor(qint64 days);
    static QString bucketLabel(Bucket bucket); // translated: "Up to 30 days", "Overdue or at date"
    static QString bucketShortLabel(Bucket bucket); // for chart axes: "≤ 0", "1–30", ..., "> 360"

    // Without a valid `referenceDate` there is no maturity profile (basis None). The assignor's
    // CPF/CNPJ lets the checks spot a debtor who is the assignor itself; `rules` are the fund's limits;
    // `earlier` the titles of batches checked before (this one is `batchId`).
    static AssetAnalysis compute(const QList<AssetListItem> &assets, const QDate &referenceDate,
                                 const QString &assignorDocument = {}, const FundRules &rules = {},
                                 const std::shared_ptr<const TitleIndex::Snapshot> &earlier = {}, const QString &batchId = {});
    // The same on a worker thread (20,000 assets must not stall the window).
    // The index is read there too (its first read loads a file).
    static QFuture<AssetAnalysis> computeAsync(const QList<AssetListItem> &assets, const QDate &referenceDate,
                                               const QString &assignorDocument = {}, const FundRules &rules = {},
                                               std::shared_ptr<TitleIndex> index = {}, const QString &batchId = {});
};

} // namespace cessio
