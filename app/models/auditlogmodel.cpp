#include "auditlogmodel.h"

#include "formatting.h"

#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

AuditLogModel::AuditLogModel(const QString &filePath, const AuditSeal &seal, QObject *parent)
    : QAbstractTableModel(parent)
    , m_path(filePath)
    , m_seal(seal)
{
    connect(&m_watcher, &QFutureWatcher<AuditReadResult>::finished, this, &AuditLogModel::takeResult);
}

// The worker only touches its own copies of the path and seal, so it may outlive the model; nothing to wait for.
AuditLogModel::~AuditLogModel() = default;

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const AuditEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(e, index.column());
    case RawRole:
        return raw(e, index.column());
    case SequenceRole:
        return e.sequence;
    case Qt::TextAlignmentRole:
        if (index.column() == Total)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case Qt::ToolTipRole:
        // The server's and the user's words: shown literally (toolTipFromPlainText).
        if (index.column() == Account && !e.shown.accountKey.isEmpty())
            return toolTipFromPlainText(QString(e.shown.accountText + u'\n' + e.shown.accountKey).trimmed());
        if (index.column() == Action && !(e.reason.isEmpty() && e.note.isEmpty()))
            return toolTipFromPlainText(QString(e.reason + u'\n' + e.note).trimmed());
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant AuditLogModel::display(const AuditEntry &e, int column) const
{
    const QLocale locale;
    switch (Column(column)) {
    case Time:
        if (!e.time.isValid())
            return QString();
        // Seconds matter in a record; the short date follows the locale (dd/MM/yyyy in pt_BR).
        return locale.toString(e.time.toLocalTime(), QString(locale.dateFormat(QLocale::ShortFormat) + u" HH:mm:ss"));
    case User:
        return e.userName;
    case Profile:
        return e.profileName;
    case Fund:
        return e.fundClassKey;
    case Batch:
        return e.batchExternalId;
    case Action:
        return AuditEntry::actionDisplayName(e.action);
    case Outcome:
        return AuditEntry::outcomeDisplayName(e.outcome);
    case Total:
        return e.shown.total ? e.shown.total->format(locale) : QString();
    case Account:
        return e.shown.accountText.isEmpty() ? e.shown.accountKey : e.shown.accountText;
    case RequestId:
        return e.request.id;
    case QiCode:
        return e.response.qiCode;
    case ColumnCount:
        break;
    }
    return QVariant();
}

QVariant AuditLogModel::raw(const AuditEntry &e, int column) const
{
    switch (Column(column)) {
    case Time:
        return e.time;
    case User:
        return e.userName;
    case Profile:
        return e.profileName;
    case Fund:
        return e.fundClassKey;
    case Batch:
        return e.batchExternalId;
    case Action:
        return AuditEntry::actionName(e.action);
    case Outcome:
        return AuditEntry::outcomeName(e.outcome);
    case Total:
        return e.shown.total ? QVariant(e.shown.total->centavos()) : QVariant();
    case Account:
        return e.shown.accountKey;
    case RequestId:
        return e.request.id;
    case QiCode:
        return e.response.qiCode;
    case ColumnCount:
        break;
    }
    return QVariant();
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case User:
        return tr("User");
    case Profile:
        return tr("Profile");
    case Fund:
        return tr("Fund");
    case Batch:
        return tr("Batch");
    case Action:
        return tr("Action");
    case Outcome:
        return tr("Outcome");
    case Total:
        return tr("Total");
    case Account:
        return tr("Account");
    case RequestId:
        return tr("Request id");
    case QiCode:
        return tr("QI code");
    case ColumnCount:
        break;
    }
    return QVariant();
}

void AuditLogModel::refresh()
{
    if (m_refreshing) {
        m_refreshAgain = true; // the file changed during this read: read it once more afterwards
        return;
    }
    m_refreshing = true;
    m_watcher.setFuture(QtConcurrent::run(
        [path = m_path, seal = m_seal] { return AuditReader::read(path, AuditReader::Mode::KeepEntries, seal); }));
}

void AuditLogModel::takeResult()
{
    m_refreshing = false;
    const AuditReadResult result = m_watcher.result();
    beginResetModel();
    m_entries = result.entries;
    m_verification = result.verification;
    endResetModel();
    Q_EMIT refreshed();
    if (m_refreshAgain) {
        m_refreshAgain = false;
        refresh();
    }
}

} // namespace cessio
