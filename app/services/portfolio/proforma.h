#pragma once

#include "portfoliotypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

#include <array>
#include <optional>

namespace cessio {

// The fund's portfolio before and after buying one batch, against its net assets (PL): exposure per
// debtor and per assignor, the top ten, the HHI, the CVM monthly-report maturity buckets, the weighted
// average term, the credit-rights allocation, and a verdict per portfolio limit (issue 11).
// A pure computation: exact centavos, basis points as integers, every ratio rounded once. One pass
// over the portfolio with a hash map per debtor / assignor root, so 500,000 positions take well under
// a second (tests/bench/bench_portfolio).
class ProForma
{
    Q_DECLARE_TR_FUNCTIONS(cessio::ProForma)

public:
    // Maturity buckets of the CVM FIDC monthly report (informe mensal, Anexo A of ICVM 489 as replaced
    // by ICVM 576/2016, carried into Resolução CVM 175): credit rights to fall due by days to maturity
    // (up to 30, 31–60, 61–90, 91–120, 121–150, 151–180, 181–360, 361–720, 721–1080, over 1080) and
    // overdue ones by days past due in the same ranges. [inferred] The ranges are those of the CVM open
    // data for the report (inf_mensal_fidc, tables V-A "prazo de vencimento" and V-B "inadimplentes",
    // columns _30, _31_60 … _721_1080, _1080); the regulation's own form was not at hand to confirm.
    enum class Bucket { UpTo30, UpTo60, UpTo90, UpTo120, UpTo150, UpTo180, UpTo360, UpTo720, UpTo1080, Over1080, Count };
    static constexpr int bucketCount = int(Bucket::Count);
    static Bucket bucketForDays(qint64 days); // days ≥ 0 to maturity, or ≥ 1 past it
    static QString bucketLabel(Bucket bucket); // "31–60 days"

    struct BucketTotal
    {
        Money value; // present value
        int count = 0;
        friend bool operator==(const BucketTotal &, const BucketTotal &) = default;
    };

    // One debtor's or assignor's exposure.
    struct Exposure
    {
        QString root; // the grouping key (portfolio::partyRoot)
        QString name;
        QString document; // normalized, as first seen
        Money value; // present value
        int basisPoints = 0; // of PL, rounded once
        int positions = 0;
        // The same party before this batch, so a top-ten row reads across (before → after) for one
        // party rather than pairing the nth largest before with the nth largest after.
        Money before;
        int beforeBasisPoints = 0; // of PL
        int rankBefore = 0; // 1–10 among the ten largest before; 0 when it was not among them
        friend bool operator==(const Exposure &, const Exposure &) = default;
    };

    // The portfolio on one side of the purchase.
    struct Side
    {
        Money creditRights; // present value of what is held: to fall due plus overdue
        int positions = 0;
        int creditRightsBasisPoints = 0; // of PL
        std::array<BucketTotal, bucketCount> toFallDue {};
        std::array<BucketTotal, bucketCount> overdue {};
        Money overdueValue;
        int overdueCount = 0;
        Money withoutDueDate; // positions with no due date (in the totals, not in the buckets)
        QList<Exposure> topDebtors; // the ten largest, largest first (ties by root)
        QList<Exposure> topAssignors;
        int debtorCount = 0;
        int assignorCount = 0;
        Money topNDebtors; // the limits' N largest debtors together
        int topNDebtorsBasisPoints = 0;
        // Σ sᵢ² over debtors, sᵢ the debtor's fraction of the debtor-attributed credit rights, in
        // millionths (1,000,000 = a single debtor; the usual 0–10,000 HHI points are hhi / 100).
        qint64 hhiMillionths = 0;
        // Σ value × days to maturity / Σ value over the positions to fall due, rounded once.
        std::optional<qint64> weightedAverageTermDays;
        Money relatedParties; // positions whose debtor or assignor is on the watch-list
        int relatedPartiesBasisPoints = 0;
        Money withoutDebtor; // batch assets without detail: in the totals and the assignor, no debtor

        const Exposure *largestDebtor() const { return topDebtors.isEmpty() ? nullptr : &topDebtors.constFirst(); }
        const Exposure *largestAssignor() const { return topAssignors.isEmpty() ? nullptr : &topAssignors.constFirst(); }
    };

    // One portfolio limit after the purchase, with the before figure for comparison.
    struct Verdict
    {
        Q_DECLARE_TR_FUNCTIONS(cessio::ProForma)

    public:
        enum class Kind { LargestDebtor, LargestAssignor, TopDebtors, MinimumCreditRights, RelatedParties };
        Kind kind = Kind::LargestDebtor;
        int limitBasisPoints = 0;
        int topCount = 0; // N, for TopDebtors
        Money limitAmount; // at this PL: the most allowed (a cap) or the least required (the minimum)
        Money before, after;
        int beforeBasisPoints = 0, afterBasisPoints = 0;
        QString subject; // the largest debtor's / assignor's name after the purchase, when one applies
        bool passed = true; // after the purchase
        bool passedBefore = true;
        Money headroom; // what is left under a cap (or above the minimum); zero when broken
        Money excess; // how far a cap is exceeded (or the minimum missed); zero when passed

        QString
        key() const; // stable: "max_debtor", "max_assignor", "max_top_debtors", "min_credit_rights", "max_related_parties"
        QString name() const; // translated: "Largest debtor"
        // "Largest debtor (ACME LTDA): 23.45 % of net assets after this batch, over the limit of 20.00 % by R$ 1,234.56" when
        // broken; empty when passed.
        QString breachText(const QLocale &locale = QLocale()) const;
    };

    struct Result
    {
        QDate date; // the pro-forma date (the batch's assignment date)
        NetAssets netAssets;
        bool hasNetAssets = false; // without a usable PL no % of PL and no verdicts
        Side before, after;
        int rolledOffCount = 0; // matured after they were known held: taken as settled, left out
        Money rolledOffValue;
        Money batchValue; // present (purchase) value the batch adds
        int batchPositions = 0;
        int batchAssetsWithoutDetail = 0;
        QList<Verdict> verdicts; // one per limit set, in PortfolioLimits' field order
        bool anyBreach() const;
    };

    static Result compute(const QList<PortfolioPosition> &portfolio, const portfolio::BatchPositions &batch,
                          const NetAssets &netAssets, const PortfolioLimits &limits, const QDate &date);

    // "12.34 %" / "12,34 %" (no-break space, as FundRules writes it): basis points as a percentage with two decimals, exact.
    static QString formatBasisPoints(int basisPoints, const QLocale &locale = QLocale());
    // "1.234,56": HHI points (0–10,000) from Side::hhiMillionths, exact.
    static QString formatHhiPoints(qint64 hhiMillionths, const QLocale &locale = QLocale());
};

} // namespace cessio
