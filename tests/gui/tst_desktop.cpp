// The real main window, offscreen, against the embedded demo sandbox over loopback HTTP (DemoSession):
// the inbox, search and views, a review loading every asset, exact analysis figures, term links
// fetched on every click, a new batch from the demo assignor, and decisions taken from the review.
#include "approvedialog.h"
#include "charts/analysischarts.h"
#include "core/documentnumber.h"
#include "core/localization.h"
#include "decisioncontroller.h"
#include "demo/demosession.h"
#include "denydialog.h"
#include "fundrulesdialog.h"
#include "icons.h"
#include "inboxview.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "models/assettablemodel.h"
#include "models/inboxfiltermodel.h"
#include "models/inboxmodel.h"
#include "notifier.h"
#include "payeeconfirmation.h"
#include "recommendationpanel.h"
#include "review/analysispanel.h"
#include "review/assetspanel.h"
#include "review/batchheader.h"
#include "review/batchreviewview.h"
#include "review/checkspanel.h"
#include "sandbox/assetschema.h"
#include "sandbox/demoassignor.h"
#include "sandbox/sandbox.h"
#include "services/auditlog.h"
#include "services/batchloader.h"
#include "services/batchreview.h"
#include "services/inboxscreening.h"
#include "services/inboxservice.h"
#include "services/settings.h"
#include "services/titleindex.h"
#include "services/workspace/foureyespolicy.h"
#include "services/workspace/fundrulesdocument.h"
#include "services/workspace/workspacerunner.h"
#include "urlopener.h"
#include "watchlistdialog.h"

#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;
namespace sb = cessio::sandbox;

class TestDesktop : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<DemoSession> m_session;
    std::unique_ptr<MainWindow> m_window;

    sb::Sandbox &sandbox() { return *m_session->sandbox(); }

    // The world's batches in a status, by external id.
    QList<sb::Batch *> worldBatches(BatchStatus::Value status)
    {
        QList<sb::Batch *> result;
        for (sb::Batch *batch : sandbox().world().batches()) {
            if (batch->status.value() == status)
                result.append(batch);
        }
        return result;
    }

    BatchRef refOf(const sb::Batch &batch) { return { batch.fundClassKey, batch.configurationKey, batch.externalId }; }

    BatchReviewView *openLoaded(const sb::Batch &batch)
    {
        BatchReviewView *review = m_window->openBatch(refOf(batch));
        if (review && !review->batchReview()->isFullyLoaded()) {
            QSignalSpy loaded(review->batchReview(), &BatchReview::fullyLoaded);
            if (!loaded.wait(60000))
                return nullptr;
        }
        return review;
    }

    void pollInbox()
    {
        QSignalSpy finished(m_window->inbox(), &InboxService::refreshFinished);
        m_window->refresh();
        QVERIFY(finished.wait(20000));
    }

    const InboxEntry *inboxEntry(const QString &externalId)
    {
        for (const InboxEntry &entry : m_window->inbox()->entries()) {
            if (entry.ref.externalId == externalId)
                return &entry;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Localization::apply(*QCoreApplication::instance(), u"en"_s));
        MessageBox::setTestMode(true);
    }

    void init()
    {
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_s));
        DemoSession::Options options;
        options.world.largeBatchAssets = 2000; // the 20,000-asset batch is for the benchmark
        options.server.stepDelayMs = 0; // nothing moves unless a test ticks
        options.assignorInterval = std::chrono::hours(24);
        options.firstSubmission = std::chrono::milliseconds(0);
        options.serverThread = false; // the tests tick, fault and read the simulator directly
        m_session = std::make_unique<DemoSession>(options);
        QSignalSpy ready(m_session.get(), &Session::ready);
        m_session->start();
        QVERIFY(ready.wait(20000));
        m_window = std::make_unique<MainWindow>(MainWindow::Options { .demo = true });
        m_window->setSettings(m_settings.get());
        QSignalSpy loaded(m_window.get(), &MainWindow::inboxLoaded);
        m_window->setSession(m_session.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(loaded.wait(20000));
        MessageBox::clearRecords();
    }

    void cleanup()
    {
        UrlOpener::setHandler({});
        m_window.reset();
        m_session.reset();
    }

    void inbox_demo_listsEveryPendingBatchWithItsTotal()
    {
        const QList<sb::Batch *> pending = worldBatches(BatchStatus::PendingManagerApproval);
        QVERIFY(pending.size() >= 5);
        InboxView *view = m_window->inboxView();
        QCOMPARE(view->view(), InboxView::View::Awaiting);
        QCOMPARE(view->filter()->rowCount(), pending.size());
        for (const sb::Batch *batch : pending) {
            const int row = m_window->inboxModel()->rowOf(InboxEntry::keyOf(refOf(*batch)));
            QVERIFY2(row >= 0, qPrintable(batch->externalId));
            const QModelIndex total = m_window->inboxModel()->index(row, int(InboxModel::Column::TotalValue));
            QCOMPARE(total.data(InboxModel::RawRole).toLongLong(), batch->totalValue().centavos());
            QCOMPARE(total.data().toString(), batch->totalValue().format(QLocale()));
            QCOMPARE(m_window->inboxModel()->index(row, int(InboxModel::Column::Assets)).data().toString(),
                     u"%1 / %2"_s.arg(QLocale().toString(batch->approvedCount()),
                                      QLocale().toString(qsizetype(batch->assets.size()))));
        }
        QVERIFY(view->viewTabs()->tabText(0).contains(QString::number(pending.size())));
        QVERIFY(m_window->findChild<QLabel *>(u"demoBanner"_s)->isVisible());
        QVERIFY(!m_window->findChild<QLabel *>(u"lastRefreshLabel"_s)->text().isEmpty());
    }

    void search_andFundFilter_narrowTheTable()
    {
        InboxView *view = m_window->inboxView();
        const sb::Batch *batch = worldBatches(BatchStatus::PendingManagerApproval).first();
        m_window->actions().find->trigger();
        QVERIFY(view->searchField()->hasFocus());
        QTest::keyClicks(view->searchField(), batch->externalId.toLower());
        QCOMPARE(view->filter()->rowCount(), 1);
        view->searchField()->clear();
        const QString assignorCnpj
            = sandbox().world().assignor(sandbox().world().configuration(batch->configurationKey)->assignorKey)->documentNumber;
        QTest::keyClicks(view->searchField(), QString(assignorCnpj).remove(u'.').remove(u'/').remove(u'-'));
        QVERIFY(view->filter()->rowCount() >= 1);
        for (int row = 0; row < view->filter()->rowCount(); ++row)
            QCOMPARE(view->filter()->index(row, 0).data(InboxModel::StageRole).toInt(), int(BatchStatus::Stage::AwaitingManager));
        view->searchField()->clear();

        const int fundIndex = view->fundFilter()->findData(batch->fundClassKey);
        QVERIFY(fundIndex > 0);
        view->fundFilter()->setCurrentIndex(fundIndex);
        int inFund = 0;
        for (const sb::Batch *b : worldBatches(BatchStatus::PendingManagerApproval))
            inFund += b->fundClassKey == batch->fundClassKey ? 1 : 0;
        QCOMPARE(view->filter()->rowCount(), inFund);
    }

    // "Waiting since" is the first arrival at the manager, read from the listing's status_events over HTTP:
    // the demo's batch that was reopened for removals and came back keeps its original arrival.
    void inbox_waitingSince_firstArrivalAtTheManager()
    {
        int backAndForth = 0;
        for (const sb::Batch *batch : worldBatches(BatchStatus::PendingManagerApproval)) {
            QList<QDateTime> arrivals;
            for (const sb::StatusEvent &event : batch->events) {
                if (event.status == BatchStatus(BatchStatus::PendingManagerApproval).apiName())
                    arrivals.append(event.at);
            }
            QVERIFY2(!arrivals.isEmpty(), qPrintable(batch->externalId));
            backAndForth += arrivals.size() > 1 ? 1 : 0;
            const int row = m_window->inboxModel()->rowOf(InboxEntry::keyOf(refOf(*batch)));
            const QModelIndex since = m_window->inboxModel()->index(row, int(InboxModel::Column::WaitingSince));
            // The listing carries seconds in Brasília time: compare to the second.
            QCOMPARE(since.data(InboxModel::RawRole).toDateTime().toSecsSinceEpoch(),
                     (*std::min_element(arrivals.cbegin(), arrivals.cend())).toSecsSinceEpoch());
            if (arrivals.size() > 1) {
                const QString tip = since.data(Qt::AccessibleTextRole).toString();
                QVERIFY2(tip.contains(u"first reached the manager on"_s) && tip.contains(u"back for a decision since"_s),
                         qPrintable(tip));
            }
        }
        QVERIFY(backAndForth >= 1); // the demo's batch with removals
    }

    void views_tabs_showEachStage()
    {
        InboxView *view = m_window->inboxView();
        view->viewTabs()->setCurrentIndex(int(InboxView::View::Closed));
        const int closed = int(worldBatches(BatchStatus::Denied).size() + worldBatches(BatchStatus::Discarded).size());
        QCOMPARE(view->filter()->rowCount(), closed);
        view->viewTabs()->setCurrentIndex(int(InboxView::View::Completed));
        QCOMPARE(view->filter()->rowCount(), worldBatches(BatchStatus::Completed).size());
        // The status tells batches apart everywhere but where every batch awaits you.
        const int status = int(InboxModel::Column::Status);
        QVERIFY(!view->table()->isColumnHidden(status));
        view->viewTabs()->setCurrentIndex(int(InboxView::View::Awaiting));
        QVERIFY(view->table()->isColumnHidden(status));
        view->viewTabs()->setCurrentIndex(int(InboxView::View::InProgress));
        QVERIFY(!view->table()->isColumnHidden(status));
        view->viewTabs()->setCurrentIndex(int(InboxView::View::Awaiting));
    }

    // The inbox says how much awaits a decision and which batches carry alerts, checked in the background;
    // the counts, the total and the alerts follow the fund filter and the search.
    void inbox_alertsTotalAndCounts_followTheFilters()
    {
        InboxView *view = m_window->inboxView();
        InboxModel *model = m_window->inboxModel();
        const QList<sb::Batch *> pending = worldBatches(BatchStatus::PendingManagerApproval);
        Money all;
        for (const sb::Batch *batch : pending)
            all += batch->totalValue();
        QCOMPARE(view->awaitingTotal()->text(), u"%1 batches awaiting your decision: %2"_s.arg(pending.size()).arg(all.format()));

        // Every pending batch is checked after the inbox loads; the demo's planted copies and self-debtors show.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->screening()->isIdle(), 60000);
        int withAlerts = 0;
        for (const sb::Batch *batch : pending) {
            const int row = model->rowOf(InboxEntry::keyOf(refOf(*batch)));
            const QModelIndex alerts = model->index(row, int(InboxModel::Column::Alerts));
            const auto status = m_window->screening()->status(InboxEntry::keyOf(refOf(*batch)));
            QCOMPARE(status.state, InboxScreening::State::Checked);
            if (status.result->hasAlerts()) {
                ++withAlerts;
                QVERIFY2(alerts.data().toString().startsWith(u"⚠ "_s), qPrintable(alerts.data().toString()));
            } else {
                QCOMPARE(alerts.data().toString(), u"No alerts"_s);
            }
        }
        QVERIFY2(withAlerts >= 3, qPrintable(QString::number(withAlerts)));
        QCOMPARE(view->alertsOnly()->text(), u"Only with alerts (%1)"_s.arg(withAlerts));
        view->alertsOnly()->setChecked(true);
        QCOMPARE(view->filter()->rowCount(), withAlerts);
        QCOMPARE(view->viewTabs()->tabText(0), u"Awaiting your decision (%1)"_s.arg(withAlerts));
        view->alertsOnly()->setChecked(false);

        // The fund filter: tab counts, total and tooltips say what the tab shows.
        const sb::Batch *first = pending.first();
        Money inFundTotal;
        int inFund = 0;
        for (const sb::Batch *batch : pending) {
            if (batch->fundClassKey == first->fundClassKey) {
                ++inFund;
                inFundTotal += batch->totalValue();
            }
        }
        view->fundFilter()->setCurrentIndex(view->fundFilter()->findData(first->fundClassKey));
        QCOMPARE(view->viewTabs()->tabText(0), u"Awaiting your decision (%1)"_s.arg(inFund));
        QVERIFY2(view->viewTabs()->tabToolTip(0).startsWith(u"%1 of %2 batches"_s.arg(inFund).arg(pending.size())),
                 qPrintable(view->viewTabs()->tabToolTip(0)));
        QCOMPARE(
            view->awaitingTotal()->text(),
            u"%1 batch%2 awaiting your decision: %3"_s.arg(inFund).arg(inFund == 1 ? u""_s : u"es"_s).arg(inFundTotal.format()));
        int completedInFund = 0;
        for (const sb::Batch *batch : worldBatches(BatchStatus::Completed))
            completedInFund += batch->fundClassKey == first->fundClassKey ? 1 : 0;
        QCOMPARE(view->viewTabs()->tabText(int(InboxView::View::Completed)), u"Completed (%1)"_s.arg(completedInFund));
        view->fundFilter()->setCurrentIndex(0);

        // The search finds a fund by its CNPJ, with or without punctuation.
        const QString fundCnpj = sandbox().world().fund(first->fundClassKey)->documentNumber;
        for (const QString &typed :
             { DocumentNumber::parse(fundCnpj).formatted(), DocumentNumber::parse(fundCnpj).normalized() }) {
            view->searchField()->setText(typed);
            QCOMPARE(view->filter()->rowCount(), inFund);
            QCOMPARE(view->viewTabs()->tabText(0), u"Awaiting your decision (%1)"_s.arg(inFund));
        }
        view->searchField()->clear();

        // Past the manager, the time column says when, not "waiting".
        view->viewTabs()->setCurrentIndex(int(InboxView::View::Completed));
        QCOMPARE(view->filter()->headerData(int(InboxModel::Column::WaitingSince), Qt::Horizontal).toString(), u"Completed on"_s);
        QVERIFY(!view->alertsOnly()->isVisible());
    }

    void openReview_enterOnARow_loadsEveryAssetWithProgress()
    {
        // The largest pending batch: several pages.
        QList<sb::Batch *> pending = worldBatches(BatchStatus::PendingManagerApproval);
        std::sort(pending.begin(), pending.end(), [](auto *a, auto *b) { return a->assets.size() > b->assets.size(); });
        const sb::Batch *batch = pending.first();
        QVERIFY(batch->assets.size() >= 1000);
        InboxView *view = m_window->inboxView();
        QVERIFY(view->selectBatch(batch->externalId));
        QSignalSpy opened(m_window.get(), &MainWindow::reviewOpened);
        view->table()->setFocus();
        QTest::keyClick(view->table(), Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        BatchReviewView *review = m_window->currentReview();
        QVERIFY(review);
        QCOMPARE(review->ref().externalId, batch->externalId);
        QProgressBar *progress = review->assetsPanel()->progressBar();
        QSignalSpy loaded(review->batchReview(), &BatchReview::fullyLoaded);
        QSignalSpy pages(review->batchReview()->loader(), &BatchLoader::assetsArrived);
        QTRY_VERIFY(progress->isVisible()); // while loading
        QVERIFY(loaded.wait(60000));
        QVERIFY(pages.count() > 1);
        QCOMPARE(review->assetsPanel()->model()->rowCount(), int(batch->assets.size()));
        QVERIFY(!progress->isVisible());
        QCOMPARE(review->header()->factText(u"total"_s), batch->totalValue().format(QLocale()));
        // The same batch again: its tab comes forward, no second review.
        m_window->showInbox();
        QCOMPARE(m_window->openBatch(review->ref()), review);
    }

    void analysis_knownBatch_figuresAreExact()
    {
        const sb::Batch *batch = worldBatches(BatchStatus::PendingManagerApproval).first();
        Money purchase, face;
        for (const sb::Asset &asset : batch->assets) {
            if (!asset.status.countsTowardTotal())
                continue;
            purchase += asset.totalPurchaseValue;
            const auto parsed = Asset::fromJson(asset.body);
            QVERIFY(parsed);
            face += parsed->faceValue();
        }
        BatchReviewView *review = openLoaded(*batch);
        QVERIFY(review);
        review->setTab(BatchReviewView::Tab::Analysis);
        AnalysisPanel *analysis = review->analysisPanel();
        const QLocale locale;
        QCOMPARE(analysis->figureText(u"purchase"_s), purchase.format(locale));
        QCOMPARE(analysis->figureText(u"face"_s), face.format(locale));
        QVERIFY(analysis->figureText(u"discount"_s).startsWith((face - purchase).format(locale)));
        QCOMPARE(review->batchReview()->analysis()->purchaseValue, batch->totalValue());
        QVERIFY(analysis->maturityView()->chart());
        QCOMPARE(analysis->maturityView()->chart()->series().size(), 1);
        QVERIFY(analysis->debtorTable()->rowCount() >= 1);
    }

    // The demo's 430-asset batch has three assets bought at a quarter of the assignor's rate: the
    // analysis shows the batch's implied rate, the checks flag exactly those three, and the asset
    // table shows each asset's rate.
    void pricing_mispricedDemoAssets_flaggedWithTheirRates()
    {
        const sb::Batch *batch = nullptr;
        for (const sb::Batch *candidate : worldBatches(BatchStatus::PendingManagerApproval))
            batch = candidate->assets.size() == 430 ? candidate : batch;
        QVERIFY(batch);
        BatchReviewView *review = openLoaded(*batch);
        QVERIFY(review);
        QTRY_VERIFY_WITH_TIMEOUT(review->batchReview()->analysis().has_value(), 20000);
        const AssetAnalysis &analysis = *review->batchReview()->analysis();
        const BatchPricing &pricing = analysis.pricing();
        QVERIFY(pricing.pricedCount() > 400);
        QVERIFY(pricing.medianMonthlyRate && *pricing.medianMonthlyRate > 0.01 && *pricing.medianMonthlyRate < 0.05);

        review->setTab(BatchReviewView::Tab::Analysis);
        const QString rate = review->analysisPanel()->figureText(u"rate"_s);
        QVERIFY2(rate.contains(u"per month"_s) && rate.contains(u"per year"_s), qPrintable(rate));

        QStringList far;
        for (const QString &id : analysis.checks.flaggedInBatchOrder) {
            for (const AssetChecks::Finding &finding : analysis.checks.findingsFor(id))
                far += finding.rule == AssetChecks::Rule::RateFarFromBatch ? QStringList { id } : QStringList {};
        }
        QCOMPARE(far.size(), 3);
        AssetTableModel *model = review->assetsPanel()->model();
        for (const QString &id : std::as_const(far)) {
            QVERIFY(*pricing.rateOf(id) < 0.6 * *pricing.medianMonthlyRate);
            const int row = model->rowOf(id);
            QVERIFY(row >= 0);
            const QString shown = model->index(row, int(AssetTableModel::Column::Rate)).data().toString();
            QCOMPARE(shown, QLocale().toString(*pricing.rateOf(id) * 100.0, 'f', 2) + u"\u00a0%"_s);
            QVERIFY(model->index(row, int(AssetTableModel::Column::Alerts))
                        .data()
                        .toString()
                        .contains(AssetChecks::ruleLabel(AssetChecks::Rule::RateFarFromBatch)));
        }

        // The fund's lowest rate, typed in Fund rules a little under the median: exactly those three break it.
        const double minimum = std::floor(*pricing.medianMonthlyRate * 10000.0 - 30.0) / 100.0; // in percent
        QTest::mouseClick(review->analysisPanel()->findChild<QPushButton *>(u"fundRulesButton"_s), Qt::LeftButton);
        auto *dialog = m_window->findChild<FundRulesDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        dialog->findChild<QDoubleSpinBox *>(u"minMonthlyRate"_s)->setValue(minimum);
        dialog->accept();
        // Checked again with the rule (the review reloads, then analyses on a worker thread).
        QTRY_VERIFY_WITH_TIMEOUT(
            review->batchReview()->analysis() && review->batchReview()->analysis()->checks.fundRuleVerdicts.size() == 1, 30000);
        const AssetChecks &checks = review->batchReview()->analysis()->checks;
        QCOMPARE(checks.fundRuleVerdicts.size(), 1);
        const FundRules::Verdict &verdict = checks.fundRuleVerdicts.constFirst();
        QCOMPARE(verdict.key, u"min_monthly_rate_bp"_s);
        QVERIFY(!verdict.passed);
        QCOMPARE(verdict.assetsOutside, 3);
        for (const QString &id : std::as_const(far)) {
            const auto findings = checks.findingsFor(id);
            QVERIFY(std::any_of(findings.cbegin(), findings.cend(), [](const AssetChecks::Finding &finding) {
                return finding.rule == AssetChecks::Rule::OutsideFundRules && finding.detail.contains(u"implied rate"_s);
            }));
        }
    }

    // Tools → Watch-list…: a debtor of an open batch listed with a reason (a mistyped row first: the
    // dialog stays and names it); the review's checks flag every asset of that debtor's company, and the
    // list is kept in the workspace for every fund.
    void watchList_listedDebtor_flaggedInTheOpenReview()
    {
        const sb::Batch *batch = nullptr;
        for (const sb::Batch *candidate : worldBatches(BatchStatus::PendingManagerApproval))
            batch = candidate->assets.size() == 86 ? candidate : batch;
        QVERIFY(batch);
        BatchReviewView *review = openLoaded(*batch);
        QVERIFY(review);
        QTRY_VERIFY_WITH_TIMEOUT(review->batchReview()->analysis().has_value(), 20000);
        QString root;
        QSet<QString> expected;
        for (const sb::Asset &asset : batch->assets) {
            const QString document = DocumentNumber::parse(sb::AssetSchema::borrowerDocument(asset.body)).normalized();
            if (root.isEmpty() && document.size() == 14 && asset.status.countsTowardTotal())
                root = document.left(8);
            if (!root.isEmpty() && document.startsWith(root) && document.size() == 14 && asset.status.countsTowardTotal())
                expected.insert(asset.externalId);
        }
        QVERIFY(!expected.isEmpty());

        m_window->actions().watchList->trigger();
        auto *dialog = m_window->findChild<WatchListDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QTRY_VERIFY(dialog->isLoaded());
        dialog->pasteRows(u"123\tNinguém\tengano\n"_s + root + u";Devedor vigiado;recuperação judicial\n"_s);
        QCOMPARE(dialog->table()->rowCount(), 2);
        dialog->accept();
        QVERIFY(dialog->isVisible()); // the first row is not a document: said, nothing saved
        QVERIFY(dialog->findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"123"_s));
        dialog->table()->removeRow(0);
        dialog->accept();
        // Checked again with the list (the review reloads, then analyses on a worker thread).
        const auto listed = [review] {
            QSet<QString> ids;
            if (!review->batchReview()->analysis())
                return ids;
            const AssetChecks &checks = review->batchReview()->analysis()->checks;
            for (const QString &id : checks.flaggedInBatchOrder) {
                for (const AssetChecks::Finding &finding : checks.findingsFor(id))
                    if (finding.rule == AssetChecks::Rule::OutsideFundRules && finding.detail.contains(u"recuperação judicial"_s))
                        ids.insert(id);
            }
            return ids;
        };
        QTRY_COMPARE_WITH_TIMEOUT(listed(), expected, 30000);
        if (const QString dir = qEnvironmentVariable("CESSIO_GRAB_DIR"); !dir.isEmpty()) { // for looking, not asserting
            review->setTab(BatchReviewView::Tab::Analysis);
            QTest::qWait(200);
            m_window->grab().save(dir + u"/watch-list-review.png"_s);
        }
        const auto stored
            = m_session->workspace()
                  ->run([](WorkspaceStore &store) { return FundRulesDocument::read(store, FundRules::everyFundKey(), {}); })
                  .result();
        QVERIFY2(stored.ok(), qPrintable(stored.error));
        QCOMPARE(stored.value->rules.watchList.size(), 1);
        QCOMPARE(stored.value->rules.watchList.constFirst().root, root);
    }

    void termButtons_everyClick_fetchesAFreshLink()
    {
        QList<sb::Batch *> signedBatches = worldBatches(BatchStatus::PendingPayment);
        signedBatches += worldBatches(BatchStatus::Completed);
        QVERIFY(!signedBatches.isEmpty());
        BatchReviewView *review = openLoaded(*signedBatches.first());
        QVERIFY(review);
        QList<QUrl> opened;
        UrlOpener::setHandler([&opened](const QUrl &url) {
            opened.append(url);
            return true;
        });
        sandbox().requests().clear();
        auto *button = review->findChild<QPushButton *>(u"signedTermButton"_s);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE(opened.size(), 1);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE(opened.size(), 2);
        m_window->actions().openTerm->trigger();
        QTRY_COMPARE(opened.size(), 3);
        int termRequests = 0;
        for (const QJsonValue &entry : sandbox().requests().toJson())
            termRequests += entry.toObject().value(u"path"_s).toString().contains(u"assignment_term_link"_s) ? 1 : 0;
        QCOMPARE(termRequests, 3); // never a cached link
        QVERIFY(opened.at(0).isValid());
    }

    void newBatch_fromTheAssignor_appearsAfterAPollAndNotifies()
    {
        sb::DemoAssignor *assignor = m_session->assignor();
        QVERIFY(assignor);
        assignor->setAssetRange(3, 5);
        QSignalSpy submitted(assignor, &sb::DemoAssignor::batchSubmitted);
        QVERIFY(assignor->submitNow());
        QVERIFY(submitted.wait(20000));
        const QString externalId = submitted.first().at(2).toString();
        for (int i = 0; i < 6 && sandbox().world().batch(externalId)->status.value() != BatchStatus::PendingManagerApproval; ++i)
            sandbox().tick();
        QCOMPARE(sandbox().world().batch(externalId)->status, BatchStatus(BatchStatus::PendingManagerApproval));

        QSignalSpy notified(m_window->notifier(), &Notifier::notified);
        pollInbox();
        QVERIFY(inboxEntry(externalId));
        QCOMPARE(notified.count(), 1);
        QVERIFY(notified.first().at(1).toString().contains(externalId));
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"awaiting your decision"_s));
    }

    void deny_fromTheReview_recordsAndMovesTheBatch()
    {
        const sb::Batch *batch = worldBatches(BatchStatus::PendingManagerApproval).last();
        const QString externalId = batch->externalId;
        BatchReviewView *review = openLoaded(*batch);
        QVERIFY(review);
        QVERIFY(m_window->actions().deny->isEnabled());
        m_window->actions().deny->trigger();
        QTRY_VERIFY(m_window->decisions()->denyDialog());
        DenyDialog *dialog = m_window->decisions()->denyDialog();
        if (auto *asked = dialog->findChild<RecommendationPanel *>()) // the four-eyes answer comes from a worker
            QTRY_VERIFY(asked->isAnswered());
        QWidget *reasonEdit = dialog->findChild<QWidget *>(u"reasonEdit"_s);
        if (auto *plain = qobject_cast<QPlainTextEdit *>(reasonEdit))
            plain->setPlainText(u"Concentration above the regulamento limit"_s);
        else
            qobject_cast<QLineEdit *>(reasonEdit)->setText(u"Concentration above the regulamento limit"_s);
        dialog->findChild<QCheckBox *>(u"confirmCheck"_s)->setChecked(true);
        QSignalSpy finished(m_window->decisions(), &DecisionController::decisionFinished);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"denyButton"_s), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(1).value<DecisionOutcome>().result, DecisionOutcome::Result::Applied);
        QTRY_COMPARE(review->batchReview()->loader()->batch()->status, BatchStatus(BatchStatus::Denied));
        QVERIFY(!review->findChild<QPushButton *>(u"approveButton"_s)->isEnabled());
        QTRY_VERIFY(inboxEntry(externalId) && inboxEntry(externalId)->batch.status.value() == BatchStatus::Denied);
        QVERIFY(m_session->auditLog()->verify().ok());
        QVERIFY(!m_session->auditLog()->readAll().isEmpty());
    }

    void removal_interrupted_showsTheBannerAndFinishes()
    {
        QList<sb::Batch *> pending = worldBatches(BatchStatus::PendingManagerApproval);
        const sb::Batch *batch = *std::find_if(pending.cbegin(), pending.cend(), [](auto *b) { return b->approvedCount() >= 5; });
        BatchReviewView *review = openLoaded(*batch);
        QVERIFY(review);
        AssetTableModel *assets = review->assetsPanel()->model();
        QStringList ticked;
        for (int row = 0; row < assets->rowCount() && ticked.size() < 3; ++row) {
            const QModelIndex index = assets->index(row, 0);
            if (assets->flags(index) & Qt::ItemIsUserCheckable) {
                QVERIFY(assets->setData(index, Qt::Checked, Qt::CheckStateRole));
                ticked.append(assets->externalIdAt(row));
            }
        }
        QCOMPARE(ticked.size(), 3);
        // The second asset's removal fails: the removal stops midway, the batch stays reopened.
        sandboxFault(u"/asset/"_s + ticked.at(1), 503);
        MessageBox::queueAnswer(QMessageBox::Yes); // "Remove 3 assets?"
        MessageBox::queueAnswer(QMessageBox::Close); // "interrupted": use the banner instead
        QSignalSpy finished(m_window->decisions(), &DecisionController::decisionFinished);
        QVERIFY(m_window->actions().removeAssets->isEnabled());
        m_window->actions().removeAssets->trigger();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(1).value<DecisionOutcome>().result, DecisionOutcome::Result::Interrupted);
        QWidget *banner = review->findChild<QWidget *>(u"removalBanner"_s);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(review->findChild<QLabel *>(u"removalBannerText"_s)->text().contains(u"2"_s));
        QCOMPARE(review->batchReview()->remainingRemoval().size(), 2);

        sandbox().faults().clearTargeted();
        QTest::mouseClick(review->findChild<QPushButton *>(u"finishRemovalButton"_s), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.last().at(1).value<DecisionOutcome>().result, DecisionOutcome::Result::Applied);
        QTRY_VERIFY(!banner->isVisible());
        for (const QString &id : ticked)
            QCOMPARE(sandbox().world().batch(batch->externalId)->asset(id)->status, AssetStatus(AssetStatus::Denied));
        QCOMPARE(sandbox().world().batch(batch->externalId)->status, BatchStatus(BatchStatus::CompletedAssetsInsertion));
    }

    void approve_fromTheReview_withAChosenAccount()
    {
        const sb::Batch *batch = worldBatches(BatchStatus::PendingManagerApproval).first();
        const QString externalId = batch->externalId;
        BatchReviewView *review = openLoaded(*batch);
        QVERIFY(review);
        QTRY_COMPARE(review->batchReview()->loader()->accountsState(), BatchLoader::AccountsState::Loaded);
        QVERIFY(review->batchReview()->loader()->accounts()->size() >= 1);
        QTest::mouseClick(review->findChild<QPushButton *>(u"approveButton"_s), Qt::LeftButton);
        QTRY_VERIFY(m_window->decisions()->approveDialog());
        ApproveDialog *dialog = m_window->decisions()->approveDialog();
        if (auto *asked = dialog->findChild<RecommendationPanel *>()) // the four-eyes answer comes from a worker
            QTRY_VERIFY(asked->isAnswered());
        auto *list = dialog->findChild<QListWidget *>(u"accountList"_s);
        QVERIFY(list);
        for (int row = list->count() - 1; row >= 0; --row) { // the last account that can be chosen
            if (list->item(row)->flags() & Qt::ItemIsEnabled) {
                list->setCurrentRow(row);
                break;
            }
        }
        const std::optional<BankAccount> chosen = dialog->chosenAccount();
        QVERIFY(chosen);
        QVERIFY(cessio::testing::confirmPayee(dialog));
        dialog->findChild<QCheckBox *>(u"confirmCheck"_s)->setChecked(true);
        QSignalSpy finished(m_window->decisions(), &DecisionController::decisionFinished);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"approveButton"_s), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(1).value<DecisionOutcome>().result, DecisionOutcome::Result::Applied);
        QCOMPARE(sandbox().world().batch(externalId)->disbursementAccountKey, chosen->accountKey);
        QTRY_VERIFY(review->batchReview()->loader()->batch()->disbursementAccount.has_value());
        QVERIFY(review->header()->factText(u"account"_s).contains(chosen->numberWithDigit()));
        QTRY_VERIFY(inboxEntry(externalId) && inboxEntry(externalId)->batch.status.stage() == BatchStatus::Stage::InProgress);
    }

    // The demo world hides titles sent twice, debtors who are the assignor and assets bought at a quarter
    // of the assignor's rate in a few pending batches. Found here from the bodies themselves (not by the
    // checks' own outlier rule): a body equal to another once its external ids are set aside, a borrower
    // whose CPF/CNPJ is the assignor's, or a rate under 60 % of the batch's median.
    QSet<QString> suspiciousIn(const sb::Batch &batch)
    {
        const sb::Configuration *configuration = sandbox().world().configuration(batch.configurationKey);
        const QString assignor
            = DocumentNumber::parse(sandbox().world().assignor(configuration->assignorKey)->documentNumber).normalized();
        QHash<QByteArray, QStringList> byBody;
        QSet<QString> result;
        for (const sb::Asset &asset : batch.assets) {
            if (!asset.status.countsTowardTotal())
                continue;
            if (DocumentNumber::parse(sb::AssetSchema::borrowerDocument(asset.body)).normalized() == assignor)
                result.insert(asset.externalId);
            QJsonObject body = asset.body;
            for (const QString &key : body.keys()) {
                if (body.value(key).isObject()) {
                    QJsonObject inner = body.value(key).toObject();
                    inner.remove(u"external_id"_s);
                    body.insert(key, inner);
                }
            }
            byBody[QJsonDocument(body).toJson(QJsonDocument::Compact)].append(asset.externalId);
        }
        for (const QStringList &ids : std::as_const(byBody)) {
            if (ids.size() > 1)
                result.unite(QSet<QString>(ids.cbegin(), ids.cend()));
        }
        QHash<QString, double> rates;
        for (const sb::Asset &asset : batch.assets) {
            const auto parsed = Asset::fromJson(asset.body);
            const auto rate = parsed && asset.status.countsTowardTotal()
                ? BatchPricing::impliedMonthlyRate(*parsed, asset.totalPurchaseValue, batch.date)
                : std::nullopt;
            if (rate)
                rates.insert(asset.externalId, *rate);
        }
        QList<double> sorted = rates.values();
        std::sort(sorted.begin(), sorted.end());
        for (auto it = rates.cbegin(); !sorted.isEmpty() && it != rates.cend(); ++it) {
            if (*it < 0.6 * sorted.at(sorted.size() / 2))
                result.insert(it.key());
        }
        return result;
    }

    void checks_flaggedAssets_shownFilteredConfirmedAndRecorded()
    {
        const sb::Batch *batch = nullptr;
        QSet<QString> expected;
        for (const sb::Batch *candidate : worldBatches(BatchStatus::PendingManagerApproval)) {
            if (candidate->assets.size() < 500 && !(expected = suspiciousIn(*candidate)).isEmpty()) {
                batch = candidate;
                break;
            }
        }
        QVERIFY2(batch, "the demo world has a small pending batch with suspicious assets");
        BatchReviewView *review = openLoaded(*batch);
        QVERIFY(review);

        // The header says it, the Alerts column marks exactly those assets.
        QVERIFY2(review->header()->factText(u"alerts"_s).contains(u"%1 assets flagged"_s.arg(expected.size())),
                 qPrintable(review->header()->factText(u"alerts"_s)));
        AssetTableModel *model = review->assetsPanel()->model();
        QSet<QString> flagged;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex alerts = model->index(row, int(AssetTableModel::Column::Alerts));
            if (alerts.data(AssetTableModel::AlertCountRole).toInt() > 0) {
                flagged.insert(alerts.data(AssetTableModel::ExternalIdRole).toString());
                QVERIFY(alerts.data().toString().startsWith(u"⚠"_s));
                QVERIFY(!alerts.data(Qt::ToolTipRole).toString().isEmpty());
            }
        }
        QCOMPARE(flagged, expected);

        // "Show flagged assets" in the Analysis tab lists only them.
        review->setTab(BatchReviewView::Tab::Analysis);
        auto *show = review->analysisPanel()->findChild<QPushButton *>(u"showFlaggedButton"_s);
        QVERIFY(show && show->isVisible());
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(review->tab(), BatchReviewView::Tab::Assets);
        QVERIFY(review->assetsPanel()->alertsOnlyBox()->isChecked());
        QCOMPARE(review->assetsPanel()->table()->model()->rowCount(), int(expected.size()));

        // The approve dialog names them and asks for the alerts to be acknowledged; the record keeps the count.
        QTRY_COMPARE(review->batchReview()->loader()->accountsState(), BatchLoader::AccountsState::Loaded);
        QTest::mouseClick(review->findChild<QPushButton *>(u"approveButton"_s), Qt::LeftButton);
        QTRY_VERIFY(m_window->decisions()->approveDialog());
        ApproveDialog *dialog = m_window->decisions()->approveDialog();
        if (auto *asked = dialog->findChild<RecommendationPanel *>()) // the four-eyes answer comes from a worker
            QTRY_VERIFY(asked->isAnswered());
        QVERIFY(dialog->findChild<QWidget *>(u"checksWarning"_s)->isVisibleTo(dialog));
        const QString warning = dialog->findChild<QLabel *>(u"checksWarningText"_s)->text();
        QVERIFY2(warning.startsWith(u"%1 of the assets being bought have alerts"_s.arg(expected.size())), qPrintable(warning));
        auto *confirm = dialog->findChild<QCheckBox *>(u"confirmCheck"_s);
        QVERIFY(confirm->text().contains(u"alerts"_s));
        auto *list = dialog->findChild<QListWidget *>(u"accountList"_s);
        if (!list->currentItem())
            list->setCurrentRow(0);
        QVERIFY(cessio::testing::confirmPayee(dialog));
        confirm->setChecked(true);
        QVERIFY(dialog->isReadyToApprove());
        QSignalSpy finished(m_window->decisions(), &DecisionController::decisionFinished);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"approveButton"_s), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(1).value<DecisionOutcome>().result, DecisionOutcome::Result::Applied);
        const QList<AuditEntry> record = m_session->auditLog()->readAll();
        QVERIFY(!record.isEmpty());
        QCOMPARE(record.constLast().batchExternalId, batch->externalId);
        QCOMPARE(record.constLast().shown.alertCount, std::optional<int>(int(expected.size())));
    }

    // The fund's own limits: set in the review's Fund rules dialog, saved per fund, and the batch checked
    // again at once — the header and the Checks box say which limit is broken and by how much.
    // On a team workspace a member who is not an admin sees the fund's rules and policy but cannot
    // change them (the server would refuse): the fields are off, there is no Save, and closing saves nothing.
    void fundRulesDialog_notAnAdmin_showsTheRulesWithoutSaving()
    {
        FundRules rules;
        rules.maxTermDays = 180;
        FundRulesDialog dialog(u"Fundo Ipê"_s, rules);
        QVERIFY(dialog.rulesEditable());
        FourEyesPolicyDocument document;
        document.policy.onBreach = true;
        document.version = 3;
        document.mayEdit = false;
        dialog.setFourEyes(document);
        QVERIFY(!dialog.rulesEditable());
        QVERIFY(!dialog.findChild<QSpinBox *>(u"maxTermDays"_s)->isEnabled());
        QVERIFY(!dialog.findChild<QLineEdit *>(u"maxBatchValue"_s)->isEnabled());
        auto *buttons = dialog.findChild<QDialogButtonBox *>(u"buttons"_s);
        QVERIFY(buttons->button(QDialogButtonBox::Save)->isHidden());
        QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), u"Close"_s);
        QVERIFY(!dialog.findChild<QLabel *>(u"rulesReadOnlyNote"_s)->isHidden());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.accept(); // Enter, say
        QCOMPARE(accepted.count(), 0);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.changedFourEyes());
    }

    void fundRules_setInTheDialog_checkTheBatchAgain()
    {
        const sb::Batch *batch = nullptr;
        for (const sb::Batch *candidate : worldBatches(BatchStatus::PendingManagerApproval)) {
            if (candidate->assets.size() < 500 && (!batch || candidate->assets.size() > batch->assets.size()))
                batch = candidate;
        }
        QVERIFY(batch);
        Money total;
        for (const sb::Asset &asset : batch->assets) {
            if (asset.status.countsTowardTotal())
                total += asset.totalPurchaseValue;
        }
        BatchReviewView *review = openLoaded(*batch);
        QVERIFY(review);
        review->setTab(BatchReviewView::Tab::Analysis);
        auto *summary = review->analysisPanel()->findChild<QLabel *>(u"checksSummary"_s);
        QVERIFY(summary->text().contains(u"No fund rules set for this fund"_s));

        // A batch limit one centavo below this batch's total, typed the way a user types it.
        QTest::mouseClick(review->analysisPanel()->findChild<QPushButton *>(u"fundRulesButton"_s), Qt::LeftButton);
        auto *dialog = m_window->findChild<FundRulesDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        auto *batchLimit = dialog->findChild<QLineEdit *>(u"maxBatchValue"_s);
        batchLimit->setText(u"mil reais"_s);
        dialog->accept();
        QVERIFY(dialog->isVisible()); // not a number: the dialog stays, with the reason
        QVERIFY(dialog->findChild<QLabel *>(u"problemLabel"_s)->text().contains(u"mil reais"_s));
        const Money limit = total - Money::fromCentavos(1);
        batchLimit->setText(limit.format());
        dialog->findChild<QSpinBox *>(u"maxTermDays"_s)->setValue(3650);
        QSignalSpy reloaded(review->batchReview(), &BatchReview::fullyLoaded);
        dialog->accept();
        QVERIFY(reloaded.wait(20000)); // checked again against the new rules

        // Kept in the workspace store (issue 10), not in this desktop's settings.
        const QString fund = batch->fundClassKey;
        const auto readStored = [this, fund] {
            return m_session->workspace()
                ->run([fund](WorkspaceStore &store) { return FundRulesDocument::read(store, fund, {}); })
                .result();
        };
        const auto stored = readStored();
        QVERIFY2(stored.ok(), qPrintable(stored.error));
        QCOMPARE(stored.value->rules.maxBatchValue, std::optional(limit));
        QCOMPARE(stored.value->rules.maxTermDays, std::optional(3650));
        QVERIFY(FundRules::load(*m_settings, fund)->isEmpty());
        QVERIFY2(review->header()->factText(u"alerts"_s).contains(u"1 fund rule broken"_s),
                 qPrintable(review->header()->factText(u"alerts"_s)));
        const AssetChecks &checks = review->batchReview()->analysis()->checks;
        QCOMPARE(checks.fundRuleVerdicts.size(), 2);
        QVERIFY(!checks.fundRuleVerdicts.at(1).passed); // the batch value
        QVERIFY(checks.fundRuleVerdicts.at(0).passed); // ten years of term is plenty
        QVERIFY(summary->text().contains(u"1 fund rule broken"_s));
        QVERIFY(summary->text().contains(limit.format().toHtmlEscaped()));

        // A colleague saves other rules while the dialog is open: this save is refused, said in words, and
        // the dialog comes back with the colleague's rules (nothing overwritten).
        QTRY_VERIFY(!m_window->findChild<FundRulesDialog *>());
        QTest::mouseClick(review->analysisPanel()->findChild<QPushButton *>(u"fundRulesButton"_s), Qt::LeftButton);
        QPointer<FundRulesDialog> editing = m_window->findChild<FundRulesDialog *>();
        QVERIFY(editing && editing->isVisible());
        FundRules colleagues = stored.value->rules;
        colleagues.maxTermDays = 30;
        const int version = stored.value->version;
        const auto saved = m_session->workspace()
                               ->run([fund, colleagues, version](WorkspaceStore &store) {
                                   return FundRulesDocument::save(store, fund, colleagues, version, 1);
                               })
                               .result();
        QCOMPARE(saved.value, std::optional(true));
        editing->findChild<QSpinBox *>(u"maxTermDays"_s)->setValue(100);
        MessageBox::clearRecords();
        editing->accept();
        QTRY_VERIFY(!MessageBox::records().isEmpty());
        QCOMPARE(MessageBox::records().constFirst().message.objectName, u"fundRulesSavedMeanwhile"_s);
        QVERIFY(MessageBox::records().constFirst().message.text.contains(u"nothing was overwritten"_s));
        QTRY_VERIFY(editing.isNull());
        FundRulesDialog *reopened = nullptr;
        QTRY_VERIFY((reopened = m_window->findChild<FundRulesDialog *>()) && reopened->isVisible());
        QCOMPARE(reopened->findChild<QSpinBox *>(u"maxTermDays"_s)->value(), 30);
        QCOMPARE(readStored().value->rules.maxTermDays, std::optional(30));
        reopened->reject();

        // Another desktop's save reaches the open review by itself within a second or two (the workspace
        // watcher sees the new version; nothing is opened or clicked here).
        QTRY_COMPARE(review->batchReview()->fundRules().maxTermDays, std::optional(30));
        FundRules later = readStored().value->rules;
        later.maxTermDays = 60;
        const int current = readStored().value->version;
        const auto savedLater = m_session->workspace()
                                    ->run([fund, later, current](WorkspaceStore &store) {
                                        return FundRulesDocument::save(store, fund, later, current, 2);
                                    })
                                    .result();
        QCOMPARE(savedLater.value, std::optional(true));
        QTRY_COMPARE_WITH_TIMEOUT(review->batchReview()->fundRules().maxTermDays, std::optional(60), 3000);
    }

    // A title the manager already saw in one batch, offered again in another: the second review names
    // the first batch (the titles of every checked batch are kept per profile).
    void titleIndex_titleOfAnEarlierBatch_isFlaggedInTheNextOne()
    {
        QList<sb::Batch *> small;
        for (sb::Batch *candidate : worldBatches(BatchStatus::PendingManagerApproval)) {
            if (candidate->assets.size() < 500)
                small.append(candidate);
        }
        QVERIFY(small.size() >= 2);
        sb::Batch *first = small.at(0);
        sb::Batch *second = small.at(1);
        const auto original = std::find_if(first->assets.cbegin(), first->assets.cend(),
                                           [](const sb::Asset &a) { return a.status.countsTowardTotal(); });
        QVERIFY(original != first->assets.cend());
        sb::Asset copy = *original;
        copy.externalId = second->externalId + u"-AGAIN"_s;
        copy.assetKey = u"copy-of-"_s + original->assetKey;
        copy.listingCache.reset();
        for (const QString &key : { u"credit_operation"_s, u"discounted_credit_right"_s }) {
            if (copy.body.contains(key)) {
                QJsonObject inner = copy.body.value(key).toObject();
                inner.insert(u"external_id"_s, copy.externalId);
                copy.body.insert(key, inner);
            }
        }
        second->appendAsset(copy);

        QVERIFY(openLoaded(*first));
        QTRY_VERIFY(!m_session->titleIndex()->snapshot()->batches.isEmpty()); // recorded once checked
        BatchReviewView *review = openLoaded(*second);
        QVERIFY(review);
        const QList<AssetChecks::Finding> findings = review->batchReview()->analysis()->checks.findingsFor(copy.externalId);
        const auto seen = std::find_if(findings.cbegin(), findings.cend(), [](const AssetChecks::Finding &f) {
            return f.rule == AssetChecks::Rule::SeenInEarlierBatch;
        });
        QVERIFY(seen != findings.cend());
        QVERIFY2(seen->detail.contains(first->externalId), qPrintable(seen->detail));
        const QModelIndex cell = review->assetsPanel()->model()->index(review->assetsPanel()->model()->rowOf(copy.externalId),
                                                                       int(AssetTableModel::Column::Alerts));
        QVERIFY2(cell.data().toString().contains(u"Title seen in an earlier batch"_s), qPrintable(cell.data().toString()));
    }

    void darkPalette_iconsAndChartsFollowIt()
    {
        const QPalette light = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
        QApplication::setPalette(dark);
        QVERIFY(AnalysisCharts::currentStyle().dark);
        const QImage icon = Icons::get(u"approve"_s).pixmap(48, 48).toImage();
        int lightPixels = 0;
        for (int y = 0; y < icon.height(); ++y) {
            for (int x = 0; x < icon.width(); ++x) {
                const QColor colour = icon.pixelColor(x, y);
                lightPixels += colour.alpha() > 200 && colour.lightness() > 200 ? 1 : 0;
            }
        }
        QVERIFY(lightPixels > 20); // drawn in the palette's light text colour, not the SVG's dark one
        BatchReviewView *review = openLoaded(*worldBatches(BatchStatus::PendingManagerApproval).first());
        QVERIFY(review);
        review->setTab(BatchReviewView::Tab::Analysis);
        if (const QString dir = qEnvironmentVariable("CESSIO_GRAB_DIR"); !dir.isEmpty())
            m_window->grab().save(dir + u"/dark-analysis.png"_s);
        QApplication::setPalette(light);
        QVERIFY(!AnalysisCharts::currentStyle().dark);
    }

    void shortcuts_mainActions_haveTheirKeys()
    {
        QCOMPARE(m_window->actions().refresh->shortcut(), QKeySequence(Qt::Key_F5));
        QCOMPARE(m_window->actions().find->shortcut(), QKeySequence(QKeySequence::Find));
        QCOMPARE(m_window->actions().approve->shortcut(), QKeySequence(u"Ctrl+Shift+A"_s));
        QCOMPARE(m_window->actions().deny->shortcut(), QKeySequence(u"Ctrl+Shift+D"_s));
        QCOMPARE(m_window->actions().quit->shortcut(), QKeySequence(QKeySequence::Quit));
        QVERIFY(!m_window->actions().addBatch->shortcut().isEmpty());
        QVERIFY(!m_window->actions().auditLog->shortcut().isEmpty());
        for (const char *name : { "inboxTable", "inboxSearch", "inboxFundFilter", "inboxViews" })
            QVERIFY(!m_window->findChild<QWidget *>(QString::fromLatin1(name))->accessibleName().isEmpty());
    }

    void ptBR_inbox_formatsMoneyAndDates()
    {
        QVERIFY(Localization::apply(*QCoreApplication::instance(), u"pt_BR"_s));
        InboxModel model;
        model.setEntries(m_window->inbox()->entries());
        const QModelIndex total = model.index(0, int(InboxModel::Column::TotalValue));
        QVERIFY2(total.data().toString().startsWith(u"R$\u00a0"_s), qPrintable(total.data().toString()));
        QVERIFY(total.data().toString().contains(u','));
        const QString date = model.index(0, int(InboxModel::Column::Date)).data().toString();
        QCOMPARE(date, model.entry(0).batch.date.toString(u"dd/MM/yyyy"_s));
        QVERIFY(Localization::apply(*QCoreApplication::instance(), u"en"_s));
    }

    // Needs the lead's merge of /work/tools/tr/desktop.json into cessio_pt_BR.ts. Runs last: an installed
    // translator stays installed for the rest of the process.
    void ptBR_window_showsPortugueseLabels()
    {
        QVERIFY(Localization::apply(*QCoreApplication::instance(), u"pt_BR"_s));
        MainWindow window({ .demo = true });
        InboxModel model;
        QCOMPARE(model.headerData(int(InboxModel::Column::Fund), Qt::Horizontal).toString(), u"Fundo"_s);
        QCOMPARE(window.actions().refresh->text(), u"&Atualizar"_s);
        QVERIFY(window.inboxView()->viewTabs()->tabText(0).startsWith(u"Aguardando sua decisão"_s));
        QVERIFY(Localization::apply(*QCoreApplication::instance(), u"en"_s));
    }

private:
    void sandboxFault(const QString &pathContains, int status)
    {
        QString error;
        QVERIFY(sandbox().faults().addTargeted(
                    { { u"match"_s, QJsonObject { { u"method"_s, u"PUT"_s }, { u"path_contains"_s, pathContains } } },
                      { u"status"_s, status },
                      { u"times"_s, 1 } },
                    &error)
                >= 0);
    }
};

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
