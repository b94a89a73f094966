#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace cessio {

// Every batch (assignment) status the QI Tech flow documents (reference §6.1), in flow order.
// A status string the API sends that we do not know is kept verbatim (Unknown + apiName()),
// shown as it is, never dropped.
class BatchStatus
{
public:
    enum Value {
        Unknown,
        PendingAssetsInsertion,
        CompletedAssetsInsertion,
        PendingEligibility,
        PendingConsultantApproval,
        PendingManagerApproval,
        Approved, // returned by the approval PUT; transient
        PendingAssignmentTermSignature,
        PendingPayment,
        PendingAssetsWalletInclusion,
        Completed,
        Denied, // also spelled "reproved" by the older documentation
        Discarded,
    };

    // Which inbox view a batch belongs to.
    enum class Stage { BeforeManager, AwaitingManager, InProgress, Completed, Closed };

    BatchStatus() = default;
    BatchStatus(Value value); // NOLINT(google-explicit-constructor): a status is its value
    static BatchStatus fromApi(QStringView apiName);

    Value value() const { return m_value; }
    bool isKnown() const { return m_value != Unknown; }
    // The canonical API spelling, or the unknown string as received.
    QString apiName() const;
    // Translated name for people ("Awaiting manager approval" / "Aguardando aprovação da gestora").
    QString displayName() const;
    Stage stage() const;
    bool isTerminal() const;

    static QList<Value> all();
    static QString apiName(Value value);

    friend bool operator==(const BatchStatus &a, const BatchStatus &b)
    {
        return a.m_value == b.m_value && (a.m_value != Unknown || a.m_unknownName == b.m_unknownName);
    }

private:
    Value m_value = Unknown;
    QString m_unknownName;
};

// Asset statuses (reference §6.2).
class AssetStatus
{
public:
    enum Value { Unknown, PendingEligibility, PendingDocumentation, PreApproved, Denied, Discarded, Completed };

    AssetStatus() = default;
    AssetStatus(Value value); // NOLINT(google-explicit-constructor)
    static AssetStatus fromApi(QStringView apiName);

    Value value() const { return m_value; }
    bool isKnown() const { return m_value != Unknown; }
    QString apiName() const;
    QString displayName() const;
    // Counted in the batch total: not denied and not discarded.
    bool countsTowardTotal() const { return m_value != Denied && m_value != Discarded; }

    static QList<Value> all();
    static QString apiName(Value value);

    friend bool operator==(const AssetStatus &a, const AssetStatus &b)
    {
        return a.m_value == b.m_value && (a.m_value != Unknown || a.m_unknownName == b.m_unknownName);
    }

private:
    Value m_value = Unknown;
    QString m_unknownName;
};

// Asset types (reference §5.5). Spelling variants are accepted on input.
class AssetType
{
public:
    enum Value {
        Unknown,
        Ccb,
        DuplicataMercantil,
        DuplicataServicos, // also "duplicata_servico"
        DiscountedContract,
        Check,
        PromissoryNote,
        Cte,
        InstallmentContract,
        StructuredCci,
    };

    AssetType() = default;
    AssetType(Value value); // NOLINT(google-explicit-constructor)
    static AssetType fromApi(QStringView apiName);

    Value value() const { return m_value; }
    bool isKnown() const { return m_value != Unknown; }
    QString apiName() const;
    QString displayName() const;

    static QList<Value> all();
    static QString apiName(Value value);

    friend bool operator==(const AssetType &a, const AssetType &b)
    {
        return a.m_value == b.m_value && (a.m_value != Unknown || a.m_unknownName == b.m_unknownName);
    }

private:
    Value m_value = Unknown;
    QString m_unknownName;
};

} // namespace cessio
