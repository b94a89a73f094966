#include "assetanalysis.h"

#include <QCoreApplication>
#include <QHash>
#include <QtConcurrent/QtConcurrentRun>
#include <QtNumeric>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

// Exact Σ value × days for the weighted term while it fits in 64 bits; a double after that
// (a ratio, not an amount: the rounding does not reach any total shown).
class WeightedSum
{
public:
    void add(Money value, qint64 days)
    {
        qint64 product = 0, sum = 0;
        if (!m_overflow && !qMulOverflow(value.centavos(), days, &product) && !qAddOverflow(m_exact, product, &sum)) {
            m_exact = sum;
            m_weight += value;
            return;
        }
        if (!m_overflow) {
            m_overflow = true;
            m_approximate = double(m_exact);
        }
        m_approximate += double(value.centavos()) * double(days);
        m_weight += value;
    }
    std::optional<double> average() const
    {
        if (m_weight.centavos() <= 0)
            return std::nullopt;
        return (m_overflow ? m_approximate : double(m_exact)) / double(m_weight.centavos());
    }

private:
    qint64 m_exact = 0;
    double m_approximate = 0.0;
    bool m_overflow = false;
    Money m_weight;
};

double ratio(Money part, Money whole)
{
    return whole.centavos() == 0 ? 0.0 : double(part.centavos()) / double(whole.centavos());
}

} // namespace

std::optional<Money> AssetAnalysis::discount() const
{
    if (!hasDetail())
        return std::nullopt;
    return faceValue - purchaseValueWithDetail;
}

std::optional<double> AssetAnalysis::discountRate() const
{
    if (!hasDetail() || faceValue.centavos() <= 0)
        return std::nullopt;
    return ratio(faceValue - purchaseValueWithDetail, faceValue);
}

AssetAnalysis::Bucket AssetAnalysis::bucketFor(qint64 days)
{
    if (days <= 0)
        return Bucket::AtOrBeforeDate;
    if (days <= 30)
        return Bucket::UpTo30;
    if (days <= 60)
        return Bucket::UpTo60;
    if (days <= 90)
        return Bucket::UpTo90;
    if (days <= 180)
        return Bucket::UpTo180;
    if (days <= 360)
        return Bucket::UpTo360;
    return Bucket::Over360;
}

QString AssetAnalysis::bucketLabel(Bucket bucket)
{
    switch (bucket) {
    case Bucket::AtOrBeforeDate:
        return QCoreApplication::translate("AssetAnalysis", "Overdue or at date");
    case Bucket::UpTo30:
        return QCoreApplication::translate("AssetAnalysis", "Up to 30 days");
    case Bucket::UpTo60:
        return QCoreApplication::translate("AssetAnalysis", "31–60 days");
    case Bucket::UpTo90:
        return QCoreApplication::translate("AssetAnalysis", "61–90 days");
    case Bucket::UpTo180:
        return QCoreApplication::translate("AssetAnalysis", "91–180 days");
    case Bucket::UpTo360:
        return QCoreApplication::translate("AssetAnalysis", "181–360 days");
    case Bucket::Over360:
        return QCoreApplication::translate("AssetAnalysis", "Over 360 days");
    case Bucket::Count:
        break;
    }
    return {};
}

QString AssetAnalysis::bucketShortLabel(Bucket bucket)
{
    switch (bucket) {
    case Bucket::AtOrBeforeDate:
        return u"≤ 0"_s;
    case Bucket::UpTo30:
        return u"1–30"_s;
    case Bucket::UpTo60:
        return u"31–60"_s;
    case Bucket::UpTo90:
        return u"61–90"_s;
    case Bucket::UpTo180:
        return u"91–180"_s;
    case Bucket::UpTo360:
        return u"181–360"_s;
    case Bucket::Over360:
        return u"> 360"_s;
    case Bucket::Count:
        break;
    }
    return {};
}

AssetAnalysis AssetAnalysis::compute(const QList<AssetListItem> &assets, const QDate &referenceDate,
                                     const QString &assignorDocument, const FundRules &rules,
                                     const std::shared_ptr<const TitleIndex::Snapshot> &earlier, const QString &batchId)
{
    AssetAnalysis result;
    result.referenceDate = referenceDate;
    result.assetCount = int(assets.size());

    QHash<AssetStatus::Value, StatusTotal> byKnownStatus;
    QList<StatusTotal> unknownStatuses; // kept verbatim, never dropped
    QHash<QString, qsizetype> debtorIndex;
    QList<Debtor> debtors;
    WeightedSum installmentTerm, finalTerm;
    std::array<BucketTotal, bucketCount> byInstallment {}, byFinalMaturity {};
    bool anyInstallment = false, anyDuration = false;
    QDate lastFromInstallments, lastFromDuration;

    for (const AssetListItem &item : assets) {
        // Status mix: every asset.
        if (item.status.isKnown()) {
            StatusTotal &total = byKnownStatus[item.status.value()];
            total.status = item.status;
            ++total.count;
            total.purchaseValue += item.totalPurchaseValue;
        } else {
            auto it = std::find_if(unknownStatuses.begin(), unknownStatuses.end(),
                                   [&](const StatusTotal &t) { return t.status == item.status; });
            if (it == unknownStatuses.end())
                it = unknownStatuses.insert(unknownStatuses.end(), StatusTotal { item.status, 0, {} });
            ++it->count;
            it->purchaseValue += item.totalPurchaseValue;
        }

        if (!item.status.countsTowardTotal())
            continue;
        ++result.analysedCount;
        result.purchaseValue += item.totalPurchaseValue;

        if (referenceDate.isValid() && item.durationDays) {
            anyDuration = true;
            const qint64 days = *item.durationDays;
            BucketTotal &bucket = byFinalMaturity[std::size_t(bucketFor(days))];
            bucket.value += item.totalPurchaseValue;
            ++bucket.count;
            finalTerm.add(item.totalPurchaseValue, std::max<qint64>(0, days));
            lastFromDuration = std::max(lastFromDuration, referenceDate.addDays(days));
        }

        if (!item.detail || (!item.detail->creditOperation && !item.detail->creditRight))
            continue;
        const Asset &asset = *item.detail;
        ++result.assetsWithDetail;
        result.purchaseValueWithDetail += item.totalPurchaseValue;
        const Money face = asset.faceValue();
        result.faceValue += face;

        const QString key = asset.debtorKey();
        auto found = debtorIndex.constFind(key);
        if (found == debtorIndex.constEnd()) {
            found = debtorIndex.insert(key, debtors.size());
            debtors.append(Debtor { asset.debtorName(), asset.debtorDocument(), {}, 0, 0.0 });
        }
        Debtor &debtor = debtors[*found];
        debtor.faceValue += face;
        ++debtor.assets;

        if (!referenceDate.isValid())
            continue;
        const auto maturities = asset.maturities();
        for (const auto &[date, value] : maturities) {
            if (!date.isValid())
                continue;
            anyInstallment = true;
            const qint64 days = referenceDate.daysTo(date);
            BucketTotal &bucket = byInstallment[std::size_t(bucketFor(days))];
            bucket.value += value;
            ++bucket.count;
            installmentTerm.add(value, std::max<qint64>(0, days));
            lastFromInstallments = std::max(lastFromInstallments, date);
        }
    }

    // The detailed basis only when every analysed asset has it; a profile of half the batch would mislead.
    if (anyInstallment && result.isComplete()) {
        result.maturityBasis = MaturityBasis::Installments;
        result.maturity = byInstallment;
        result.weightedAverageTermDays = installmentTerm.average();
        result.lastMaturity = lastFromInstallments;
    } else if (anyDuration) {
        result.maturityBasis = MaturityBasis::FinalMaturity;
        result.maturity = byFinalMaturity;
        result.weightedAverageTermDays = finalTerm.average();
        result.lastMaturity = lastFromDuration;
    }

    // Concentration by face value.
    std::sort(debtors.begin(), debtors.end(), [](const Debtor &a, const Debtor &b) {
        return a.faceValue != b.faceValue ? a.faceValue > b.faceValue : a.name < b.name;
    });
    result.debtorCount = int(debtors.size());
    if (!debtors.isEmpty()) {
        double hhi = 0.0;
        for (Debtor &debtor : debtors) {
            debtor.share = ratio(debtor.faceValue, result.faceValue);
            hhi += debtor.share * debtor.share;
        }
        result.herfindahl = hhi;
        result.topDebtors = debtors.mid(0, topDebtorCount);
        for (qsizetype i = topDebtorCount; i < debtors.size(); ++i) {
            result.otherDebtors.faceValue += debtors.at(i).faceValue;
            result.otherDebtors.assets += debtors.at(i).assets;
        }
        result.otherDebtors.share = ratio(result.otherDebtors.faceValue, result.faceValue);
    }

    for (const AssetStatus::Value value : AssetStatus::all()) {
        if (const auto it = byKnownStatus.constFind(value); it != byKnownStatus.constEnd())
            result.statusMix.append(*it);
    }
    result.statusMix.append(unknownStatuses);
    result.checks = AssetChecks::run(assets, referenceDate, assignorDocument, rules, earlier.get(), batchId);
    return result;
}

QFuture<AssetAnalysis> AssetAnalysis::computeAsync(const QList<AssetListItem> &assets, const QDate &referenceDate,
                                                   const QString &assignorDocument, const FundRules &rules,
                                                   std::shared_ptr<TitleIndex> index, const QString &batchId)
{
    return QtConcurrent::run([assets, referenceDate, assignorDocument, rules, index, batchId] {
        return compute(assets, referenceDate, assignorDocument, rules, index ? index->snapshot() : nullptr, batchId);
    });
}

} // namespace cessio
