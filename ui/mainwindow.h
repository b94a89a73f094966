#pragma once

#include "decisioncontroller.h"
#include "mainactions.h"
#include "models/teamactivitytext.h"
#include "qitech/apiclient.h"
#include "services/decisionservice.h"
#include "services/fundrules.h"
#include "services/session.h"
#include "services/settings.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <functional>

class QLabel;
class QNetworkAccessManager;
class QStackedWidget;
class QTabWidget;

namespace cessio {

class BatchReviewView;
class DecisionController;
class InboxModel;
class InboxScreening;
class InboxService;
class InboxView;
class Notifier;
class ProfileStore;
class SecretStore;
class Session;
class Settings;
class WorkspaceWatcher;
struct FundRules;
struct InboxEntry;

// Cessio's main window: the inbox as the main view, one tab per opened batch review, the toolbar and
// menus with their shortcuts, the status bar (connection state, last refresh), the demo banner and
// the notifications. The decisions go to the DecisionController; each open review (BatchReview) follows
// its batch after every decision outcome and whenever the inbox's poll sees the batch change.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Options
    {
        bool demo = false;
    };

    explicit MainWindow(const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Remembers geometry and table layouts in `settings` (may be null in tests).
    void setSettings(Settings *settings);
    // For the Profiles action.
    void setProfiles(ProfileStore *profiles, SecretStore *secrets);
    // Connects to a ready session (not owned): starts the inbox polling. A later call replaces it.
    void setSession(Session *session);
    // Shown instead of the inbox while there is no session (starting, failed, no profile).
    void setPlaceholder(const QString &text);

    Session *session() const { return m_session; }
    InboxService *inbox() const { return m_inbox; }
    InboxScreening *screening() const { return m_screening; } // the inbox's background checks
    InboxView *inboxView() const { return m_inboxView; }
    InboxModel *inboxModel() const { return m_inboxModel; }
    Notifier *notifier() const { return m_notifier; }
    DecisionController *decisions() const { return m_decisions; }
    const MainActions &actions() const { return m_actions; }
    bool hasLoadedInbox() const { return m_inboxLoaded; }

    // Opens the batch's review in a tab (or brings its tab forward).
    BatchReviewView *openBatch(const BatchRef &ref);
    BatchReviewView *review(const BatchRef &ref) const;
    QList<BatchReviewView *> reviews() const; // every open review, in tab order
    BatchReviewView *currentReview() const;
    void showInbox();
    // The team's activity (Team column, reviews' team lines, the unreachable banner) from `watcher`;
    // setSession() uses the session's. Not owned; null stops it.
    void setWorkspaceWatcher(WorkspaceWatcher *watcher);

public Q_SLOTS:
    void showAbout();
    void refresh();
    void addBatchByExternalId();
    void showAuditLog();
    void showProfiles();
    void showWatchList(); // Tools → Watch-list…: the workspace's list for every fund

Q_SIGNALS:
    void inboxLoaded(); // the first refresh of the session finished
    void reviewOpened(cessio::BatchReviewView *review);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createDemoBanner();
    QWidget *createWorkspaceBanner();
    // mainwindowteam.cpp: what the workspace watcher saw, shown; the review's claim.
    void showTeamActivity();
    void showTeamActivity(BatchReviewView *view);
    void updateWorkspaceBanner();
    void watchInboxBatches();
    void claimForReview(BatchReviewView *view);
    static TeamActivityText::AccountText accountTextFor(const BatchReviewView *view); // from the review's accounts
    DecisionController::FourEyesSource fourEyesSource(); // for the decisions: the reviews and the workspace
    void saveFourEyes(const std::shared_ptr<WorkspaceRunner> &workspace, const QString &fundClassKey,
                      const FourEyesPolicy &policy, int version); // in the background; the status bar says how it went
    void refreshProFormaOf(const QString &fundClassKey); // every open review of the fund: its book changed
    void createStatusBar();
    void connectActions();
    // The fund's rules from the workspace (this desktop's settings imported once), set on the review when
    // the store answers; `then` runs after.
    void applyFundRules(BatchReviewView *view, std::function<void()> then = {});
    void editFundRules(BatchReviewView *view);
    void saveWatchList(const FundRules &everyFund, int version); // the rules document of FundRules::everyFundKey()
    // Saves against `version`, what the dialog showed; someone else's save first is said and reloaded.
    void saveFundRules(BatchReviewView *view, const FundRules &rules, int version);
    // The fund's rules changed: its open reviews read them again, the inbox checks its batches again.
    void applyFundRulesToFund(const QString &fundClassKey);
    // The workspace watcher saw `version` of the fund's rules: another desktop's save, applied here now
    // (this desktop's own save was applied when it was saved).
    void onFundRulesChangedInWorkspace(const QString &fundClassKey, int version);
    // "Fund portfolio…" for the review's fund; open reviews of the fund recompute their pro-forma on a change.
    void editFundBook(BatchReviewView *view);
    void connectReview(BatchReviewView *review);
    void updateActions();
    void updateStatus();
    void onInboxRefreshed();
    void onDecisionFinished(const BatchRef &ref, const DecisionOutcome &outcome);
    // The review the batch actions act on: the one in front. From the inbox, the selected batch's
    // review is opened instead (a batch is decided with its facts in view) and null returned.
    BatchReviewView *reviewToActOn();
    void approve(BatchReviewView *view);
    void deny(BatchReviewView *view);
    void removeAssets(BatchReviewView *view, const QStringList &assetExternalIds, const Money &value);
    void exportCsv(BatchReviewView *view);
    void exportMemo(BatchReviewView *view);
    // Tells each open review what the inbox's last poll says of its batch.
    void followInbox();
    void onChangedAtQi(BatchReviewView *view);
    void refreshInboxSoon();
    // False when the manager keeps them open: closing loses the assets ticked for removal.
    bool confirmClose(const QList<BatchReviewView *> &views);
    void closeReview(int index);
    void removeReview(int index);
    void clearSession();

    Options m_options;
    MainActions m_actions;
    QPointer<Settings> m_settings;
    ProfileStore *m_profiles = nullptr;
    SecretStore *m_secrets = nullptr;
    QNetworkAccessManager *m_profileNetwork = nullptr; // for connection checks while no session exists
    QPointer<Session> m_session;
    InboxService *m_inbox = nullptr;
    InboxScreening *m_screening = nullptr; // a child of m_inbox: goes with it
    InboxModel *m_inboxModel = nullptr;
    InboxView *m_inboxView = nullptr;
    DecisionController *m_decisions = nullptr;
    Notifier *m_notifier = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_workspaceBanner = nullptr;
    QPointer<WorkspaceWatcher> m_watcher;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_refreshLabel = nullptr;
    bool m_inboxLoaded = false;
    bool m_refreshAgain = false;
    QHash<QString, DecisionOutcome> m_outcomes; // batch key → how its last decision ended (for the memo)
    QHash<QString, int> m_fundRulesVersions; // fund class key → the version of its rules last read (a save names it)
    QHash<QString, int> m_fundRulesSavedHere; // fund class key → the version of its rules this desktop saved last
};

} // namespace cessio
