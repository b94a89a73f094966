#include "fundrules.h"

#include "batchpricing.h"
#include "core/documentnumber.h"
#include "services/portfolio/portfoliotypes.h"
#include "services/settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

QString percentText(double basisPoints, const QLocale &locale)
{
    return locale.toString(basisPoints / 100.0, 'f', 1) + u"\u00a0%"_s;
}

// Assets per limit, in the order of FundRules' fields.
enum Limit { Term, AssetValue, BatchValue, DebtorShare, Companies, Types, MinRate, Watched, LimitCount };

} // namespace

QString FundRules::Verdict::outcome() const
{
    if (passed)
        return headroom;
    if (!excess.isEmpty())
        return excess;
    return assetsOutside > 0 ? tr("%Ln asset(s) outside", nullptr, assetsOutside) : tr("over the limit");
}

bool FundRules::isEmpty() const
{
    return !maxTermDays && !maxAssetValue && !maxBatchValue && !maxDebtorShareBasisPoints && !companiesOnly
        && allowedTypes.isEmpty() && !minMonthlyRateBasisPoints && watchList.isEmpty();
}

FundRules FundRules::withEveryFundList(const QList<WatchedParty> &everyFund) const
{
    FundRules rules = *this;
    for (WatchedParty party : everyFund) {
        party.everyFund = true;
        rules.watchList.append(party);
    }
    return rules;
}

QString FundRules::toJsonText() const
{
    QJsonObject json;
    if (maxTermDays)
        json.insert(u"max_term_days"_s, *maxTermDays);
    if (maxAssetValue)
        json.insert(u"max_asset_value"_s, maxAssetValue->toDecimalString());
    if (maxBatchValue)
        json.insert(u"max_batch_value"_s, maxBatchValue->toDecimalString());
    if (maxDebtorShareBasisPoints)
        json.insert(u"max_debtor_share_bp"_s, *maxDebtorShareBasisPoints);
    if (companiesOnly)
        json.insert(u"companies_only"_s, true);
    if (!allowedTypes.isEmpty()) {
        QJsonArray types;
        for (const AssetType::Value type : allowedTypes)
            types.append(AssetType::apiName(type));
        json.insert(u"allowed_types"_s, types);
    }
    if (minMonthlyRateBasisPoints)
        json.insert(u"min_monthly_rate_bp"_s, *minMonthlyRateBasisPoints);
    QJsonArray watched;
    for (const WatchedParty &party : watchList) {
        if (!party.everyFund) // the list for every fund is stored once, under its own key
            watched.append(QJsonObject { { u"party"_s, party.root }, { u"name"_s, party.name }, { u"reason"_s, party.reason } });
    }
    if (!watched.isEmpty())
        json.insert(u"watch_list"_s, watched);
    return json.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

std::optional<FundRules> FundRules::fromJsonText(const QString &text, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<FundRules> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    FundRules rules;
    if (text.trimmed().isEmpty())
        return rules;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (!document.isObject())
        return fail(tr("not a JSON object (%1)").arg(parseError.errorString()));
    const QJsonObject json = document.object();
    const auto positiveInteger = [&](const QString &key, int max) -> std::optional<int> {
        const QJsonValue value = json.value(key);
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number != double(qint64(number)) || number < 1 || number > max)
            return std::nullopt;
        return int(number);
    };
    const auto amount = [&](const QString &key) -> std::optional<Money> {
        const auto money = Money::fromDecimalString(json.value(key).toString());
        return money && money->centavos() > 0 ? money : std::nullopt;
    };
    if (json.contains(u"max_term_days"_s) && !(rules.maxTermDays = positiveInteger(u"max_term_days"_s, 36500)))
        return fail(tr("\"%1\" must be a whole number of days from 1 to 36500").arg(u"max_term_days"_s));
    if (json.contains(u"max_asset_value"_s) && !(rules.maxAssetValue = amount(u"max_asset_value"_s)))
        return fail(tr("\"%1\" must be a positive amount such as \"1500.00\"").arg(u"max_asset_value"_s));
    if (json.contains(u"max_batch_value"_s) && !(rules.maxBatchValue = amount(u"max_batch_value"_s)))
        return fail(tr("\"%1\" must be a positive amount such as \"1500.00\"").arg(u"max_batch_value"_s));
    if (json.contains(u"max_debtor_share_bp"_s)
        && !(rules.maxDebtorShareBasisPoints = positiveInteger(u"max_debtor_share_bp"_s, 10000)))
        return fail(tr("\"%1\" must be from 1 to 10000 basis points").arg(u"max_debtor_share_bp"_s));
    rules.companiesOnly = json.value(u"companies_only"_s).toBool(false);
    for (const QJsonValue &type : json.value(u"allowed_types"_s).toArray()) {
        const AssetType parsed = AssetType::fromApi(type.toString());
        if (!parsed.isKnown())
            return fail(tr("unknown asset type \"%1\"").arg(type.toString()));
        rules.allowedTypes.append(parsed.value());
    }
    if (json.contains(u"min_monthly_rate_bp"_s)
        && !(rules.minMonthlyRateBasisPoints = positiveInteger(u"min_monthly_rate_bp"_s, 10000)))
        return fail(tr("\"%1\" must be from 1 to 10000 hundredths of a percent a month").arg(u"min_monthly_rate_bp"_s));
    const QJsonArray watched = json.value(u"watch_list"_s).toArray();
    if (watched.size() > maxWatchListSize)
        return fail(tr("\"%1\" has more than %2 parties").arg(u"watch_list"_s).arg(maxWatchListSize));
    for (const QJsonValue &entry : watched) {
        const QJsonObject party = entry.toObject();
        const auto root = portfolio::relatedPartyRoot(party.value(u"party"_s).toString());
        if (!root)
            return fail(tr("\"%1\" is not a CPF, CNPJ or CNPJ root in the watch-list").arg(party.value(u"party"_s).toString()));
        rules.watchList.append({ *root, party.value(u"name"_s).toString().left(maxWatchTextLength),
                                 party.value(u"reason"_s).toString().left(maxWatchTextLength), false });
    }
    return rules;
}

std::optional<FundRules> FundRules::load(const Settings &settings, const QString &fundClassKey, QString *error)
{
    if (fundClassKey.isEmpty())
        return FundRules {};
    QString why;
    auto rules = fromJsonText(settings.value<QString>(Settings::Key::FundRules, fundClassKey), &why);
    if (!rules && error)
        *error = tr("The rules saved for this fund could not be read (%1). Open Fund rules… to set them again.").arg(why);
    return rules;
}

void FundRules::save(Settings &settings, const QString &fundClassKey, const FundRules &rules)
{
    if (rules.isEmpty())
        settings.reset(Settings::Key::FundRules, fundClassKey);
    else
        settings.setValue(Settings::Key::FundRules, rules.toJsonText(), fundClassKey);
}

FundRules::Evaluation FundRules::evaluate(const QList<AssetListItem> &assets, const QDate &assignmentDate,
                                          const BatchPricing *pricing, const QString &assignorDocument) const
{
    Evaluation result;
    if (isEmpty())
        return result;
    const QLocale locale;
    std::array<int, LimitCount> outsideCount {};
    const auto breaks = [&](const QString &id, Limit limit, const QString &what) {
        result.outside[id].append(what);
        ++outsideCount[limit];
    };
    Money batchTotal, largestValue, faceTotal;
    qint64 longestTerm = -1;
    QHash<QString, const WatchedParty *> watched; // by root
    for (const WatchedParty &party : watchList)
        watched.insert(party.root, &party);
    const auto watchedText = [&](const QString &who, const WatchedParty &party) {
        const QString name = party.name.isEmpty() ? party.root : party.name;
        return party.reason.isEmpty() ? tr("%1 (%2) is on the watch-list").arg(who, name)
                                      : tr("%1 (%2) is on the watch-list: %3").arg(who, name, party.reason);
    };
    const WatchedParty *watchedAssignor
        = assignorDocument.trimmed().isEmpty() ? nullptr : watched.value(portfolio::partyRoot(assignorDocument, {}));
    QHash<QString, Money> faceByDebtor;
    QHash<QString, QString> debtorName;
    QHash<QString, QStringList> assetsOfDebtor;

    for (const AssetListItem &item : assets) {
        if (!item.status.countsTowardTotal())
            continue;
        batchTotal += item.totalPurchaseValue;
        largestValue = std::max(largestValue, item.totalPurchaseValue);
        if (watchedAssignor) // every asset the assignor sells: removing them all is denying the batch
            breaks(item.externalId, Watched, watchedText(tr("the assignor"), *watchedAssignor));
        if (maxAssetValue && item.totalPurchaseValue > *maxAssetValue)
            breaks(item.externalId, AssetValue,
                   tr("purchase value %1 (limit %2)").arg(item.totalPurchaseValue.format(locale), maxAssetValue->format(locale)));
        const bool hasDetail = item.detail && (item.detail->creditOperation || item.detail->creditRight);
        const AssetType type = !item.type.isKnown() && hasDetail ? item.detail->type : item.type;
        if (!allowedTypes.isEmpty() && !allowedTypes.contains(type.value()))
            breaks(item.externalId, Types, tr("%1 is not a type this fund buys").arg(type.displayName()));
        if (!hasDetail) {
            ++result.uncheckedCount;
            continue;
        }
        const Asset &asset = *item.detail;
        const auto maturities = asset.maturities();
        if (assignmentDate.isValid() && !maturities.isEmpty() && maturities.constLast().first.isValid()) {
            const qint64 term = assignmentDate.daysTo(maturities.constLast().first);
            longestTerm = std::max(longestTerm, term);
            if (maxTermDays && term > *maxTermDays)
                breaks(item.externalId, Term,
                       tr("term of %Ln days (limit %1)", nullptr, int(term)).arg(locale.toString(*maxTermDays)));
        }
        const DocumentNumber debtor = DocumentNumber::parse(asset.debtorDocument());
        if (companiesOnly && debtor.kind() != DocumentNumber::Kind::Cnpj)
            breaks(item.externalId, Companies, tr("the debtor is not a company (no CNPJ)"));
        if (const WatchedParty *party = watched.value(portfolio::partyRoot(asset.debtorDocument(), {})))
            breaks(item.externalId, Watched, watchedText(tr("its debtor"), *party));
        const QString key = asset.debtorKey();
        const Money face = asset.faceValue();
        faceByDebtor[key] += face;
        faceTotal += face;
        debtorName.insert(key, asset.debtorName());
        assetsOfDebtor[key].append(item.externalId);
    }

    // Concentration: every asset of a debtor above the limit breaks it (removing them is the remedy).
    double largestShare = 0; // basis points
    QString largestDebtor;
    for (auto it = faceByDebtor.cbegin(); it != faceByDebtor.cend(); ++it) {
        const double share = faceTotal.centavos() > 0 ? 10000.0 * double(it->centavos()) / double(faceTotal.centavos()) : 0.0;
        if (share > largestShare) {
            largestShare = share;
            largestDebtor = debtorName.value(it.key());
        }
        if (maxDebtorShareBasisPoints && share > *maxDebtorShareBasisPoints) {
            for (const QString &id : assetsOfDebtor.value(it.key()))
                breaks(id, DebtorShare,
                       tr("its debtor holds %1 of the batch (limit %2)")
                           .arg(percentText(share, locale), percentText(*maxDebtorShareBasisPoints, locale)));
        }
    }

    // The minimum rate: every priced asset below it breaks it; the batch's lowest rate is measured.
    std::optional<BatchPricing> computed;
    if (minMonthlyRateBasisPoints && !pricing)
        pricing = &computed.emplace(BatchPricing::compute(assets, assignmentDate));
    const double minRate = minMonthlyRateBasisPoints.value_or(0) / 10000.0;
    // Compared as shown, in whole basis points (hundredths of a percent): a rate shown as the minimum is not below it.
    const auto shownBasisPoints = [](double rate) { return std::llround(rate * 10000.0); };
    if (minMonthlyRateBasisPoints) {
        for (const QString &id : pricing->pricedInBatchOrder) {
            const double rate = pricing->monthlyRates.value(id);
            if (shownBasisPoints(rate) < *minMonthlyRateBasisPoints)
                breaks(id, MinRate,
                       tr("implied rate %1 (minimum %2)")
                           .arg(BatchPricing::monthlyText(rate, locale), BatchPricing::monthlyText(minRate, locale)));
        }
    }

    // Each verdict keyed like its limit in the stored JSON: stable for exports and scripts.
    const auto verdict = [&](const QString &name, const QString &measured, const QString &limit, const QString &headroom,
                             Limit which, bool passed) {
        static const char16_t *const keys[LimitCount]
            = { u"max_term_days",  u"max_asset_value", u"max_batch_value",     u"max_debtor_share_bp",
                u"companies_only", u"allowed_types",   u"min_monthly_rate_bp", u"watch_list" };
        result.verdicts.append({ name,
                                 measured,
                                 limit,
                                 passed ? headroom : QString(),
                                 {},
                                 passed,
                                 outsideCount[which],
                                 QString::fromUtf16(keys[which]) });
    };
    const QString dash = u"—"_s;
    if (maxTermDays)
        verdict(tr("Longest term"), longestTerm < 0 ? dash : tr("%Ln days", nullptr, int(longestTerm)),
                tr("%Ln days", nullptr, *maxTermDays),
                longestTerm < 0 ? QString() : tr("%Ln days to spare", nullptr, int(*maxTermDays - longestTerm)), Term,
                outsideCount[Term] == 0);
    if (maxAssetValue)
        verdict(tr("Largest asset"), largestValue.format(locale), maxAssetValue->format(locale),
                tr("%1 to spare").arg((*maxAssetValue - largestValue).format(locale)), AssetValue, outsideCount[AssetValue] == 0);
    if (maxBatchValue) {
        const bool passed = batchTotal <= *maxBatchValue;
        verdict(tr("Batch value"), batchTotal.format(locale), maxBatchValue->format(locale),
                tr("%1 to spare").arg((*maxBatchValue - batchTotal).format(locale)), BatchValue, passed);
        if (!passed)
            result.verdicts.last().excess = tr("%1 over").arg((batchTotal - *maxBatchValue).format(locale));
    }
    if (maxDebtorShareBasisPoints)
        verdict(tr("Largest debtor"),
                largestDebtor.isEmpty() ? dash : tr("%1 (%2)").arg(percentText(largestShare, locale), largestDebtor),
                percentText(*maxDebtorShareBasisPoints, locale),
                tr("%1 points to spare").arg(locale.toString((*maxDebtorShareBasisPoints - largestShare) / 100.0, 'f', 1)),
                DebtorShare, outsideCount[DebtorShare] == 0);
    if (companiesOnly)
        verdict(tr("Debtors"), tr("%Ln asset(s) owed by people", nullptr, outsideCount[Companies]), tr("companies only"), {},
                Companies, outsideCount[Companies] == 0);
    if (!allowedTypes.isEmpty()) {
        QStringList names;
        for (const AssetType::Value type : allowedTypes)
            names.append(AssetType(type).displayName());
        verdict(tr("Asset types"), tr("%Ln asset(s) of other types", nullptr, outsideCount[Types]), names.join(u", "_s), {},
                Types, outsideCount[Types] == 0);
    }
    if (minMonthlyRateBasisPoints) {
        const auto lowest = pricing->lowestMonthlyRate;
        verdict(tr("Lowest rate"),
                lowest ? tr("%1 (%2)").arg(BatchPricing::monthlyText(*lowest, locale), pricing->lowestAsset) : dash,
                BatchPricing::monthlyText(minRate, locale),
                lowest ? tr("%1 points to spare")
                             .arg(locale.toString((shownBasisPoints(*lowest) - *minMonthlyRateBasisPoints) / 100.0, 'f', 2))
                       : QString(),
                MinRate, outsideCount[MinRate] == 0);
    }
    if (!watchList.isEmpty())
        verdict(tr("Watch-list"),
                watchedAssignor ? tr("the assignor is listed")
                                : tr("%Ln asset(s) owed by listed debtors", nullptr, outsideCount[Watched]),
                tr("%Ln listed part(y/ies)", nullptr, int(watchList.size())), {}, Watched, outsideCount[Watched] == 0);
    return result;
}

} // namespace cessio
