#include "workspacerunner.h"

#include "services/workspace/sqlworkspacestore.h"

namespace cessio {

WorkspaceRunner::WorkspaceRunner()
{
    m_thread.setObjectName(QStringLiteral("workspace store"));
    m_worker.moveToThread(&m_thread);
    m_thread.start();
}

WorkspaceRunner::~WorkspaceRunner()
{
    // The connection is closed on the thread that opened it, after the calls queued before.
    QMetaObject::invokeMethod(
        &m_worker, [this] { m_store.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QFuture<QString> WorkspaceRunner::open(Opener opener)
{
    return post<QString>([this, opener = std::move(opener)] {
        m_store.reset();
        m_opens->ref();
        auto opened = opener();
        m_openError = opened.error;
        if (!opened.ok())
            return opened.error;
        m_store = std::move(*opened.value);
        return QString();
    });
}

QFuture<QString> WorkspaceRunner::open(const WorkspaceSettings &settings, const QString &password)
{
    return open([settings, password] { return openSql(settings, password); });
}

StoreResult<std::shared_ptr<WorkspaceStore>> WorkspaceRunner::openSql(const WorkspaceSettings &settings, const QString &password)
{
    auto opened = SqlWorkspaceStore::open(settings, password);
    if (!opened.ok())
        return StoreResult<std::shared_ptr<WorkspaceStore>>::failure(opened.error);
    return StoreResult<std::shared_ptr<WorkspaceStore>>::success(std::move(*opened.value));
}

QString WorkspaceRunner::notOpen()
{
    return tr("The workspace is not open.");
}

} // namespace cessio
