#include "demosession.h"

#include "democolleague.h"
#include "demoportfolio.h"
#include "sandbox/demoassetrecipe.h"
#include "sandbox/demoassignor.h"
#include "sandbox/sandbox.h"
#include "services/decisionservice.h"
#include "services/portfolio/portfoliobook.h"

#include <QCoreApplication>
#include <QFuture>
#include <QFutureWatcher>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

// Lives on the simulator's thread: everything the simulator owns is created, used and destroyed there.
class DemoSession::Server : public QObject
{
public:
    using Started = std::function<void(QUrl, sandbox::DemoCredentials, DemoColleague::Plan, QString)>;
    using Seeded = std::function<void(QStringList, QString)>; // the funds whose books were written, or why not

    ~Server() override
    {
        m_making.cancel();
        m_making.waitForFinished(); // the chunks write into m_late
        m_seeded.waitForFinished();
        m_assignor.reset(); // before the sandbox it submits to
        m_sandbox.reset();
    }

    // Runs on the server's thread; `started` and then `completed` are called there too.
    // `completed(true)` once a large batch made after the start is in the world; `completed(false)`
    // right away when there is none.
    void start(const Options &options, const std::shared_ptr<PortfolioBook> &book, const Started &started,
               const std::function<void(bool)> &completed, const Seeded &seeded)
    {
        m_onSeeded = seeded;
        m_sandbox = std::make_unique<sandbox::Sandbox>(options.server);
        std::unique_ptr<sandbox::DemoLateBatch> late;
        const sandbox::DemoCredentials credentials = sandbox::DemoWorld::build(m_sandbox->world(), options.world, &late);
        DemoColleague::Plan colleague = options.colleague
            ? DemoColleague::choose(m_sandbox->world(), credentials.largeBatch.externalId)
            : DemoColleague::Plan {};
        colleague.fourEyes = options.fourEyes;
        QString error;
        if (!m_sandbox->start(&error)) {
            started({}, credentials, colleague, error);
            return;
        }
        if (options.assignorInterval.count() > 0) {
            m_assignor = std::make_unique<sandbox::DemoAssignor>(m_sandbox.get(), options.assignorInterval);
            m_assignor->start();
            if (options.firstSubmission.count() > 0)
                QTimer::singleShot(options.firstSubmission, m_assignor.get(),
                                   [assignor = m_assignor.get()] { assignor->submitNow(); });
        }
        started(m_sandbox->baseUrl(), credentials, colleague, QString());
        if (!late) {
            seedBooks(book, options.world.seed);
            completed(false);
            return;
        }
        // The large batch on the thread pool while the simulator already answers; into the world here.
        m_late = std::move(late);
        connect(&m_making, &QFutureWatcher<void>::finished, this, [this, book, seed = options.world.seed, completed] {
            m_late->finish();
            m_late.reset();
            seedBooks(book, seed);
            completed(true);
        });
        QThreadPool *pool = QThreadPool::globalInstance();
        if (options.makeLargeBatchInBackground) {
            m_backgroundPool.setThreadPriority(QThread::LowestPriority); // Windows and macOS
            pool = &m_backgroundPool;
        }
        m_making.setFuture(m_late->make(pool, options.makeLargeBatchInBackground));
    }

    // The funds' books, made from the whole world (the large batch counts in each fund's PL) and
    // written on a worker; the Portfolio views read them once written.
    void seedBooks(const std::shared_ptr<PortfolioBook> &book, quint32 seed)
    {
        if (!book)
            return;
        const DemoPortfolios portfolios = DemoPortfolio::build(m_sandbox->world(), seed);
        m_seeded = QtConcurrent::run([book, portfolios, seeded = m_onSeeded] {
            const QString error = portfolios.seed(*book);
            QStringList funds;
            for (const DemoFundPortfolio &fund : portfolios.funds)
                funds.append(fund.fundClassKey);
            if (seeded)
                seeded(funds, error);
            return error;
        });
    }

    sandbox::Sandbox *sandbox() const { return m_sandbox.get(); }
    sandbox::DemoAssignor *assignor() const { return m_assignor.get(); }

private:
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<sandbox::DemoAssignor> m_assignor;
    std::unique_ptr<sandbox::DemoLateBatch> m_late;
    QThreadPool m_backgroundPool; // declared before m_making: destroyed after the making is waited for
    QFutureWatcher<void> m_making;
    QFuture<QString> m_seeded;
    Seeded m_onSeeded;
};

sandbox::SandboxOptions DemoSession::defaultServerOptions()
{
    sandbox::SandboxOptions options;
    options.host = u"127.0.0.1"_s; // loopback only: the demo is never reachable from the network
    options.port = 0;
    // QI's automatic steps (eligibility, term, payment, portfolio) at a pace a person can follow: a
    // submitted batch reaches the inbox within a minute, an approved one completes in a few.
    options.stepDelayMs = 15000;
    return options;
}

DemoSession::DemoSession(QObject *parent)
    : DemoSession(Options(), parent)
{ }

DemoSession::DemoSession(const Options &options, QObject *parent)
    : DemoSession(options, std::make_unique<QTemporaryDir>(), parent)
{ }

DemoSession::DemoSession(const Options &options, std::unique_ptr<QTemporaryDir> recordDir, QObject *parent)
    : Session(QCoreApplication::translate("cessio::DemoSession", "Demo"), QUrl(), {}, recordDir->filePath(u"audit.jsonl"_s),
              parent)
    , m_options(options)
    , m_recordDir(std::move(recordDir))
{
    if (m_options.workspace)
        openWorkspace(*m_options.workspace, {});
}

DemoSession::~DemoSession()
{
    m_colleague.reset(); // her connection closes before the record folder goes
    if (m_thread) {
        m_thread->quit(); // the server is deleted on its thread as the thread finishes
        m_thread->wait();
        delete m_thread;
    } else {
        delete m_server;
    }
}

sandbox::Sandbox *DemoSession::sandbox() const
{
    return m_server ? m_server->sandbox() : nullptr;
}

sandbox::DemoAssignor *DemoSession::assignor() const
{
    return m_server ? m_server->assignor() : nullptr;
}

void DemoSession::prepare()
{
    m_server = new Server;
    QPointer<DemoSession> self(this);
    const auto started = [self](const QUrl &baseUrl, const sandbox::DemoCredentials &credentials,
                                const DemoColleague::Plan &colleague, const QString &error) {
        // Back on the session's thread, from the event loop (never from inside start()).
        QMetaObject::invokeMethod(
            qApp,
            [self, baseUrl, credentials, colleague, error] {
                if (self)
                    self->onServerStarted(baseUrl, credentials, colleague, error);
            },
            Qt::QueuedConnection);
    };
    if (m_options.serverThread) {
        m_thread = new QThread;
        m_thread->setObjectName(u"demo-sandbox"_s);
        m_server->moveToThread(m_thread);
        connect(m_thread, &QThread::finished, m_server, &QObject::deleteLater);
        m_thread->start();
    }
    const auto completed = [self](bool madeLater) {
        QMetaObject::invokeMethod(
            qApp,
            [self, madeLater] {
                if (self)
                    self->onWorldCompleted(madeLater);
            },
            Qt::QueuedConnection);
    };
    const auto seeded = [self](const QStringList &funds, const QString &error) {
        QMetaObject::invokeMethod(
            qApp,
            [self, funds, error] {
                if (self)
                    self->onBooksSeeded(funds, error);
            },
            Qt::QueuedConnection);
    };
    QMetaObject::invokeMethod(
        m_server,
        [server = m_server, options = m_options, book = portfolioBook(), started, completed, seeded] {
            server->start(options, book, started, completed, seeded);
        },
        Qt::QueuedConnection);
}

void DemoSession::onServerStarted(const QUrl &baseUrl, const sandbox::DemoCredentials &credentials,
                                  const DemoColleague::Plan &colleague, const QString &error)
{
    if (!error.isEmpty()) {
        fail(QCoreApplication::translate("cessio::DemoSession", "The demo could not start: %1").arg(error));
        return;
    }
    m_credentials = credentials;
    setBaseUrl(baseUrl);
    setFundClassKeys(credentials.fundKeys);
    // Ana Souza's work is in the workspace before the window looks (keys need the server and identity).
    if (colleague.isValid()) {
        m_colleague = std::make_unique<DemoColleague>();
        WorkspaceSettings beside; // the session's own, beside the record
        beside.sqliteFile = m_recordDir->filePath(u"workspace.sqlite"_s);
        const WorkspaceSettings workspace = m_options.workspace.value_or(beside);
        const QString party = credentials.clientKey;
        m_colleagueDone = m_colleague->act(workspace, colleague, [baseUrl, party](const BatchRef &batch) {
            return DecisionService::workspaceKey(baseUrl, party, batch);
        });
    }
    finishStart(RequestSigner(credentials.clientKey, credentials.privateKey));
}

void DemoSession::onWorldCompleted(bool madeLater)
{
    m_worldComplete = true;
    if (madeLater) // otherwise the first poll reads it all
        Q_EMIT serverDataCompleted();
}

void DemoSession::onBooksSeeded(const QStringList &fundClassKeys, const QString &error)
{
    if (!error.isEmpty())
        addNotices({ QCoreApplication::translate("cessio::DemoSession", "The demo funds' portfolios could not be written: %1")
                         .arg(error) });
    for (const QString &fund : fundClassKeys)
        Q_EMIT portfolioChanged(fund);
}

QFuture<QString> DemoSession::colleagueDone() const
{
    return m_colleagueDone;
}

} // namespace cessio
