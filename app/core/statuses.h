#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace cessio {

// The value enums live in their own namespaces so each can have an `Unknown` (= 0); the classes
// below bring their enumerators into scope (BatchStatus::Denied).
namespace batchstatus {
// Every batch (assignment) status the QI Tech flow documents (reference §6.1), in flow order.
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
} // namespace batchstatus

namespace assetstatus {
// Asset statuses (reference §6.2).
enum Value { Unknown, PendingEligibility, PendingDocumentation, PreApproved, Denied, Discarded, Completed };
} // namespace assetstatus

namespace assettype {
// Asset types (reference §5.5).
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
} // namespace assettype

// A value the API names by a string: one of the known values, or — when the API sends a string we
// do not know — Unknown with that string kept verbatim, shown as it is, never dropped.
// Each value's spelling, accepted variants and display name are in one table (statuses.cpp).
template<typename Derived, typename V>
class ApiEnum
{
public:
    using Value = V;

    Value value() const { return m_value; }
    bool isKnown() const { return m_value != Value {}; }
    // The canonical API spelling, or the unknown string as received.
    QString apiName() const { return isKnown() ? apiName(m_value) : m_unknownName; }
    // Translated name for people; an unknown value shows its API string.
    QString displayName() const;

    static Derived fromApi(QStringView apiName);
    static QString apiName(Value value);
    static QList<Value> all();

    friend bool operator==(const Derived &a, const Derived &b)
    {
        return a.m_value == b.m_value && (a.isKnown() || a.m_unknownName == b.m_unknownName);
    }

protected:
    ApiEnum() = default;
    ApiEnum(Value value) // NOLINT(google-explicit-constructor)
        : m_value(value)
    { }

private:
    Value m_value {};
    QString m_unknownName;
};

class BatchStatus : public ApiEnum<BatchStatus, batchstatus::Value>
{
public:
    using enum batchstatus::Value;
    // Which inbox view a batch belongs to.
    enum class Stage { BeforeManager, AwaitingManager, InProgress, Completed, Closed };

    BatchStatus() = default;
    BatchStatus(Value value) // NOLINT(google-explicit-constructor): a status is its value
        : ApiEnum(value)
    { }

    Stage stage() const;
    bool isTerminal() const;
};

class AssetStatus : public ApiEnum<AssetStatus, assetstatus::Value>
{
public:
    using enum assetstatus::Value;

    AssetStatus() = default;
    AssetStatus(Value value) // NOLINT(google-explicit-constructor)
        : ApiEnum(value)
    { }

    // Counted in the batch total: not denied and not discarded.
    bool countsTowardTotal() const { return value() != Denied && value() != Discarded; }
};

class AssetType : public ApiEnum<AssetType, assettype::Value>
{
public:
    using enum assettype::Value;

    AssetType() = default;
    AssetType(Value value) // NOLINT(google-explicit-constructor)
        : ApiEnum(value)
    { }
};

extern template class ApiEnum<BatchStatus, batchstatus::Value>;
extern template class ApiEnum<AssetStatus, assetstatus::Value>;
extern template class ApiEnum<AssetType, assettype::Value>;

} // namespace cessio
