#include "statuses.h"

#include <QCoreApplication>

#include <algorithm>

namespace cessio {

namespace {

template<typename V>
struct Entry
{
    V value;
    const char16_t *apiName;
    const char *displayName; // marked with QT_TRANSLATE_NOOP, translated on use
};

template<typename V>
struct Alias
{
    const char16_t *apiName;
    V value;
};

// The single place each status and type is spelled. [C] = confirmed in the QI docs, [I] = inferred.
constexpr Entry<BatchStatus::Value> batchStatuses[] = {
    { BatchStatus::PendingAssetsInsertion, u"pending_assets_insertion",
      QT_TRANSLATE_NOOP("BatchStatus", "Open for assets") }, // [C]
    { BatchStatus::CompletedAssetsInsertion, u"completed_assets_insertion",
      QT_TRANSLATE_NOOP("BatchStatus", "Insertion closed") }, // [C]
    { BatchStatus::PendingEligibility, u"pending_eligibility", QT_TRANSLATE_NOOP("BatchStatus", "Eligibility check") }, // [C]
    { BatchStatus::PendingConsultantApproval, u"pending_consultant_approval",
      QT_TRANSLATE_NOOP("BatchStatus", "Awaiting consultant") }, // [C] name, [I] transitions
    { BatchStatus::PendingManagerApproval, u"pending_manager_approval",
      QT_TRANSLATE_NOOP("BatchStatus", "Awaiting manager decision") }, // [C]
    { BatchStatus::Approved, u"approved", QT_TRANSLATE_NOOP("BatchStatus", "Approved") }, // [C]
    { BatchStatus::PendingAssignmentTermSignature, u"pending_assignment_term_signature",
      QT_TRANSLATE_NOOP("BatchStatus", "Term out for signature") }, // [C]
    { BatchStatus::PendingPayment, u"pending_payment", QT_TRANSLATE_NOOP("BatchStatus", "Paying the assignor") }, // [C]
    { BatchStatus::PendingAssetsWalletInclusion, u"pending_assets_wallet_inclusion",
      QT_TRANSLATE_NOOP("BatchStatus", "Entering the portfolio") }, // [C]
    { BatchStatus::Completed, u"completed", QT_TRANSLATE_NOOP("BatchStatus", "Completed") }, // [C]
    { BatchStatus::Denied, u"denied", QT_TRANSLATE_NOOP("BatchStatus", "Denied") }, // [C]
    { BatchStatus::Discarded, u"discarded", QT_TRANSLATE_NOOP("BatchStatus", "Discarded") }, // [C]
};
constexpr Alias<BatchStatus::Value> batchStatusAliases[] = {
    { u"reproved", BatchStatus::Denied }, // older documentation generation [C]
};

constexpr Entry<AssetStatus::Value> assetStatuses[] = {
    { AssetStatus::PendingEligibility, u"pending_eligibility", QT_TRANSLATE_NOOP("AssetStatus", "Eligibility check") }, // [C]
    { AssetStatus::PendingDocumentation, u"pending_documentation",
      QT_TRANSLATE_NOOP("AssetStatus", "Awaiting documents") }, // [C]
    { AssetStatus::PreApproved, u"pre_approved", QT_TRANSLATE_NOOP("AssetStatus", "Pre-approved") }, // [C]
    { AssetStatus::Denied, u"denied", QT_TRANSLATE_NOOP("AssetStatus", "Denied") }, // [C]
    { AssetStatus::Discarded, u"discarded", QT_TRANSLATE_NOOP("AssetStatus", "Discarded") }, // [C]
    { AssetStatus::Completed, u"completed", QT_TRANSLATE_NOOP("AssetStatus", "In portfolio") }, // [C]
};
constexpr Alias<AssetStatus::Value> assetStatusAliases[] = {
    { u"reproved", AssetStatus::Denied }, // [I] by analogy with the batch
};

constexpr Entry<AssetType::Value> assetTypes[] = {
    { AssetType::Ccb, u"ccb", QT_TRANSLATE_NOOP("AssetType", "CCB") }, // [C]
    { AssetType::DuplicataMercantil, u"duplicata_mercantil", QT_TRANSLATE_NOOP("AssetType", "Trade duplicata") }, // [C]
    { AssetType::DuplicataServicos, u"duplicata_servicos", QT_TRANSLATE_NOOP("AssetType", "Service duplicata") }, // [C] new pages
    { AssetType::DiscountedContract, u"discounted_contract", QT_TRANSLATE_NOOP("AssetType", "Discounted contract") }, // [C]
    { AssetType::Check, u"check", QT_TRANSLATE_NOOP("AssetType", "Cheque") }, // [C]
    { AssetType::PromissoryNote, u"promissory_note", QT_TRANSLATE_NOOP("AssetType", "Promissory note") }, // [C]
    { AssetType::Cte, u"cte", QT_TRANSLATE_NOOP("AssetType", "CT-e") }, // [I] spelling
    { AssetType::InstallmentContract, u"contract", QT_TRANSLATE_NOOP("AssetType", "Installment contract") }, // [I] spelling
    { AssetType::StructuredCci, u"structured_cci", QT_TRANSLATE_NOOP("AssetType", "Structured CCI") }, // [C] CSV layout
};
constexpr Alias<AssetType::Value> assetTypeAliases[] = {
    { u"duplicata_servico", AssetType::DuplicataServicos }, // older pages and the configuration listing [C]
};

template<typename V, std::size_t N, std::size_t M>
V lookup(QStringView apiName, const Entry<V> (&entries)[N], const Alias<V> (&aliases)[M])
{
    const QStringView trimmed = apiName.trimmed();
    for (const auto &entry : entries) {
        if (trimmed.compare(QStringView(entry.apiName), Qt::CaseInsensitive) == 0)
            return entry.value;
    }
    for (const auto &alias : aliases) {
        if (trimmed.compare(QStringView(alias.apiName), Qt::CaseInsensitive) == 0)
            return alias.value;
    }
    return V {}; // Unknown
}

template<typename V, std::size_t N>
const Entry<V> *find(V value, const Entry<V> (&entries)[N])
{
    const auto *it = std::find_if(std::begin(entries), std::end(entries), [&](const auto &e) { return e.value == value; });
    return it == std::end(entries) ? nullptr : it;
}

template<typename V, std::size_t N>
QList<V> values(const Entry<V> (&entries)[N])
{
    QList<V> result;
    for (const auto &entry : entries)
        result.append(entry.value);
    return result;
}

template<typename V, std::size_t N>
QString apiNameOf(V value, const Entry<V> (&entries)[N])
{
    const auto *entry = find(value, entries);
    return entry ? QString::fromUtf16(entry->apiName) : QString();
}

template<typename V, std::size_t N>
QString displayNameOf(const char *context, V value, const QString &unknownName, const Entry<V> (&entries)[N])
{
    const auto *entry = find(value, entries);
    if (!entry)
        return unknownName; // shown exactly as the API sent it
    return QCoreApplication::translate(context, entry->displayName);
}

} // namespace

// ---- BatchStatus

BatchStatus::BatchStatus(Value value)
    : m_value(value)
{ }

BatchStatus BatchStatus::fromApi(QStringView apiName)
{
    BatchStatus status(lookup(apiName, batchStatuses, batchStatusAliases));
    if (!status.isKnown())
        status.m_unknownName = apiName.toString();
    return status;
}

QString BatchStatus::apiName() const
{
    return isKnown() ? apiName(m_value) : m_unknownName;
}

QString BatchStatus::apiName(Value value)
{
    return apiNameOf(value, batchStatuses);
}

QString BatchStatus::displayName() const
{
    return displayNameOf("BatchStatus", m_value, m_unknownName, batchStatuses);
}

QList<BatchStatus::Value> BatchStatus::all()
{
    return values(batchStatuses);
}

BatchStatus::Stage BatchStatus::stage() const
{
    switch (m_value) {
    case PendingAssetsInsertion:
    case CompletedAssetsInsertion:
    case PendingEligibility:
    case PendingConsultantApproval:
        return Stage::BeforeManager;
    case PendingManagerApproval:
        return Stage::AwaitingManager;
    case Approved:
    case PendingAssignmentTermSignature:
    case PendingPayment:
    case PendingAssetsWalletInclusion:
        return Stage::InProgress;
    case Completed:
        return Stage::Completed;
    case Denied:
    case Discarded:
        return Stage::Closed;
    case Unknown:
        return Stage::BeforeManager;
    }
    return Stage::BeforeManager;
}

bool BatchStatus::isTerminal() const
{
    return m_value == Completed || m_value == Denied || m_value == Discarded;
}

// ---- AssetStatus

AssetStatus::AssetStatus(Value value)
    : m_value(value)
{ }

AssetStatus AssetStatus::fromApi(QStringView apiName)
{
    AssetStatus status(lookup(apiName, assetStatuses, assetStatusAliases));
    if (!status.isKnown())
        status.m_unknownName = apiName.toString();
    return status;
}

QString AssetStatus::apiName() const
{
    return isKnown() ? apiName(m_value) : m_unknownName;
}

QString AssetStatus::apiName(Value value)
{
    return apiNameOf(value, assetStatuses);
}

QString AssetStatus::displayName() const
{
    return displayNameOf("AssetStatus", m_value, m_unknownName, assetStatuses);
}

QList<AssetStatus::Value> AssetStatus::all()
{
    return values(assetStatuses);
}

// ---- AssetType

AssetType::AssetType(Value value)
    : m_value(value)
{ }

AssetType AssetType::fromApi(QStringView apiName)
{
    AssetType type(lookup(apiName, assetTypes, assetTypeAliases));
    if (!type.isKnown())
        type.m_unknownName = apiName.toString();
    return type;
}

QString AssetType::apiName() const
{
    return isKnown() ? apiName(m_value) : m_unknownName;
}

QString AssetType::apiName(Value value)
{
    return apiNameOf(value, assetTypes);
}

QString AssetType::displayName() const
{
    return displayNameOf("AssetType", m_value, m_unknownName, assetTypes);
}

QList<AssetType::Value> AssetType::all()
{
    return values(assetTypes);
}

} // namespace cessio
