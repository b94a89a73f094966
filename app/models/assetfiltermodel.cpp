#include "assetfiltermodel.h"

#include "assettablemodel.h"

namespace cessio {

AssetFilterModel::AssetFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AssetTableModel::RawRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void AssetFilterModel::setStatus(std::optional<AssetStatus::Value> status)
{
    if (m_status == status)
        return;
    m_status = status;
    invalidateFilter();
}

void AssetFilterModel::setType(std::optional<AssetType::Value> type)
{
    if (m_type == type)
        return;
    m_type = type;
    invalidateFilter();
}

void AssetFilterModel::setSearchText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    m_terms = text.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

void AssetFilterModel::setOnlyWithAlerts(bool only)
{
    if (m_onlyWithAlerts == only)
        return;
    m_onlyWithAlerts = only;
    invalidateFilter();
}

bool AssetFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_status && index.data(AssetTableModel::StatusRole).toInt() != int(*m_status))
        return false;
    if (m_type && index.data(AssetTableModel::TypeRole).toInt() != int(*m_type))
        return false;
    if (m_onlyWithAlerts && index.data(AssetTableModel::AlertCountRole).toInt() == 0)
        return false;
    if (m_terms.isEmpty())
        return true;
    const QString haystack = index.data(AssetTableModel::SearchTextRole).toString();
    return std::all_of(m_terms.cbegin(), m_terms.cend(), [&](const QString &term) { return haystack.contains(term); });
}

} // namespace cessio
