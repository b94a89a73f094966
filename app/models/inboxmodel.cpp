#include "inboxmodel.h"

#include "core/documentnumber.h"
#include "formatting.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

InboxModel::InboxModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int InboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const auto column = Column(section);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(column == Column::TotalValue || column == Column::Assets ? Qt::AlignRight | Qt::AlignVCenter
                                                                                            : Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Fund:
        return tr("Fund");
    case Column::Assignor:
        return tr("Assignor");
    case Column::Batch:
        return tr("Batch");
    case Column::Date:
        return tr("Date");
    case Column::Assets:
        return tr("Assets");
    case Column::TotalValue:
        return tr("Total value");
    case Column::WaitingSince:
        return tr("Waiting since");
    case Column::Status:
        return tr("Status");
    case Column::Count:
        break;
    }
    return {};
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InboxEntry &entry = m_entries.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, column);
    case RawRole:
        return raw(entry, column);
    case KeyRole:
        return entry.key();
    case StageRole:
        return int(entry.batch.status.stage());
    case FundKeyRole:
        return entry.ref.fundClassKey;
    case SearchTextRole: {
        const QString document = DocumentNumber::parse(entry.assignor.documentNumber).normalized();
        return QStringList { entry.fundName,         entry.assignor.name, entry.assignor.documentNumber, document,
                             entry.batch.externalId, entry.batch.number,  entry.configurationName }
            .join(u'\n')
            .toCaseFolded();
    }
    case Qt::TextAlignmentRole:
        if (column == Column::TotalValue || column == Column::Assets)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        // Names from the server: shown literally, never as rich text (toolTipFromPlainText).
        switch (column) {
        case Column::Fund:
            return toolTipFromPlainText(entry.configurationName.isEmpty()
                                            ? entry.fundName
                                            : tr("%1\nConfiguration: %2").arg(entry.fundName, entry.configurationName));
        case Column::Assignor:
            return toolTipFromPlainText(
                tr("%1\nCNPJ %2").arg(entry.assignor.name, DocumentNumber::parse(entry.assignor.documentNumber).formatted()));
        case Column::WaitingSince:
            return entry.batch.lastEventAt.isValid()
                ? tr("In this status since %1")
                      .arg(QLocale().toString(entry.batch.lastEventAt.toLocalTime(), QLocale::LongFormat))
                : tr("The server did not say when the batch entered this status.");
        case Column::Batch:
            return entry.tracked ? tr("Added by external id: read directly on every refresh") : QVariant();
        default:
            return {};
        }
    case Qt::AccessibleTextRole:
        if (column == Column::WaitingSince && entry.batch.lastEventAt.isValid())
            return QLocale().toString(entry.batch.lastEventAt.toLocalTime(), QLocale::LongFormat);
        return display(entry, column);
    default:
        return {};
    }
}

QVariant InboxModel::display(const InboxEntry &entry, Column column) const
{
    const QLocale locale;
    const QString dash = u"—"_s;
    switch (column) {
    case Column::Fund:
        return entry.fundName.isEmpty() ? entry.ref.fundClassKey : entry.fundName;
    case Column::Assignor:
        return entry.assignor.name.isEmpty() ? DocumentNumber::parse(entry.assignor.documentNumber).formatted()
                                             : entry.assignor.name;
    case Column::Batch:
        return entry.batch.number.isEmpty() ? entry.batch.externalId
                                            : tr("%1 · no. %2").arg(entry.batch.externalId, entry.batch.number);
    case Column::Date:
        return entry.batch.date.isValid() ? shortDate(entry.batch.date, locale) : dash;
    case Column::Assets:
        if (!entry.batch.numberOfAssets)
            return dash;
        if (!entry.batch.numberOfApprovedAssets)
            return locale.toString(*entry.batch.numberOfAssets);
        return tr("%1 / %2").arg(locale.toString(*entry.batch.numberOfApprovedAssets),
                                 locale.toString(*entry.batch.numberOfAssets));
    case Column::TotalValue:
        return entry.batch.totalValue ? entry.batch.totalValue->format(locale) : dash;
    case Column::WaitingSince:
        return entry.batch.lastEventAt.isValid()
            ? relativeAge(entry.batch.lastEventAt, m_now.isValid() ? m_now : QDateTime::currentDateTime())
            : dash;
    case Column::Status:
        return entry.batch.status.displayName();
    case Column::Count:
        break;
    }
    return {};
}

QVariant InboxModel::raw(const InboxEntry &entry, Column column) const
{
    switch (column) {
    case Column::Fund:
        return display(entry, column);
    case Column::Assignor:
        return display(entry, column);
    case Column::Batch:
        return entry.batch.externalId;
    case Column::Date:
        return entry.batch.date;
    case Column::Assets:
        return entry.batch.numberOfAssets.value_or(-1);
    case Column::TotalValue:
        return entry.batch.totalValue ? entry.batch.totalValue->centavos() : qint64(-1);
    case Column::WaitingSince:
        return entry.batch.lastEventAt.toUTC();
    case Column::Status:
        // Flow order, not alphabetical.
        return int(entry.batch.status.stage()) * 100 + int(entry.batch.status.value());
    case Column::Count:
        break;
    }
    return {};
}

QString InboxModel::relativeAge(const QDateTime &since, const QDateTime &now)
{
    const qint64 seconds = std::max<qint64>(0, since.secsTo(now));
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%Ln min", nullptr, int(seconds / 60));
    if (seconds < 48 * 3600)
        return tr("%Ln h", nullptr, int(seconds / 3600));
    return tr("%Ln days", nullptr, int(seconds / 86400));
}

int InboxModel::countInStage(BatchStatus::Stage stage) const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [stage](const InboxEntry &entry) { return entry.batch.status.stage() == stage; }));
}

void InboxModel::refreshRelativeTimes()
{
    if (m_entries.isEmpty())
        return;
    const int column = int(Column::WaitingSince);
    Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column), { Qt::DisplayRole, Qt::AccessibleTextRole });
}

bool InboxModel::sameContent(const InboxEntry &a, const InboxEntry &b)
{
    return a.ref == b.ref && a.fundName == b.fundName && a.configurationName == b.configurationName && a.assignor == b.assignor
        && a.batch == b.batch && a.tracked == b.tracked;
}

void InboxModel::setEntries(const QList<InboxEntry> &entries)
{
    QHash<QString, qsizetype> incoming;
    for (qsizetype i = 0; i < entries.size(); ++i)
        incoming.insert(entries.at(i).key(), i);

    // Rows that left: removed from the bottom up so the row numbers above stay valid.
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        if (incoming.contains(m_entries.at(row).key()))
            continue;
        beginRemoveRows({}, row, row);
        m_entries.removeAt(row);
        endRemoveRows();
    }
    reindex();

    // Rows that stayed: updated in place.
    for (int row = 0; row < m_entries.size(); ++row) {
        const InboxEntry &fresh = entries.at(incoming.value(m_entries.at(row).key()));
        if (sameContent(m_entries.at(row), fresh))
            continue;
        m_entries[row] = fresh;
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }

    // Rows that arrived: appended in the order given.
    QList<InboxEntry> added;
    for (const InboxEntry &entry : entries) {
        if (!m_rows.contains(entry.key()))
            added.append(entry);
    }
    if (!added.isEmpty()) {
        const int first = int(m_entries.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_entries.append(added);
        reindex();
        endInsertRows();
    }
}

void InboxModel::reindex()
{
    m_rows.clear();
    for (int row = 0; row < m_entries.size(); ++row)
        m_rows.insert(m_entries.at(row).key(), row);
}

} // namespace cessio
