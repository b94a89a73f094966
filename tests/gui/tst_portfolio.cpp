// The fund's portfolio in the desktop (issue 11), against the embedded demo sandbox: the review's
// Portfolio tab before and after a batch, with each portfolio limit's headroom or excess, and what it
// says when the fund has no book yet.

#include "approvalmemo.h"
#include "approvedialog.h"
#include "core/localization.h"
#include "decisioncontroller.h"
#include "demo/democolleague.h"
#include "demo/demoportfolio.h"
#include "demo/demosession.h"
#include "filedialog.h"
#include "fundbookdialog.h"
#include "fundrulesdialog.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "pdftext.h"
#include "portfoliobreachpanel.h"
#include "positionimportpage.h"
#include "recommendationpanel.h"
#include "review/batchreviewview.h"
#include "review/portfoliopanel.h"
#include "review/reviewnotices.h"
#include "sandbox/sandbox.h"
#include "services/auditlog.h"
#include "services/batchloader.h"
#include "services/batchreview.h"
#include "services/portfolio/batchhistory.h"
#include "services/portfolio/batchproforma.h"
#include "services/portfolio/portfoliobook.h"
#include "services/settings.h"
#include "textprompt.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
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

    static bool writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
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
        QSignalSpy booksWritten(m_session.get(), &Session::portfolioChanged);
        m_session->start();
        QVERIFY(ready.wait(20000));
        // The same books the demo seeds, to know which batch breaches (the world has not moved).
        m_portfolios = DemoPortfolio::build(sandbox().world(), options.world.seed);
        QVERIFY(!m_portfolios.breachingBatch.externalId.isEmpty());

        // The demo writes its books on a worker and then says so, fund by fund.
        QTRY_COMPARE_WITH_TIMEOUT(booksWritten.count(), m_portfolios.funds.size(), 20000);
        QVERIFY(m_session->portfolioBook()->fund(m_portfolios.breachingBatch.fundClassKey)->netAssets.isUsable());
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
        // Each row is one debtor across: before, this batch's part, after — the figures the pro-forma has.
        const auto &proForma = review->batchReview()->proForma()->latest();
        QVERIFY(proForma && proForma->result);
        const QTableWidget *debtors = panel->debtorsTable();
        for (int row = 0; row < debtors->rowCount(); ++row) {
            const ProForma::Exposure &e = proForma->result->after.topDebtors.at(row);
            QVERIFY2(debtors->item(row, 1)->text().startsWith(e.name), qPrintable(debtors->item(row, 1)->text()));
            QCOMPARE(debtors->item(row, 2)->text(), e.before.format());
            QCOMPARE(debtors->item(row, 5)->text(), e.value.format());
            QCOMPARE(debtors->item(row, 4)->text().isEmpty(), e.before == e.value);
        }
        const ProForma::Exposure &largest = proForma->result->after.topDebtors.constFirst();
        QVERIFY2(largest.value > largest.before, "the breaching batch adds to its largest debtor");
        QCOMPARE(debtors->item(0, 4)->text(), u"+"_s + (largest.value - largest.before).format());
        QCOMPARE(panel->bucketsTable()->rowCount(), 10);
        QCOMPARE(panel->bucketsTable()->item(0, 0)->text(), ProForma::bucketLabel(ProForma::Bucket::UpTo30));
    }

    // The demo's Ana Souza looked at one pending batch earlier, before the assignor replaced its first
    // asset and corrected the second one's value: its review says so at the top, lists the changes on
    // request (plain text), and the next review of the unchanged batch says nothing.
    void batchDiff_sinceAnEarlierReview_saidAtTheTopAndListed()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_session->colleagueDone().isFinished(), 10000);
        QCOMPARE(m_session->colleagueDone().result(), QString());
        const DemoColleague::Plan plan = DemoColleague::choose(sandbox().world(), m_session->credentials().largeBatch.externalId);
        const sb::Batch *batch = nullptr;
        for (const sb::Batch *b : sandbox().world().batches())
            if (b->externalId == plan.reviewing.externalId)
                batch = b;
        QVERIFY(batch && batch->assets.size() >= 2);

        BatchReviewView *review = openLoaded(plan.reviewing);
        QVERIFY(review);
        ReviewNotices *notices = review->notices();
        QTRY_VERIFY_WITH_TIMEOUT(!notices->sinceReviewText().isEmpty(), 10000);
        const QString text = notices->sinceReviewText();
        QVERIFY2(text.startsWith(u"Since the review by Ana Souza on "_s), qPrintable(text));
        const QString expected
            = u": 1 asset added, 1 removed, 1 value changed — "_s + QLocale().positiveSign() + Money::fromCentavos(123'456).format();
        QVERIFY2(text.endsWith(expected), qPrintable(text));

        auto *list = review->findChild<QPlainTextEdit *>(u"sinceReviewList"_s);
        QVERIFY(list && !list->isVisibleTo(review));
        review->findChild<QPushButton *>(u"sinceReviewListButton"_s)->click();
        QVERIFY(list->isVisibleTo(review));
        const QString first = batch->assets.at(0).externalId;
        const QString second = batch->assets.at(1).externalId;
        const Money secondValue = batch->assets.at(1).totalPurchaseValue;
        const QStringList lines = list->toPlainText().split(u'\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.at(0).startsWith(u"Assets: %1 → %1 · Total: "_s.arg(QLocale().toString(qsizetype(batch->assets.size())))),
                 qPrintable(lines.at(0)));
        QCOMPARE(lines.at(1), u"Added: %1 — %2"_s.arg(first, batch->assets.at(0).totalPurchaseValue.format()));
        QCOMPARE(lines.at(2), u"Removed: %1-R — %2"_s.arg(first, batch->assets.at(0).totalPurchaseValue.format()));
        QCOMPARE(lines.at(3),
                 u"Value changed: %1 — %2 → %3"_s.arg(second, (secondValue - Money::fromCentavos(123'456)).format(),
                                                     secondValue.format()));

        // Closed and opened again: the batch is as this review saw it — nothing to say.
        auto *tabs = m_window->findChild<QTabWidget *>(u"documentTabs"_s);
        tabs->tabCloseRequested(tabs->indexOf(review));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->review(plan.reviewing), 5000);
        BatchReviewView *again = m_window->openBatch(plan.reviewing);
        QVERIFY(again);
        QSignalSpy recorded(again->batchReview()->history(), &BatchHistoryRunner::recorded);
        QVERIFY(recorded.wait(60000));
        QCOMPARE(again->notices()->sinceReviewText(), QString());
    }

    // "Fund portfolio…" from the Portfolio tab: a position file with a bad row is previewed with the row
    // named and cannot be imported (nothing half-imported); a good one is imported, its mapping
    // remembered; a bad related party is refused, nothing saved; the debtor limit raised is saved and the
    // tab's pro-forma recomputes with it, no longer broken.
    void fundBook_fromThePortfolioTab_importsAndEditsTheBook()
    {
        BatchReviewView *review = openLoaded(breachingRef());
        QVERIFY(review);
        QCOMPARE(breachedRows(review->portfolioPanel()->limitsTable()), 1);
        FileDialog::setTestMode(true);
        review->portfolioPanel()->findChild<QPushButton *>(u"fundBookButton"_s)->click();
        FundBookDialog *dialog = m_window->findChild<FundBookDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 10000);
        const QString fund = breachingRef().fundClassKey;
        const auto book = m_session->portfolioBook();
        const QString netAssets = dialog->findChild<QLineEdit *>(u"netAssetsEdit"_s)->text();
        QCOMPARE(netAssets, book->fund(fund)->netAssets.netAssets.formatNumber(QLocale()));

        const QByteArray header = "CPF/CNPJ do Sacado;Nome do Sacado;Valor Nominal;Valor Presente;Data de Vencimento\n";
        const QString bad = m_dir.filePath(u"carteira-erro.csv"_s);
        QVERIFY(writeFile(bad, header + "11.222.333/0001-81;ACME LTDA;1.000,00;950,00;05/01/2099\n"
                                        "11.222.333/0001-82;OUTRA;1.000,00;950,00;05/01/2099\n"));
        PositionImportPage *page = dialog->importPage();
        FileDialog::queueAnswer(FileDialog::Choice { bad, 0 });
        page->findChild<QPushButton *>(u"choosePositionFileButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(page->previewText().startsWith(u"1 row in error"_s), 10000);
        QVERIFY2(page->previewText().contains(u"Row 3"_s), qPrintable(page->previewText()));
        QVERIFY(!page->canImport());
        QVERIFY(!page->findChild<QPushButton *>(u"importPositionsButton"_s)->isEnabled());

        const QString good = m_dir.filePath(u"carteira.csv"_s);
        QVERIFY(writeFile(good, header + "11.222.333/0001-81;ACME LTDA;1.000,00;950,00;05/01/2099\n"
                                         "44.555.666/0001-81;OUTRA;2.000,00;1.900,00;05/02/2099\n"));
        FileDialog::queueAnswer(FileDialog::Choice { good, 0 });
        page->findChild<QPushButton *>(u"choosePositionFileButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(page->canImport(), 10000);
        QVERIFY2(page->previewText().startsWith(u"2 positions read, present value "_s + Money::fromCentavos(2'850'00).format()),
                 qPrintable(page->previewText()));
        QSignalSpy changed(dialog, &FundBookDialog::bookChanged);
        page->findChild<QPushButton *>(u"importPositionsButton"_s)->click();
        // While it imports, the file, mapping and date are locked (the result names them), the other
        // pages wait, and the dialog does not close (that would wait for the book's file on the UI thread).
        QVERIFY(page->isBusy());
        QVERIFY(!page->findChild<QPushButton *>(u"choosePositionFileButton"_s)->isEnabled());
        QVERIFY(!page->findChild<QComboBox *>(u"column_debtor_document"_s)->isEnabled());
        QVERIFY(!page->findChild<QDateEdit *>(u"positionDateEdit"_s)->isEnabled());
        auto *bookTabs = dialog->findChild<QTabWidget *>(u"fundBookTabs"_s);
        QVERIFY(!bookTabs->isTabEnabled(1) && !bookTabs->isTabEnabled(2));
        dialog->reject();
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->statusText().startsWith(u"Still reading or writing"_s), qPrintable(dialog->statusText()));
        QVERIFY(changed.wait(10000));
        QVERIFY(!page->isBusy());
        QVERIFY(page->findChild<QPushButton *>(u"choosePositionFileButton"_s)->isEnabled());
        QVERIFY(bookTabs->isTabEnabled(1) && bookTabs->isTabEnabled(2));
        QCOMPARE(book->fund(fund)->importedCount, 2);
        QCOMPARE(book->fund(fund)->importedFile, u"carteira.csv"_s);
        QVERIFY(book->fund(fund)->importMapping.has_value());

        // Limits: a bad related party refuses the whole save.
        auto *related = dialog->findChild<QTableWidget *>(u"relatedPartiesTable"_s);
        const int partiesBefore = related->rowCount();
        dialog->findChild<QPushButton *>(u"addRelatedPartyButton"_s)->click();
        related->item(related->rowCount() - 1, 0)->setText(u"11.222.333/0001-82"_s);
        related->item(related->rowCount() - 1, 1)->setText(u"Gestora <b>X</b>"_s);
        dialog->findChild<QLineEdit *>(u"maxDebtorEdit"_s)->setText(u"95"_s);
        const PortfolioLimits limitsBefore = book->fund(fund)->limits;
        dialog->saveLimits();
        QVERIFY2(dialog->statusText().startsWith(u"Nothing was saved."_s), qPrintable(dialog->statusText()));
        QVERIFY(dialog->statusText().contains(u"row %1"_s.arg(partiesBefore + 1)));
        QCOMPARE(book->fund(fund)->limits, limitsBefore);

        // A valid CNPJ root instead: saved; the open review's pro-forma follows, the debtor limit no longer broken.
        related->item(related->rowCount() - 1, 0)->setText(u"11.222.333"_s);
        dialog->saveLimits();
        QVERIFY(changed.wait(10000));
        QCOMPARE(dialog->statusText(), u"Portfolio limits saved."_s);
        const PortfolioLimits saved = book->fund(fund)->limits;
        QCOMPARE(saved.maxDebtorBasisPoints, std::optional<int>(9500));
        QCOMPARE(saved.relatedParties.size(), partiesBefore + 1);
        QCOMPARE(saved.relatedParties.constLast(), (PortfolioLimits::RelatedParty { u"11222333"_s, u"Gestora <b>X</b>"_s }));
        const QTableWidget *limits = review->portfolioPanel()->limitsTable();
        QTRY_VERIFY_WITH_TIMEOUT(limits->rowCount() > 0 && limits->item(0, 1)->text().contains(u"95"_s), 20000);
        QVERIFY(limits->item(0, 0)->text().startsWith(u"Largest debtor ("_s));
        QVERIFY2(limits->item(0, 4)->text().endsWith(u" to spare"_s), qPrintable(limits->item(0, 4)->text()));

        // Net assets with their date.
        dialog->findChild<QLineEdit *>(u"netAssetsEdit"_s)->setText(u"25000000.00"_s);
        dialog->findChild<QDateEdit *>(u"netAssetsDateEdit"_s)->setDate(QDate(2026, 11, 30));
        dialog->saveNetAssets();
        QVERIFY(changed.wait(10000));
        QCOMPARE(book->fund(fund)->netAssets.netAssets, Money::fromCentavos(25'000'000'00));
        QCOMPARE(book->fund(fund)->netAssets.date, QDate(2026, 11, 30));

        // Saved pages are clean; an edit left unsaved is asked about before it is dropped.
        QVERIFY(!dialog->hasUnsavedChanges());
        dialog->findChild<QLineEdit *>(u"maxDebtorEdit"_s)->setText(u"40"_s);
        QVERIFY(dialog->hasUnsavedChanges());
        MessageBox::clearRecords();
        MessageBox::queueAnswer(QMessageBox::Cancel);
        dialog->reject();
        QVERIFY(dialog->isVisible());
        QVERIFY(MessageBox::lastRecord());
        QCOMPARE(MessageBox::lastRecord()->message.title, u"Unsaved changes"_s);
        QPointer<FundBookDialog> closing(dialog);
        MessageBox::queueAnswer(QMessageBox::Discard);
        dialog->reject();
        QTRY_VERIFY(!closing || !closing->isVisible());
        QCOMPARE(book->fund(fund)->limits.maxDebtorBasisPoints, std::optional<int>(9500)); // the discarded edit
    }

    // The fund rules dialog opens the same book.
    void fundBook_fromTheFundRulesDialog()
    {
        BatchReviewView *review = openLoaded(passingRef());
        QVERIFY(review);
        Q_EMIT review->fundRulesRequested();
        auto *rules = m_window->findChild<FundRulesDialog *>();
        QVERIFY(rules);
        rules->findChild<QPushButton *>(u"fundBookButton"_s)->click();
        auto *dialog = m_window->findChild<FundBookDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->fundClassKey(), passingRef().fundClassKey);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 10000);
        dialog->reject();
        rules->reject();
    }

    // A team member whose role does not allow a change sees the book, not editable, and is told who may.
    void fundBook_roleWithoutRights_showsTheBookReadOnly_andSaysWho()
    {
        // The book's own storage, with the permissions a PostgreSQL workspace gives an analyst or approver.
        struct Restricted : PortfolioFileStorage
        {
            using PortfolioFileStorage::PortfolioFileStorage;
            PortfolioPermissions given;
            PortfolioPermissions permissions() override { return given; }
        };
        QTemporaryDir folder;
        for (const PortfolioPermissions given : { PortfolioPermissions { false, false }, PortfolioPermissions { true, false } }) {
            auto storage = std::make_unique<Restricted>(folder.path());
            storage->given = given;
            auto book = std::make_shared<PortfolioBook>(std::move(storage));
            QCOMPARE(book->setNetAssets(u"F"_s, { Money::fromCentavos(1'000'000'00), {}, QDate(2026, 11, 30) }), QString());
            FundBookDialog dialog(book, u"F"_s, u"Fundo"_s);
            dialog.show();
            QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), 10000);
            auto *note = dialog.findChild<QLabel *>(u"fundBookRoleNote"_s);
            QVERIFY(note->isVisible());
            QCOMPARE(note->textFormat(), Qt::AutoText); // our own words only
            QCOMPARE(dialog.findChild<QLineEdit *>(u"netAssetsEdit"_s)->text(),
                     Money::fromCentavos(1'000'000'00).formatNumber(QLocale()));
            QCOMPARE(dialog.findChild<QLineEdit *>(u"netAssetsEdit"_s)->isEnabled(), given.netAssetsAndImport);
            QCOMPARE(dialog.findChild<QPushButton *>(u"saveNetAssetsButton"_s)->isEnabled(), given.netAssetsAndImport);
            QCOMPARE(dialog.importPage()->isEnabled(), given.netAssetsAndImport);
            QVERIFY(!dialog.findChild<QPushButton *>(u"saveLimitsButton"_s)->isEnabled());
            QVERIFY(!dialog.findChild<QLineEdit *>(u"maxDebtorEdit"_s)->isEnabled());
            QVERIFY(!dialog.findChild<QTableWidget *>(u"relatedPartiesTable"_s)->isEnabled());
            QVERIFY(note->text().contains(given.netAssetsAndImport ? u"Only a workspace admin"_s : u"approvers set the net"_s));
            // The tabs stay readable.
            QVERIFY(dialog.findChild<QTabWidget *>(u"fundBookTabs"_s)->isTabEnabled(2));
        }
        // A single user's book: everything editable, no note.
        FundBookDialog dialog(PortfolioBook::inFolder(folder.path()), u"F"_s, u"Fundo"_s);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), 10000);
        QVERIFY(!dialog.findChild<QLabel *>(u"fundBookRoleNote"_s)->isVisible());
        QVERIFY(dialog.findChild<QPushButton *>(u"saveLimitsButton"_s)->isEnabled());
    }

    // A book changed behind an open review (the demo's written after the start, a colleague's import)
    // is counted again when the session says so.
    void portfolioChanged_openReviewsOfTheFund_computeAgain()
    {
        const BatchRef ref = passingRef();
        BatchReviewView *review = openLoaded(ref);
        QVERIFY(review);
        PortfolioPanel *panel = review->portfolioPanel();
        const NetAssets pl { Money::fromCentavos(987'654'321'00), {}, QDate(2026, 11, 30) };
        QVERIFY(!panel->noteText().contains(pl.netAssets.format()));
        QSignalSpy ready(review->batchReview()->proForma(), &BatchProFormaRunner::ready);
        Q_EMIT m_session->portfolioChanged(ref.fundClassKey); // nothing changed yet: the same figures
        QVERIFY(ready.wait(20000));
        QVERIFY(!panel->noteText().contains(pl.netAssets.format()));
        // Written behind the review: the workspace watcher sees the fund's revision move (as it would a
        // colleague's change), and the session says so for the demo's books.
        QCOMPARE(m_session->portfolioBook()->setNetAssets(ref.fundClassKey, pl), QString());
        Q_EMIT m_session->portfolioChanged(ref.fundClassKey);
        QTRY_VERIFY2_WITH_TIMEOUT(panel->noteText().contains(pl.netAssets.format()), qPrintable(panel->noteText()), 20000);
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
        if (auto *asked = dialog->findChild<RecommendationPanel *>()) // the four-eyes answer comes from a worker
            QTRY_VERIFY(asked->isAnswered());
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

        // End to end: File → Export approval memo writes a PDF that says the same (its text read back).
        FileDialog::setTestMode(true);
        TextPrompt::setTestMode(true);
        TextPrompt::queueAnswer(u"Ana Maria Souza"_s);
        const QString path = m_dir.filePath(u"memo-%1.pdf"_s.arg(breachingRef().externalId));
        FileDialog::queueAnswer(FileDialog::Choice { path, 0 });
        m_window->findChild<QAction *>(u"exportMemoAction"_s)->trigger();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF"));
        // Lines wrap where the page ends: compare without white space.
        const auto squeezed = [](QString s) { return s.remove(QRegularExpression(u"\\s"_s)); };
        const QString written = squeezed(pdftext::text(pdf));
        for (const QString &expected : { u"Portfolio pro-forma"_s, u"Approved over portfolio limits"_s, justification,
                                         u"BROKEN: R$"_s, u"Largest debtor ("_s, u"Ana Maria Souza"_s })
            QVERIFY2(written.contains(squeezed(expected)), qPrintable(expected));
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
