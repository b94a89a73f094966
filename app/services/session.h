#pragma once

#include "qitech/crypto.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace cessio {

class ApiClient;
class ApiTransport;
class AuditAnchorStore;
class AuditLog;
class MemorySecretStore;
class DecisionService;
class DecisionGate;
class FundRulesImports;
class WorkspaceRunner;
class WorkspaceWatcher;
class WorkspaceStore;
struct BatchRef;
template<typename T>
struct StoreResult;
struct WorkspaceSettings;
class SecretStore;
class TitleIndex;
class PortfolioBook;
struct Profile;

// Everything one connected profile needs, built in one place: the network access manager (system
// proxy on), the signed transport, the API client, the decision service and the audit log.
// A session is not usable until ready(): a real profile's credentials come asynchronously from the
// secret store, and the demo first starts its embedded simulator (demo/demosession.h).
class Session : public QObject
{
    Q_OBJECT

public:
    enum class State { Starting, Ready, Failed };

    // A real profile: start() reads its client key and private key from `secrets` (the OS keychain),
    // and the key that seals the decision record from there too; the record's anchor is kept in the
    // user's settings (auditseal.h).
    static Session *forProfile(const Profile &profile, SecretStore &secrets, const QString &auditLogPath,
                               QObject *parent = nullptr);
    // A server and a key known up front (tests, tools): ready as soon as start() runs. Its record is
    // sealed with a key kept in memory (as in the demo), unless setRecordSeal() says otherwise.
    static Session *forEndpoint(const QString &name, const QUrl &baseUrl, const RequestSigner &signer,
                                const QStringList &fundClassKeys, const QString &auditLogPath, QObject *parent = nullptr);

    ~Session() override;

    // What tells one profile and server's local files apart (the title index, the fund's book): a short
    // digest of the name and the address, so production and sandbox never mix.
    static QString ownerTag(const QString &name, const QUrl &baseUrl);
    // The fund's book folder beside the decision record at `auditLogPath` (the CLI finds the desktop's here).
    static QString portfolioFolder(const QString &auditLogPath, const QString &name, const QUrl &baseUrl);

    // Where the record's key and anchor are kept; before start(). `keys` must outlive the session.
    void setRecordSeal(SecretStore *keys, std::shared_ptr<AuditAnchorStore> anchors);

    // Begins the asynchronous preparation; ready() or failed() follows, once.
    void start();
    State state() const { return m_state; }
    bool isReady() const { return m_state == State::Ready; }
    QString errorMessage() const { return m_error; }

    QString profileName() const { return m_name; }
    QUrl baseUrl() const { return m_baseUrl; }
    QStringList fundClassKeys() const { return m_funds; }
    virtual bool isDemo() const { return false; }

    QNetworkAccessManager *network() const { return m_network; }
    ApiTransport *transport() const { return m_transport; }
    ApiClient *client() const { return m_client; }
    DecisionService *decisions() const { return m_decisions; }
    AuditLog *auditLog() const { return m_auditLog; }
    // The gestora's shared store (services/workspace/): by default a SQLite file beside the decision
    // record; a profile may name a PostgreSQL server. Decisions pass through its intents (DecisionGate).
    std::shared_ptr<WorkspaceRunner> workspace() const { return m_workspace; }
    // This session's tries at moving settings' fund rules into the workspace (once per fund per session).
    std::shared_ptr<FundRulesImports> fundRulesImports() const { return m_fundRulesImports; }
    // What the team does in the workspace (claims, decisions, recommendations), for the desktop: made
    // and started on first use (its own connection), so the CLI never opens it.
    WorkspaceWatcher *workspaceWatcher();
    // The batch's key in the workspace (the server and QI identity deciding, and the batch).
    QString workspaceKey(const BatchRef &batch) const;
    // The titles of batches checked before, for spotting a title sold again.
    // Shared: a check still running on a worker keeps it alive past the session.
    std::shared_ptr<TitleIndex> titleIndex() const { return m_titleIndex; }
    // The fund's book per fund class (positions, PL, portfolio limits): file I/O, use it off the UI thread.
    std::shared_ptr<PortfolioBook> portfolioBook() const { return m_portfolioBook; }
    // Why the audit log could not be opened ("" when it is open). Decisions are refused without it.
    QString auditLogProblem() const { return m_auditProblem; }

    // What the user must be told once about the record: it did not reach its last known entry, an
    // interrupted decision was found and reconciled... Translated sentences; taken once.
    QStringList takeNotices();

Q_SIGNALS:
    void ready();
    void failed(const QString &message);
    // New notices wait in takeNotices().
    void noticesAdded();
    // The server now holds data it was still making when the session became ready (the demo makes
    // its 20,000-asset batch after the window shows): read it now, as part of the first load.
    void serverDataCompleted();
    // The fund's book changed behind the open reviews (the demo's books written after the start): their
    // pro-forma is computed again.
    void portfolioChanged(const QString &fundClassKey);

protected:
    Session(const QString &name, const QUrl &baseUrl, const QStringList &fundClassKeys, const QString &auditLogPath,
            QObject *parent);

    // Subclasses do their own preparation and then call finishStart() or fail().
    virtual void prepare();
    void setBaseUrl(const QUrl &baseUrl);
    void setFundClassKeys(const QStringList &funds) { m_funds = funds; }
    void finishStart(const RequestSigner &signer);
    void fail(const QString &message);
    void addNotices(const QStringList &notices);
    // Opens `settings` in place of the workspace beside the decision record.
    void openWorkspace(const WorkspaceSettings &settings, const QString &password);

private:
    void openAuditLog();
    // Opens the profile's workspace in place of the default one (a PostgreSQL password from `secrets`).
    void useWorkspace(const WorkspaceSettings &settings, SecretStore &secrets);
    // Runs `then` once the workspace is known (a PostgreSQL password is read from the keychain first):
    // the decision record lives there.
    void whenWorkspaceKnown(std::function<void()> then);

    QString m_name;
    QUrl m_baseUrl;
    QStringList m_funds;
    State m_state = State::Starting;
    QString m_error;
    QString m_auditProblem;
    QNetworkAccessManager *m_network = nullptr;
    ApiTransport *m_transport = nullptr;
    ApiClient *m_client = nullptr;
    AuditLog *m_auditLog = nullptr;
    DecisionService *m_decisions = nullptr;
    std::shared_ptr<WorkspaceRunner> m_workspace;
    std::shared_ptr<FundRulesImports> m_fundRulesImports;
    DecisionGate *m_gate = nullptr;
    std::function<StoreResult<std::shared_ptr<WorkspaceStore>>()> m_workspaceOpener; // WorkspaceRunner::Opener
    WorkspaceWatcher *m_watcher = nullptr;
    bool m_workspacePending = false;
    std::function<void()> m_afterWorkspace;
    std::shared_ptr<TitleIndex> m_titleIndex;
    std::shared_ptr<PortfolioBook> m_portfolioBook;
    bool m_started = false;
    // What forProfile/forEndpoint decided about the credentials.
    QPointer<SecretStore> m_secrets;
    RequestSigner m_signer;
    // The record's key and anchor: the profile's keychain and the settings, or memory only.
    MemorySecretStore *m_memoryKeys = nullptr;
    QPointer<SecretStore> m_recordKeys;
    std::shared_ptr<AuditAnchorStore> m_anchors;
    QStringList m_notices;
};

} // namespace cessio
