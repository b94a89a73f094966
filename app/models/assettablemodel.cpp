#include "assettablemodel.h"

#include "core/documentnumber.h"
#include "formatting.h"

#include <QLocale>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

AssetTableModel::AssetTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int AssetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AssetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant AssetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const auto column = Column(section);
    const bool amount = column == Column::FaceValue || column == Column::PurchaseValue;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(amount ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == Column::ExternalId)
        return tr("Tick assets to remove them from the batch before approving it. Select rows and press Space to tick "
                  "them all.");
    if (role == Qt::ToolTipRole && column == Column::Alerts)
        return tr("Checks Cessio runs on the assets being bought: debtor CPF/CNPJ, debtor equal to the assignor, "
                  "maturity, price, NF-e value and duplicate titles.");
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::ExternalId:
        return tr("Asset");
    case Column::Type:
        return tr("Type");
    case Column::Debtor:
        return tr("Debtor");
    case Column::DebtorDocument:
        return tr("CPF/CNPJ");
    case Column::Maturity:
        return tr("Maturity");
    case Column::FaceValue:
        return tr("Face value");
    case Column::PurchaseValue:
        return tr("Purchase value");
    case Column::Rate:
        return tr("Rate (month)");
    case Column::Status:
        return tr("Status");
    case Column::Alerts:
        return tr("Alerts");
    case Column::DenialReason:
        return tr("Denial reason");
    case Column::Count:
        break;
    }
    return {};
}

AssetTableModel::Row AssetTableModel::rowFor(const AssetListItem &item)
{
    Row row;
    row.externalId = item.externalId;
    row.type = item.type;
    row.status = item.status;
    row.purchaseValue = item.totalPurchaseValue;
    row.durationDays = item.durationDays;
    row.deniedBy = item.deniedBy;
    row.denialReason = item.denialReason;
    if (item.detail && (item.detail->creditOperation || item.detail->creditRight)) {
        const Asset &asset = *item.detail;
        row.hasDetail = true;
        row.debtorName = asset.debtorName();
        const DocumentNumber document = DocumentNumber::parse(asset.debtorDocument());
        row.debtorDocument = asset.debtorDocument().isEmpty() ? QString() : document.formatted();
        row.debtorDocumentBare = document.normalized();
        row.faceValue = asset.faceValue();
        const auto maturities = asset.maturities();
        row.installments = int(maturities.size());
        if (!maturities.isEmpty()) {
            row.firstMaturity = maturities.constFirst().first;
            row.lastMaturity = maturities.constLast().first;
        }
        if (!item.type.isKnown() && asset.type.isKnown())
            row.type = asset.type;
    }
    row.searchText
        = QStringList { row.externalId, row.debtorName, row.debtorDocument, row.debtorDocumentBare }.join(u'\n').toCaseFolded();
    return row;
}

QVariant AssetTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_items.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case RawRole:
        return raw(row, column);
    case ExternalIdRole:
        return row.externalId;
    case StatusRole:
        return int(row.status.value());
    case TypeRole:
        return int(row.type.value());
    case SearchTextRole:
        return row.searchText;
    case AlertCountRole:
        return int(m_alerts.value(row.externalId).size());
    case Qt::CheckStateRole:
        if (column == Column::ExternalId && isRemovable(row.status))
            return m_checked.contains(row.externalId) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        if (column == Column::FaceValue || column == Column::PurchaseValue || column == Column::Rate)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == Column::Maturity && row.installments > 1) {
            const QLocale locale;
            return tr("%Ln installments, from %1 to %2", nullptr, row.installments)
                .arg(shortDate(row.firstMaturity, locale), shortDate(row.lastMaturity, locale));
        }
        if (!row.hasDetail && (column == Column::Debtor || column == Column::Maturity || column == Column::FaceValue))
            return tr("The asset listing does not include this; open the asset's details to load it.");
        if (column == Column::DenialReason && !row.denialReason.isEmpty())
            return toolTipFromPlainText(denialText(row)); // the server's words: shown literally
        if (column == Column::Alerts)
            return toolTipFromPlainText(alertsToolTip(row));
        if (column == Column::Rate)
            return tr("The rate at which the installments, discounted over business days, are worth what the fund "
                      "pays: effective, per month of 21 business days.");
        return {};
    default:
        return {};
    }
}

QVariant AssetTableModel::display(const Row &row, Column column) const
{
    const QLocale locale;
    const QString dash = u"—"_s;
    switch (column) {
    case Column::ExternalId:
        return row.externalId;
    case Column::Type:
        return row.type.displayName();
    case Column::Debtor:
        return row.debtorName.isEmpty() ? dash : row.debtorName;
    case Column::DebtorDocument:
        return row.debtorDocument.isEmpty() ? dash : row.debtorDocument;
    case Column::Maturity:
        if (!row.lastMaturity.isValid())
            return dash;
        if (row.installments > 1)
            return tr("%1 (%Ln installments)", nullptr, row.installments).arg(shortDate(row.lastMaturity, locale));
        return shortDate(row.lastMaturity, locale);
    case Column::FaceValue:
        return row.faceValue ? row.faceValue->format(locale) : dash;
    case Column::PurchaseValue:
        return row.purchaseValue.format(locale);
    case Column::Rate: {
        const auto rate = m_rates.constFind(row.externalId);
        return rate == m_rates.constEnd() ? QString() : locale.toString(*rate * 100.0, 'f', 2) + u"\u00a0%"_s;
    }
    case Column::Status:
        return row.status.displayName();
    case Column::Alerts:
        return alertsText(row);
    case Column::DenialReason:
        return denialText(row);
    case Column::Count:
        break;
    }
    return {};
}

QString AssetTableModel::alertsText(const Row &row) const
{
    const QList<AssetChecks::Finding> findings = m_alerts.value(row.externalId);
    if (findings.isEmpty())
        return {};
    QStringList labels;
    for (const AssetChecks::Finding &finding : findings)
        labels.append(AssetChecks::ruleLabel(finding.rule));
    return u"⚠ "_s + labels.join(u"; "_s);
}

QString AssetTableModel::alertsToolTip(const Row &row) const
{
    const QList<AssetChecks::Finding> findings = m_alerts.value(row.externalId);
    QStringList lines;
    for (const AssetChecks::Finding &finding : findings)
        lines.append(u"• "_s + AssetChecks::findingText(finding));
    return lines.join(u'\n');
}

QString AssetTableModel::denialText(const Row &row) const
{
    if (row.denialReason.isEmpty() && row.deniedBy.isEmpty())
        return {};
    QString by;
    if (row.deniedBy == u"eligibility")
        by = tr("Eligibility");
    else if (row.deniedBy == u"document")
        by = tr("Documents");
    else if (row.deniedBy == u"manager")
        by = tr("Manager");
    else
        by = row.deniedBy; // unknown sources are shown as received
    if (by.isEmpty())
        return row.denialReason;
    return row.denialReason.isEmpty() ? by : tr("%1: %2").arg(by, row.denialReason);
}

QVariant AssetTableModel::raw(const Row &row, Column column) const
{
    switch (column) {
    case Column::ExternalId:
        return row.externalId;
    case Column::Type:
        return row.type.displayName();
    case Column::Debtor:
        return row.debtorName;
    case Column::DebtorDocument:
        return row.debtorDocumentBare;
    case Column::Maturity:
        return row.lastMaturity;
    case Column::FaceValue:
        return row.faceValue ? row.faceValue->centavos() : qint64(-1);
    case Column::PurchaseValue:
        return row.purchaseValue.centavos();
    case Column::Rate: // unpriced assets sort before every rate
        return m_rates.value(row.externalId, std::numeric_limits<double>::lowest());
    case Column::Status:
        return int(row.status.value());
    case Column::Alerts:
        return int(m_alerts.value(row.externalId).size());
    case Column::DenialReason:
        return denialText(row);
    case Column::Count:
        break;
    }
    return {};
}

Qt::ItemFlags AssetTableModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (Column(index.column()) == Column::ExternalId && isRemovable(m_items.at(index.row()).status))
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool AssetTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !(flags(index) & Qt::ItemIsUserCheckable))
        return false;
    setChecked(m_items.at(index.row()).externalId, value.value<Qt::CheckState>() == Qt::Checked);
    return true;
}

bool AssetTableModel::isRemovable(const AssetStatus &status)
{
    switch (status.value()) {
    case AssetStatus::Denied:
    case AssetStatus::Discarded:
    case AssetStatus::Completed:
        return false;
    default:
        return true;
    }
}

void AssetTableModel::setChecked(const QString &externalId, bool checked)
{
    const int row = rowOf(externalId);
    if (row < 0 || !isRemovable(m_items.at(row).status) || m_checked.contains(externalId) == checked)
        return;
    if (checked)
        m_checked.insert(externalId);
    else
        m_checked.remove(externalId);
    const QModelIndex cell = index(row, int(Column::ExternalId));
    Q_EMIT dataChanged(cell, cell, { Qt::CheckStateRole });
    Q_EMIT checkedChanged(checkedCount());
}

int AssetTableModel::setChecked(const QStringList &externalIds, bool checked)
{
    int first = int(m_items.size());
    int last = -1;
    int changed = 0;
    for (const QString &id : externalIds) {
        const int row = rowOf(id);
        if (row < 0 || !isRemovable(m_items.at(row).status) || m_checked.contains(id) == checked)
            continue;
        if (checked)
            m_checked.insert(id);
        else
            m_checked.remove(id);
        first = std::min(first, row);
        last = std::max(last, row);
        ++changed;
    }
    if (changed == 0)
        return 0;
    // One range, not one signal per row: "tick all shown" may cover 20,000 rows.
    Q_EMIT dataChanged(index(first, int(Column::ExternalId)), index(last, int(Column::ExternalId)), { Qt::CheckStateRole });
    Q_EMIT checkedChanged(checkedCount());
    return changed;
}

void AssetTableModel::setCheckedExactly(const QStringList &externalIds)
{
    const QSet<QString> wanted(externalIds.cbegin(), externalIds.cend());
    QStringList unticked;
    for (const QString &id : std::as_const(m_checked)) {
        if (!wanted.contains(id))
            unticked.append(id);
    }
    QSignalBlocker quiet(this); // one checkedChanged() for both steps, below
    const int changed = setChecked(unticked, false) + setChecked(externalIds, true);
    if (changed == 0)
        return;
    quiet.unblock();
    Q_EMIT dataChanged(index(0, int(Column::ExternalId)), index(rowCount() - 1, int(Column::ExternalId)), { Qt::CheckStateRole });
    Q_EMIT checkedChanged(checkedCount());
}

void AssetTableModel::clearChecked()
{
    setChecked(checkedExternalIds(), false);
}

QStringList AssetTableModel::checkedExternalIds() const
{
    QStringList ids;
    for (const Row &row : m_items) {
        if (m_checked.contains(row.externalId))
            ids.append(row.externalId);
    }
    return ids;
}

Money AssetTableModel::checkedPurchaseValue() const
{
    Money total;
    for (const QString &id : m_checked)
        total += m_items.at(rowOf(id)).purchaseValue;
    return total;
}

void AssetTableModel::clear()
{
    beginResetModel();
    m_items.clear();
    m_rows.clear();
    const bool hadChecked = !m_checked.isEmpty();
    m_checked.clear();
    m_alerts.clear();
    m_rates.clear();
    endResetModel();
    if (hadChecked)
        Q_EMIT checkedChanged(0);
}

void AssetTableModel::appendAssets(const QList<AssetListItem> &assets)
{
    QList<Row> rows;
    rows.reserve(assets.size());
    QSet<QString> seen;
    for (const AssetListItem &item : assets) {
        // A page repeated by the server must not duplicate rows.
        if (!m_rows.contains(item.externalId) && !seen.contains(item.externalId)) {
            seen.insert(item.externalId);
            rows.append(rowFor(item));
        }
    }
    if (rows.isEmpty())
        return;
    const int first = int(m_items.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    for (const Row &row : std::as_const(rows)) {
        m_rows.insert(row.externalId, int(m_items.size()));
        m_items.append(row);
    }
    endInsertRows();
}

void AssetTableModel::setChecks(const AssetChecks &checks)
{
    m_alerts = checks.findings;
    m_rates = checks.pricing.monthlyRates;
    if (!m_items.isEmpty()) {
        Q_EMIT dataChanged(index(0, int(Column::Alerts)), index(rowCount() - 1, int(Column::Alerts)),
                           { Qt::DisplayRole, Qt::ToolTipRole, RawRole, AlertCountRole });
        Q_EMIT dataChanged(index(0, int(Column::Rate)), index(rowCount() - 1, int(Column::Rate)), { Qt::DisplayRole, RawRole });
    }
}

void AssetTableModel::updateAsset(const AssetListItem &asset)
{
    const int row = rowOf(asset.externalId);
    if (row < 0)
        return;
    m_items[row] = rowFor(asset);
    if (!isRemovable(asset.status) && m_checked.remove(asset.externalId))
        Q_EMIT checkedChanged(checkedCount());
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

} // namespace cessio
