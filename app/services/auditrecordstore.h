#pragma once

#include "services/workspace/workspacesettings.h"
#include "services/workspace/workspacestore.h"

#include <QMutex>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

namespace cessio {

// A decision record kept in the workspace store instead of its file (issue 10): the same lines, in
// the same order, so AuditReader checks them the same way and an exported record still verifies.
// The record keeps its file path as its name: the key and anchor that seal it are named by that path
// (auditseal.h), so a sealed record moved into the store keeps its key.
//
// The store connection is per thread (QSqlDatabase's rule): the thread that made this object keeps
// one open; any other thread (a reader on QtConcurrent) opens its own for the call. A failed call
// drops the kept connection, so the next one reconnects (a PostgreSQL server restarted meanwhile).
class AuditRecordStore
{
public:
    AuditRecordStore(const WorkspaceSettings &settings, const QString &password);
    ~AuditRecordStore();
    AuditRecordStore(const AuditRecordStore &) = delete;
    AuditRecordStore &operator=(const AuditRecordStore &) = delete;

    // Says that the record named `recordPath` lives in the workspace `settings` names, for every reader
    // that names the record by its path (AuditLog, AuditReader::read, the audit dialog, reconciliation,
    // payee history). Process-wide and thread-safe. The password stays in memory only.
    static void attach(const QString &recordPath, const WorkspaceSettings &settings, const QString &password);
    static void detach(const QString &recordPath); // in its file again
    // A new handle on the store the record lives in (no connection until used), or nullptr: in its file.
    static std::shared_ptr<AuditRecordStore> of(const QString &recordPath);

    const WorkspaceSettings &settings() const { return m_settings; }
    // "the workspace database <file>" / "the team workspace <user>@<host>/<database>", for messages.
    QString description() const;
    // Whether this computer's record key seals the entries: on SQLite (one person's file) yes; on a
    // shared PostgreSQL workspace no (each desktop has its own key, which the others could not check):
    // there the server keeps the rows from being changed or removed instead.
    bool sealsEntries() const { return m_settings.backend == WorkspaceSettings::Backend::Sqlite; }

    StoreResult<QList<QByteArray>> lines();
    StoreResult<workspace::RecordLine> last();
    StoreResult<workspace::RecordLine> append(const WorkspaceStore::RecordMaker &make);
    StoreStatus import(const QList<workspace::RecordLine> &lines, const QString &source, const WorkspaceStore::RecordCheck &check);

private:
    template<typename T>
    StoreResult<T> withStore(const std::function<StoreResult<T>(WorkspaceStore &)> &work);

    const WorkspaceSettings m_settings;
    const QString m_password;
    QThread *const m_home;
    QMutex m_mutex; // guards m_kept: the home thread's connection
    std::shared_ptr<WorkspaceStore> m_kept;
};

} // namespace cessio
