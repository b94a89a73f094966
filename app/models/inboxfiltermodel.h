#pragma once

#include "core/statuses.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace cessio {

// The inbox views over InboxModel: one stage at a time (awaiting the manager, in progress, ...),
// a fund, and a free-text search across fund, assignor (name or CNPJ, with or without punctuation),
// batch external id and number. Sorts by InboxModel::RawRole.
class InboxFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit InboxFilterModel(QObject *parent = nullptr);

    void setStage(std::optional<BatchStatus::Stage> stage); // nullopt: every stage
    std::optional<BatchStatus::Stage> stage() const { return m_stage; }
    void setFundClassKey(const QString &fundClassKey); // "": every fund
    QString fundClassKey() const { return m_fund; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<BatchStatus::Stage> m_stage;
    QString m_fund;
    QString m_text;
    QStringList m_terms; // folded words, every one must match
};

} // namespace cessio
