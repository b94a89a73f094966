#pragma once

#include "demonames.h"
#include "world.h"

#include <QDate>
#include <QStringList>

#include <vector>

// Realistic asset bodies for the demonstration world and the demo assignor, in exactly the shapes
// of the reference §5.5 (built with cessio::Asset::toJson(), the client's own creation body).
namespace cessio::sandbox {

// The debtors (sacados) of one assignor. Weights follow a Zipf law, so a few debtors carry a
// large share of the value (what the concentration chart is for) and the rest is a long tail.
class DebtorPool
{
public:
    struct Shape
    {
        int size = 200;
        double personShare = 0.0; // share of natural persons among the debtors
        double concentration = 1.0; // Zipf exponent: 0 = even, 1.2 = a few dominate
        QStringList segments; // lines of business of the company debtors; empty: any
        QStringList anchors; // names of the largest debtors (the first ones drawn)
    };

    // Same seed and shape, same debtors (the world and the demo assignor share them).
    static DebtorPool make(quint32 seed, const Shape &shape);

    const Borrower &pick(DemoRandom &random) const;
    const QList<Borrower> &debtors() const { return m_debtors; }

private:
    QList<Borrower> m_debtors;
    std::vector<double> m_cumulative; // running sum of the weights
};

// Builds one assignor's assets: its originator CNPJ, numbering of invoices and contracts, and the
// discount the fund buys at. Values are in centavos; a purchase value is the face value
// discounted at the monthly rate to the fund's accounting date, rounded once to the centavo.
class DemoAssetFactory
{
public:
    // What eligibility must deny (the body really has the flaw; see eligibility.h).
    // Mispriced: bought at a quarter of the assignor's rate — the fund overpays (Cessio's pricing check).
    enum class Flaw { None, BadBorrowerDocument, MaturityNotAfterAccountingDate, PurchaseAboveFace, Mispriced };

    DemoAssetFactory(const QString &originatorDocument, const QString &stateCode, double monthlyRate);

    // An asset of `type` for `debtor`, maturing 1–360 days after `accountingDate`, with the
    // sandbox fields (external id, type, purchase value, body) filled; key and status are the caller's.
    Asset make(DemoRandom &random, AssetType type, const QString &externalId, const Borrower &debtor, QDate accountingDate,
               Flaw flaw = Flaw::None);
    // Leaves `count` title numbers unused (another copy of this factory makes those assets).
    void skip(int count) { m_sequence += count; }

private:
    QJsonObject ccb(DemoRandom &random, const QString &externalId, const Borrower &debtor, QDate accountingDate, Flaw flaw,
                    Money *purchase);
    QJsonObject creditRight(DemoRandom &random, AssetType type, const QString &externalId, const Borrower &debtor,
                            QDate accountingDate, Flaw flaw, Money *purchase);
    QString accessKey(DemoRandom &random, QDate issueDate, int series, int number) const;
    // Discounted over business days (21 a month), as funds price [I]; none before the date.
    Money discounted(qint64 faceCentavos, QDate from, QDate to, Flaw flaw) const;

    QString m_originator;
    QString m_stateCode; // IBGE code of the originator's state, the first digits of an NF-e access key
    double m_monthlyRate;
    int m_sequence = 0;
};

// A minimal one-page PDF, what the demo assignor uploads as an asset's document.
QByteArray demoPdf(const QString &title);

} // namespace cessio::sandbox
