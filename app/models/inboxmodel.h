#pragma once

#include "services/inboxscreening.h"
#include "services/inboxservice.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>

namespace cessio {

// The inbox as a table: one row per batch of every status (InboxFilterModel picks a view).
// setEntries() updates rows in place, removes and appends, so a poll keeps the selection and the
// scroll position. DisplayRole is formatted for the user's locale; RawRole holds the value to sort by.
// The Alerts column shows what InboxScreening found in each batch awaiting the manager.
// "Waiting since" counts from when a batch first reached the manager; rows past the manager show when
// they got where they are (a completed or denied batch is not "waiting").
class InboxModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Fund, Assignor, Batch, Date, Assets, TotalValue, Alerts, WaitingSince, Status, Team, Count };
    Q_ENUM(Column)
    enum Role {
        RawRole = Qt::UserRole, // centavos, QDate, QDateTime, counts, names: what sorting compares
        KeyRole, // InboxEntry::key(), on every column
        StageRole, // int(BatchStatus::Stage), on every column
        FundKeyRole, // the fund class key, on every column
        SearchTextRole, // fund name and CNPJ, assignor name and CNPJ, external id and number, folded
        HasAlertsRole, // bool, on every column: the background checks flagged something
        TotalCentavosRole, // qint64 or invalid when the batch has no total yet, on every column
    };

    explicit InboxModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setEntries(const QList<InboxEntry> &entries);
    // The background checks behind the Alerts column (not owned; may be null: nothing checked).
    void setScreening(InboxScreening *screening);
    const InboxEntry &entry(int row) const { return m_entries.at(row); }
    int rowOf(const QString &key) const { return m_rows.value(key, -1); }
    // What the team is doing on each batch (the Team column), by InboxEntry::key(): replaces all.
    void setTeamTexts(const QHash<QString, QString> &textsByKey);
    // How many rows are in each stage (for the view buttons' counts).
    int countInStage(BatchStatus::Stage stage) const;

    // The reference time for "waiting since" (tests pin it; invalid: now).
    void setNow(const QDateTime &now) { m_now = now; }
    // Re-renders the relative times (a view calls this every minute).
    void refreshRelativeTimes();

    // "3 min", "5 h", "2 days": how long since `since`, for people.
    static QString relativeAge(const QDateTime &since, const QDateTime &now);
    // The time the Waiting since column counts from: the first arrival at the manager for a batch
    // awaiting a decision (when the events tell it), else when the batch entered its current status.
    static QDateTime sinceOf(const InboxEntry &entry);

private:
    QVariant display(const InboxEntry &entry, Column column) const;
    QVariant raw(const InboxEntry &entry, Column column) const;
    QVariant toolTip(const InboxEntry &entry, Column column) const;
    QString sinceText(const InboxEntry &entry) const;
    QString sinceToolTip(const InboxEntry &entry) const;
    QString alertsText(const InboxEntry &entry) const;
    QString alertsToolTip(const InboxEntry &entry) const;
    QDateTime now() const;
    InboxScreening::Status screeningStatus(const InboxEntry &entry) const;
    void screeningChanged(const QString &key);
    static bool sameContent(const InboxEntry &a, const InboxEntry &b);
    void reindex();

    QList<InboxEntry> m_entries;
    QHash<QString, int> m_rows;
    QDateTime m_now;
    QPointer<InboxScreening> m_screening;
    QHash<QString, QString> m_team; // key → the Team column's text
};

} // namespace cessio
