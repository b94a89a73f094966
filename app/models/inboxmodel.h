#pragma once

#include "services/inboxservice.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace cessio {

// The inbox as a table: one row per batch of every status (InboxFilterModel picks a view).
// setEntries() updates rows in place, removes and appends, so a poll keeps the selection and the
// scroll position. DisplayRole is formatted for the user's locale; RawRole holds the value to sort by.
class InboxModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Fund, Assignor, Batch, Date, Assets, TotalValue, WaitingSince, Status, Count };
    Q_ENUM(Column)
    enum Role {
        RawRole = Qt::UserRole, // centavos, QDate, QDateTime, counts, names: what sorting compares
        KeyRole, // InboxEntry::key(), on every column
        StageRole, // int(BatchStatus::Stage), on every column
        FundKeyRole, // the fund class key, on every column
        SearchTextRole, // fund, assignor name and CNPJ digits, external id and number, folded
    };

    explicit InboxModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setEntries(const QList<InboxEntry> &entries);
    const InboxEntry &entry(int row) const { return m_entries.at(row); }
    int rowOf(const QString &key) const { return m_rows.value(key, -1); }
    // How many rows are in each stage (for the view buttons' counts).
    int countInStage(BatchStatus::Stage stage) const;

    // The reference time for "waiting since" (tests pin it; invalid: now).
    void setNow(const QDateTime &now) { m_now = now; }
    // Re-renders the relative times (a view calls this every minute).
    void refreshRelativeTimes();

    // "3 min", "5 h", "2 days": how long since `since`, for people.
    static QString relativeAge(const QDateTime &since, const QDateTime &now);

private:
    QVariant display(const InboxEntry &entry, Column column) const;
    QVariant raw(const InboxEntry &entry, Column column) const;
    static bool sameContent(const InboxEntry &a, const InboxEntry &b);
    void reindex();

    QList<InboxEntry> m_entries;
    QHash<QString, int> m_rows;
    QDateTime m_now;
};

} // namespace cessio
