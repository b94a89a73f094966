#pragma once

#include "core/asset.h"
#include "core/money.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace cessio {

// What the price the fund pays implies (manager-needs §b item 7, §c item 22): each asset's rate, the
// batch's, and the assets far from the rest. The rate is the one at which the asset's installments,
// discounted over business days, are worth what the fund pays for it: effective, compounded on a
// 252-business-day year (BusinessCalendar), shown per month of 21 business days — the Brazilian
// market's convention [I: QI's API states no price convention; the fund's regulamento may use
// another]. The price is `total_purchase_value`; premiums and deductions are not in it [I: QI does
// not document who pays them].
struct BatchPricing
{
    Q_DECLARE_TR_FUNCTIONS(cessio::BatchPricing)

public:
    static constexpr int businessDaysPerYear = 252;
    static constexpr int businessDaysPerMonth = 21;
    // Assets needed before one can be "far from the rest": fewer have no rest to speak of.
    static constexpr int minimumForComparison = 5;
    // Far from the rest: further from the median than 4 robust standard deviations (1.4826 × the median
    // absolute deviation), and never closer than half a point a month — rounding to centavos and
    // a few days' difference move a rate by far less.
    static constexpr double farDeviations = 4.0;
    static constexpr double farFloorMonthly = 0.005;

    struct CashFlow
    {
        int businessDays = 0; // from the assignment date, over 0
        Money value;
    };

    QHash<QString, double> monthlyRates; // external id → implied monthly rate, of each priced asset
    QStringList pricedInBatchOrder;
    int unpricedCount = 0; // bought, with detail, but with no rate: a maturity on or before the date, or no price
    std::optional<double> batchMonthlyRate; // all priced assets' installments against their total price
    std::optional<double> medianMonthlyRate;
    std::optional<double> lowestMonthlyRate, highestMonthlyRate;
    QString lowestAsset, highestAsset; // external ids
    // Rates outside [low, high] are far from the rest; none when too few assets are priced.
    std::optional<std::pair<double, double>> usualRange;

    int pricedCount() const { return int(monthlyRates.size()); }
    std::optional<double> rateOf(const QString &externalId) const;
    bool isFarFromRest(double monthlyRate) const;

    // The rate per 252-day year at which `flows` are worth `price`; none when no rate is (no flows,
    // a flow not after the date, a price of zero, or one no positive rate of return comes near).
    static std::optional<double> impliedAnnualRate(const QList<CashFlow> &flows, Money price);
    // The asset's installments (or title) as flows from `date`; none when one is due on or before it.
    static std::optional<QList<CashFlow>> cashFlows(const Asset &asset, const QDate &date);
    static std::optional<double> impliedMonthlyRate(const Asset &asset, Money price, const QDate &date);
    static double monthlyFromAnnual(double annualRate);
    static double annualFromMonthly(double monthlyRate);

    // "2.05 % per month" ("2,05 % a.m." in pt_BR) — the user's locale, two decimals.
    static QString monthlyText(double monthlyRate, const QLocale &locale = {});
    static QString annualText(double annualRate, const QLocale &locale = {});

    // Over the assets being bought that carry their installments (the listing's detail).
    static BatchPricing compute(const QList<AssetListItem> &assets, const QDate &assignmentDate);
};

} // namespace cessio
