#include "batchreviewview.h"

#include "analysispanel.h"
#include "assetspanel.h"
#include "batchheader.h"
#include "checkspanel.h"
#include "messagebox.h"
#include "models/assettablemodel.h"
#include "portfoliopanel.h"
#include "reviewactionbar.h"
#include "reviewnotices.h"
#include "services/batchloader.h"
#include "services/batchreview.h"
#include "services/portfolio/batchhistory.h"
#include "services/settings.h"
#include "timelinepanel.h"
#include "urlopener.h"

#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

// "R$ 1.000,00 → R$ 900,00 (R$ 100,00 removed)": a figure before and after a removal.
QString beforeAfter(const QString &before, const QString &after, const QString &removed)
{
    return BatchReviewView::tr("%1 → %2 (%3 removed)").arg(before, after, removed);
}

} // namespace

BatchReviewView::BatchReviewView(ApiClient *client, const BatchRef &ref, QWidget *parent)
    : QWidget(parent)
    , m_review(new BatchReview(client, ref, this))
{
    setObjectName(u"batchReview"_s);
    setAccessibleName(tr("Review of batch %1").arg(ref.externalId));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(8);

    m_header = new BatchHeader(this);
    m_notices = new ReviewNotices(this);
    m_actions = new ReviewActionBar(this);
    m_team = new QLabel(this);
    m_team->setObjectName(u"teamActivity"_s);
    m_team->setAccessibleName(tr("Team activity on this batch"));
    m_team->setTextFormat(Qt::PlainText); // names, accounts and notes from the team's workspace
    m_team->setWordWrap(true);
    m_team->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_team->hide();
    layout->addWidget(m_header);
    layout->addWidget(m_team);
    layout->addWidget(m_notices);
    layout->addWidget(m_actions);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"reviewTabs"_s);
    m_tabs->setDocumentMode(true);
    m_assets = new AssetsPanel(m_tabs);
    m_analysis = new AnalysisPanel(m_tabs);
    m_portfolio = new PortfolioPanel(m_tabs);
    m_timeline = new TimelinePanel(m_tabs);
    m_tabs->addTab(m_assets, tr("&Assets"));
    m_tabs->addTab(m_analysis, tr("A&nalysis"));
    m_tabs->addTab(m_portfolio, tr("&Portfolio"));
    m_tabs->addTab(m_timeline, tr("&Timeline"));
    layout->addWidget(m_tabs, 1);

    connectLoader();
    connectReview();
    updateActions();
    m_review->load();
}

BatchReviewView::~BatchReviewView() = default;

// The loader's answers, as they come, into the panels.
void BatchReviewView::connectLoader()
{
    BatchLoader *loader = m_review->loader();
    connect(loader, &BatchLoader::batchLoaded, this, [this](const Batch &batch) {
        m_header->setBatch(batch);
        m_timeline->setBatch(batch);
        Q_EMIT titleChanged(title());
    });
    connect(loader, &BatchLoader::summaryLoaded, this, [this](const AssetsSummary &summary) {
        m_header->setSummary(summary);
        m_assets->setProgress(m_review->assets().size(), summary.numberOfAssets);
    });
    connect(loader, &BatchLoader::headerFailed, this, [this](const ApiError &error) {
        MessageBox::Message message;
        message.kind = MessageBox::Kind::Warning;
        message.title = tr("Batch not loaded");
        message.text = tr("Batch %1 could not be read.").arg(ref().externalId);
        message.informativeText = error.userMessage();
        message.objectName = u"batchLoadError"_s;
        MessageBox::open(this, message);
    });
    connect(loader, &BatchLoader::assetsStarted, this, [this] {
        m_assets->startLoading();
        m_analysis->setComputing(); // the checks wait for every asset
        m_portfolio->setWaiting();
        m_header->setChecksComputing();
    });
    connect(loader, &BatchLoader::assetsArrived, m_assets, &AssetsPanel::addAssets);
    connect(loader, &BatchLoader::assetsProgress, m_assets, &AssetsPanel::setProgress);
    connect(loader, &BatchLoader::assetsFinished, m_assets, &AssetsPanel::finishLoading);
    connect(loader, &BatchLoader::assetDetailLoaded, m_assets, &AssetsPanel::showDetail);
    connect(loader, &BatchLoader::assetDetailFailed, this,
            [this](const QString &id, const ApiError &error) { m_assets->showDetailProblem(id, error.userMessage()); });
    connect(m_assets, &AssetsPanel::cancelRequested, loader, &BatchLoader::cancelAssets);
    connect(m_assets, &AssetsPanel::reloadRequested, this, [this] { m_review->reload(true); });
    connect(m_assets, &AssetsPanel::detailRequested, loader, &BatchLoader::loadAssetDetail);
}

// The review's state and the manager's requests.
void BatchReviewView::connectReview()
{
    connect(m_review, &BatchReview::changed, this, &BatchReviewView::updateActions);
    connect(m_review, &BatchReview::analysisStarted, this, [this] {
        m_analysis->setComputing();
        m_header->setChecksComputing();
    });
    connect(m_review, &BatchReview::analysisReady, this, [this] {
        const AssetAnalysis &analysis = *m_review->analysis();
        m_analysis->setAnalysis(analysis, m_review->isAnalysisPartial());
        m_assets->setChecks(analysis.checks);
        m_header->setChecks(analysis.checks);
    });
    connect(m_review->proForma(), &BatchProFormaRunner::started, m_portfolio, &PortfolioPanel::setComputing);
    connect(m_review->proForma(), &BatchProFormaRunner::ready, this,
            [this] { m_portfolio->setProForma(*m_review->proForma()->latest()); });
    connect(m_review, &BatchReview::changedAtQi, this, [this] { m_notices->showChangedAtQi(*m_review); });
    connect(m_review->history(), &BatchHistoryRunner::changeFound, this,
            [this] { m_notices->showSinceReview(*m_review->history()->change()); });
    connect(m_notices, &ReviewNotices::finishRemovalClicked, this,
            [this] { Q_EMIT resumeRemovalRequested(m_review->remainingRemoval()); });

    connect(m_actions, &ReviewActionBar::approveClicked, this, &BatchReviewView::approveRequested);
    connect(m_actions, &ReviewActionBar::denyClicked, this, &BatchReviewView::denyRequested);
    connect(m_actions, &ReviewActionBar::removeClicked, this, &BatchReviewView::requestRemoval);
    connect(m_actions, &ReviewActionBar::termClicked, this, &BatchReviewView::openTerm);
    connect(m_actions, &ReviewActionBar::exportCsvClicked, this, &BatchReviewView::exportCsvRequested);
    connect(m_actions, &ReviewActionBar::exportMemoClicked, this, &BatchReviewView::exportMemoRequested);
    connect(m_assets, &AssetsPanel::checkedChanged, this, [this](int count) {
        updateActions();
        Q_EMIT tickedChanged(count);
    });
    connect(m_assets, &AssetsPanel::removeOutsideRulesRequested, this, &BatchReviewView::removeOutsideFundRules);
    connect(m_header, &BatchHeader::showFlaggedRequested, this, &BatchReviewView::showFlaggedAssets);
    connect(m_analysis->checksPanel(), &ChecksPanel::showFlaggedRequested, this, &BatchReviewView::showFlaggedAssets);
    connect(m_analysis->checksPanel(), &ChecksPanel::editFundRulesRequested, this, &BatchReviewView::fundRulesRequested);
    connect(m_portfolio, &PortfolioPanel::fundBookRequested, this, &BatchReviewView::fundBookRequested);
}

void BatchReviewView::updateActions()
{
    m_actions->update(*m_review, tickedCount());
    m_assets->setOutsideRules(int(m_review->outsideFundRules().size()), m_review->canDecide());
    m_notices->showRemaining(m_review->remainingRemoval());
}

const BatchRef &BatchReviewView::ref() const
{
    return m_review->ref();
}

int BatchReviewView::tickedCount() const
{
    return m_assets->model()->checkedCount();
}

void BatchReviewView::requestRemoval()
{
    const QStringList ids = m_assets->model()->checkedExternalIds();
    if (!ids.isEmpty())
        Q_EMIT removeRequested(ids, m_assets->model()->checkedPurchaseValue());
}

void BatchReviewView::removeOutsideFundRules()
{
    const QStringList outside = m_review->outsideFundRules();
    if (outside.isEmpty() || !m_review->canDecide())
        return;
    setTab(Tab::Assets);
    m_assets->model()->setCheckedExactly(outside);
    const QStringList ids = m_assets->model()->checkedExternalIds();
    if (ids.isEmpty())
        return;
    const RemovalPreview preview = m_review->previewRemoval(ids);
    const QLocale locale;
    QStringList lines;
    lines << tr("Assets: %1")
                 .arg(beforeAfter(locale.toString(preview.before.count), locale.toString(preview.after.count),
                                  locale.toString(preview.removed.count)));
    lines << tr("Purchase value: %1")
                 .arg(beforeAfter(preview.before.purchaseValue.format(locale), preview.after.purchaseValue.format(locale),
                                  preview.removed.purchaseValue.format(locale)));
    lines << tr("Face value: %1")
                 .arg(beforeAfter(preview.before.faceValue.format(locale), preview.after.faceValue.format(locale),
                                  preview.removed.faceValue.format(locale)));
    if (preview.before.faceUnknown > 0)
        lines << tr("The face value of %Ln asset(s) is not in the listing and is left out of these face values.", nullptr,
                    preview.before.faceUnknown);

    MessageBox::Message message;
    message.kind = MessageBox::Kind::Question;
    message.title = tr("Remove assets outside the fund rules");
    message.text
        = tr("%Ln asset(s) break the fund's rules and are now ticked. The batch after removing them:", nullptr, int(ids.size()));
    message.informativeText = lines.join(u'\n');
    message.detailedText = tr("Assets to remove:") + u'\n' + ids.join(u'\n');
    message.buttons = QMessageBox::Yes | QMessageBox::Cancel;
    message.defaultButton = QMessageBox::Yes;
    message.buttonTexts = { { QMessageBox::Yes, tr("&Continue…") } };
    message.objectName = u"outsideRulesPreview"_s;
    MessageBox::open(this, message, [this, ids, value = preview.removed.purchaseValue](MessageBox::Button answer) {
        if (answer == QMessageBox::Yes)
            Q_EMIT removeRequested(ids, value);
    });
}

void BatchReviewView::showFlaggedAssets()
{
    const auto &analysis = m_review->analysis();
    if (analysis && analysis->checks.flaggedCount() == 0) {
        setTab(Tab::Analysis); // only a batch-wide rule is broken: the checks explain it there
        return;
    }
    setTab(Tab::Assets);
    m_assets->showOnlyFlagged();
}

void BatchReviewView::openTerm(bool signedTerm)
{
    // Links expire: fetch a fresh one on every click, never reuse an old one.
    m_review->client()->termLinks(ref(), this, [this, signedTerm](const ApiResult<TermLinks> &result) {
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
    return ref().externalId;
}

void BatchReviewView::focusSearch()
{
    setTab(Tab::Assets);
    m_assets->focusSearch();
}

void BatchReviewView::setTeamActivity(const QStringList &lines)
{
    m_team->setText(lines.join(u'\n'));
    m_team->setVisible(!lines.isEmpty());
}

QStringList BatchReviewView::teamActivity() const
{
    return m_team->text().isEmpty() ? QStringList() : m_team->text().split(u'\n');
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
