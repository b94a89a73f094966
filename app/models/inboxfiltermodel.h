#pragma once

#include "core/money.h"
#include "core/statuses.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace cessio {

// The inbox views over InboxModel: one stage at a time (awaiting the manager, in progress, ...),
// a fund, a free-text search across fund and assignor (name or CNPJ, with or without punctuation),
// batch external id and number, and "only with alerts" (batches awaiting the manager that the
// background checks flagged; rows of other stages are not affected). Sorts by InboxModel::RawRole.
// The counts and the total follow every filter but the stage: what each view would show.
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
    void setOnlyWithAlerts(bool only);
    bool onlyWithAlerts() const { return m_onlyWithAlerts; }
    // True when the fund, search or alerts filter narrows the rows.
    bool isNarrowed() const { return !m_fund.isEmpty() || !m_terms.isEmpty() || m_onlyWithAlerts; }

    // How many rows of `stage` pass the fund, search and alerts filters.
    int countInStage(BatchStatus::Stage stage) const;
    // Batches awaiting the manager with alerts that pass the fund and search filters.
    int countWithAlerts() const;

    // The batches awaiting the manager that pass the fund, search and alerts filters, and their total.
    struct AwaitingTotal
    {
        int batches = 0;
        Money total; // exact, over the batches that have a total
        int withoutTotal = 0; // batches whose total the server has not given yet
    };
    AwaitingTotal awaitingTotal() const;

    // The "since" column is named for the view: "Waiting since", "Completed on", ...
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool acceptsIgnoringStage(const QModelIndex &sourceIndex) const;
    bool passesFundAndSearch(const QModelIndex &sourceIndex) const;

    std::optional<BatchStatus::Stage> m_stage;
    QString m_fund;
    QString m_text;
    QStringList m_terms; // folded words, every one must match
    bool m_onlyWithAlerts = false;
};

} // namespace cessio
