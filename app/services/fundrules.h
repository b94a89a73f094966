#pragma once

#include "core/asset.h"
#include "core/money.h"
#include "core/statuses.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cessio {

class Settings;
struct BatchPricing;

// A fund's own limits — from its regulamento and the gestora's policy (manager-needs §b items 2 and 5,
// §c item 11) — set by the manager per fund class and checked on every batch of that fund. QI Tech's
// API shows no portfolio, so concentration is measured within the batch [our choice]; every limit is
// optional and an empty rulebook checks nothing.
struct FundRules
{
    Q_DECLARE_TR_FUNCTIONS(cessio::FundRules)

public:
    std::optional<int> maxTermDays; // last maturity at most this many days after the assignment date
    std::optional<Money> maxAssetValue; // purchase value of one asset
    std::optional<Money> maxBatchValue; // purchase value of the whole batch
    std::optional<int> maxDebtorShareBasisPoints; // one debtor's share of the batch's face value (2000 = 20 %)
    bool companiesOnly = false; // debtors must be companies (CNPJ)
    QList<AssetType::Value> allowedTypes; // empty: any type
    // Parties the gestora does not buy from (manager-needs §c item 24): debtors or assignors in judicial
    // recovery, blocked, related to a service provider. Each asset whose debtor is listed, and every asset
    // of a batch whose assignor is, is flagged. Kept by CPF/CNPJ root (a CNPJ's first 8 characters: head
    // office and branches are one company). The list for every fund is the rules document of the reserved
    // key everyFundKey(); a fund's effective rules carry its entries with `everyFund` set, which are never
    // written back into the fund's own rules.
    struct WatchedParty
    {
        QString root; // portfolio::relatedPartyRoot: CNPJ root (8) or whole CPF (11)
        QString name;
        QString reason; // "recuperação judicial", "parte relacionada do custodiante"
        bool everyFund = false; // from the list for every fund
        friend bool operator==(const WatchedParty &, const WatchedParty &) = default;
    };
    QList<WatchedParty> watchList;
    static constexpr int maxWatchListSize = 10000; // what a stored list may hold (hostile JSON)
    static constexpr int maxWatchTextLength = 200; // a name or reason is cut there, wherever it comes from
    static QString everyFundKey() { return QStringLiteral("*"); }
    // These rules with the list for every fund added (its entries marked `everyFund`).
    FundRules withEveryFundList(const QList<WatchedParty> &everyFund) const;

    // The lowest implied rate the fund buys at (BatchPricing: per month of 21 business days), in
    // hundredths of a percent (185 = 1.85 % a.m.): usually the agreed taxa de cessão.
    std::optional<int> minMonthlyRateBasisPoints;

    bool isEmpty() const;

    // Stored as JSON text under Settings::Key::FundRules; amounts as decimal strings, never floats.
    QString toJsonText() const;
    static std::optional<FundRules> fromJsonText(const QString &text, QString *error = nullptr);
    // The rules stored for a fund: empty when none; nullopt (with `error`) when what is stored cannot be read.
    static std::optional<FundRules> load(const Settings &settings, const QString &fundClassKey, QString *error = nullptr);
    static void save(Settings &settings, const QString &fundClassKey, const FundRules &rules);

    // One limit against the batch: what was measured, the limit, what is left, and how many assets break it.
    struct Verdict
    {
        QString name; // translated: "Longest term"
        QString measured; // "412 days" — the batch's worst case
        QString limit; // "360 days"
        QString headroom; // "R$ 1.200.000,00 to spare"; empty when broken or not meaningful
        QString excess; // "R$ 580,00 over": how far a batch-wide limit is exceeded; empty otherwise
        bool passed = true;
        int assetsOutside = 0;
        QString key; // stable, as in the stored JSON: "max_term_days", "max_batch_value", ...

        // The short result: the headroom when passed (may be empty), else how it is broken.
        QString outcome() const;
    };
    struct Evaluation
    {
        QHash<QString, QStringList> outside; // asset external id → the limits it breaks, translated
        QList<Verdict> verdicts; // one per limit set, in the order of the fields above
        int uncheckedCount = 0; // bought, but without the detail the per-asset limits need
    };
    // Over the assets being bought (not denied or discarded). `pricing`: the batch's implied rates when
    // already computed (the minimum rate computes them otherwise).
    // `assignorDocument`: the batch's assignor, for the watch-list.
    Evaluation evaluate(const QList<AssetListItem> &assets, const QDate &assignmentDate, const BatchPricing *pricing = nullptr,
                        const QString &assignorDocument = {}) const;

    friend bool operator==(const FundRules &, const FundRules &) = default;
};

} // namespace cessio
