// The fund's portfolio in the desktop (issue 11), against the embedded demo sandbox: the review's
// Portfolio tab before and after a batch, with each portfolio limit's headroom or excess, and what it
// says when the fund has no book yet.

#include "approvalmemo.h"
#include "approvedialog.h"
#include "core/localization.h"
#include "decisioncontroller.h"
#include "demo/demoportfolio.h"
#include "demo/demosession.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "portfoliobreachpanel.h"
#include "review/batchreviewview.h"
#include "review/portfoliopanel.h"
#include "sandbox/sandbox.h"
#include "services/auditlog.h"
#include "services/batchloader.h"
#include "services/batchreview.h"
#include "services/portfolio/portfoliobook.h"
#include "services/settings.h"

#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;
namespace sb = cessio::sandbox;

class TestPortfolio : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<DemoSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    DemoPortfolios m_portfolios;

    sb::Sandbox &sandbox() { return *m_session->sandbox(); }

    BatchRef breachingRef() const
    {
        const sb::DemoBatchRef &b = m_portfolios.breachingBatch;
        return { b.fundClassKey, b.configurationKey, b.externalId };
    }

    // A pending batch of the same fund that breaches nothing.
    BatchRef passingRef()
    {
        for (const sb::Batch *batch : sandbox().world().batches()) {
            if (batch->status.value() == BatchStatus::PendingManagerApproval
                && batch->fundClassKey == m_portfolios.breachingBatch.fundClassKey
                && batch->externalId != m_portfolios.breachingBatch.externalId && batch->assets.size() < 500)
                return { batch->fundClassKey, batch->configurationKey, batch->externalId };
        }
        return {};
    }

    // Opens the review and waits for its assets, checks and pro-forma.
    BatchReviewView *openLoaded(const BatchRef &ref)
    {
        BatchReviewView *review = m_window->openBatch(ref);
        if (review && !review->batchReview()->isFullyLoaded()) {
            QSignalSpy loaded(review->batchReview(), &BatchReview::fullyLoaded);
            if (!loaded.wait(60000))
                return nullptr;
        }
        return review;
    }

    static QStringList column(const QTableWidget *table, int column)
    {
        QStringList texts;
        for (int row = 0; row < table->rowCount(); ++row)
            texts << table->item(row, column)->text();
        return texts;
    }

    static int breachedRows(const QTableWidget *limits)
    {
        int red = 0;
        for (int row = 0; row < limits->rowCount(); ++row)
            red += limits->item(row, 4)->foreground().color() == QColor(0xb0, 0x1c, 0x1c) ? 1 : 0;
        return red;
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
        options.world.largeBatchAssets = 2000;
        options.server.stepDelayMs = 0; // nothing moves unless a test ticks
        options.assignorInterval = std::chrono::hours(24);
        options.firstSubmission = std::chrono::milliseconds(0);
        options.serverThread = false;
        m_session = std::make_unique<DemoSession>(options);
        QSignalSpy ready(m_session.get(), &Session::ready);
        m_session->start();
        QVERIFY(ready.wait(20000));
        // The same books the demo seeds, to know which batch breaches (the world has not moved).
        m_portfolios = DemoPortfolio::build(sandbox().world(), options.world.seed);
        QVERIFY(!m_portfolios.breachingBatch.externalId.isEmpty());

        // The demo writes its books on a worker: wait until this fund's is in.
        const auto book = m_session->portfolioBook();
        QTRY_VERIFY_WITH_TIMEOUT(book->fund(m_portfolios.breachingBatch.fundClassKey)->netAssets.isUsable(), 20000);
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
        m_window.reset();
        m_session.reset();
    }

    void portfolioTab_breachingBatch_namesTheDebtorLimitInRed()
    {
        BatchReviewView *review = openLoaded(breachingRef());
        QVERIFY(review);
        review->setTab(BatchReviewView::Tab::Portfolio);
        QCOMPARE(review->tabs()->currentWidget(), review->portfolioPanel());
        PortfolioPanel *panel = review->portfolioPanel();
        QVERIFY2(panel->noteText().startsWith(u"Net assets (PL) R$"_s), qPrintable(panel->noteText()));

        const QTableWidget *limits = panel->limitsTable();
        QVERIFY(limits->isVisibleTo(panel));
        QVERIFY(limits->rowCount() >= 1);
        QCOMPARE(breachedRows(limits), 1);
        QVERIFY(limits->item(0, 0)->text().startsWith(u"Largest debtor ("_s));
        QVERIFY2(limits->item(0, 4)->text().startsWith(u"over by R$"_s), qPrintable(limits->item(0, 4)->text()));
        for (int row = 1; row < limits->rowCount(); ++row)
            QVERIFY(limits->item(row, 4)->text().endsWith(u" to spare"_s));

        // Before and after: the batch adds to the credit rights; ten largest debtors; the CVM buckets.
        const QTableWidget *figures = panel->figuresTable();
        QCOMPARE(figures->item(0, 0)->text(), u"Credit rights"_s);
        QVERIFY(figures->item(0, 1)->text() != figures->item(0, 2)->text());
        QVERIFY(column(figures, 0).contains(u"Concentration (HHI, debtors)"_s));
        QCOMPARE(panel->debtorsTable()->rowCount(), 10);
        QCOMPARE(panel->bucketsTable()->rowCount(), 10);
        QCOMPARE(panel->bucketsTable()->item(0, 0)->text(), ProForma::bucketLabel(ProForma::Bucket::UpTo30));
    }

    void portfolioTab_passingBatch_everyLimitHasHeadroom()
    {
        const BatchRef ref = passingRef();
        QVERIFY(!ref.externalId.isEmpty());
        BatchReviewView *review = openLoaded(ref);
        QVERIFY(review);
        const QTableWidget *limits = review->portfolioPanel()->limitsTable();
        QVERIFY(limits->rowCount() >= 1);
        QCOMPARE(breachedRows(limits), 0);
    }

    void portfolioTab_fundWithoutABook_saysHowToAddOne()
    {
        BatchReviewView *review = openLoaded(breachingRef());
        QVERIFY(review);
        QTemporaryDir empty;
        QSignalSpy ready(review->batchReview()->proForma(), &BatchProFormaRunner::ready);
        review->batchReview()->setPortfolioBook(PortfolioBook::inFolder(empty.path()));
        QVERIFY(ready.wait(20000));
        PortfolioPanel *panel = review->portfolioPanel();
        QVERIFY2(panel->noteText().contains(u"no portfolio in Cessio yet"_s), qPrintable(panel->noteText()));
        QVERIFY(panel->noteText().contains(u"net assets (PL)"_s));
        QVERIFY(!panel->limitsTable()->isVisibleTo(panel));
        // Only the batch: nothing before, the batch after.
        QCOMPARE(panel->figuresTable()->item(0, 1)->text(), Money().format());
    }

    // Approving over a portfolio limit: the dialog names the limit, Approve stays off until a written
    // justification is typed, the record keeps it (and still verifies), and the memo prints it.
    void approve_overAPortfolioLimit_needsAJustification_recordedAndInTheMemo()
    {
        BatchReviewView *review = openLoaded(breachingRef());
        QVERIFY(review);
        QTRY_COMPARE(review->batchReview()->loader()->accountsState(), BatchLoader::AccountsState::Loaded);
        QTRY_VERIFY(review->batchReview()->canApprove());
        QTest::mouseClick(review->findChild<QPushButton *>(u"approveButton"_s), Qt::LeftButton);
        QTRY_VERIFY(m_window->decisions()->approveDialog());
        ApproveDialog *dialog = m_window->decisions()->approveDialog();
        auto *breaches = dialog->findChild<PortfolioBreachPanel *>();
        QVERIFY(breaches);
        const QString said = dialog->findChild<QLabel *>(u"portfolioBreachText"_s)->text();
        QVERIFY2(said.contains(u"Largest debtor ("_s) && said.contains(u"over the limit of"_s), qPrintable(said));

        dialog->findChild<QRadioButton *>(u"contractDefaultRadio"_s)->setChecked(true);
        dialog->findChild<QCheckBox *>(u"confirmCheck"_s)->setChecked(true);
        auto *approveButton = dialog->findChild<QPushButton *>(u"approveButton"_s);
        QVERIFY(!approveButton->isEnabled()); // no justification yet
        auto *edit = dialog->findChild<QPlainTextEdit *>(u"breachJustificationEdit"_s);
        QTest::keyClicks(edit, u"ok"_s);
        QVERIFY(!approveButton->isEnabled()); // too short to explain anything
        const QString justification = u"Committee of 5 Dec approved: the debtor's excess is guaranteed by a bank letter."_s;
        edit->clear();
        QTest::keyClicks(edit, justification);
        QVERIFY(approveButton->isEnabled());

        QSignalSpy finished(m_window->decisions(), &DecisionController::decisionFinished);
        QTest::mouseClick(approveButton, Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(1).value<DecisionOutcome>().result, DecisionOutcome::Result::Applied);

        const QList<AuditEntry> record = m_session->auditLog()->readAll();
        auto approval = std::find_if(record.crbegin(), record.crend(), [&](const AuditEntry &e) {
            return e.action == AuditEntry::Action::Approve && e.batchExternalId == breachingRef().externalId;
        });
        QVERIFY(approval != record.crend());
        QCOMPARE(approval->shown.portfolioBreaches, QStringList { u"max_debtor"_s });
        QCOMPARE(approval->shown.breachJustification, justification);
        QVERIFY(m_session->auditLog()->verify().ok());

        ApprovalMemo memo;
        memo.batch = *review->batchReview()->batch();
        memo.summary = *review->batchReview()->summary();
        memo.auditEntry = *approval;
        memo.proForma = review->batchReview()->proForma()->latest()->result;
        QTextDocument document;
        document.setHtml(memo.html(document));
        const QString text = document.toPlainText();
        QVERIFY(text.contains(u"Portfolio pro-forma"_s));
        QVERIFY(text.contains(u"Approved over portfolio limits"_s));
        QVERIFY(text.contains(justification));
        QVERIFY(text.contains(u"BROKEN: R$"_s));
    }

    // A batch within every limit: no justification asked.
    void approve_withinEveryLimit_asksNoJustification()
    {
        BatchReviewView *review = openLoaded(passingRef());
        QVERIFY(review);
        QTRY_VERIFY(review->batchReview()->canApprove());
        QTest::mouseClick(review->findChild<QPushButton *>(u"approveButton"_s), Qt::LeftButton);
        QTRY_VERIFY(m_window->decisions()->approveDialog());
        QVERIFY(!m_window->decisions()->approveDialog()->findChild<PortfolioBreachPanel *>());
        m_window->decisions()->approveDialog()->reject();
    }
};

QTEST_MAIN(TestPortfolio)
#include "tst_portfolio.moc"
