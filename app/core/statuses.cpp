#include "statuses.h"

#include <QCoreApplication>

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
constexpr Entry<batchstatus::Value> batchStatuses[] = {
    { batchstatus::PendingAssetsInsertion, u"pending_assets_insertion",
      QT_TRANSLATE_NOOP("BatchStatus", "Open for assets") }, // [C]
    { batchstatus::CompletedAssetsInsertion, u"completed_assets_insertion",
      QT_TRANSLATE_NOOP("BatchStatus", "Insertion closed") }, // [C]
    { batchstatus::PendingEligibility, u"pending_eligibility", QT_TRANSLATE_NOOP("BatchStatus", "Eligibility check") }, // [C]
    { batchstatus::PendingConsultantApproval, u"pending_consultant_approval",
      QT_TRANSLATE_NOOP("BatchStatus", "Awaiting consultant") }, // [C] name, [I] transitions
    { batchstatus::PendingManagerApproval, u"pending_manager_approval",
      QT_TRANSLATE_NOOP("BatchStatus", "Awaiting manager decision") }, // [C]
    { batchstatus::Approved, u"approved", QT_TRANSLATE_NOOP("BatchStatus", "Approved") }, // [C]
    { batchstatus::PendingAssignmentTermSignature, u"pending_assignment_term_signature",
      QT_TRANSLATE_NOOP("BatchStatus", "Term out for signature") }, // [C]
    { batchstatus::PendingPayment, u"pending_payment", QT_TRANSLATE_NOOP("BatchStatus", "Paying the assignor") }, // [C]
    { batchstatus::PendingAssetsWalletInclusion, u"pending_assets_wallet_inclusion",
      QT_TRANSLATE_NOOP("BatchStatus", "Entering the portfolio") }, // [C]
    { batchstatus::Completed, u"completed", QT_TRANSLATE_NOOP("BatchStatus", "Completed") }, // [C]
    { batchstatus::Denied, u"denied", QT_TRANSLATE_NOOP("BatchStatus", "Denied") }, // [C]
    { batchstatus::Discarded, u"discarded", QT_TRANSLATE_NOOP("BatchStatus", "Discarded") }, // [C]
};
constexpr Alias<batchstatus::Value> batchStatusAliases[] = {
    { u"reproved", batchstatus::Denied }, // older documentation generation [C]
};

constexpr Entry<assetstatus::Value> assetStatuses[] = {
    { assetstatus::PendingEligibility, u"pending_eligibility", QT_TRANSLATE_NOOP("AssetStatus", "Eligibility check") }, // [C]
    { assetstatus::PendingDocumentation, u"pending_documentation",
      QT_TRANSLATE_NOOP("AssetStatus", "Awaiting documents") }, // [C]
    { assetstatus::PreApproved, u"pre_approved", QT_TRANSLATE_NOOP("AssetStatus", "Pre-approved") }, // [C]
    { assetstatus::Denied, u"denied", QT_TRANSLATE_NOOP("AssetStatus", "Denied") }, // [C]
    { assetstatus::Discarded, u"discarded", QT_TRANSLATE_NOOP("AssetStatus", "Discarded") }, // [C]
    { assetstatus::Completed, u"completed", QT_TRANSLATE_NOOP("AssetStatus", "In portfolio") }, // [C]
};
constexpr Alias<assetstatus::Value> assetStatusAliases[] = {
    { u"reproved", assetstatus::Denied }, // [I] by analogy with the batch
};

constexpr Entry<assettype::Value> assetTypes[] = {
    { assettype::Ccb, u"ccb", QT_TRANSLATE_NOOP("AssetType", "CCB") }, // [C]
    { assettype::DuplicataMercantil, u"duplicata_mercantil", QT_TRANSLATE_NOOP("AssetType", "Trade duplicata") }, // [C]
    { assettype::DuplicataServicos, u"duplicata_servicos", QT_TRANSLATE_NOOP("AssetType", "Service duplicata") }, // [C] new pages
    { assettype::DiscountedContract, u"discounted_contract", QT_TRANSLATE_NOOP("AssetType", "Discounted contract") }, // [C]
    { assettype::Check, u"check", QT_TRANSLATE_NOOP("AssetType", "Cheque") }, // [C]
    { assettype::PromissoryNote, u"promissory_note", QT_TRANSLATE_NOOP("AssetType", "Promissory note") }, // [C]
    { assettype::Cte, u"cte", QT_TRANSLATE_NOOP("AssetType", "CT-e") }, // [I] spelling
    { assettype::InstallmentContract, u"contract", QT_TRANSLATE_NOOP("AssetType", "Installment contract") }, // [I] spelling
    { assettype::StructuredCci, u"structured_cci", QT_TRANSLATE_NOOP("AssetType", "Structured CCI") }, // [C] CSV layout
};
constexpr Alias<assettype::Value> assetTypeAliases[] = {
    { u"duplicata_servico", assettype::DuplicataServicos }, // older pages and the configuration listing [C]
};

// Where each value type finds its table, its aliases and its translation context.
template<typename V>
struct Tables;

template<>
struct Tables<batchstatus::Value>
{
    static constexpr const char *context = "BatchStatus";
    static constexpr const auto &entries = batchStatuses;
    static constexpr const auto &aliases = batchStatusAliases;
};

template<>
struct Tables<assetstatus::Value>
{
    static constexpr const char *context = "AssetStatus";
    static constexpr const auto &entries = assetStatuses;
    static constexpr const auto &aliases = assetStatusAliases;
};

template<>
struct Tables<assettype::Value>
{
    static constexpr const char *context = "AssetType";
    static constexpr const auto &entries = assetTypes;
    static constexpr const auto &aliases = assetTypeAliases;
};

template<typename V>
const Entry<V> *entryFor(V value)
{
    for (const auto &entry : Tables<V>::entries) {
        if (entry.value == value)
            return &entry;
    }
    return nullptr;
}

} // namespace

template<typename Derived, typename V>
Derived ApiEnum<Derived, V>::fromApi(QStringView apiName)
{
    const QStringView trimmed = apiName.trimmed();
    // As the API spells it first (read for every asset of every page), then in any case.
    for (const auto &entry : Tables<V>::entries) {
        if (trimmed == QStringView(entry.apiName))
            return Derived(entry.value);
    }
    const auto matches = [&](const char16_t *name) { return trimmed.compare(QStringView(name), Qt::CaseInsensitive) == 0; };
    for (const auto &entry : Tables<V>::entries) {
        if (matches(entry.apiName))
            return Derived(entry.value);
    }
    for (const auto &alias : Tables<V>::aliases) {
        if (matches(alias.apiName))
            return Derived(alias.value);
    }
    Derived unknown;
    static_cast<ApiEnum &>(unknown).m_unknownName = apiName.toString();
    return unknown;
}

template<typename Derived, typename V>
QString ApiEnum<Derived, V>::apiName(Value value)
{
    const auto *entry = entryFor(value);
    return entry ? QString::fromUtf16(entry->apiName) : QString();
}

template<typename Derived, typename V>
QString ApiEnum<Derived, V>::displayName() const
{
    const auto *entry = entryFor(m_value);
    return entry ? QCoreApplication::translate(Tables<V>::context, entry->displayName) : m_unknownName;
}

template<typename Derived, typename V>
QList<V> ApiEnum<Derived, V>::all()
{
    QList<V> result;
    for (const auto &entry : Tables<V>::entries)
        result.append(entry.value);
    return result;
}

template class ApiEnum<BatchStatus, batchstatus::Value>;
template class ApiEnum<AssetStatus, assetstatus::Value>;
template class ApiEnum<AssetType, assettype::Value>;

BatchStatus::Stage BatchStatus::stage() const
{
    switch (value()) {
    case PendingAssetsInsertion:
    case CompletedAssetsInsertion:
    case PendingEligibility:
    case PendingConsultantApproval:
    case Unknown:
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
    }
    return Stage::BeforeManager;
}

bool BatchStatus::isTerminal() const
{
    return value() == Completed || value() == Denied || value() == Discarded;
}

} // namespace cessio
