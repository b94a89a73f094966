// What a batch's price implies: each asset's rate over business days (252 a year, 21 a month), the
// batch's rate, the assets far from the rest (an alert) and the fund's lowest rate (a limit).
#include "core/businesscalendar.h"
#include "services/assetchecks.h"
#include "services/batchpricing.h"
#include "services/fundrules.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using cessio::Asset;
using cessio::AssetChecks;
using cessio::AssetListItem;
using cessio::AssetStatus;
using cessio::AssetType;
using cessio::BatchPricing;
using cessio::BusinessCalendar;
using cessio::FundRules;
using cessio::Money;

namespace {

const QDate assignmentDate(2026, 12, 7); // a Monday

// A duplicata worth `face` on `due`, bought at `monthlyRate` (or for `price` when given).
AssetListItem title(const QString &id, qint64 faceCentavos, const QDate &due, double monthlyRate,
                    std::optional<Money> price = std::nullopt)
{
    Asset asset;
    asset.externalId = id;
    asset.type = AssetType::DuplicataMercantil;
    asset.status = AssetStatus::PreApproved;
    const int days = BusinessCalendar::businessDaysBetween(assignmentDate, due);
    asset.totalPurchaseValue
        = price.value_or(Money::fromCentavos(std::llround(double(faceCentavos) / std::pow(1.0 + monthlyRate, days / 21.0))));
    cessio::DiscountedCreditRight right;
    right.externalId = id;
    right.maturityDate = due;
    right.faceValue = Money::fromCentavos(faceCentavos);
    right.borrower.name = u"Debtor"_s;
    right.borrower.documentNumber = u"11.222.333/0001-81"_s;
    asset.creditRight = right;
    AssetListItem item = AssetListItem::fromAsset(asset);
    item.detail = asset;
    return item;
}

// Ten titles at 2 % a month, due over the next months, and one bought at 0.5 %: the fund overpays.
QList<AssetListItem> batchWithOneOverpriced()
{
    QList<AssetListItem> assets;
    for (int i = 0; i < 10; ++i)
        assets.append(title(u"T%1"_s.arg(i), 1000000 + 12345 * i, assignmentDate.addDays(20 + 17 * i), 0.02));
    assets.append(title(u"CHEAP"_s, 2000000, assignmentDate.addDays(90), 0.005));
    return assets;
}

} // namespace

class TestBatchPricing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneTitle_rateIsTheClosedForm()
    {
        // R$ 100.000,00 due in 63 business days, bought for R$ 94.000,00: (100/94)^(21/63) − 1 a month.
        const QDate due = QDate(2027, 3, 8);
        const int days = BusinessCalendar::businessDaysBetween(assignmentDate, due);
        const AssetListItem item = title(u"A"_s, 10000000, due, 0, Money::fromCentavos(9400000));
        const auto rate = BatchPricing::impliedMonthlyRate(*item.detail, item.totalPurchaseValue, assignmentDate);
        QVERIFY(rate);
        const double expected = std::pow(100.0 / 94.0, 21.0 / days) - 1.0;
        QVERIFY2(std::abs(*rate - expected) < 1e-12, qPrintable(QString::number(*rate - expected)));
    }

    void installments_rateIsRecovered()
    {
        // A CCB of 12 monthly installments priced at 30 % a year (base 252): the rate comes back.
        cessio::CreditOperation operation;
        double price = 0;
        for (int k = 1; k <= 12; ++k) {
            const QDate due = assignmentDate.addMonths(k);
            const qint64 value = 250000000 + 1000000 * k; // R$ 2.5 million and up: centavos do not matter
            operation.installments.append({ due, k, Money::fromCentavos(value) });
            price += double(value) / std::pow(1.30, BusinessCalendar::businessDaysBetween(assignmentDate, due) / 252.0);
        }
        Asset asset;
        asset.creditOperation = operation;
        const auto flows = BatchPricing::cashFlows(asset, assignmentDate);
        QVERIFY(flows);
        QCOMPARE(flows->size(), 12);
        const auto annual = BatchPricing::impliedAnnualRate(*flows, Money::fromCentavos(std::llround(price)));
        QVERIFY(annual);
        QVERIFY2(std::abs(*annual - 0.30) < 1e-7, qPrintable(QString::number(*annual, 'g', 12)));
        QVERIFY(std::abs(BatchPricing::annualFromMonthly(BatchPricing::monthlyFromAnnual(0.30)) - 0.30) < 1e-12);
    }

    // A demo CCB the solver once got wrong: converged, then stepped away to the bracket's middle (79.7 %
    // a month). Whatever the path, the rate returned must price the flows back to what was paid.
    void installments_rateReturnedPricesTheFlowsBack()
    {
        const int days[] = { 17, 38, 56, 77, 98, 118, 139, 161, 183, 202, 223, 243 };
        const qint64 values[]
            = { 233438, 229951, 226464, 222977, 219490, 216003, 212516, 209029, 205542, 202055, 198568, 195090 };
        QList<BatchPricing::CashFlow> flows;
        for (int i = 0; i < 12; ++i)
            flows.append({ days[i], Money::fromCentavos(values[i]) });
        const Money price = Money::fromCentavos(2250911);
        const auto annual = BatchPricing::impliedAnnualRate(flows, price);
        QVERIFY(annual);
        double repriced = 0;
        for (const BatchPricing::CashFlow &flow : flows)
            repriced += double(flow.value.centavos()) / std::pow(1.0 + *annual, flow.businessDays / 252.0);
        QVERIFY2(std::abs(repriced - double(price.centavos())) < 1.0, qPrintable(QString::number(*annual)));
        const double monthly = BatchPricing::monthlyFromAnnual(*annual);
        QVERIFY2(monthly > 0.02 && monthly < 0.025, qPrintable(QString::number(monthly)));
    }

    // Any flows and any price a rate explains: the rate returned prices them back to the price.
    void randomFlows_rateAlwaysPricesThemBack()
    {
        QRandomGenerator random(20261207);
        for (int round = 0; round < 500; ++round) {
            QList<BatchPricing::CashFlow> flows;
            qint64 face = 0;
            const int count = 1 + int(random.bounded(40));
            for (int i = 0, days = 0; i < count; ++i) {
                days += 1 + int(random.bounded(60));
                const qint64 value = 100 + random.bounded(10'000'000);
                flows.append({ days, Money::fromCentavos(value) });
                face += value;
            }
            // From a little over face (a negative rate) to a deep discount.
            const Money price = Money::fromCentavos(qint64(double(face) * (0.3 + random.generateDouble() * 0.75)));
            const auto annual = BatchPricing::impliedAnnualRate(flows, price);
            if (!annual)
                continue; // beyond the rates searched (a short, deep discount)
            double repriced = 0;
            for (const BatchPricing::CashFlow &flow : flows)
                repriced += double(flow.value.centavos()) * std::exp(-std::log1p(*annual) * flow.businessDays / 252.0);
            QVERIFY2(std::abs(repriced - double(price.centavos())) <= std::max(1.0, 1e-8 * double(price.centavos())),
                     qPrintable(u"round %1: %2 vs %3"_s.arg(round).arg(repriced).arg(price.centavos())));
        }
    }

    void unpriceable_noRateRatherThanAWrongOne()
    {
        // Due on the assignment date, or before it: no business days to discount over.
        const AssetListItem dueToday = title(u"A"_s, 100000, assignmentDate, 0.02, Money::fromCentavos(99000));
        QVERIFY(!BatchPricing::impliedMonthlyRate(*dueToday.detail, dueToday.totalPurchaseValue, assignmentDate));
        const AssetListItem free = title(u"B"_s, 100000, assignmentDate.addDays(30), 0.02, Money());
        QVERIFY(!BatchPricing::impliedMonthlyRate(*free.detail, free.totalPurchaseValue, assignmentDate));
        QVERIFY(!BatchPricing::impliedAnnualRate({}, Money::fromCentavos(100)));
        // Paying more than face value is a negative rate, not an error.
        const AssetListItem above = title(u"C"_s, 100000, assignmentDate.addDays(30), 0.02, Money::fromCentavos(101000));
        const auto negative = BatchPricing::impliedMonthlyRate(*above.detail, above.totalPurchaseValue, assignmentDate);
        QVERIFY(negative && *negative < 0);
    }

    void batch_medianRangeAndTheOneFarFromTheRest()
    {
        QList<AssetListItem> assets = batchWithOneOverpriced();
        assets.append(title(u"OVERDUE"_s, 100000, assignmentDate.addDays(-3), 0.02, Money::fromCentavos(99000)));
        AssetListItem denied = title(u"DENIED"_s, 100000, assignmentDate.addDays(30), 0.20);
        denied.status = AssetStatus::Denied;
        assets.append(denied);

        const BatchPricing pricing = BatchPricing::compute(assets, assignmentDate);
        QCOMPARE(pricing.pricedCount(), 11);
        QCOMPARE(pricing.unpricedCount, 1);
        QVERIFY(!pricing.rateOf(u"DENIED"_s));
        QVERIFY(std::abs(*pricing.medianMonthlyRate - 0.02) < 1e-4);
        QCOMPARE(pricing.lowestAsset, u"CHEAP"_s);
        QVERIFY(std::abs(*pricing.lowestMonthlyRate - 0.005) < 1e-4);
        QVERIFY(*pricing.batchMonthlyRate > 0.005 && *pricing.batchMonthlyRate < 0.02);
        QVERIFY(pricing.usualRange);
        QVERIFY(pricing.isFarFromRest(*pricing.rateOf(u"CHEAP"_s)));
        for (int i = 0; i < 10; ++i)
            QVERIFY(!pricing.isFarFromRest(*pricing.rateOf(u"T%1"_s.arg(i))));

        const AssetChecks checks = AssetChecks::run(assets, assignmentDate, QString());
        QCOMPARE(checks.assetsPerRule.at(std::size_t(AssetChecks::Rule::RateFarFromBatch)), 1);
        const auto findings = checks.findingsFor(u"CHEAP"_s);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.constFirst().rule, AssetChecks::Rule::RateFarFromBatch);
        QVERIFY2(findings.constFirst().detail.contains(u"0.50"_s) && findings.constFirst().detail.contains(u"2.00"_s),
                 qPrintable(findings.constFirst().detail));
        QCOMPARE(checks.pricing.pricedCount(), 11);
    }

    void batch_tooFewToCompare_noneFar()
    {
        const QList<AssetListItem> assets { title(u"A"_s, 100000, assignmentDate.addDays(30), 0.02),
                                            title(u"B"_s, 100100, assignmentDate.addDays(31), 0.005) };
        const BatchPricing pricing = BatchPricing::compute(assets, assignmentDate);
        QCOMPARE(pricing.pricedCount(), 2);
        QVERIFY(!pricing.usualRange);
        QCOMPARE(AssetChecks::run(assets, assignmentDate, QString()).flaggedCount(), 0);
    }

    void fundRule_lowestRate_flagsTheCheapAndMeasuresTheBatch()
    {
        FundRules rules;
        rules.minMonthlyRateBasisPoints = 180; // 1.80 % a month
        const FundRules::Evaluation evaluation = rules.evaluate(batchWithOneOverpriced(), assignmentDate);
        QCOMPARE(evaluation.verdicts.size(), 1);
        const FundRules::Verdict &verdict = evaluation.verdicts.constFirst();
        QCOMPARE(verdict.key, u"min_monthly_rate_bp"_s);
        QVERIFY(!verdict.passed);
        QCOMPARE(verdict.assetsOutside, 1);
        QVERIFY2(verdict.measured.contains(u"CHEAP"_s), qPrintable(verdict.measured));
        QCOMPARE(evaluation.outside.keys(), QList<QString> { u"CHEAP"_s });

        rules.minMonthlyRateBasisPoints = 40; // 0.40 %: every asset is above it
        const FundRules::Evaluation passing = rules.evaluate(batchWithOneOverpriced(), assignmentDate);
        QVERIFY(passing.verdicts.constFirst().passed);
        QVERIFY2(passing.verdicts.constFirst().headroom.contains(u"0.10"_s), qPrintable(passing.verdicts.constFirst().headroom));
    }

    void fundRule_rateShownAsTheMinimum_isNotBelowIt()
    {
        // Bought at exactly 1.8 % a month, to the centavo on a large title: not under a 1.80 % minimum.
        FundRules rules;
        rules.minMonthlyRateBasisPoints = 180;
        const QList<AssetListItem> assets { title(u"A"_s, 5000000000, assignmentDate.addDays(60), 0.018) };
        QVERIFY(rules.evaluate(assets, assignmentDate).verdicts.constFirst().passed);
    }

    void fundRule_json_roundTripAndBadValues()
    {
        FundRules rules;
        rules.minMonthlyRateBasisPoints = 185;
        const QString text = rules.toJsonText();
        QVERIFY(text.contains(u"\"min_monthly_rate_bp\":185"_s));
        QCOMPARE(FundRules::fromJsonText(text), rules);
        for (const QString &bad : { u"{\"min_monthly_rate_bp\":0}"_s, u"{\"min_monthly_rate_bp\":10001}"_s,
                                    u"{\"min_monthly_rate_bp\":1.5}"_s, u"{\"min_monthly_rate_bp\":\"185\"}"_s }) {
            QString error;
            QVERIFY2(!FundRules::fromJsonText(bad, &error), qPrintable(bad));
            QVERIFY(error.contains(u"min_monthly_rate_bp"_s));
        }
    }
};

QTEST_GUILESS_MAIN(TestBatchPricing)
#include "tst_batchpricing.moc"
