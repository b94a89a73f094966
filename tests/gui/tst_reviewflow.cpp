// The review following its batch, as a manager uses it: the real main window, offscreen, against the
// embedded demo sandbox over loopback HTTP (DemoSession). Approve waits for every asset and its checks
// (the 20,000-asset batch tried right after opening), a batch changed at QI Tech while its review and
// a decision dialog are open, ticking many assets at once, removing everything outside the fund's rules
// with a preview of the batch after it, and closing a review with ticked assets.
#include "approvedialog.h"
#include "core/localization.h"
#include "decisioncontroller.h"
#include "demo/demosession.h"
#include "denydialog.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "models/assetfiltermodel.h"
#include "models/assettablemodel.h"
#include "recommendationpanel.h"
#include "review/assetmarking.h"
#include "review/assetspanel.h"
#include "review/batchreviewview.h"
#include "review/reviewnotices.h"
#include "sandbox/sandbox.h"
#include "services/batchloader.h"
#include "services/batchreview.h"
#include "services/fundrules.h"
#include "services/inboxservice.h"
#include "services/settings.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;
namespace sb = cessio::sandbox;

class TestReviewFlow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<DemoSession> m_session;
    std::unique_ptr<MainWindow> m_window;

    sb::Sandbox &sandbox() { return *m_session->sandbox(); }
    static BatchRef refOf(const sb::Batch &batch) { return { batch.fundClassKey, batch.configurationKey, batch.externalId }; }

    // The pending batches, largest first.
    QList<sb::Batch *> pendingBatches()
    {
        QList<sb::Batch *> result;
        for (sb::Batch *batch : sandbox().world().batches()) {
            if (batch->status.value() == BatchStatus::PendingManagerApproval)
                result.append(batch);
        }
        std::sort(result.begin(), result.end(), [](auto *a, auto *b) { return a->assets.size() > b->assets.size(); });
        return result;
    }

    // A pending batch of a few dozen assets.
    sb::Batch *smallPending()
    {
        const QList<sb::Batch *> pending = pendingBatches();
        for (auto it = pending.crbegin(); it != pending.crend(); ++it) {
            if ((*it)->assets.size() >= 8 && (*it)->assets.size() < 500)
                return *it;
        }
        return nullptr;
    }

    BatchReviewView *openReady(const sb::Batch &batch)
    {
        BatchReviewView *view = m_window->openBatch(refOf(batch));
        if (!view)
            return nullptr;
        if (!view->batchReview()->isFullyLoaded()) {
            QSignalSpy loaded(view->batchReview(), &BatchReview::fullyLoaded);
            if (!loaded.wait(60000))
                return nullptr;
        }
        const bool accounts = QTest::qWaitFor(
            [view] { return view->batchReview()->loader()->accountsState() != BatchLoader::AccountsState::Loading; }, 20000);
        return accounts ? view : nullptr;
    }

    // The inbox's own poll (what its timer does), not F5: F5 re-reads the current review by itself.
    bool pollInbox()
    {
        QSignalSpy finished(m_window->inbox(), &InboxService::refreshFinished);
        return m_window->inbox()->refresh() && finished.wait(20000);
    }

    int approvalsSentFor(const QString &externalId)
    {
        int count = 0;
        for (const QJsonValue &entry : sandbox().requests().toJson()) {
            const QJsonObject request = entry.toObject();
            count += request.value(u"method"_s).toString() == u"PUT"_s
                    && request.value(u"path"_s).toString().endsWith(u"/assignment/"_s + externalId)
                ? 1
                : 0;
        }
        return count;
    }

    // Approves the batch over the demo sandbox's real HTTP with the manager's client, as another
    // Cessio or cessio-cli would: the window knows nothing of it.
    bool approveElsewhere(const BatchRef &ref)
    {
        bool ok = false;
        bool answered = false;
        m_session->client()->sendBatchUpdate(ApiClient::approveRequest(ref, {}, std::nullopt), m_session.get(),
                                             [&](const ApiResult<BatchUpdateResult> &result) {
                                                 ok = result.ok();
                                                 answered = true;
                                             });
        return QTest::qWaitFor([&] { return answered; }, 20000) && ok;
    }

    // With CESSIO_GRAB_DIR set, the window as the manager sees it at this step (for looking, not asserting).
    void grab(const QString &name)
    {
        if (const QString dir = qEnvironmentVariable("CESSIO_GRAB_DIR"); !dir.isEmpty()) {
            QTest::qWait(100); // the layout catches up with the texts, as on screen
            m_window->grab().save(dir + u'/' + name + u".png"_s);
        }
    }

    void startWindow(int largeBatchAssets)
    {
        m_settings = std::make_unique<Settings>(
            m_dir.filePath(u"settings-%1.ini"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))));
        DemoSession::Options options;
        options.world.largeBatchAssets = largeBatchAssets;
        options.server.stepDelayMs = 0; // nothing moves unless a test ticks
        options.assignorInterval = std::chrono::hours(24);
        options.firstSubmission = std::chrono::hours(24);
        options.serverThread = false;
        m_session = std::make_unique<DemoSession>(options);
        QSignalSpy ready(m_session.get(), &Session::ready);
        m_session->start();
        QVERIFY(ready.wait(60000));
        m_window = std::make_unique<MainWindow>(MainWindow::Options { .demo = true });
        m_window->setSettings(m_settings.get());
        QSignalSpy loaded(m_window.get(), &MainWindow::inboxLoaded);
        m_window->setSession(m_session.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(loaded.wait(20000));
        MessageBox::clearRecords();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Localization::apply(*QCoreApplication::instance(), u"en"_s));
        MessageBox::setTestMode(true);
    }

    void init()
    {
        if (QByteArrayView(QTest::currentTestFunction()) != "approve_largeBatchRightAfterOpening_waitsForEveryAssetAndCheck")
            startWindow(2000);
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
    }

    void approve_largeBatchRightAfterOpening_waitsForEveryAssetAndCheck()
    {
        startWindow(20000);
        // The demo makes its 20,000-asset batch after the inbox shows; the inbox reads it as soon as
        // it is made, well before its next poll (every 15 s in the demo).
        QVERIFY(m_window->inbox()->pollInterval() >= std::chrono::seconds(15));
        QVERIFY(QTest::qWaitFor([&] { return m_session->isWorldComplete(); }, 60000));
        QVERIFY(QTest::qWaitFor(
            [&] {
                const QList<InboxEntry> &entries = m_window->inbox()->entries();
                return std::any_of(entries.cbegin(), entries.cend(), [&](const InboxEntry &entry) {
                    return entry.ref.externalId == m_session->credentials().largeBatch.externalId;
                });
            },
            10000));
        const sb::Batch *large = pendingBatches().constFirst();
        QCOMPARE(large->assets.size(), qsizetype(20000));
        BatchReviewView *view = m_window->openBatch(refOf(*large));
        QVERIFY(view);
        auto *button = view->findChild<QPushButton *>(u"approveButton"_s);
        auto *hint = view->findChild<QLabel *>(u"approveHint"_s);
        QAction *action = m_window->actions().approve;

        // While the assets load: neither the button nor the action (nor its shortcut) opens the dialog,
        // and both say why, with how far the loading is.
        QTRY_VERIFY_WITH_TIMEOUT(view->batchReview()->batch() && view->batchReview()->summary(), 20000);
        QVERIFY(view->batchReview()->loader()->isLoadingAssets());
        QVERIFY(!button->isEnabled());
        QVERIFY(!action->isEnabled());
        QVERIFY2(action->toolTip().contains(u"of 20,000 assets loaded"_s), qPrintable(action->toolTip()));
        QVERIFY2(button->toolTip().contains(u"Approve once every asset is loaded and checked"_s), qPrintable(button->toolTip()));
        QVERIFY(hint->isVisible());
        grab(u"approve-waits-for-checks"_s);
        QTest::mouseClick(button, Qt::LeftButton);
        QTest::keyClick(m_window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        action->trigger();
        QVERIFY(!m_window->decisions()->approveDialog());

        // Once every asset is in and checked, Approve is offered, and the dialog carries the checks.
        QSignalSpy loaded(view->batchReview(), &BatchReview::fullyLoaded);
        QVERIFY(view->batchReview()->isFullyLoaded() || loaded.wait(120000));
        QTRY_VERIFY_WITH_TIMEOUT(action->isEnabled(), 20000);
        QCOMPARE(view->batchReview()->checksState(), BatchReview::ChecksState::Complete);
        QCOMPARE(view->batchReview()->analysis()->assetCount, int(large->assets.size()));
        QVERIFY(button->isEnabled());
        QVERIFY(!hint->isVisible());
        QVERIFY(action->toolTip().startsWith(u"Approve the batch"_s));
        action->trigger();
        QTRY_VERIFY(m_window->decisions()->approveDialog());
        QVERIFY(m_window->decisions()->approveDialog()->shown().alertCount.has_value()); // the checks reached it
        m_window->decisions()->approveDialog()->reject();
    }

    // Approved elsewhere while its review and the approve dialog are open: the next poll re-reads the
    // batch, the review says so and stops offering decisions, and the dialog closes without sending.
    void approvedElsewhere_nextPoll_reviewFollowsAndTheDialogSendsNothing()
    {
        const sb::Batch *batch = smallPending();
        QVERIFY(batch);
        const QString externalId = batch->externalId;
        BatchReviewView *view = openReady(*batch);
        QVERIFY(view);
        QVERIFY(m_window->actions().approve->isEnabled());
        QTest::mouseClick(view->findChild<QPushButton *>(u"approveButton"_s), Qt::LeftButton);
        QTRY_VERIFY(m_window->decisions()->approveDialog());
        ApproveDialog *dialog = m_window->decisions()->approveDialog();
        if (auto *asked = dialog->findChild<RecommendationPanel *>()) // the four-eyes answer comes from a worker
            QTRY_VERIFY(asked->isAnswered());
        dialog->findChild<QCheckBox *>(u"confirmCheck"_s)->setChecked(true);

        sandbox().requests().clear();
        QVERIFY(approveElsewhere(view->ref()));
        QVERIFY(pollInbox());
        QTRY_VERIFY_WITH_TIMEOUT(!view->batchReview()->canDecide(), 20000);
        QTRY_VERIFY(!m_window->decisions()->approveDialog());
        QVERIFY(!view->findChild<QPushButton *>(u"approveButton"_s)->isEnabled());
        QVERIFY(!view->findChild<QPushButton *>(u"denyButton"_s)->isEnabled());
        QVERIFY(!m_window->actions().approve->isEnabled());
        QVERIFY(!m_window->actions().deny->isEnabled());
        const QString notice = view->notices()->changeText();
        QVERIFY2(notice.startsWith(u"This batch changed at QI Tech: now "_s), qPrintable(notice));
        QVERIFY2(notice.contains(view->batchReview()->batch()->status.displayName()), qPrintable(notice));
        QVERIFY(view->findChild<QWidget *>(u"changeNotice"_s)->isVisible());
        grab(u"changed-at-qi"_s);
        const auto box = MessageBox::lastRecord();
        QVERIFY(box);
        QCOMPARE(box->message.objectName, u"batchChangedBox"_s);
        QTest::qWait(200);
        QCOMPARE(approvalsSentFor(externalId), 1); // the one from elsewhere; the dialog sent nothing
    }

    // The batch's totals change at QI Tech (assets removed elsewhere) while the deny dialog is open:
    // the dialog shows the new figures, says so and asks for the confirmation again.
    void totalsChangedElsewhere_denyDialog_asksForConfirmationAgain()
    {
        const sb::Batch *batch = smallPending();
        QVERIFY(batch);
        BatchReviewView *view = openReady(*batch);
        QVERIFY(view);
        m_window->actions().deny->trigger();
        QTRY_VERIFY(m_window->decisions()->denyDialog());
        DenyDialog *dialog = m_window->decisions()->denyDialog();
        if (auto *asked = dialog->findChild<RecommendationPanel *>()) // the four-eyes answer comes from a worker
            QTRY_VERIFY(asked->isAnswered());
        dialog->findChild<QPlainTextEdit *>(u"reasonEdit"_s)->setPlainText(u"Concentration"_s);
        auto *confirm = dialog->findChild<QCheckBox *>(u"confirmCheck"_s);
        confirm->setChecked(true);
        QVERIFY(dialog->isReadyToDeny());

        // Another Cessio removes one asset: the batch comes back for approval with a smaller total.
        QString removed;
        for (const AssetListItem &item : view->batchReview()->assets()) {
            if (AssetTableModel::isRemovable(item.status)) {
                removed = item.externalId;
                break;
            }
        }
        DecisionContext context;
        context.profileName = u"elsewhere"_s;
        context.batch = view->ref();
        QSignalSpy removal(m_session->decisions(), &DecisionService::finished);
        QVERIFY(m_session->decisions()->removeAssets(context, { removed }));
        QVERIFY(removal.wait(20000));
        for (int i = 0;
             i < 6 && sandbox().world().batch(batch->externalId)->status.value() != BatchStatus::PendingManagerApproval; ++i)
            sandbox().tick();
        QCOMPARE(sandbox().world().batch(batch->externalId)->status, BatchStatus(BatchStatus::PendingManagerApproval));
        const Money before = view->batchReview()->summary()->totalValue;

        QVERIFY(pollInbox());
        QTRY_VERIFY_WITH_TIMEOUT(view->batchReview()->summary()->totalValue != before, 20000);
        QTRY_VERIFY(dialog->findChild<QLabel *>(u"batchChangedLabel"_s)->isVisible());
        QVERIFY(!confirm->isChecked());
        QVERIFY(!dialog->isReadyToDeny());
        QCOMPARE(dialog->shown().total, std::optional(view->batchReview()->summary()->totalValue));
        QVERIFY(view->batchReview()->canDecide());
        QVERIFY(!view->notices()->changeText().isEmpty());
        dialog->reject();
    }

    void assets_spaceTicksTheSelectedRows_andTickAllShownFollowsTheFilter()
    {
        const sb::Batch *batch = smallPending();
        QVERIFY(batch);
        BatchReviewView *view = openReady(*batch);
        QVERIFY(view);
        AssetsPanel *panel = view->assetsPanel();
        AssetTableModel *model = panel->model();
        QTableView *table = panel->table();
        table->setFocus();
        table->selectionModel()->clear();
        QStringList expected;
        for (int row = 0; row < panel->filter()->rowCount() && expected.size() < 4; ++row) {
            const QModelIndex index = panel->filter()->index(row, 0);
            if (!(index.flags() & Qt::ItemIsUserCheckable))
                continue;
            table->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            expected.append(index.data(AssetTableModel::ExternalIdRole).toString());
        }
        QCOMPARE(expected.size(), 4);
        QTest::keyClick(table, Qt::Key_Space);
        QCOMPARE(model->checkedExternalIds(), expected);
        grab(u"ticked-with-space"_s);
        QVERIFY(view->findChild<QPushButton *>(u"removeButton"_s)->text().contains(u"4"_s));
        QVERIFY(m_window->actions().removeAssets->isEnabled());
        QTest::keyClick(table, Qt::Key_Space); // all ticked: Space unticks them
        QCOMPARE(model->checkedCount(), 0);

        // "Tick all shown" ticks what the filter shows, and only that.
        panel->searchField()->setText(expected.constFirst());
        QCOMPARE(panel->filter()->rowCount(), 1);
        panel->marking()->tickShownAction()->trigger();
        QCOMPARE(model->checkedExternalIds(), QStringList { expected.constFirst() });
        panel->searchField()->clear();
        panel->marking()->tickShownAction()->trigger();
        int removable = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            removable += (model->flags(model->index(row, 0)) & Qt::ItemIsUserCheckable) ? 1 : 0;
        QCOMPARE(model->checkedCount(), removable);
        panel->marking()->untickAllAction()->trigger();
        QCOMPARE(model->checkedCount(), 0);
    }

    // The fund's largest-asset limit puts a few assets outside: one command ticks exactly those, shows
    // the batch as it would be without them (in exact centavos), and then the usual confirmation.
    void removeOutsideFundRules_ticksExactlyThose_previewsTheBatchAfter_thenRemoves()
    {
        sb::Batch *batch = smallPending();
        QVERIFY(batch);
        QList<Money> values;
        for (const sb::Asset &asset : batch->assets) {
            if (asset.status.countsTowardTotal())
                values.append(asset.totalPurchaseValue);
        }
        std::sort(values.begin(), values.end());
        QVERIFY(values.size() >= 6);
        const Money limit = values.at(values.size() - 3); // the largest two (and any equal to them) are above it
        FundRules rules;
        rules.maxAssetValue = limit;
        FundRules::save(*m_settings, batch->fundClassKey, rules);

        QStringList outside;
        Money purchaseAfter, faceAfter;
        int countAfter = 0;
        for (const sb::Asset &asset : batch->assets) {
            if (!asset.status.countsTowardTotal())
                continue;
            if (asset.totalPurchaseValue > limit) {
                outside.append(asset.externalId);
                continue;
            }
            ++countAfter;
            purchaseAfter += asset.totalPurchaseValue;
            faceAfter += Asset::fromJson(asset.body)->faceValue();
        }
        QVERIFY(!outside.isEmpty());

        BatchReviewView *view = openReady(*batch);
        QVERIFY(view);
        AssetTableModel *model = view->assetsPanel()->model();
        model->setChecked(view->batchReview()->assets().constFirst().externalId, true); // ticked before: replaced
        QAction *command = view->assetsPanel()->marking()->removeOutsideRulesAction();
        QVERIFY(command->isEnabled());

        // Cancel at the preview: exactly the outside assets stay ticked, nothing is sent.
        MessageBox::queueAnswer(QMessageBox::Cancel);
        command->trigger();
        QTRY_VERIFY(MessageBox::lastRecord() && MessageBox::lastRecord()->message.objectName == u"outsideRulesPreview"_s);
        QStringList ticked = model->checkedExternalIds();
        std::sort(ticked.begin(), ticked.end());
        std::sort(outside.begin(), outside.end());
        QCOMPARE(ticked, outside);
        const MessageBox::Message preview = MessageBox::lastRecord()->message;
        const QLocale locale;
        QVERIFY2(preview.informativeText.contains(u"→ %1 ("_s.arg(locale.toString(countAfter))),
                 qPrintable(preview.informativeText));
        QVERIFY2(preview.informativeText.contains(u"→ %1 ("_s.arg(purchaseAfter.format(locale))),
                 qPrintable(preview.informativeText));
        QVERIFY2(preview.informativeText.contains(u"→ %1 ("_s.arg(faceAfter.format(locale))),
                 qPrintable(preview.informativeText));
        QTest::qWait(50);
        QCOMPARE(MessageBox::lastRecord()->message.objectName, u"outsideRulesPreview"_s); // no removal confirmation
        QCOMPARE(sandbox().world().batch(batch->externalId)->status, BatchStatus(BatchStatus::PendingManagerApproval));

        // Continue, then the usual removal confirmation: the assets leave the batch.
        MessageBox::queueAnswer(QMessageBox::Yes); // the preview's "Continue…"
        MessageBox::queueAnswer(QMessageBox::Yes); // "Remove N assets worth …?"
        QSignalSpy finished(m_window->decisions(), &DecisionController::decisionFinished);
        command->trigger();
        QVERIFY(finished.wait(30000));
        const auto outcome = finished.first().at(1).value<DecisionOutcome>();
        QCOMPARE(outcome.result, DecisionOutcome::Result::Applied);
        QCOMPARE(outcome.action, DecisionOutcome::Action::RemoveAssets);
        bool confirmed = false;
        for (const MessageBox::Record &record : MessageBox::records())
            confirmed = confirmed || (record.message.objectName == u"removeAssetsBox"_s && record.answer == QMessageBox::Yes);
        QVERIFY(confirmed);
        for (const QString &id : std::as_const(outside))
            QCOMPARE(sandbox().world().batch(batch->externalId)->asset(id)->status, AssetStatus(AssetStatus::Denied));
        // The review follows: the batch went back to QI Tech's checks, the assets were re-read.
        QTRY_COMPARE_WITH_TIMEOUT(view->batchReview()->batch()->status, BatchStatus(BatchStatus::CompletedAssetsInsertion),
                                  20000);
        QTRY_COMPARE(model->checkedCount(), 0);
    }

    void closing_aReviewWithTickedAssets_asksFirst()
    {
        const sb::Batch *batch = smallPending();
        QVERIFY(batch);
        BatchReviewView *view = openReady(*batch);
        QVERIFY(view);
        auto *tabs = m_window->findChild<QTabWidget *>(u"documentTabs"_s);
        AssetTableModel *model = view->assetsPanel()->model();
        model->setChecked(view->batchReview()->assets().constFirst().externalId, true);

        // Ctrl+W, then keep the review: it stays, ticks and all.
        MessageBox::queueAnswer(QMessageBox::Cancel);
        m_window->actions().closeReview->trigger();
        QCOMPARE(MessageBox::lastRecord()->message.objectName, u"closeTickedBox"_s);
        QVERIFY(MessageBox::lastRecord()->message.text.contains(batch->externalId));
        QCOMPARE(tabs->indexOf(view), 1);
        QCOMPARE(model->checkedCount(), 1);
        // The tab's close button asks the same.
        MessageBox::queueAnswer(QMessageBox::Cancel);
        Q_EMIT tabs->tabCloseRequested(1);
        QCOMPARE(tabs->indexOf(view), 1);
        // Closing the window asks too, and keeps everything when told to.
        MessageBox::queueAnswer(QMessageBox::Cancel);
        QVERIFY(!m_window->close());
        QVERIFY(m_window->isVisible());
        // Told to close: the review goes.
        MessageBox::clearRecords();
        MessageBox::queueAnswer(QMessageBox::Discard);
        QPointer<BatchReviewView> guard(view);
        m_window->actions().closeReview->trigger();
        QCOMPARE(MessageBox::records().size(), 1);
        QTRY_VERIFY(!guard);
        QCOMPARE(tabs->count(), 1);

        // Without ticks, nothing is asked.
        BatchReviewView *again = openReady(*batch);
        QVERIFY(again);
        MessageBox::clearRecords();
        m_window->actions().closeReview->trigger();
        QVERIFY(MessageBox::records().isEmpty());
        QCOMPARE(tabs->count(), 1);
    }
};

QTEST_MAIN(TestReviewFlow)
#include "tst_reviewflow.moc"
