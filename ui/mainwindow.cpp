#include "mainwindow.h"

#include "auditlogdialog.h"
#include "decisioncontroller.h"
#include "icons.h"
#include "inboxview.h"
#include "messagebox.h"
#include "models/formatting.h"
#include "models/inboxmodel.h"
#include "notifier.h"
#include "profilelistdialog.h"
#include "review/batchreviewview.h"
#include "services/batchreview.h"
#include "services/inboxscreening.h"
#include "services/inboxservice.h"
#include "services/portfolio/portfoliointake.h"
#include "services/session.h"
#include "services/settings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QInputDialog>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(options.demo ? tr("Cessio — Demo") : tr("Cessio"));
    setWindowIcon(QIcon(u":/icons/cessio.svg"_s));
    m_actions = MainActions::create(this);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    if (options.demo)
        layout->addWidget(createDemoBanner());
    layout->addWidget(createWorkspaceBanner());

    m_inboxModel = new InboxModel(this);
    m_inboxView = new InboxView(m_inboxModel, central);
    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(u"documentTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->addTab(m_inboxView, Icons::get(u"inbox"_s), tr("Inbox"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr); // the inbox stays
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);

    m_placeholder = new QLabel(tr("No batches to show yet."), central);
    m_placeholder->setObjectName(u"emptyState"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setTextFormat(Qt::PlainText); // may quote a session error
    m_placeholder->setEnabled(false);
    m_pages = new QStackedWidget(central);
    m_pages->addWidget(m_placeholder);
    m_pages->addWidget(m_tabs);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    createStatusBar();
    m_notifier = new Notifier(statusBar(), this);
    connect(m_notifier, &Notifier::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
        showInbox();
        m_inboxView->setView(InboxView::View::Awaiting);
    });
    connectActions();
    updateActions();
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createDemoBanner()
{
    auto *banner = new QLabel(tr("Demo — simulated data. Nothing here reaches QI Tech."), this);
    banner->setObjectName(u"demoBanner"_s);
    banner->setAccessibleName(tr("Demo mode notice"));
    banner->setAlignment(Qt::AlignCenter);
    banner->setMargin(6);
    // Amber with dark text reads in light and dark palettes alike.
    banner->setStyleSheet(u"QLabel#demoBanner { background: #f5c542; color: #1d1d1d; font-weight: bold; }"_s);
    return banner;
}

void MainWindow::createStatusBar()
{
    m_statusLabel = new QLabel(m_options.demo ? tr("Demo mode") : tr("No profile"), this);
    m_statusLabel->setObjectName(u"statusLabel"_s);
    m_statusLabel->setTextFormat(Qt::PlainText); // the profile's name
    m_statusLabel->setAccessibleName(tr("Connection state"));
    statusBar()->addWidget(m_statusLabel);
    m_refreshLabel = new QLabel(this);
    m_refreshLabel->setObjectName(u"lastRefreshLabel"_s);
    m_refreshLabel->setAccessibleName(tr("Last refresh"));
    statusBar()->addPermanentWidget(m_refreshLabel);
}

void MainWindow::connectActions()
{
    connect(m_actions.quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    connect(m_actions.about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions.refresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_actions.find, &QAction::triggered, this, [this] {
        if (BatchReviewView *review = currentReview())
            review->focusSearch();
        else
            m_inboxView->focusSearch();
    });
    connect(m_actions.addBatch, &QAction::triggered, this, &MainWindow::addBatchByExternalId);
    connect(m_actions.auditLog, &QAction::triggered, this, &MainWindow::showAuditLog);
    connect(m_actions.profiles, &QAction::triggered, this, &MainWindow::showProfiles);
    connect(m_actions.watchList, &QAction::triggered, this, &MainWindow::showWatchList);
    connect(m_actions.showInbox, &QAction::triggered, this, &MainWindow::showInbox);
    connect(m_actions.openReview, &QAction::triggered, this, [this] {
        if (const auto entry = m_inboxView->currentEntry())
            openBatch(entry->ref);
    });
    connect(m_actions.closeReview, &QAction::triggered, this, [this] {
        if (m_tabs->currentIndex() > 0)
            closeReview(m_tabs->currentIndex());
    });
    connect(m_actions.approve, &QAction::triggered, this, [this] {
        if (BatchReviewView *view = reviewToActOn())
            approve(view);
    });
    connect(m_actions.deny, &QAction::triggered, this, [this] {
        if (BatchReviewView *view = reviewToActOn())
            deny(view);
    });
    connect(m_actions.removeAssets, &QAction::triggered, this, [this] {
        if (BatchReviewView *view = reviewToActOn())
            view->requestRemoval();
    });
    connect(m_actions.openTerm, &QAction::triggered, this, [this] {
        if (BatchReviewView *review = currentReview())
            review->openTerm(false);
    });
    connect(m_actions.openSignedTerm, &QAction::triggered, this, [this] {
        if (BatchReviewView *review = currentReview())
            review->openTerm(true);
    });
    connect(m_actions.exportCsv, &QAction::triggered, this, [this] {
        if (BatchReviewView *view = currentReview())
            exportCsv(view);
    });
    connect(m_actions.exportMemo, &QAction::triggered, this, [this] {
        if (BatchReviewView *view = currentReview())
            exportMemo(view);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeReview);
    connect(m_inboxView, &InboxView::currentEntryChanged, this, &MainWindow::updateActions);
    connect(m_inboxView, &InboxView::openRequested, this, [this](const InboxEntry &entry) { openBatch(entry.ref); });
    connect(m_inboxView, &InboxView::untrackRequested, this, [this](const BatchRef &ref) {
        if (m_inbox)
            m_inbox->untrackBatch(ref);
    });
}

void MainWindow::setSettings(Settings *settings)
{
    m_settings = settings;
    if (!settings)
        return;
    if (const QByteArray geometry = settings->value<QByteArray>(Settings::Key::WindowGeometry); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = settings->value<QByteArray>(Settings::Key::WindowState); !state.isEmpty())
        restoreState(state);
    m_inboxView->restoreState(*settings);
}

void MainWindow::setProfiles(ProfileStore *profiles, SecretStore *secrets)
{
    m_profiles = profiles;
    m_secrets = secrets;
}

void MainWindow::setPlaceholder(const QString &text)
{
    m_placeholder->setText(text);
    m_pages->setCurrentWidget(m_placeholder);
}

void MainWindow::clearSession()
{
    while (m_tabs->count() > 1)
        removeReview(m_tabs->count() - 1);
    m_inboxModel->setScreening(nullptr);
    delete m_inbox;
    m_inbox = nullptr;
    m_screening = nullptr;
    delete m_decisions;
    m_decisions = nullptr;
    m_inboxModel->setEntries({});
    m_inboxLoaded = false;
    m_session = nullptr;
}

void MainWindow::setSession(Session *session)
{
    clearSession();
    m_session = session;
    if (!session) {
        updateStatus();
        updateActions();
        return;
    }
    setWindowTitle(session->isDemo() ? tr("Cessio — Demo") : tr("Cessio — %1").arg(session->profileName()));
    m_inbox = new InboxService(session->client(), m_settings, session->profileName(), session->fundClassKeys(), this);
    if (session->isDemo()) // the simulator is on this machine: poll it often, so new batches show soon
        m_inbox->setPollInterval(std::chrono::seconds(Settings::minPollIntervalSeconds));
    connect(m_inbox, &InboxService::entriesChanged, this, [this] {
        m_inboxModel->setEntries(m_inbox->entries());
        followInbox();
        watchInboxBatches();
    });
    // The Alerts column: batches awaiting you are checked in the background once the inbox is loaded.
    m_screening = new InboxScreening(session->client(), m_settings, session->titleIndex(), m_inbox);
    m_screening->setWorkspace(session->workspace(), session->fundRulesImports()); // the fund rules live there
    m_inboxModel->setScreening(m_screening);
    connect(m_inbox, &InboxService::entriesChanged, m_screening, [this] { m_screening->screen(m_inbox->entries()); });
    // The fund's book: every batch seen completed adds its positions once (read and saved off the UI thread).
    auto *intake = new PortfolioIntake(session->client(), session->portfolioBook(), m_inbox);
    connect(m_inbox, &InboxService::entriesChanged, intake, [this, intake] { intake->feed(m_inbox->entries()); });
    // A completed batch is now in its fund's book: the open reviews of that fund count it in their "before".
    connect(intake, &PortfolioIntake::batchAdded, this, [this](const BatchRef &ref) { refreshProFormaOf(ref.fundClassKey); });
    connect(m_inbox, &InboxService::refreshStarted, this, &MainWindow::updateStatus);
    connect(m_inbox, &InboxService::refreshFinished, this, &MainWindow::onInboxRefreshed);
    connect(m_inbox, &InboxService::newBatchesAwaitingDecision, m_notifier, &Notifier::notifyNewBatches);
    connect(session, &Session::serverDataCompleted, m_inbox, &InboxService::catchUp);
    connect(session, &Session::portfolioChanged, this, &MainWindow::refreshProFormaOf);
    connect(m_inbox, &InboxService::trackingFinished, this, [this](const BatchLocation &location) {
        if (location.found()) {
            statusBar()->showMessage(tr("Batch %1 added to the inbox.").arg(location.ref.externalId), 8000);
            openBatch(location.ref);
            return;
        }
        MessageBox::Message message;
        message.kind = MessageBox::Kind::Warning;
        message.title = tr("Batch not found");
        message.text = location.message();
        message.objectName = u"trackingMessage"_s;
        MessageBox::open(this, message);
    });

    m_decisions = new DecisionController(session->decisions(), this, this);
    m_decisions->setContext(session->profileName(), session->baseUrl());
    m_decisions->setFourEyesSource(fourEyesSource());
    connect(m_decisions, &DecisionController::decisionFinished, this, &MainWindow::onDecisionFinished);

    setWorkspaceWatcher(session->workspaceWatcher());
    m_inboxView->setLoading(true);
    m_pages->setCurrentWidget(m_tabs);
    showInbox();
    m_inbox->start();
    updateStatus();
    updateActions();
    if (!session->auditLogProblem().isEmpty())
        statusBar()->showMessage(tr("Decisions are disabled: %1").arg(session->auditLogProblem()));
    // What the session found in the record (a cut or replaced record, an interrupted decision
    // reconciled): told once, as it is found.
    const auto showNotices = [this, session] {
        const QStringList notices = session->takeNotices();
        if (notices.isEmpty())
            return;
        MessageBox::Message message;
        message.kind = MessageBox::Kind::Warning;
        message.title = tr("Decision record");
        message.text = notices.join(u"\n\n"_s);
        message.objectName = u"recordNotice"_s;
        MessageBox::open(this, message);
    };
    connect(session, &Session::noticesAdded, this, showNotices);
    showNotices();
}

void MainWindow::onInboxRefreshed()
{
    m_inboxView->setLoading(false);
    QString notice;
    bool warning = false;
    if (m_inbox->listingUnavailable()) {
        notice = tr("This server does not list batches. Add each batch by its external id (Ctrl+N); added batches are "
                    "read again on every refresh.");
    } else if (!m_inbox->failures().isEmpty()) {
        warning = true;
        const InboxFailure first = m_inbox->failures().constFirst();
        notice = tr("%Ln place(s) could not be read; the rows shown for them may be out of date. %1", nullptr,
                    int(m_inbox->failures().size()))
                     .arg(first.message());
    }
    m_inboxView->setNotice(notice, warning);
    updateStatus();
    updateActions();
    if (std::exchange(m_refreshAgain, false))
        m_inbox->refresh();
    if (!std::exchange(m_inboxLoaded, true))
        Q_EMIT inboxLoaded();
}

void MainWindow::updateStatus()
{
    const QLocale locale;
    if (!m_session) {
        m_statusLabel->setText(m_options.demo ? tr("Demo mode") : tr("No profile"));
        m_refreshLabel->clear();
        return;
    }
    QString where = m_session->isDemo() ? tr("Demo simulator") : m_session->profileName();
    QString state;
    switch (m_inbox ? m_inbox->connectionState() : InboxService::ConnectionState::Unknown) {
    case InboxService::ConnectionState::Unknown:
        state = tr("connecting…");
        break;
    case InboxService::ConnectionState::Connected:
        state = tr("connected");
        break;
    case InboxService::ConnectionState::Partial:
        state = tr("partly connected");
        break;
    case InboxService::ConnectionState::Offline:
        state = tr("offline");
        break;
    }
    m_statusLabel->setText(tr("%1: %2").arg(where, state));
    if (m_inbox && m_inbox->connectionState() == InboxService::ConnectionState::Offline && !m_inbox->failures().isEmpty())
        m_statusLabel->setToolTip(toolTipFromPlainText(m_inbox->failures().constFirst().message()));
    else
        m_statusLabel->setToolTip(toolTipFromPlainText(m_session->baseUrl().toString()));
    if (m_inbox && m_inbox->isRefreshing())
        m_refreshLabel->setText(tr("Refreshing…"));
    else if (m_inbox && m_inbox->lastRefresh().isValid())
        m_refreshLabel->setText(tr("Last refresh %1").arg(locale.toString(m_inbox->lastRefresh().time(), QLocale::ShortFormat)));
}

void MainWindow::refresh()
{
    if (BatchReviewView *review = currentReview())
        review->batchReview()->reload(false);
    refreshInboxSoon();
}

void MainWindow::refreshInboxSoon()
{
    if (m_inbox && !m_inbox->refresh())
        m_refreshAgain = true; // one is running: poll once more when it ends
}

void MainWindow::showInbox()
{
    m_tabs->setCurrentIndex(0);
}

void MainWindow::addBatchByExternalId()
{
    if (!m_inbox)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"addBatchDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add Batch by External ID"));
    dialog->setLabelText(tr("The batch's external id (the assignor's own reference).\nCessio looks for it in every "
                            "configuration of your funds and follows it from then on."));
    dialog->setInputMode(QInputDialog::TextInput);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &text) {
        if (text.trimmed().isEmpty())
            return;
        if (m_inbox->trackBatch(text))
            statusBar()->showMessage(tr("Looking for batch %1…").arg(text.trimmed()));
        else
            statusBar()->showMessage(tr("A search is already running; try again in a moment."), 6000);
    });
    dialog->open();
}

void MainWindow::showAuditLog()
{
    if (!m_session)
        return;
    auto *dialog = new AuditLogDialog(m_session->auditLog(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showProfiles()
{
    if (!m_profiles || !m_secrets)
        return;
    // "Check connection" needs a network even before any profile is connected.
    QNetworkAccessManager *network = m_session ? m_session->network() : nullptr;
    if (!network) {
        if (!m_profileNetwork)
            m_profileNetwork = new QNetworkAccessManager(this);
        network = m_profileNetwork;
    }
    auto *dialog = new ProfileListDialog(*m_profiles, *m_secrets, network, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmClose(reviews())) {
        event->ignore();
        return;
    }
    if (m_settings) {
        m_settings->setValue(Settings::Key::WindowGeometry, saveGeometry());
        m_settings->setValue(Settings::Key::WindowState, saveState());
        m_inboxView->saveState(*m_settings);
        if (BatchReviewView *review = currentReview())
            review->saveState(*m_settings);
        m_settings->sync();
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::showAbout()
{
    MessageBox::Message message;
    message.title = tr("About Cessio");
    message.text = tr("<h3>Cessio %1</h3>"
                      "<p>Review and decide receivables assignment batches of your FIDCs through the "
                      "QI Tech <i>trade_receivables</i> API.</p>")
                       .arg(QCoreApplication::applicationVersion());
    message.objectName = u"aboutBox"_s;
    message.textFormat = Qt::RichText; // our own words and version only
    MessageBox::open(this, message);
}

} // namespace cessio
