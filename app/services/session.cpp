#include "session.h"

#include "qitech/apiclient.h"
#include "qitech/apitransport.h"
#include "services/auditkeys.h"
#include "services/auditlog.h"
#include "services/auditrecordstore.h"
#include "services/credentials.h"
#include "services/decisionservice.h"
#include "services/memorysecretstore.h"
#include "services/portfolio/portfoliobook.h"
#include "services/profile.h"
#include "services/secretstore.h"
#include "services/titleindex.h"
#include "services/workspace/decisiongate.h"
#include "services/workspace/fundrulesdocument.h"
#include "services/workspace/workspacerunner.h"
#include "services/workspace/workspacewatcher.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>

#include <utility>

namespace cessio {

Session *Session::forProfile(const Profile &profile, SecretStore &secrets, const QString &auditLogPath, QObject *parent)
{
    auto *session = new Session(profile.name, profile.baseUrl(), profile.fundClassKeys, auditLogPath, parent);
    session->m_secrets = &secrets;
    session->setRecordSeal(&secrets, AuditAnchorStore::userSettings());
    if (profile.workspace.backend == WorkspaceSettings::Backend::PostgreSql || !profile.workspace.sqliteFile.isEmpty())
        session->useWorkspace(profile.workspace, secrets);
    return session;
}

Session *Session::forEndpoint(const QString &name, const QUrl &baseUrl, const RequestSigner &signer,
                              const QStringList &fundClassKeys, const QString &auditLogPath, QObject *parent)
{
    auto *session = new Session(name, baseUrl, fundClassKeys, auditLogPath, parent);
    session->m_signer = signer;
    return session;
}

Session::Session(const QString &name, const QUrl &baseUrl, const QStringList &fundClassKeys, const QString &auditLogPath,
                 QObject *parent)
    : QObject(parent)
    , m_name(name)
    , m_funds(fundClassKeys)
{
    // Corporate networks: follow the system proxy settings (PAC, environment, OS settings).
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    m_network = new QNetworkAccessManager(this);
    m_transport = new ApiTransport(m_network, this);
    m_client = new ApiClient(m_transport, this);
    m_auditLog = new AuditLog(auditLogPath, this);
    m_memoryKeys = new MemorySecretStore(this);
    setRecordSeal(m_memoryKeys, AuditAnchorStore::inMemory());
    m_decisions = new DecisionService(m_client, m_auditLog, this);
    // Beside the decision record, one index and one book per profile and server: production and
    // sandbox never mix.
    const QString tag = ownerTag(name, baseUrl);
    // The workspace beside the record (the app data folder for a real profile): opened on its own
    // thread; a decision made before it is open waits behind the opening, never on this thread.
    m_workspace = std::make_shared<WorkspaceRunner>();
    m_fundRulesImports = std::make_shared<FundRulesImports>();
    // The title index lives in the workspace; the file it had beside the record is imported once.
    m_titleIndex = TitleIndex::inWorkspace(
        m_workspace, QFileInfo(auditLogPath).dir().filePath(QStringLiteral("titles-") + tag + QStringLiteral(".jsonl")));
    // So do the funds' portfolios: the files this profile kept per fund are imported once each.
    m_portfolioBook = PortfolioBook::inWorkspace(m_workspace, portfolioFolder(auditLogPath, name, baseUrl));
    WorkspaceSettings local;
    local.sqliteFile = QFileInfo(auditLogPath).dir().filePath(QStringLiteral("workspace.sqlite"));
    openWorkspace(local, {});
    m_gate = new DecisionGate(m_workspace, this);
    m_decisions->setGate(m_gate);
    setBaseUrl(baseUrl);
}

Session::~Session() = default;

QString Session::ownerTag(const QString &name, const QUrl &baseUrl)
{
    const QByteArray owner = QCryptographicHash::hash((name + u'|' + baseUrl.toString()).toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(owner.toHex().left(12));
}

QString Session::portfolioFolder(const QString &auditLogPath, const QString &name, const QUrl &baseUrl)
{
    return QFileInfo(auditLogPath).dir().filePath(QStringLiteral("portfolio-") + ownerTag(name, baseUrl));
}

void Session::useWorkspace(const WorkspaceSettings &settings, SecretStore &secrets)
{
    if (settings.backend == WorkspaceSettings::Backend::Sqlite) {
        openWorkspace(settings, {});
        return;
    }
    m_workspacePending = true;
    secrets.read(SecretStore::key(m_name, SecretPurpose::WorkspacePassword), this,
                 [this, settings](const SecretResult &password) {
                     // No password stored: the server may not need one (a peer or certificate login).
                     openWorkspace(settings, password.ok() ? QString::fromUtf8(password.value) : QString());
                 });
}

void Session::openWorkspace(const WorkspaceSettings &settings, const QString &password)
{
    m_workspaceOpener = [settings, password] { return WorkspaceRunner::openSql(settings, password); };
    // A store opened anew (a team's replacing the local one) gets the legacy title file too.
    m_workspace->open([opener = m_workspaceOpener, titles = std::weak_ptr(m_titleIndex)] {
        if (const std::shared_ptr<TitleIndex> index = titles.lock())
            index->storeOpened();
        return opener();
    });
    if (m_watcher)
        m_watcher->start(m_workspaceOpener);
    // The decision record lives in the workspace too (its file is imported on first open).
    AuditRecordStore::attach(m_auditLog->filePath(), settings, password);
    m_workspacePending = false;
    if (m_afterWorkspace)
        std::exchange(m_afterWorkspace, {})();
}

void Session::whenWorkspaceKnown(std::function<void()> then)
{
    if (m_workspacePending)
        m_afterWorkspace = std::move(then);
    else
        then();
}

WorkspaceWatcher *Session::workspaceWatcher()
{
    if (!m_watcher) {
        m_watcher = new WorkspaceWatcher(this);
        m_watcher->start(m_workspaceOpener);
    }
    return m_watcher;
}

QString Session::workspaceKey(const BatchRef &batch) const
{
    return m_decisions->workspaceKey(batch);
}

void Session::setBaseUrl(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl;
    m_transport->setBaseUrl(baseUrl);
    // A simulator on this machine is never reached through a proxy.
    if (Profile::isLoopbackHost(baseUrl.host()))
        m_network->setProxy(QNetworkProxy::NoProxy);
}

void Session::setRecordSeal(SecretStore *keys, std::shared_ptr<AuditAnchorStore> anchors)
{
    m_recordKeys = keys;
    m_anchors = std::move(anchors);
}

QStringList Session::takeNotices()
{
    return std::exchange(m_notices, {});
}

void Session::addNotices(const QStringList &notices)
{
    if (notices.isEmpty())
        return;
    m_notices += notices;
    Q_EMIT noticesAdded();
}

void Session::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_recordKeys) {
        m_auditProblem = tr("The decision record could not be opened.");
        prepare();
        return;
    }
    // The record's key first (the keychain answers later), then the record, then the credentials.
    loadAuditSeal(*m_recordKeys, m_auditLog->filePath(), m_anchors, AuditKeyUse::Append, this,
                  [this](const AuditSealResult &result) {
                      if (!result.problem.isEmpty())
                          m_auditProblem = result.problem;
                      else
                          m_auditLog->setSeal(result.seal);
                      whenWorkspaceKnown([this] {
                          openAuditLog();
                          prepare();
                      });
                  });
}

void Session::openAuditLog()
{
    if (!m_auditProblem.isEmpty())
        return;
    QString problem;
    if (!m_auditLog->open(&problem)) {
        m_auditProblem = problem.isEmpty() ? tr("The decision record could not be opened.") : problem;
        return;
    }
    m_notices += m_auditLog->takeFindings(); // shown once the window has the session
}

void Session::prepare()
{
    if (m_signer.isValid() || !m_secrets) {
        // Deliver ready() from the event loop, as the asynchronous paths do.
        QMetaObject::invokeMethod(
            this, [this] { finishStart(m_signer); }, Qt::QueuedConnection);
        return;
    }
    loadCredentials(*m_secrets, m_name, this, [this](const CredentialsResult &result) {
        if (result.ok())
            finishStart(result.signer);
        else
            fail(result.message);
    });
}

void Session::finishStart(const RequestSigner &signer)
{
    if (m_state != State::Starting)
        return;
    QString why;
    if (!ApiTransport::isAllowedBaseUrl(m_baseUrl, &why)) {
        fail(why);
        return;
    }
    if (!signer.isValid()) {
        fail(tr("The profile has no usable client key and private key."));
        return;
    }
    m_signer = signer;
    m_transport->setSigner(signer);
    m_decisions->setParty(signer.clientKey());
    m_state = State::Ready;
    if (m_auditProblem.isEmpty()) {
        // Decisions a crash left unsettled: settled from QI Tech now (reads only), told once. Started
        // before ready(), so no decision can slip in before the record is read.
        connect(m_decisions, &DecisionService::interruptedFound, this,
                [this](const QString &message) { addNotices({ message }); });
        m_decisions->reconcileInterrupted(m_name, m_baseUrl);
    }
    Q_EMIT ready();
}

void Session::fail(const QString &message)
{
    if (m_state != State::Starting)
        return;
    m_state = State::Failed;
    m_error = message;
    Q_EMIT failed(message);
}

} // namespace cessio
