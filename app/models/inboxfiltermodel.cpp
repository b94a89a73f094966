#include "inboxfiltermodel.h"

#include "inboxmodel.h"

namespace cessio {

InboxFilterModel::InboxFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(InboxModel::RawRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void InboxFilterModel::setStage(std::optional<BatchStatus::Stage> stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    invalidateFilter();
}

void InboxFilterModel::setFundClassKey(const QString &fundClassKey)
{
    if (m_fund == fundClassKey)
        return;
    m_fund = fundClassKey;
    invalidateFilter();
}

void InboxFilterModel::setSearchText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    m_terms = text.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

bool InboxFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_stage && index.data(InboxModel::StageRole).toInt() != int(*m_stage))
        return false;
    if (!m_fund.isEmpty() && index.data(InboxModel::FundKeyRole).toString() != m_fund)
        return false;
    if (m_terms.isEmpty())
        return true;
    const QString haystack = index.data(InboxModel::SearchTextRole).toString();
    return std::all_of(m_terms.cbegin(), m_terms.cend(), [&](const QString &term) { return haystack.contains(term); });
}

} // namespace cessio
