#include "batchpricing.h"

#include "core/businesscalendar.h"

#include <QMap>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

// The log of (1 + annual rate) is searched between these: from −99 % to about 1,000,000 % a year.
constexpr double lowestLogRate = -4.6;
constexpr double highestLogRate = 13.8;

double median(std::vector<double> values)
{
    const std::size_t middle = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(middle), values.end());
    const double upper = values[middle];
    if (values.size() % 2)
        return upper;
    return (*std::max_element(values.begin(), values.begin() + std::ptrdiff_t(middle)) + upper) / 2.0;
}

QString percentText(double fraction, const QLocale &locale)
{
    return locale.toString(fraction * 100.0, 'f', 2) + u"\u00a0%"_s;
}

} // namespace

std::optional<double> BatchPricing::rateOf(const QString &externalId) const
{
    const auto found = monthlyRates.constFind(externalId);
    return found == monthlyRates.constEnd() ? std::nullopt : std::optional<double>(*found);
}

bool BatchPricing::isFarFromRest(double monthlyRate) const
{
    return usualRange && (monthlyRate < usualRange->first || monthlyRate > usualRange->second);
}

std::optional<double> BatchPricing::impliedAnnualRate(const QList<CashFlow> &flows, Money price)
{
    if (flows.isEmpty() || price.centavos() <= 0)
        return std::nullopt;
    for (const CashFlow &flow : flows) {
        if (flow.businessDays <= 0 || flow.value.centavos() < 0)
            return std::nullopt;
    }
    if (flows.size() == 1) { // one title: (value / price)^(252 / days) − 1, in closed form
        const double x = std::log(double(flows.constFirst().value.centavos()) / double(price.centavos())) * businessDaysPerYear
            / flows.constFirst().businessDays;
        return x >= lowestLogRate && x <= highestLogRate ? std::optional(std::expm1(x)) : std::nullopt;
    }
    // f(x) = Σ value·e^(−x·t) − price, with x = ln(1 + annual rate) and t in years of 252 days: it
    // falls as x grows, so the root is bracketed and Newton's steps are kept inside the bracket.
    const double target = double(price.centavos());
    const auto valueAndSlope = [&](double x) {
        double value = -target, slope = 0.0;
        for (const CashFlow &flow : flows) {
            const double years = double(flow.businessDays) / businessDaysPerYear;
            const double discounted = double(flow.value.centavos()) * std::exp(-x * years);
            value += discounted;
            slope -= years * discounted;
        }
        return std::pair { value, slope };
    };
    double low = lowestLogRate, high = highestLogRate;
    if (valueAndSlope(low).first < 0 || valueAndSlope(high).first > 0)
        return std::nullopt;
    double x = 0.0;
    for (int step = 0; step < 200 && high - low > 1e-15; ++step) {
        const auto [value, slope] = valueAndSlope(x);
        if (std::abs(value) < 1e-9 * target) // x prices the flows to a billionth of the price: done
            break;
        (value > 0 ? low : high) = x;
        const double newton = slope < 0 ? x - value / slope : (low + high) / 2;
        x = newton > low && newton < high ? newton : (low + high) / 2;
    }
    return std::expm1(x);
}

std::optional<QList<BatchPricing::CashFlow>> BatchPricing::cashFlows(const Asset &asset, const QDate &date)
{
    if (!BusinessCalendar::isSupported(date))
        return std::nullopt;
    QList<CashFlow> flows;
    for (const auto &[due, value] : asset.maturities()) {
        if (!BusinessCalendar::isSupported(due))
            return std::nullopt;
        const int days = BusinessCalendar::businessDaysBetween(date, due);
        if (days <= 0)
            return std::nullopt;
        flows.append({ days, value });
    }
    return flows.isEmpty() ? std::nullopt : std::optional(flows);
}

std::optional<double> BatchPricing::impliedMonthlyRate(const Asset &asset, Money price, const QDate &date)
{
    const auto flows = cashFlows(asset, date);
    if (!flows)
        return std::nullopt;
    const auto annual = impliedAnnualRate(*flows, price);
    return annual ? std::optional(monthlyFromAnnual(*annual)) : std::nullopt;
}

double BatchPricing::monthlyFromAnnual(double annualRate)
{
    return std::expm1(std::log1p(annualRate) * businessDaysPerMonth / businessDaysPerYear);
}

double BatchPricing::annualFromMonthly(double monthlyRate)
{
    return std::expm1(std::log1p(monthlyRate) * businessDaysPerYear / businessDaysPerMonth);
}

QString BatchPricing::monthlyText(double monthlyRate, const QLocale &locale)
{
    return tr("%1 per month").arg(percentText(monthlyRate, locale));
}

QString BatchPricing::annualText(double annualRate, const QLocale &locale)
{
    return tr("%1 per year").arg(percentText(annualRate, locale));
}

BatchPricing BatchPricing::compute(const QList<AssetListItem> &assets, const QDate &assignmentDate)
{
    BatchPricing result;
    QMap<int, qint64> batchFlows; // business days → centavos due then, over every priced asset
    Money batchPrice;
    std::vector<double> rates;
    for (const AssetListItem &item : assets) {
        if (!item.status.countsTowardTotal() || !item.detail || (!item.detail->creditOperation && !item.detail->creditRight)
            || result.monthlyRates.contains(item.externalId))
            continue;
        const auto flows = cashFlows(*item.detail, assignmentDate);
        const auto annual = flows ? impliedAnnualRate(*flows, item.totalPurchaseValue) : std::nullopt;
        if (!annual) {
            ++result.unpricedCount;
            continue;
        }
        const double monthly = monthlyFromAnnual(*annual);
        result.monthlyRates.insert(item.externalId, monthly);
        result.pricedInBatchOrder.append(item.externalId);
        rates.push_back(monthly);
        for (const CashFlow &flow : *flows)
            batchFlows[flow.businessDays] += flow.value.centavos();
        batchPrice += item.totalPurchaseValue;
        if (!result.lowestMonthlyRate || monthly < *result.lowestMonthlyRate) {
            result.lowestMonthlyRate = monthly;
            result.lowestAsset = item.externalId;
        }
        if (!result.highestMonthlyRate || monthly > *result.highestMonthlyRate) {
            result.highestMonthlyRate = monthly;
            result.highestAsset = item.externalId;
        }
    }
    if (rates.empty())
        return result;

    QList<CashFlow> merged;
    for (auto it = batchFlows.cbegin(); it != batchFlows.cend(); ++it)
        merged.append({ it.key(), Money::fromCentavos(it.value()) });
    if (const auto annual = impliedAnnualRate(merged, batchPrice))
        result.batchMonthlyRate = monthlyFromAnnual(*annual);

    const double middle = median(rates);
    result.medianMonthlyRate = middle;
    if (int(rates.size()) >= minimumForComparison) {
        std::vector<double> deviations;
        deviations.reserve(rates.size());
        for (const double rate : rates)
            deviations.push_back(std::abs(rate - middle));
        const double tolerance = std::max(farDeviations * 1.4826 * median(std::move(deviations)), farFloorMonthly);
        result.usualRange = std::pair { middle - tolerance, middle + tolerance };
    }
    return result;
}

} // namespace cessio
