#pragma once

#include "services/workspace/workspacesettings.h"
#include "services/workspace/workspacestore.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThread>

#include <functional>
#include <memory>
#include <type_traits>

namespace cessio {

// The workspace store on a thread of its own, so that the UI thread never waits on the database
// (QSqlDatabase connections belong to the thread that opened them). Every call returns a QFuture;
// the CLI may wait on it, the desktop watches it. Calls run one at a time, in order.
class WorkspaceRunner
{
    Q_DECLARE_TR_FUNCTIONS(cessio::WorkspaceRunner)

public:
    using Opener = std::function<StoreResult<std::shared_ptr<WorkspaceStore>>()>;

    WorkspaceRunner();
    ~WorkspaceRunner(); // closes the store on its thread
    WorkspaceRunner(const WorkspaceRunner &) = delete;
    WorkspaceRunner &operator=(const WorkspaceRunner &) = delete;

    // Opens (closing any store open before) on the store's thread. Result: "" or why not.
    QFuture<QString> open(Opener opener);
    QFuture<QString> open(const WorkspaceSettings &settings, const QString &password);
    // Opens a SqlWorkspaceStore (what open(settings, password) does on the store's thread).
    static StoreResult<std::shared_ptr<WorkspaceStore>> openSql(const WorkspaceSettings &settings, const QString &password);

    // Runs `work(store)` on the store's thread. `work` returns a StoreResult; when no store is open it
    // is not called and the result is a failure saying why (the last open's error).
    template<typename Work>
    auto run(Work work) -> QFuture<std::invoke_result_t<Work, WorkspaceStore &>>
    {
        using Result = std::invoke_result_t<Work, WorkspaceStore &>;
        return post<Result>([this, work = std::move(work)]() -> Result {
            if (!m_store)
                return Result::failure(m_openError.isEmpty() ? notOpen() : m_openError);
            return work(*m_store);
        });
    }

    static QString notOpen(); // "The workspace is not open."

    // How many stores were opened so far, counted on the store's thread as each open starts: what a
    // job reads there tells which store it ran on (a number from one store means nothing in another).
    std::shared_ptr<const QAtomicInt> opens() const { return m_opens; }

private:
    // Runs `job` on m_thread. Not QtConcurrent on a pool: a QFuture waited on may run a pool task
    // that has not started on the waiting thread, away from the connection.
    template<typename Result, typename Job>
    QFuture<Result> post(Job job)
    {
        auto promise = std::make_shared<QPromise<Result>>();
        promise->start();
        QFuture<Result> future = promise->future();
        QMetaObject::invokeMethod(
            &m_worker,
            [promise, job = std::move(job)]() mutable {
                promise->addResult(job());
                promise->finish();
            },
            Qt::QueuedConnection);
        return future;
    }

    QThread m_thread; // the connection's thread
    QObject m_worker; // lives on m_thread: calls are queued to it, in order
    std::shared_ptr<WorkspaceStore> m_store; // used only on m_thread
    QString m_openError; // why the last open failed; used only on m_thread
    std::shared_ptr<QAtomicInt> m_opens = std::make_shared<QAtomicInt>(0);
};

} // namespace cessio
