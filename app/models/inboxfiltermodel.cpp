#include "inboxfiltermodel.h"

#include "inboxmodel.h"

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

// "24.005.638/0001-83" → "24005638000183": a CPF/CNPJ typed with its punctuation also matches the bare
// digits (and an alphanumeric CNPJ its characters). Empty when the term is not shaped like one (at
// least three digits), so "a-1" stays a search for "a-1".
QString documentTerm(const QString &term)
{
    static const QString punctuation = u"./-"_s;
    QString bare;
    bool punctuated = false;
    int digits = 0;
    for (const QChar c : term) {
        if (punctuation.contains(c)) {
            punctuated = true;
        } else if (c.isLetterOrNumber()) {
            bare += c;
            digits += c.isDigit() ? 1 : 0;
        } else {
            return {};
        }
    }
    return punctuated && digits >= 3 ? bare : QString();
}

} // namespace

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
    Q_EMIT headerDataChanged(Qt::Horizontal, int(InboxModel::Column::WaitingSince), int(InboxModel::Column::WaitingSince));
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

void InboxFilterModel::setOnlyWithAlerts(bool only)
{
    if (m_onlyWithAlerts == only)
        return;
    m_onlyWithAlerts = only;
    invalidateFilter();
}

bool InboxFilterModel::acceptsIgnoringStage(const QModelIndex &index) const
{
    if (m_onlyWithAlerts && index.data(InboxModel::StageRole).toInt() == int(BatchStatus::Stage::AwaitingManager)
        && !index.data(InboxModel::HasAlertsRole).toBool())
        return false;
    return passesFundAndSearch(index);
}

bool InboxFilterModel::passesFundAndSearch(const QModelIndex &index) const
{
    if (!m_fund.isEmpty() && index.data(InboxModel::FundKeyRole).toString() != m_fund)
        return false;
    if (m_terms.isEmpty())
        return true;
    const QString haystack = index.data(InboxModel::SearchTextRole).toString();
    return std::all_of(m_terms.cbegin(), m_terms.cend(), [&](const QString &term) {
        if (haystack.contains(term))
            return true;
        const QString bare = documentTerm(term);
        return !bare.isEmpty() && haystack.contains(bare);
    });
}

bool InboxFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_stage && index.data(InboxModel::StageRole).toInt() != int(*m_stage))
        return false;
    return acceptsIgnoringStage(index);
}

int InboxFilterModel::countInStage(BatchStatus::Stage stage) const
{
    int count = 0;
    for (int row = 0; row < sourceModel()->rowCount(); ++row) {
        const QModelIndex index = sourceModel()->index(row, 0);
        if (index.data(InboxModel::StageRole).toInt() == int(stage) && acceptsIgnoringStage(index))
            ++count;
    }
    return count;
}

int InboxFilterModel::countWithAlerts() const
{
    int count = 0;
    for (int row = 0; row < sourceModel()->rowCount(); ++row) {
        const QModelIndex index = sourceModel()->index(row, 0);
        if (index.data(InboxModel::StageRole).toInt() == int(BatchStatus::Stage::AwaitingManager)
            && index.data(InboxModel::HasAlertsRole).toBool() && passesFundAndSearch(index))
            ++count;
    }
    return count;
}

InboxFilterModel::AwaitingTotal InboxFilterModel::awaitingTotal() const
{
    AwaitingTotal total;
    for (int row = 0; row < sourceModel()->rowCount(); ++row) {
        const QModelIndex index = sourceModel()->index(row, 0);
        if (index.data(InboxModel::StageRole).toInt() != int(BatchStatus::Stage::AwaitingManager) || !acceptsIgnoringStage(index))
            continue;
        ++total.batches;
        const QVariant centavos = index.data(InboxModel::TotalCentavosRole);
        if (centavos.isValid())
            total.total += Money::fromCentavos(centavos.toLongLong());
        else
            ++total.withoutTotal;
    }
    return total;
}

QVariant InboxFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == int(InboxModel::Column::WaitingSince) && m_stage) {
        switch (*m_stage) {
        case BatchStatus::Stage::AwaitingManager:
            break;
        case BatchStatus::Stage::InProgress:
        case BatchStatus::Stage::BeforeManager:
            return tr("Time in this status");
        case BatchStatus::Stage::Completed:
            return tr("Completed on");
        case BatchStatus::Stage::Closed:
            return tr("Closed on");
        }
    }
    return QSortFilterProxyModel::headerData(section, orientation, role);
}

} // namespace cessio
