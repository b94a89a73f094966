#pragma once

#include "core/statuses.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace cessio {

// The asset table's filters: one status, one type, only the flagged ones, and a search across external id, debtor name and
// CPF/CNPJ (with or without punctuation). Sorts by AssetTableModel::RawRole.
class AssetFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AssetFilterModel(QObject *parent = nullptr);

    void setStatus(std::optional<AssetStatus::Value> status); // nullopt: every status
    std::optional<AssetStatus::Value> status() const { return m_status; }
    void setType(std::optional<AssetType::Value> type); // nullopt: every type
    std::optional<AssetType::Value> type() const { return m_type; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }
    void setOnlyWithAlerts(bool only); // only assets the batch checks flagged
    bool onlyWithAlerts() const { return m_onlyWithAlerts; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<AssetStatus::Value> m_status;
    std::optional<AssetType::Value> m_type;
    QString m_text;
    QStringList m_terms;
    bool m_onlyWithAlerts = false;
};

} // namespace cessio
