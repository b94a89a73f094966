#pragma once

#include "services/auditreader.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QList>
#include <QString>

namespace cessio {

// The decision record as a table for the viewer. refresh() reads and verifies the file on a worker
// thread (it may hold tens of thousands of entries) and swaps the result in with one model reset.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, User, Profile, Fund, Batch, Action, Outcome, Total, Account, RequestId, QiCode, ColumnCount };
    enum Role {
        RawRole = Qt::UserRole, // the column's value unformatted: UTC QDateTime, centavos, machine names
        SequenceRole, // the entry's sequence number, on every column
    };

    // `seal`: the record's key and anchor, so that the check covers the seals too (auditseal.h).
    explicit AuditLogModel(const QString &filePath, const AuditSeal &seal = {}, QObject *parent = nullptr);
    ~AuditLogModel() override;

    QString filePath() const { return m_path; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The whole entry behind a row (for a details pane).
    const AuditEntry &entry(int row) const { return m_entries.at(row); }
    // The integrity check of the file as of the last refresh.
    const AuditVerification &verification() const { return m_verification; }
    bool isRefreshing() const { return m_refreshing; }

public Q_SLOTS:
    // Reloads the file off the UI thread; a call while one is running schedules one more.
    void refresh();

Q_SIGNALS:
    void refreshed();

private:
    void takeResult();
    QVariant display(const AuditEntry &entry, int column) const;
    QVariant raw(const AuditEntry &entry, int column) const;

    const QString m_path;
    const AuditSeal m_seal;
    QList<AuditEntry> m_entries;
    AuditVerification m_verification;
    QFutureWatcher<AuditReadResult> m_watcher;
    bool m_refreshing = false; // own flag: the future may be finished before its signal arrives
    bool m_refreshAgain = false;
};

} // namespace cessio
