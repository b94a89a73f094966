#include "assetchecks.h"

#include "core/documentnumber.h"
#include "core/localization.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <numeric>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

// A taxpayer: the whole CPF, or the CNPJ's root (its first eight characters name the company; the
// rest name the branch). Check digits are not required: the same number is the same party even when
// it is mistyped (that has a rule of its own). Empty when not even the shape fits.
QString taxpayer(const DocumentNumber &document)
{
    const QString normalized = document.normalized();
    if (normalized.size() == 14)
        return u"J"_s + normalized.left(8);
    return normalized.size() == 11 ? u"F"_s + normalized : QString();
}

// The ways one title can appear twice under different external ids. Each key names the title, not
// the asset: two assets sharing any key are very likely the same receivable sold twice.
QStringList titleKeys(const Asset &asset, const QString &debtor)
{
    QStringList keys;
    if (asset.creditOperation) {
        const QString number = asset.creditOperation->contract.number.trimmed();
        if (!number.isEmpty())
            keys.append(u"ccb|"_s + number);
        // Without a number: the same borrower owing the same installments on the same dates. (With
        // different numbers they are two contracts, even on identical terms.)
        const auto maturities = asset.maturities();
        if (number.isEmpty() && !debtor.isEmpty() && !maturities.isEmpty()) {
            QString schedule = u"ccbschedule|"_s + debtor;
            for (const auto &[date, value] : maturities)
                schedule += u'|' + date.toString(Qt::ISODate) + u':' + QString::number(value.centavos());
            keys.append(schedule);
        }
    } else if (asset.creditRight) {
        const DiscountedCreditRight &right = *asset.creditRight;
        const QString date = right.maturityDate.toString(Qt::ISODate);
        const QString face = QString::number(right.faceValue.centavos());
        // One NF-e may back several duplicatas (its parcels): they differ in maturity or value.
        if (right.invoice && !right.invoice->accessKey.trimmed().isEmpty())
            keys.append(u"nfe|"_s + right.invoice->accessKey.trimmed() + u'|' + date + u'|' + face);
        if (right.contract && !right.contract->number.trimmed().isEmpty() && right.installmentNumber)
            keys.append(u"contract|"_s + right.contract->number.trimmed() + u'|' + QString::number(*right.installmentNumber));
        if (!debtor.isEmpty() && right.maturityDate.isValid())
            keys.append(u"title|"_s + debtor + u'|' + face + u'|' + date);
    }
    return keys;
}

// "A, B, C and 4 more": the first few of `total` others.
QString othersText(const QStringList &shown, int total)
{
    const QString text = shown.join(u", "_s);
    const int more = total - int(shown.size());
    return more > 0 ? AssetChecks::tr("%1 and %Ln more", nullptr, more).arg(text) : text;
}

} // namespace

QString AssetChecks::ruleKey(Rule rule)
{
    switch (rule) {
    case Rule::InvalidDebtorDocument:
        return u"invalid_debtor_document"_s;
    case Rule::DebtorIsAssignor:
        return u"debtor_is_assignor"_s;
    case Rule::DueOnOrBeforeAssignment:
        return u"due_on_or_before_assignment"_s;
    case Rule::PurchaseAboveFace:
        return u"purchase_above_face"_s;
    case Rule::FaceAboveInvoice:
        return u"face_above_invoice"_s;
    case Rule::DuplicateTitle:
        return u"duplicate_title"_s;
    case Rule::SeenInEarlierBatch:
        return u"seen_in_earlier_batch"_s;
    case Rule::RateFarFromBatch:
        return u"rate_far_from_batch"_s;
    case Rule::OutsideFundRules:
        return u"outside_fund_rules"_s;
    case Rule::Count:
        break;
    }
    return {};
}

QString AssetChecks::ruleLabel(Rule rule)
{
    switch (rule) {
    case Rule::InvalidDebtorDocument:
        return tr("Invalid debtor CPF/CNPJ");
    case Rule::DebtorIsAssignor:
        return tr("Debtor is the assignor");
    case Rule::DueOnOrBeforeAssignment:
        return tr("Due on or before the assignment date");
    case Rule::PurchaseAboveFace:
        return tr("Purchase value above face value");
    case Rule::FaceAboveInvoice:
        return tr("Face value above the NF-e total");
    case Rule::DuplicateTitle:
        return tr("Possible duplicate title");
    case Rule::SeenInEarlierBatch:
        return tr("Title seen in an earlier batch");
    case Rule::RateFarFromBatch:
        return tr("Rate far from the rest of the batch");
    case Rule::OutsideFundRules:
        return tr("Outside the fund's rules");
    case Rule::Count:
        break;
    }
    return {};
}

QString AssetChecks::ruleExplanation(Rule rule)
{
    switch (rule) {
    case Rule::InvalidDebtorDocument:
        return tr("A CPF or CNPJ whose check digits fail cannot be collected from and points to a data error or a "
                  "made-up debtor.");
    case Rule::DebtorIsAssignor:
        return tr("The assignor owing its own receivable (or another branch of the same company owing it) is a "
                  "known sign of a fabricated title.");
    case Rule::DueOnOrBeforeAssignment:
        return tr("A title due on or before the assignment date is already overdue when the fund buys it.");
    case Rule::PurchaseAboveFace:
        return tr("The fund would pay more than the title will ever pay back.");
    case Rule::FaceAboveInvoice:
        return tr("A duplicata cannot be worth more than the NF-e that gave rise to it.");
    case Rule::DuplicateTitle:
        return tr("Two assets with the same NF-e, contract or debtor, value and maturity are likely one receivable "
                  "sold twice.");
    case Rule::SeenInEarlierBatch:
        return tr("A batch Cessio checked before was already buying this title: the same receivable may be sold twice, "
                  "to this fund or another.");
    case Rule::RateFarFromBatch:
        return tr("An asset priced far from the others of the same batch points to a wrong value or date, or to a "
                  "price the fund did not agree to.");
    case Rule::OutsideFundRules:
        return tr("The fund's regulamento or the gestora's policy, as set in Fund rules, does not allow it.");
    case Rule::Count:
        break;
    }
    return {};
}

QString AssetChecks::findingText(const Finding &finding)
{
    return finding.detail.isEmpty() ? ruleLabel(finding.rule) : tr("%1: %2").arg(ruleLabel(finding.rule), finding.detail);
}

// The rules that look at one asset alone, in Rule order.
QList<AssetChecks::Finding> AssetChecks::findingsOf(const AssetListItem &item, const DocumentNumber &debtor,
                                                    const QString &assignor, const QDate &assignmentDate)
{
    const QLocale locale;
    const Asset &asset = *item.detail;
    QList<Finding> mine;
    if (!debtor.isValid()) {
        const QString text = debtor.input().trimmed();
        mine.append(
            { Rule::InvalidDebtorDocument, text.isEmpty() ? tr("missing") : tr("%1 (%2)").arg(text, debtor.problemText()) });
    }
    if (!assignor.isEmpty() && taxpayer(debtor) == assignor)
        mine.append({ Rule::DebtorIsAssignor, debtor.formatted() });

    const auto maturities = asset.maturities();
    if (assignmentDate.isValid() && !maturities.isEmpty() && maturities.constFirst().first.isValid()
        && maturities.constFirst().first <= assignmentDate) {
        mine.append({ Rule::DueOnOrBeforeAssignment, shortDate(maturities.constFirst().first, locale) });
    }
    const Money face = asset.faceValue();
    if (face.centavos() > 0 && item.totalPurchaseValue > face)
        mine.append(
            { Rule::PurchaseAboveFace, tr("%1 paid for %2").arg(item.totalPurchaseValue.format(locale), face.format(locale)) });
    const auto &right = asset.creditRight;
    if (right && right->invoice && right->invoice->totalValue.centavos() > 0 && right->faceValue > right->invoice->totalValue) {
        mine.append(
            { Rule::FaceAboveInvoice,
              tr("%1 against an NF-e of %2").arg(right->faceValue.format(locale), right->invoice->totalValue.format(locale)) });
    }
    return mine;
}

bool AssetChecks::isCheckable(const AssetListItem &item)
{
    return item.status.countsTowardTotal() && item.detail && (item.detail->creditOperation || item.detail->creditRight);
}

int AssetChecks::brokenFundRuleCount() const
{
    return int(std::count_if(fundRuleVerdicts.cbegin(), fundRuleVerdicts.cend(),
                             [](const FundRules::Verdict &verdict) { return !verdict.passed; }));
}

AssetChecks AssetChecks::run(const QList<AssetListItem> &assets, const QDate &assignmentDate, const QString &assignorDocument,
                             const FundRules &rules, const TitleIndex::Snapshot *earlier, const QString &batchId)
{
    AssetChecks result;
    const QString assignor = taxpayer(DocumentNumber::parse(assignorDocument));
    QHash<QString, QList<Finding>> found;
    QHash<QString, QList<int>> holdersOfKey; // title key → the assets (indexes into ids) that have it
    QStringList ids; // external ids of the checked assets, in batch order
    QSet<QString> seen; // an asset listed twice (a repeated page) is one asset, not its own duplicate
    QStringList order; // every asset being bought, in batch order
    QHash<QString, QList<TitleIndex::Batch>> seenInEarlier;

    for (const AssetListItem &item : assets) {
        if (!item.status.countsTowardTotal() || seen.contains(item.externalId))
            continue;
        seen.insert(item.externalId);
        order.append(item.externalId);
        if (!isCheckable(item)) {
            ++result.uncheckedCount;
            continue;
        }
        ++result.checkedCount;
        const int index = int(ids.size());
        ids.append(item.externalId);
        const DocumentNumber debtor = DocumentNumber::parse(item.detail->debtorDocument().trimmed());
        if (const QList<Finding> mine = findingsOf(item, debtor, assignor, assignmentDate); !mine.isEmpty())
            found.insert(item.externalId, mine);
        const QString debtorKey = debtor.isValid() ? debtor.normalized() : debtor.input().trimmed();
        QList<TitleIndex::Batch> seenIn; // earlier batches with one of this asset's titles
        for (const QString &key : titleKeys(*item.detail, debtorKey)) {
            holdersOfKey[key].append(index);
            const QByteArray digest = TitleIndex::digest(key);
            result.titleDigests.append(digest);
            if (!earlier)
                continue;
            for (const TitleIndex::Batch &other : earlier->earlierBatches(digest, batchId)) {
                if (std::none_of(seenIn.cbegin(), seenIn.cend(), [&](const auto &b) { return b.id() == other.id(); }))
                    seenIn.append(other);
            }
        }
        if (!seenIn.isEmpty())
            seenInEarlier.insert(item.externalId, seenIn);
    }

    // Duplicates: assets sharing a title key, directly or through another asset, form one group
    // (union-find: linear even when thousands of assets share a key). Each is told the others.
    QList<int> parent(ids.size());
    std::iota(parent.begin(), parent.end(), 0);
    const auto root = [&parent](int i) {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    };
    for (const QList<int> &holders : std::as_const(holdersOfKey)) {
        for (qsizetype i = 1; i < holders.size(); ++i)
            parent[root(holders.at(i))] = root(holders.constFirst());
    }
    QHash<int, QList<int>> groups; // root → members, in batch order
    for (int i = 0; i < int(ids.size()); ++i)
        groups[root(i)].append(i);
    for (const QList<int> &group : std::as_const(groups)) {
        if (group.size() < 2)
            continue;
        for (const int member : group) {
            QStringList shown;
            for (qsizetype i = 0; i < group.size() && shown.size() < 3; ++i) {
                if (group.at(i) != member)
                    shown.append(ids.at(group.at(i)));
            }
            found[ids.at(member)].append(
                { Rule::DuplicateTitle, tr("the same as %1").arg(othersText(shown, int(group.size()) - 1)) });
        }
    }

    for (auto it = seenInEarlier.cbegin(); it != seenInEarlier.cend(); ++it) {
        QStringList batches;
        for (const TitleIndex::Batch &other : *it)
            batches.append(other.label.isEmpty() ? other.externalId : tr("%1 (%2)").arg(other.externalId, other.label));
        found[it.key()].append({ Rule::SeenInEarlierBatch, tr("also in batch %1").arg(batches.join(u"; "_s)) });
    }

    result.pricing = BatchPricing::compute(assets, assignmentDate);
    if (const BatchPricing &pricing = result.pricing; pricing.usualRange && pricing.medianMonthlyRate) {
        const QLocale locale;
        for (const QString &id : pricing.pricedInBatchOrder) {
            const double rate = pricing.monthlyRates.value(id);
            if (pricing.isFarFromRest(rate))
                found[id].append({ Rule::RateFarFromBatch,
                                   tr("%1 against the batch's median of %2")
                                       .arg(BatchPricing::monthlyText(rate, locale),
                                            BatchPricing::monthlyText(*pricing.medianMonthlyRate, locale)) });
        }
    }

    if (!rules.isEmpty()) {
        const FundRules::Evaluation evaluation = rules.evaluate(assets, assignmentDate, &result.pricing, assignorDocument);
        result.hasFundRules = true;
        result.fundRuleVerdicts = evaluation.verdicts;
        for (auto it = evaluation.outside.cbegin(); it != evaluation.outside.cend(); ++it)
            found[it.key()].append({ Rule::OutsideFundRules, it->join(u"; "_s) });
    }

    result.findings = found;
    for (const QString &id : std::as_const(order)) {
        if (found.contains(id))
            result.flaggedInBatchOrder.append(id);
    }
    for (const QList<Finding> &list : std::as_const(found)) {
        std::array<bool, ruleCount> seen {};
        for (const Finding &finding : list) {
            if (!std::exchange(seen[std::size_t(finding.rule)], true))
                ++result.assetsPerRule[std::size_t(finding.rule)];
        }
    }
    return result;
}

} // namespace cessio
