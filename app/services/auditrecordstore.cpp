#include "auditrecordstore.h"

#include "services/workspace/sqlworkspacestore.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QMutexLocker>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

QMutex registryMutex;

struct Place
{
    WorkspaceSettings settings;
    QString password;
};

QHash<QString, Place> &registry()
{
    static QHash<QString, Place> places;
    return places;
}

QString keyOf(const QString &recordPath)
{
    return QFileInfo(recordPath).absoluteFilePath();
}

} // namespace

AuditRecordStore::AuditRecordStore(const WorkspaceSettings &settings, const QString &password)
    : m_settings(settings)
    , m_password(password)
    , m_home(QThread::currentThread())
{ }

AuditRecordStore::~AuditRecordStore() = default;

void AuditRecordStore::attach(const QString &recordPath, const WorkspaceSettings &settings, const QString &password)
{
    QMutexLocker locker(&registryMutex);
    registry().insert(keyOf(recordPath), { settings, password });
}

void AuditRecordStore::detach(const QString &recordPath)
{
    QMutexLocker locker(&registryMutex);
    registry().remove(keyOf(recordPath));
}

std::shared_ptr<AuditRecordStore> AuditRecordStore::of(const QString &recordPath)
{
    QMutexLocker locker(&registryMutex);
    const auto it = registry().constFind(keyOf(recordPath));
    return it == registry().cend() ? nullptr : std::make_shared<AuditRecordStore>(it->settings, it->password);
}

QString AuditRecordStore::description() const
{
    if (m_settings.backend == WorkspaceSettings::Backend::Sqlite)
        return m_settings.sqlitePath();
    return u"%1@%2/%3"_s.arg(m_settings.user, m_settings.host, m_settings.database);
}

template<typename T>
StoreResult<T> AuditRecordStore::withStore(const std::function<StoreResult<T>(WorkspaceStore &)> &work)
{
    if (QThread::currentThread() != m_home) {
        const auto opened = SqlWorkspaceStore::open(m_settings, m_password);
        if (!opened.ok())
            return StoreResult<T>::failure(opened.error);
        return work(**opened.value);
    }
    QMutexLocker locker(&m_mutex);
    if (!m_kept) {
        const auto opened = SqlWorkspaceStore::open(m_settings, m_password);
        if (!opened.ok())
            return StoreResult<T>::failure(opened.error);
        m_kept = *opened.value;
    }
    StoreResult<T> result = work(*m_kept);
    if (!result.ok())
        m_kept.reset(); // reconnect next time: the server may have restarted
    return result;
}

StoreResult<QList<QByteArray>> AuditRecordStore::lines()
{
    return withStore<QList<QByteArray>>([](WorkspaceStore &store) {
        const auto rows = store.recordLines();
        if (!rows.ok())
            return StoreResult<QList<QByteArray>>::failure(rows.error);
        QList<QByteArray> lines;
        lines.reserve(rows.value->size());
        for (const workspace::RecordLine &row : *rows.value)
            lines.append(row.line);
        return StoreResult<QList<QByteArray>>::success(lines);
    });
}

StoreResult<workspace::RecordLine> AuditRecordStore::last()
{
    return withStore<workspace::RecordLine>([](WorkspaceStore &store) { return store.lastRecordLine(); });
}

StoreResult<workspace::RecordLine> AuditRecordStore::append(const WorkspaceStore::RecordMaker &make)
{
    return withStore<workspace::RecordLine>([&make](WorkspaceStore &store) { return store.appendRecord(make); });
}

StoreStatus AuditRecordStore::import(const QList<workspace::RecordLine> &lines, const QString &source,
                                     const WorkspaceStore::RecordCheck &check)
{
    return withStore<bool>([&](WorkspaceStore &store) {
        return store.importRecord(lines, source, QDateTime::currentMSecsSinceEpoch(), check);
    });
}

} // namespace cessio
