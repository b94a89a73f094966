#pragma once

#include "core/asset.h"
#include "core/responses.h"
#include "services/assetchecks.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>

#include <algorithm>
#include <optional>

namespace cessio {

// The assets of one batch, appended page by page as they arrive (beginInsertRows, never a reset,
// so the view keeps its place while 20,000 rows load). The first column is checkable: the assets
// chosen for removal. Debtor, document, maturity and face value come from the full asset when the
// listing embedded it; otherwise they are empty ("—") and the details are loaded on demand. The
// Alerts column shows the batch checks' findings once they are computed.
class AssetTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column {
        ExternalId,
        Type,
        Debtor,
        DebtorDocument,
        Maturity,
        FaceValue,
        PurchaseValue,
        Rate, // implied rate per month (BatchPricing), once the checks are computed
        Status,
        Alerts,
        DenialReason,
        Count
    };
    Q_ENUM(Column)
    enum Role {
        RawRole = Qt::UserRole, // centavos, QDate, enum values, names: what sorting compares
        ExternalIdRole, // on every column
        StatusRole, // int(AssetStatus::Value), on every column
        TypeRole, // int(AssetType::Value), on every column
        SearchTextRole, // external id, debtor name and document (formatted and bare), folded
        AlertCountRole, // how many data-sanity alerts the asset has, on every column
    };

    explicit AssetTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    // Room for `rows` rows at once, when the total is known (no reallocation while 20,000 rows arrive).
    // The total is the server's word: capped, never trusted to size memory.
    void reserve(int rows)
    {
        rows = std::clamp(rows, 0, AssetsSummary::maxAssetsReserved);
        m_items.reserve(rows);
        m_rows.reserve(rows);
    }
    qsizetype capacity() const { return m_items.capacity(); } // rows held without reallocating
    void appendAssets(const QList<AssetListItem> &assets);
    // The listing row replaced (an asset's status changed after a removal, say).
    void updateAsset(const AssetListItem &asset);
    // The alerts of the batch's checks (computed once every asset is in), shown in the Alerts column.
    void setChecks(const AssetChecks &checks);

    // Assets that can be taken out of the batch: not already denied, discarded or in the portfolio.
    static bool isRemovable(const AssetStatus &status);
    QStringList checkedExternalIds() const; // in row order
    int checkedCount() const { return int(m_checked.size()); }
    Money checkedPurchaseValue() const; // what leaves the batch's total with them
    void setChecked(const QString &externalId, bool checked);
    // Ticks (or unticks) every one of `externalIds` that can be removed, with one checkedChanged();
    // returns how many changed.
    int setChecked(const QStringList &externalIds, bool checked);
    // Exactly `externalIds` ticked afterwards (those that can be removed), nothing else.
    void setCheckedExactly(const QStringList &externalIds);
    void clearChecked();

    int rowOf(const QString &externalId) const { return m_rows.value(externalId, -1); }
    QString externalIdAt(int row) const { return m_items.at(row).externalId; }
    bool hasDetail(int row) const { return m_items.at(row).hasDetail; }

Q_SIGNALS:
    void checkedChanged(int count);

private:
    // What a row shows, computed once when it arrives (a 20,000-row sort must not parse documents).
    struct Row
    {
        QString externalId;
        AssetType type;
        AssetStatus status;
        QString debtorName;
        QString debtorDocument; // formatted
        QString debtorDocumentBare; // digits and letters only
        QDate firstMaturity;
        QDate lastMaturity;
        int installments = 0;
        std::optional<Money> faceValue;
        Money purchaseValue;
        std::optional<int> durationDays;
        QString deniedBy;
        QString denialReason;
        bool hasDetail = false;
        QString searchText;
    };
    static Row rowFor(const AssetListItem &item);
    QVariant display(const Row &row, Column column) const;
    QVariant raw(const Row &row, Column column) const;
    QString denialText(const Row &row) const;
    QString alertsText(const Row &row) const;
    QString alertsToolTip(const Row &row) const;

    QList<Row> m_items;
    QHash<QString, int> m_rows;
    QSet<QString> m_checked;
    QHash<QString, QList<AssetChecks::Finding>> m_alerts; // by external id; kept when a row is updated
    QHash<QString, double> m_rates; // implied monthly rates by external id, from the same checks
};

} // namespace cessio
