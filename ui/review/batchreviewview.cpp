#include "batchreviewview.h"

#include "analysispanel.h"
#include "assetspanel.h"
#include "batchheader.h"
#include "checkspanel.h"
#include "icons.h"
#include "messagebox.h"
#include "models/assettablemodel.h"
#include "models/formatting.h"
#include "services/batchloader.h"
#include "services/settings.h"
#include "timelinepanel.h"
#include "urlopener.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

TitleIndex::Batch titleBatch(const BatchRef &ref, const Batch &batch)
{
    const QString number = batch.number.isEmpty() ? batch.externalId : batch.number;
    return { ref.fundClassKey, ref.configurationKey, ref.externalId,
             BatchReviewView::tr("no. %1 · %2 · %3").arg(number, batch.configuration.fund.name, batch.status.displayName()),
             batch.date };
}

// Statuses after approval: the term exists from the signature stage on, the signed one from payment on.
bool hasTerm(const BatchStatus &status)
{
    switch (status.value()) {
    case BatchStatus::PendingAssignmentTermSignature:
    case BatchStatus::PendingPayment:
    case BatchStatus::PendingAssetsWalletInclusion:
    case BatchStatus::Completed:
        return true;
    default:
        return false;
    }
}

bool hasSignedTerm(const BatchStatus &status)
{
    return hasTerm(status) && status.value() != BatchStatus::PendingAssignmentTermSignature;
}

} // namespace

BatchReviewView::BatchReviewView(ApiClient *client, const BatchRef &ref, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_ref(ref)
    , m_loader(new BatchLoader(client, this))
{
    setObjectName(u"batchReview"_s);
    setAccessibleName(tr("Review of batch %1").arg(ref.externalId));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(8);

    m_header = new BatchHeader(this);
    layout->addWidget(m_header);
    layout->addWidget(createRemovalBanner());
    layout->addWidget(createActionBar());

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"reviewTabs"_s);
    m_tabs->setDocumentMode(true);
    m_assets = new AssetsPanel(m_tabs);
    m_analysis = new AnalysisPanel(m_tabs);
    m_timeline = new TimelinePanel(m_tabs);
    m_tabs->addTab(m_assets, tr("&Assets"));
    m_tabs->addTab(m_analysis, tr("A&nalysis"));
    m_tabs->addTab(m_timeline, tr("&Timeline"));
    layout->addWidget(m_tabs, 1);

    connect(m_loader, &BatchLoader::batchLoaded, this, [this](const Batch &batch) {
        m_header->setBatch(batch);
        m_timeline->setBatch(batch);
        Q_EMIT titleChanged(title());
        updateActions();
        if (m_assetsDone && !m_analysisResult && !m_analysisWatcher.isRunning())
            startAnalysis(); // the assets were faster than the batch (the date was missing)
    });
    connect(m_loader, &BatchLoader::summaryLoaded, this, [this](const AssetsSummary &summary) {
        m_header->setSummary(summary);
        m_assets->setProgress(m_loader->assets().size(), summary.numberOfAssets);
        updateActions();
    });
    connect(m_loader, &BatchLoader::headerFailed, this, [this](const ApiError &error) {
        MessageBox::Message message;
        message.kind = MessageBox::Kind::Warning;
        message.title = tr("Batch not loaded");
        message.text = tr("Batch %1 could not be read.").arg(m_ref.externalId);
        message.informativeText = error.userMessage();
        message.objectName = u"batchLoadError"_s;
        MessageBox::open(this, message);
    });
    connect(m_loader, &BatchLoader::assetsStarted, this, [this] {
        m_assetsDone = false;
        m_analysisResult.reset();
        m_analysis->setComputing();
        m_header->setChecksComputing();
        m_assets->startLoading();
        updateActions();
    });
    connect(m_loader, &BatchLoader::assetsArrived, m_assets, &AssetsPanel::addAssets);
    connect(m_loader, &BatchLoader::assetsProgress, m_assets, &AssetsPanel::setProgress);
    connect(m_loader, &BatchLoader::assetsFinished, this, [this](const ApiError &error) {
        m_assets->finishLoading(error);
        m_assetsDone = true;
        m_assetsPartial = error.isError();
        updateActions();
        startAnalysis();
    });
    connect(m_loader, &BatchLoader::assetDetailLoaded, m_assets, &AssetsPanel::showDetail);
    connect(m_loader, &BatchLoader::assetDetailFailed, this,
            [this](const QString &id, const ApiError &error) { m_assets->showDetailProblem(id, error.userMessage()); });
    connect(m_assets, &AssetsPanel::cancelRequested, m_loader, &BatchLoader::cancelAssets);
    connect(m_assets, &AssetsPanel::reloadRequested, this, [this] { m_loader->reload(true); });
    connect(m_assets, &AssetsPanel::detailRequested, m_loader, &BatchLoader::loadAssetDetail);
    connect(m_assets, &AssetsPanel::checkedChanged, this, &BatchReviewView::updateActions);
    connect(&m_analysisWatcher, &QFutureWatcher<AssetAnalysis>::finished, this, &BatchReviewView::onAnalysisReady);
    connect(m_header, &BatchHeader::showFlaggedRequested, this, &BatchReviewView::showFlaggedAssets);
    connect(m_analysis->checksPanel(), &ChecksPanel::showFlaggedRequested, this, &BatchReviewView::showFlaggedAssets);
    connect(m_analysis->checksPanel(), &ChecksPanel::editFundRulesRequested, this, &BatchReviewView::fundRulesRequested);

    updateActions();
    m_loader->load(ref);
}

BatchReviewView::~BatchReviewView()
{
    m_analysisWatcher.waitForFinished(); // the worker reads a copy; this only avoids a late signal
}

QPushButton *BatchReviewView::addButton(const QString &name, const QString &icon, const QString &text, const QString &tip)
{
    auto *button = new QPushButton(Icons::get(icon), text, m_actionBar);
    button->setObjectName(name);
    button->setToolTip(tip);
    button->setAccessibleDescription(tip);
    return button;
}

QWidget *BatchReviewView::createActionBar()
{
    m_actionBar = new QWidget(this);
    auto *layout = new QHBoxLayout(m_actionBar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_approve = addButton(u"approveButton"_s, u"approve"_s, tr("Approve…"),
                          tr("Approve the batch and choose the account the assignor is paid into (Ctrl+Shift+A)"));
    m_deny = addButton(u"denyButton"_s, u"deny"_s, tr("Deny…"), tr("Deny the whole batch (Ctrl+Shift+D)"));
    m_remove = addButton(u"removeButton"_s, u"remove-assets"_s, tr("Remove ticked assets…"),
                         tr("Take the ticked assets out of the batch before deciding (partial approval)"));
    m_term = addButton(u"termButton"_s, u"term"_s, tr("Assignment term"), tr("Open the assignment term in the browser"));
    m_signedTerm = addButton(u"signedTermButton"_s, u"term-signed"_s, tr("Signed term"),
                             tr("Open the signed assignment term in the browser"));
    m_exportCsv = addButton(u"exportCsvButton"_s, u"export-csv"_s, tr("Export CSV…"), tr("Save every asset of the batch as CSV"));
    m_exportMemo = addButton(u"exportMemoButton"_s, u"export-pdf"_s, tr("Approval memo…"),
                             tr("Save a PDF with the batch facts, totals, charts and decision"));
    QFont bold = m_approve->font();
    bold.setBold(true);
    m_approve->setFont(bold);
    layout->addWidget(m_approve);
    layout->addWidget(m_deny);
    layout->addWidget(m_remove);
    layout->addSpacing(12);
    layout->addWidget(m_term);
    layout->addWidget(m_signedTerm);
    layout->addStretch(1);
    layout->addWidget(m_exportCsv);
    layout->addWidget(m_exportMemo);

    connect(m_approve, &QPushButton::clicked, this, &BatchReviewView::approveRequested);
    connect(m_deny, &QPushButton::clicked, this, &BatchReviewView::denyRequested);
    connect(m_remove, &QPushButton::clicked, this, &BatchReviewView::requestRemoval);
    connect(m_term, &QPushButton::clicked, this, [this] { openTerm(false); });
    connect(m_signedTerm, &QPushButton::clicked, this, [this] { openTerm(true); });
    connect(m_exportCsv, &QPushButton::clicked, this, &BatchReviewView::exportCsvRequested);
    connect(m_exportMemo, &QPushButton::clicked, this, &BatchReviewView::exportMemoRequested);
    return m_actionBar;
}

QWidget *BatchReviewView::createRemovalBanner()
{
    auto *banner = new QFrame(this);
    banner->setObjectName(u"removalBanner"_s);
    banner->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(banner);
    auto *icon = new QLabel(banner);
    icon->setPixmap(Icons::get(u"warning"_s).pixmap(20, 20));
    m_bannerText = new QLabel(banner);
    m_bannerText->setObjectName(u"removalBannerText"_s);
    m_bannerText->setWordWrap(true);
    auto *finish = new QPushButton(tr("Finish removal"), banner);
    finish->setObjectName(u"finishRemovalButton"_s);
    connect(finish, &QPushButton::clicked, this, [this] { Q_EMIT resumeRemovalRequested(m_remaining); });
    layout->addWidget(icon);
    layout->addWidget(m_bannerText, 1);
    layout->addWidget(finish);
    banner->hide();
    m_banner = banner;
    return banner;
}

void BatchReviewView::showRemovalInterrupted(const QStringList &remainingAssets)
{
    m_remaining = remainingAssets;
    m_bannerText->setText(tr("Asset removal interrupted — %Ln asset(s) still to remove. The batch is reopened at QI Tech "
                             "until the removal is finished.",
                             nullptr, int(remainingAssets.size())));
    m_banner->setVisible(!remainingAssets.isEmpty());
}

void BatchReviewView::hideRemovalInterrupted()
{
    m_remaining.clear();
    m_banner->hide();
}

void BatchReviewView::requestRemoval()
{
    const QStringList ids = m_assets->model()->checkedExternalIds();
    if (!ids.isEmpty())
        Q_EMIT removeRequested(ids, m_assets->model()->checkedPurchaseValue());
}

bool BatchReviewView::canDecide() const
{
    return m_loader->batch() && m_loader->summary() && m_loader->batch()->status.value() == BatchStatus::PendingManagerApproval;
}

void BatchReviewView::updateActions()
{
    const bool decide = canDecide();
    const QString notNow = m_loader->batch()
        ? tr("Only a batch awaiting your decision can be decided; this one is: %1").arg(m_loader->batch()->status.displayName())
        : tr("Loading the batch…");
    for (QPushButton *button : { m_approve, m_deny }) {
        button->setEnabled(decide);
        button->setToolTip(decide ? button->accessibleDescription() : toolTipFromPlainText(notNow)); // notNow quotes the server
    }
    const int ticked = m_assets->model()->checkedCount();
    m_remove->setEnabled(decide && ticked > 0);
    m_remove->setText(ticked > 0 ? tr("Remove %Ln ticked asset(s)…", nullptr, ticked) : tr("Remove ticked assets…"));
    const BatchStatus status = m_loader->batch() ? m_loader->batch()->status : BatchStatus();
    m_term->setEnabled(hasTerm(status));
    m_signedTerm->setEnabled(hasSignedTerm(status));
    m_exportCsv->setEnabled(m_assetsDone && m_loader->batch().has_value());
    m_exportMemo->setEnabled(m_analysisResult.has_value() && m_loader->batch() && m_loader->summary());
    Q_EMIT actionsChanged();
}

void BatchReviewView::startAnalysis()
{
    if (!m_loader->batch())
        return; // the batch date is the reference; batchLoaded() starts it
    if (m_analysisWatcher.isRunning()) {
        m_analysisAgain = true;
        return;
    }
    m_analysisPartial = m_assetsPartial;
    m_analysis->setComputing();
    const Batch &batch = *m_loader->batch();
    m_analysisWatcher.setFuture(AssetAnalysis::computeAsync(m_loader->assets(), batch.date,
                                                            batch.configuration.assignor.documentNumber, m_rules, m_titleIndex,
                                                            titleBatch(m_ref, batch).id()));
}

void BatchReviewView::onAnalysisReady()
{
    if (std::exchange(m_analysisAgain, false)) {
        startAnalysis();
        return;
    }
    m_analysisResult = m_analysisWatcher.result();
    m_analysisResult->checks.fundRulesProblem = m_rulesProblem;
    m_analysis->setAnalysis(*m_analysisResult, m_analysisPartial);
    m_assets->setChecks(m_analysisResult->checks);
    if (!m_analysisPartial)
        recordTitles();
    m_header->setChecks(m_analysisResult->checks);
    updateActions();
    if (isFullyLoaded())
        Q_EMIT fullyLoaded();
}

void BatchReviewView::recordTitles()
{
    const Batch &batch = *m_loader->batch();
    const BatchStatus::Value status = batch.status.value();
    if (!m_titleIndex || status == BatchStatus::Denied || status == BatchStatus::Discarded)
        return; // a denied batch's titles may honestly come back in a new one
    // A watcher owned by the view, not QFuture::then(this, …): Qt 6.4 asserts when the context dies first.
    auto *written = new QFutureWatcher<QString>(this);
    connect(written, &QFutureWatcherBase::finished, this, [this, written] {
        if (const QString error = written->result(); !error.isEmpty())
            Q_EMIT problem(error);
        written->deleteLater();
    });
    written->setFuture(m_titleIndex->record(titleBatch(m_ref, batch), m_analysisResult->checks.titleDigests));
}

void BatchReviewView::setFundRules(const FundRules &rules, const QString &problem)
{
    if (rules == m_rules && problem == m_rulesProblem)
        return;
    m_rules = rules;
    m_rulesProblem = problem;
    if (m_assetsDone && (m_analysisResult || m_analysisWatcher.isRunning()))
        startAnalysis(); // the checks again, against the new limits
}

void BatchReviewView::showFlaggedAssets()
{
    if (m_analysisResult && m_analysisResult->checks.flaggedCount() == 0) {
        setTab(Tab::Analysis); // only a batch-wide rule is broken: the checks explain it there
        return;
    }
    setTab(Tab::Assets);
    m_assets->showOnlyFlagged();
}

bool BatchReviewView::isFullyLoaded() const
{
    return m_loader->batch() && m_loader->summary() && m_assetsDone && m_analysisResult && !m_analysisWatcher.isRunning();
}

void BatchReviewView::reload(bool withAssets)
{
    m_loader->reload(withAssets);
}

void BatchReviewView::openTerm(bool signedTerm)
{
    // Links expire: fetch a fresh one on every click, never reuse an old one.
    m_client->termLinks(m_ref, this, [this, signedTerm](const ApiResult<TermLinks> &result) {
        MessageBox::Message message;
        message.title = signedTerm ? tr("Signed term") : tr("Assignment term");
        message.objectName = u"termMessage"_s;
        if (!result.ok()) {
            message.kind = MessageBox::Kind::Warning;
            message.text = tr("The term link could not be fetched.");
            message.informativeText = result.error.userMessage();
            MessageBox::open(this, message);
            return;
        }
        const QUrl url = signedTerm ? result.value->signedTermUrl : result.value->termUrl;
        if (url.isEmpty()) {
            message.text = signedTerm ? tr("The signed term is not available yet: the parties have not all signed.")
                                      : tr("The assignment term is not available yet.");
            MessageBox::open(this, message);
            return;
        }
        if (UrlOpener::open(url, this) == UrlOpener::Result::NoBrowser) {
            message.kind = MessageBox::Kind::Warning;
            message.text = tr("No browser could open the term.");
            message.informativeText = url.toString(QUrl::FullyEncoded);
            MessageBox::open(this, message);
        }
    });
}

void BatchReviewView::setTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

BatchReviewView::Tab BatchReviewView::tab() const
{
    return Tab(m_tabs->currentIndex());
}

QString BatchReviewView::title() const
{
    return m_ref.externalId;
}

void BatchReviewView::focusSearch()
{
    setTab(Tab::Assets);
    m_assets->focusSearch();
}

void BatchReviewView::saveState(Settings &settings) const
{
    m_assets->saveState(settings);
}

void BatchReviewView::restoreState(const Settings &settings)
{
    m_assets->restoreState(settings);
}

} // namespace cessio
