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
    case Column::Alerts:
        return tr("Alerts");
    case Column::WaitingSince:
        return tr("Waiting since");
    case Column::Status:
        return tr("Status");
    case Column::Team:
        return tr("Team");
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
        const QString assignor = DocumentNumber::parse(entry.assignor.documentNumber).normalized();
        const QString fund = DocumentNumber::parse(entry.fundDocument).normalized();
        return QStringList { entry.fundName,
                             entry.fundDocument,
                             fund,
                             entry.assignor.name,
                             entry.assignor.documentNumber,
                             assignor,
                             entry.batch.externalId,
                             entry.batch.number,
                             entry.configurationName }
            .join(u'\n')
            .toCaseFolded();
    }
    case HasAlertsRole: {
        const InboxScreening::Status status = screeningStatus(entry);
        return status.result && status.result->hasAlerts();
    }
    case TotalCentavosRole:
        return entry.batch.totalValue ? QVariant(entry.batch.totalValue->centavos()) : QVariant();
    case Qt::TextAlignmentRole:
        if (column == Column::TotalValue || column == Column::Assets)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return toolTip(entry, column);
    case Qt::AccessibleTextRole:
        if (column == Column::WaitingSince) {
            const QString tip = sinceToolTip(entry);
            return tip.isEmpty() ? display(entry, column) : tip;
        }
        if (column == Column::Alerts) {
            const QString tip = alertsToolTip(entry);
            return tip.isEmpty() ? display(entry, column) : tip;
        }
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
    case Column::Alerts:
        return alertsText(entry);
    case Column::WaitingSince:
        return sinceText(entry);
    case Column::Status:
        return entry.batch.status.displayName();
    case Column::Team:
        return m_team.value(entry.key());
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
    case Column::Alerts: {
        // Most alerts first when sorted descending; then checked clean, checking, not checked, not applicable.
        const InboxScreening::Status status = screeningStatus(entry);
        switch (status.state) {
        case InboxScreening::State::Checked:
            return status.result->flaggedCount + (status.result->brokenFundRules.isEmpty() ? 0 : 1);
        case InboxScreening::State::Checking:
            return -1;
        case InboxScreening::State::NotChecked:
        case InboxScreening::State::Failed:
            return -2;
        case InboxScreening::State::NotApplicable:
            break;
        }
        return -3;
    }
    case Column::WaitingSince:
        return sinceOf(entry).toUTC();
    case Column::Status:
        // Flow order, not alphabetical.
        return int(entry.batch.status.stage()) * 100 + int(entry.batch.status.value());
    case Column::Team:
        return display(entry, column);
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

InboxScreening::Status InboxModel::screeningStatus(const InboxEntry &entry) const
{
    if (!m_screening)
        return {};
    InboxScreening::Status status = m_screening->status(entry.key());
    // Listed before the screening has seen this poll: awaiting the manager means "not checked yet".
    if (status.state == InboxScreening::State::NotApplicable && entry.batch.status.value() == BatchStatus::PendingManagerApproval)
        status.state = InboxScreening::State::NotChecked;
    return status;
}

QDateTime InboxModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTime();
}

QDateTime InboxModel::sinceOf(const InboxEntry &entry)
{
    if (entry.batch.status.value() == BatchStatus::PendingManagerApproval && entry.batch.reachedManagerAt.isValid())
        return entry.batch.reachedManagerAt;
    return entry.batch.lastEventAt;
}

QString InboxModel::sinceText(const InboxEntry &entry) const
{
    const QDateTime since = sinceOf(entry);
    if (!since.isValid())
        return u"—"_s;
    switch (entry.batch.status.stage()) {
    case BatchStatus::Stage::Completed:
    case BatchStatus::Stage::Closed:
        return shortDate(since.toLocalTime().date()); // done: when, not how long
    case BatchStatus::Stage::AwaitingManager:
    case BatchStatus::Stage::InProgress:
    case BatchStatus::Stage::BeforeManager:
        break;
    }
    return relativeAge(since, now());
}

QString InboxModel::sinceToolTip(const InboxEntry &entry) const
{
    const QLocale locale;
    const auto when = [&locale](const QDateTime &time) { return locale.toString(time.toLocalTime(), QLocale::LongFormat); };
    const QDateTime last = entry.batch.lastEventAt;
    switch (entry.batch.status.stage()) {
    case BatchStatus::Stage::AwaitingManager: {
        const QDateTime first = entry.batch.reachedManagerAt;
        if (first.isValid()) {
            if (last.isValid() && last > first)
                return tr("Waiting %1: first reached the manager on %2, back for a decision since %3.")
                    .arg(relativeAge(first, now()), when(first), when(last));
            return tr("Waiting %1: reached the manager on %2.").arg(relativeAge(first, now()), when(first));
        }
        if (last.isValid())
            return tr("Waiting %1 in this status, since %2. The server's status events do not say when the batch first "
                      "reached the manager.")
                .arg(relativeAge(last, now()), when(last));
        return tr("The server did not say when the batch reached the manager.");
    }
    case BatchStatus::Stage::Completed:
        return last.isValid() ? tr("Completed on %1.").arg(when(last)) : QString();
    case BatchStatus::Stage::Closed:
        if (!last.isValid())
            return {};
        return entry.batch.status.value() == BatchStatus::Denied ? tr("Denied on %1.").arg(when(last))
                                                                 : tr("Discarded on %1.").arg(when(last));
    case BatchStatus::Stage::InProgress:
    case BatchStatus::Stage::BeforeManager:
        break;
    }
    return last.isValid() ? tr("In this status since %1").arg(when(last))
                          : tr("The server did not say when the batch entered this status.");
}

QString InboxModel::alertsText(const InboxEntry &entry) const
{
    const InboxScreening::Status status = screeningStatus(entry);
    switch (status.state) {
    case InboxScreening::State::NotApplicable:
        return {};
    case InboxScreening::State::NotChecked:
        return tr("Not checked yet");
    case InboxScreening::State::Checking:
        return tr("Checking…");
    case InboxScreening::State::Failed:
        return tr("Not checked");
    case InboxScreening::State::Checked:
        break;
    }
    const InboxScreening::Result &result = *status.result;
    if (result.flaggedCount > 0)
        return u"⚠ "_s + QLocale().toString(result.flaggedCount);
    if (!result.brokenFundRules.isEmpty())
        return u"⚠ "_s + tr("fund rules");
    if (result.checkedCount == 0 && result.uncheckedCount > 0)
        return tr("No details");
    return tr("No alerts");
}

QString InboxModel::alertsToolTip(const InboxEntry &entry) const
{
    const InboxScreening::Status status = screeningStatus(entry);
    const QLocale locale;
    switch (status.state) {
    case InboxScreening::State::NotApplicable:
        return {};
    case InboxScreening::State::NotChecked:
        return tr("Cessio checks every batch awaiting your decision in the background; this one has not been checked yet.");
    case InboxScreening::State::Checking:
        return tr("Reading the assets and running the checks…");
    case InboxScreening::State::Failed:
        return tr("The assets could not be read: %1 Cessio tries again after the next refresh.").arg(status.error);
    case InboxScreening::State::Checked:
        break;
    }
    const InboxScreening::Result &result = *status.result;
    QStringList lines;
    if (result.flaggedCount > 0) {
        lines.append(tr("%Ln asset(s) flagged:", nullptr, result.flaggedCount));
        for (int rule = 0; rule < AssetChecks::ruleCount; ++rule) {
            if (const int count = result.assetsPerRule.at(std::size_t(rule)); count > 0)
                lines.append(tr("• %1: %2").arg(AssetChecks::ruleLabel(AssetChecks::Rule(rule)), locale.toString(count)));
        }
    } else if (result.checkedCount > 0) {
        lines.append(tr("No alerts in the %Ln asset(s) checked.", nullptr, result.checkedCount));
    }
    if (!result.brokenFundRules.isEmpty()) {
        lines.append(tr("Fund rules broken:"));
        for (const QString &rule : result.brokenFundRules)
            lines.append(u"• "_s + rule);
    }
    if (!result.fundRulesProblem.isEmpty())
        lines.append(tr("The fund's rules could not be read: %1").arg(result.fundRulesProblem));
    if (result.uncheckedCount > 0)
        lines.append(tr("%Ln asset(s) came without their details and could not be checked.", nullptr, result.uncheckedCount));
    lines.append(tr("Open the review for the details."));
    return lines.join(u'\n');
}

QVariant InboxModel::toolTip(const InboxEntry &entry, Column column) const
{
    // Names and messages from the server: shown literally, never as rich text.
    switch (column) {
    case Column::Fund: {
        const QString document
            = entry.fundDocument.isEmpty() ? QString() : tr("CNPJ %1").arg(DocumentNumber::parse(entry.fundDocument).formatted());
        QStringList lines { entry.fundName };
        if (!document.isEmpty())
            lines.append(document);
        if (!entry.configurationName.isEmpty())
            lines.append(tr("Configuration: %1").arg(entry.configurationName));
        return toolTipFromPlainText(lines.join(u'\n'));
    }
    case Column::Assignor:
        return toolTipFromPlainText(
            tr("%1\nCNPJ %2").arg(entry.assignor.name, DocumentNumber::parse(entry.assignor.documentNumber).formatted()));
    case Column::Alerts:
        return toolTipFromPlainText(alertsToolTip(entry)); // the server's error text and the rule names, literally
    case Column::WaitingSince:
        return sinceToolTip(entry);
    case Column::Team: // names and notes from the workspace
        return m_team.contains(entry.key()) ? toolTipFromPlainText(m_team.value(entry.key())) : QVariant();
    case Column::Batch:
        return entry.tracked ? tr("Added by external id: read directly on every refresh") : QVariant();
    default:
        return {};
    }
}

void InboxModel::setScreening(InboxScreening *screening)
{
    if (m_screening)
        disconnect(m_screening, nullptr, this, nullptr);
    m_screening = screening;
    if (screening)
        connect(screening, &InboxScreening::statusChanged, this, &InboxModel::screeningChanged);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void InboxModel::screeningChanged(const QString &key)
{
    // The whole row: the filter model re-reads HasAlertsRole from the first column.
    if (const int row = rowOf(key); row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void InboxModel::setTeamTexts(const QHash<QString, QString> &textsByKey)
{
    if (textsByKey == m_team)
        return;
    m_team = textsByKey;
    if (m_entries.isEmpty())
        return;
    const int column = int(Column::Team);
    Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column),
                       { Qt::DisplayRole, RawRole, Qt::AccessibleTextRole, Qt::ToolTipRole });
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
    Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column),
                       { Qt::DisplayRole, Qt::AccessibleTextRole, Qt::ToolTipRole });
}

bool InboxModel::sameContent(const InboxEntry &a, const InboxEntry &b)
{
    return a.ref == b.ref && a.fundName == b.fundName && a.fundDocument == b.fundDocument
        && a.configurationName == b.configurationName && a.assignor == b.assignor && a.batch == b.batch && a.tracked == b.tracked;
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
