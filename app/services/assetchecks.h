#pragma once

#include "batchpricing.h"
#include "core/asset.h"
#include "core/documentnumber.h"
#include "fundrules.h"
#include "titleindex.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace cessio {

// Data-sanity checks a careful manager runs on a batch before buying it (manager-needs §b item 10,
// §c item 15): things QI Tech's automatic eligibility is not known to look at [I], found in the
// full assets. They flag, they never decide: the manager reads the alert and removes the asset or not.
// Only the assets the fund is buying are checked (denied and discarded ones are already out), and only
// those whose listing item carried the full asset; `uncheckedCount` says how many could not be.
struct AssetChecks
{
    Q_DECLARE_TR_FUNCTIONS(cessio::AssetChecks)

public:
    enum class Rule {
        InvalidDebtorDocument, // the debtor's CPF/CNPJ fails its check digits (or is missing)
        DebtorIsAssignor, // the debtor is the assignor itself: same CPF, or a CNPJ of the same company (root)
        DueOnOrBeforeAssignment, // a maturity on or before the assignment date: overdue when bought
        PurchaseAboveFace, // the fund pays more than the title will ever pay
        FaceAboveInvoice, // a duplicata worth more than the whole NF-e behind it
        DuplicateTitle, // the same title twice in the batch (NF-e + maturity + value, contract + installment,
                        // CCB number or schedule, or debtor + value + maturity)
        SeenInEarlierBatch, // a title of a batch Cessio checked before (TitleIndex), in any fund
        RateFarFromBatch, // its implied rate is far from the rest of the batch's (BatchPricing)
        OutsideFundRules, // breaks a limit the manager set for the fund (FundRules)
        Count
    };
    static constexpr int ruleCount = int(Rule::Count);

    struct Finding
    {
        Rule rule;
        QString detail; // translated: what exactly is wrong ("12/03/2026", "the same as DUP-00012")
    };

    QHash<QString, QList<Finding>> findings; // asset external id → its findings, in Rule order
    QStringList flaggedInBatchOrder; // the keys of `findings`, in the order the batch lists them
    std::array<int, ruleCount> assetsPerRule {};
    int checkedCount = 0;
    int uncheckedCount = 0; // bought, but the listing carried no detail to check
    bool hasFundRules = false; // the fund has rules, and `fundRuleVerdicts` says how the batch fares
    QList<FundRules::Verdict> fundRuleVerdicts;
    QString fundRulesProblem; // the stored rules could not be read (translated); nothing was checked against them
    QList<QByteArray> titleDigests; // of every title of the assets being bought, for TitleIndex::record()
    BatchPricing pricing; // the implied rates the rate checks (and the minimum rate limit) were run on

    int flaggedCount() const { return int(findings.size()); }
    int brokenFundRuleCount() const;
    QList<Finding> findingsFor(const QString &externalId) const { return findings.value(externalId); }

    // Whether run() checks `item`: it is being bought and its listing item carried the full asset.
    static bool isCheckable(const AssetListItem &item);

    static QString ruleKey(Rule rule); // stable, for JSON: "debtor_is_assignor"
    static QString ruleLabel(Rule rule); // translated, short: "Debtor is the assignor"
    static QString ruleExplanation(Rule rule); // translated, one sentence on why it matters
    // "Debtor is the assignor: 12.345.678/0001-95" — one line per finding.
    static QString findingText(const Finding &finding);

    // `earlier`: the titles of batches checked before; `batchId` (TitleIndex::Batch::id()) is this one.
    static AssetChecks run(const QList<AssetListItem> &assets, const QDate &assignmentDate, const QString &assignorDocument,
                           const FundRules &rules = {}, const TitleIndex::Snapshot *earlier = nullptr,
                           const QString &batchId = {});

private:
    static QList<Finding> findingsOf(const AssetListItem &item, const DocumentNumber &debtor, const QString &assignor,
                                     const QDate &assignmentDate);
};

} // namespace cessio
