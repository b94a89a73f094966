#pragma once

#include "core/asset.h"
#include "core/money.h"
#include "core/parties.h"
#include "core/statuses.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace cessio {

// One credit right the fund holds (or is about to buy): what the portfolio pro-forma, the limits and
// the CVM maturity buckets are computed over. QI Tech's API shows no portfolio, so positions come from
// the batches Cessio saw complete and from the administrator's position file (issue 11).
struct PortfolioPosition
{
    enum class Source { Batch, Import };

    QString debtorDocument; // CPF/CNPJ, digits and uppercase letters only (normalized)
    QString debtorName;
    QString assignorDocument; // normalized; empty when the file does not say
    QString assignorName;
    AssetType type;
    Money faceValue; // nominal value due at dueDate
    Money presentValue; // purchase value (batches) or present value (the administrator's file)
    QDate dueDate;
    QDate acquiredDate; // may be invalid for imported positions
    // The day the position was known to be held: the acquisition for a batch, the file's reference
    // date for an import. A position due before that day was reported overdue by its holder; one due
    // after it and before the pro-forma date is taken as settled (rolled off): Cessio sees no payments.
    QDate heldOn;
    Source source = Source::Batch;
    QString sourceReference; // the batch's external id, or the imported file's name
    QString assetId; // the asset's external id or the file's title number; may be empty

    friend bool operator==(const PortfolioPosition &, const PortfolioPosition &) = default;
};

// The fund class's net assets (patrimônio líquido, PL) and class equity on a date, entered by hand or
// imported; every "% of PL" is measured against netAssets.
struct NetAssets
{
    Money netAssets;
    Money classEquity;
    QDate date;

    bool isUsable() const { return netAssets.centavos() > 0 && date.isValid(); }
    friend bool operator==(const NetAssets &, const NetAssets &) = default;
};

// A fund's portfolio limits against its PL, from its regulamento; every limit is optional. Percentages
// are basis points (2000 = 20,00 %), exact integers.
struct PortfolioLimits
{
    struct RelatedParty
    {
        QString root; // CNPJ root (8 characters) or a whole CPF (11 digits)
        QString name;
        friend bool operator==(const RelatedParty &, const RelatedParty &) = default;
    };

    std::optional<int> maxDebtorBasisPoints; // the largest debtor's exposure
    std::optional<int> maxAssignorBasisPoints; // the largest assignor's exposure
    int topDebtorsCount = 10; // N of the top-N limit
    std::optional<int> maxTopDebtorsBasisPoints; // the N largest debtors together
    std::optional<int> minCreditRightsBasisPoints; // credit rights at least this share of PL
    QList<RelatedParty> relatedParties; // the watch-list, by CPF/CNPJ root
    std::optional<int> maxRelatedPartiesBasisPoints; // the regulamento's cap on them together

    bool isEmpty() const;
    friend bool operator==(const PortfolioLimits &, const PortfolioLimits &) = default;
};

namespace portfolio {

// The key one party is grouped by: the CNPJ root (first 8 characters: head office and branches are one
// legal person), the whole CPF, or — without a usable document — "name:" and the name in capitals.
QString partyRoot(QStringView document, QStringView name);
// Digits and letters of a document, uppercase (what PortfolioPosition keeps).
QString normalizedDocument(QStringView document);
// A related party as typed for the watch-list: a whole CNPJ (check digits verified) gives its root, a
// whole CPF itself, and a CNPJ root of 8 characters is taken as it is; nullopt for anything else.
std::optional<QString> relatedPartyRoot(QStringView text);
// "12", "12.5", "12,50" (a percentage of PL) → basis points, exact; nullopt past two decimals or 100 %.
std::optional<int> parsePercentBasisPoints(QStringView text);

// The positions a batch adds when bought: every asset not denied or discarded that carries its full
// detail. A CCB gives one position per installment, its purchase value split over the installments in
// proportion to their face value (integer shares, the remainder on the last, so the sum is exact).
// Assets without detail have no debtor or due date; they are counted in `withoutDetail`.
struct BatchPositions
{
    QList<PortfolioPosition> positions;
    QString assignorDocument; // the batch's assignor, normalized (also for the assets without detail)
    QString assignorName;
    int assetsWithoutDetail = 0;
    Money purchaseValueWithoutDetail;
};
BatchPositions positionsFromBatch(const QList<AssetListItem> &assets, const Party &assignor, const QString &batchExternalId,
                                  const QDate &assignmentDate);

} // namespace portfolio

} // namespace cessio
