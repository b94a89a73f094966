// The team in the desktop, offscreen, against the embedded demo sandbox: another desktop (Ana, a
// second connection to the same workspace) claims and recommends, and the inbox's Team column and the
// review say so; an open review claims its batch and releases it on close; the banner shows while the
// workspace cannot be reached and goes when it is back. On the demo's SQLite workspace (tst_teamui) and
// on a team's PostgreSQL one (tst_teamui_postgres), where this desktop is Bruno, with the server's roles.
#include "approvedialog.h"
#include "core/localization.h"
#include "decisioncontroller.h"
#include "demo/demosession.h"
#include "denydialog.h"
#include "inboxview.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "models/inboxfiltermodel.h"
#include "models/inboxmodel.h"
#include "payeeconfirmation.h"
#include "recommendationpanel.h"
#include "review/batchreviewview.h"
#include "services/auditlog.h"
#include "services/batchloader.h"
#include "services/batchreview.h"
#include "services/inboxservice.h"
#include "services/settings.h"
#include "services/workspace/foureyespolicy.h"
#include "services/workspace/sqlworkspacestore.h"
#include "services/workspace/workspacewatcher.h"
#include "support/workspacetestdb.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;
using namespace cessio::workspace;

class TestTeamUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<DemoSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::shared_ptr<SqlWorkspaceStore> m_ana; // Ana Souza's desktop, on the same workspace
    std::unique_ptr<WorkspaceTestDb> m_team; // PostgreSQL: the team's database

    // The workspace this desktop uses, as `login` (empty: this desktop's own login).
    WorkspaceSettings demoWorkspace(const QString &login) const
    {
        if (m_team)
            return m_team->as(login.isEmpty() ? desktopLogin() : login);
        WorkspaceSettings settings;
        settings.sqliteFile = QFileInfo(m_session->auditLog()->filePath()).dir().filePath(u"workspace.sqlite"_s);
        settings.login = login;
        return settings;
    }
    // Who this desktop is in the workspace: the server's login, or the computer's user on SQLite.
    QString desktopLogin() const { return m_team ? u"bruno"_s : WorkspaceSettings().sqliteLogin(); }

    // PostgreSQL: a new team database where Bruno (this desktop) and Ana are admins, Ana as the test's
    // `ana` and as the demo colleague's login. That one must be an admin: she sets a fund's four-eyes
    // policy before she records herself as an analyst.
    bool prepareTeam(DemoSession::Options &options)
    {
        if (!WorkspaceTestDb::onPostgres())
            return true;
        m_team = std::make_unique<WorkspaceTestDb>();
        QString error;
        if (!m_team->create(&error)) {
            qWarning("%s", qUtf8Printable(error));
            return false;
        }
        const QString colleague = QString::fromLatin1(DemoColleague::login);
        if (!m_team->execAsAdmin(
                u"DO $$ BEGIN CREATE ROLE \"%1\" LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$"_s.arg(colleague),
                &error)) {
            qWarning("%s", qUtf8Printable(error));
            return false;
        }
        auto owner = SqlWorkspaceStore::open(m_team->as(WorkspaceTestDb::admin()), {});
        if (!owner.ok() || !(*owner.value)->putMember({ u"bruno"_s, u"Bruno Lima"_s, Role::Admin }).ok()
            || !(*owner.value)->putMember({ u"ana"_s, u"Ana Souza"_s, Role::Admin }).ok()
            || !(*owner.value)->putMember({ colleague, u"Ana Souza"_s, Role::Admin }).ok())
            return false;
        options.workspace = m_team->as(desktopLogin());
        return true;
    }

    QList<InboxEntry> pending() const
    {
        QList<InboxEntry> result;
        for (const InboxEntry &entry : m_window->inbox()->entries())
            if (entry.batch.status.value() == BatchStatus::PendingManagerApproval)
                result.append(entry);
        return result;
    }

    QString teamText(const InboxEntry &entry) const
    {
        const int row = m_window->inboxModel()->rowOf(entry.key());
        return row < 0 ? u"(no row)"_s : m_window->inboxModel()->index(row, int(InboxModel::Column::Team)).data().toString();
    }

    static qint64 now() { return QDateTime::currentMSecsSinceEpoch(); }

    QString reviewTeamLine(BatchReviewView *review) const { return review->findChild<QLabel *>(u"teamActivity"_s)->text(); }

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
        options.world.largeBatchAssets = 200;
        options.server.stepDelayMs = 0;
        options.assignorInterval = std::chrono::hours(24);
        options.firstSubmission = std::chrono::milliseconds(0);
        // Ana Souza of the demo only where a test is about her: the others play Ana themselves.
        options.colleague = QByteArray(QTest::currentTestFunction()).startsWith("demoColleague");
        options.fourEyes = options.colleague;
        QVERIFY(prepareTeam(options));
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
        QVERIFY(pending().size() >= 2);
        auto ana = SqlWorkspaceStore::open(demoWorkspace(u"ana"_s), {});
        QVERIFY2(ana.ok(), qPrintable(ana.error));
        m_ana = *ana.value;
        if (!m_team) // on PostgreSQL the team's admin made her a member
            QVERIFY(m_ana->putMember({ u"ana"_s, u"Ana Souza"_s, Role::Analyst }).ok());
    }

    void cleanup()
    {
        m_ana.reset();
        m_window.reset();
        m_session.reset();
        m_team.reset();
    }

    void teamColumn_showsAnotherDesktopsClaimAndRecommendation_sortable()
    {
        const InboxEntry reviewed = pending().at(0);
        const InboxEntry recommended = pending().at(1);
        QVERIFY(teamText(reviewed).isEmpty());
        QCOMPARE(m_window->inboxModel()->headerData(int(InboxModel::Column::Team), Qt::Horizontal).toString(), u"Team"_s);

        QVERIFY(m_ana->claim(m_session->workspaceKey(reviewed.ref), now(), 60'000).ok());
        Recommendation r;
        r.batchKey = m_session->workspaceKey(recommended.ref);
        r.round = 1;
        r.action = RecommendedAction::Approve;
        r.accountKey = u"acc-1"_s;
        r.note = u"<b>checked</b>"_s;
        r.createdMs = now();
        QVERIFY(m_ana->addRecommendation(r).ok());
        QTRY_COMPARE_WITH_TIMEOUT(teamText(reviewed), u"Ana Souza reviewing"_s, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(teamText(recommended), u"Ana Souza: recommends approve"_s, 3000);

        // Sorting by the column puts the batches with team activity together.
        QTableView *table = m_window->inboxView()->table();
        table->sortByColumn(int(InboxModel::Column::Team), Qt::DescendingOrder);
        const QAbstractItemModel *shown = table->model();
        const QStringList top { shown->index(0, int(InboxModel::Column::Team)).data().toString(),
                                shown->index(1, int(InboxModel::Column::Team)).data().toString() };
        QVERIFY2(top.contains(u"Ana Souza reviewing"_s) && top.contains(u"Ana Souza: recommends approve"_s),
                 qPrintable(top.join(u" | "_s)));
        QVERIFY(shown->index(2, int(InboxModel::Column::Team)).data().toString().isEmpty());

        QVERIFY(m_ana->releaseClaim(m_session->workspaceKey(reviewed.ref)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(teamText(reviewed), QString(), 3000);
    }

    void review_claimsItsBatch_showsHolderAndRecommendations_releasesOnClose()
    {
        const InboxEntry theirs = pending().at(0);
        const InboxEntry mine = pending().at(1);
        QVERIFY(m_ana->claim(m_session->workspaceKey(theirs.ref), now(), 60'000).ok());
        Recommendation r;
        r.batchKey = m_session->workspaceKey(mine.ref);
        r.round = 1;
        r.action = RecommendedAction::Approve;
        r.accountKey = u"acc-1"_s;
        r.note = u"<b>checked</b>"_s;
        r.createdMs = now();
        QVERIFY(m_ana->addRecommendation(r).ok());

        BatchReviewView *theirReview = m_window->openBatch(theirs.ref);
        QVERIFY(theirReview);
        QTRY_VERIFY_WITH_TIMEOUT(reviewTeamLine(theirReview).startsWith(u"Ana Souza is reviewing this batch since "_s), 3000);
        // Advisory: Ana keeps her claim, this desktop only sees it.
        QCOMPARE(m_ana->activeClaims(now()).value->size(), 1);

        BatchReviewView *myReview = m_window->openBatch(mine.ref);
        QVERIFY(myReview);
        QTRY_VERIFY_WITH_TIMEOUT(reviewTeamLine(myReview).startsWith(u"You are reviewing this batch since "_s), 3000);
        QVERIFY2(reviewTeamLine(myReview).contains(u"Ana Souza recommends approving into account acc-1"_s),
                 qPrintable(reviewTeamLine(myReview)));
        QVERIFY(reviewTeamLine(myReview).contains(u"Note: <b>checked</b>"_s)); // literally, not as markup
        QCOMPARE(myReview->findChild<QLabel *>(u"teamActivity"_s)->textFormat(), Qt::PlainText);
        const auto claims = m_ana->activeClaims(now());
        QVERIFY(claims.ok());
        QCOMPARE(claims.value->size(), 2);
        QVERIFY(std::any_of(claims.value->cbegin(), claims.value->cend(), [&](const Claim &c) {
            return c.batchKey == m_session->workspaceKey(mine.ref) && c.who == desktopLogin();
        }));
        // Ana's inbox would say so too: this desktop's own column reads "you are reviewing".
        QTRY_VERIFY_WITH_TIMEOUT(teamText(mine).startsWith(u"you are reviewing"_s), 3000);

        auto *tabs = m_window->findChild<QTabWidget *>(u"documentTabs"_s);
        tabs->tabCloseRequested(tabs->indexOf(myReview));
        QTRY_COMPARE_WITH_TIMEOUT(m_ana->activeClaims(now()).value->size(), 1, 3000);
        QCOMPARE(m_ana->activeClaims(now()).value->constFirst().who, u"ana"_s);
    }

    // The demo's Ana Souza: one batch awaiting the manager under review, another recommended, with no server.
    void demoColleague_reviewsOneBatchAndRecommendsAnother()
    {
        QVERIFY(m_session->colleagueDone().isValid());
        QTRY_VERIFY_WITH_TIMEOUT(m_session->colleagueDone().isFinished(), 5000);
        QCOMPARE(m_session->colleagueDone().result(), QString());
        QStringList texts;
        const auto teamColumn = [&] {
            texts.clear();
            for (const InboxEntry &entry : pending())
                if (!teamText(entry).isEmpty())
                    texts.append(teamText(entry));
            texts.sort();
            return texts;
        };
        QTRY_COMPARE_WITH_TIMEOUT(teamColumn(), QStringList({ u"Ana Souza reviewing"_s, u"Ana Souza: recommends approve"_s }),
                                  5000);
        for (const InboxEntry &entry : pending()) {
            if (teamText(entry) != u"Ana Souza: recommends approve"_s)
                continue;
            BatchReviewView *review = m_window->openBatch(entry.ref);
            QVERIFY(review);
            QTRY_VERIFY_WITH_TIMEOUT(reviewTeamLine(review).contains(u"Ana Souza recommends approving into "_s), 3000);
            QVERIFY(reviewTeamLine(review).contains(u"Note: Assignor's usual account"_s));
        }
    }

    // Denying what Ana recommends approving is a different decision: the deny dialog wants the note too.
    void fourEyes_denyAgainstARecommendedApproval_needsANote()
    {
        const InboxEntry entry = pending().at(1);
        Recommendation r;
        r.batchKey = m_session->workspaceKey(entry.ref);
        r.round = 1;
        r.createdMs = now();
        QVERIFY(m_ana->addRecommendation(r).ok());
        BatchReviewView *review = m_window->openBatch(entry.ref);
        QTRY_VERIFY_WITH_TIMEOUT(review->batchReview()->canDecide(), 20000);
        QTest::mouseClick(review->findChild<QPushButton *>(u"denyButton"_s), Qt::LeftButton);
        DenyDialog *dialog = m_window->decisions()->denyDialog();
        if (auto *asked = dialog->findChild<RecommendationPanel *>()) // the four-eyes answer comes from a worker
            QTRY_VERIFY(asked->isAnswered());
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->findChild<QLabel *>(u"recommendationText"_s)->text().contains(
            u"Ana Souza recommends approving into the contract's default account"_s));
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"reasonEdit"_s), u"Lastro insuficiente"_s);
        dialog->findChild<QCheckBox *>(u"confirmCheck"_s)->setChecked(true);
        auto *denyButton = dialog->findChild<QPushButton *>(u"denyButton"_s);
        QVERIFY(!denyButton->isEnabled());
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"disagreementNoteEdit"_s),
                         u"Two debtors are in judicial recovery since Monday."_s);
        QVERIFY(denyButton->isEnabled());
        QCOMPARE(dialog->shown().agreement, u"disagrees"_s);
        dialog->reject();
    }

    // The fund's policy holds every approval for a colleague: Approve stays off until Ana recommends;
    // approving into another account than hers needs the written note; the approval is sent and the
    // record names her, the disagreement and the note.
    void fourEyes_approveIntoAnotherAccountThanRecommended_needsANote_recordNamesBoth()
    {
        const InboxEntry entry = pending().at(1);
        FourEyesPolicy policy;
        policy.above = Money::fromCentavos(1); // every batch of the fund
        const auto saved = FourEyesPolicyDocument::save(*m_ana, entry.ref.fundClassKey, policy, 0, now());
        QVERIFY2(saved.ok() && *saved.value, qPrintable(saved.error));
        BatchReviewView *review = m_window->openBatch(entry.ref);
        QTRY_VERIFY_WITH_TIMEOUT(review->batchReview()->canDecide(), 20000);
        QTRY_COMPARE(review->batchReview()->loader()->accountsState(), BatchLoader::AccountsState::Loaded);
        QVERIFY(!review->batchReview()->loader()->accounts()->isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(review->batchReview()->canApprove(), 20000);

        const auto openApprove = [&]() -> ApproveDialog * {
            // The demo's books may be written meanwhile: Approve waits while the pro-forma is computed again.
            if (!QTest::qWaitFor([&] { return review->batchReview()->canApprove(); }, 20000))
                return nullptr;
            QTest::mouseClick(review->findChild<QPushButton *>(u"approveButton"_s), Qt::LeftButton);
            if (!QTest::qWaitFor([&] { return m_window->decisions()->approveDialog() != nullptr; }, 5000))
                return nullptr;
            ApproveDialog *dialog = m_window->decisions()->approveDialog();
            auto *asked = dialog->findChild<RecommendationPanel *>();
            if (!asked || !QTest::qWaitFor([asked] { return asked->isAnswered(); }, 5000))
                return nullptr;
            return dialog;
        };
        const auto chooseLastListedAccount = [](ApproveDialog *dialog) {
            auto *list = dialog->findChild<QListWidget *>(u"accountList"_s);
            for (int row = list ? list->count() - 1 : -1; row >= 0; --row) {
                if (list->item(row)->flags() & Qt::ItemIsEnabled) {
                    list->setCurrentRow(row);
                    return;
                }
            }
        };

        // No recommendation yet: held, whatever the manager ticks.
        ApproveDialog *dialog = openApprove();
        QVERIFY(dialog);
        QVERIFY2(dialog->findChild<QLabel *>(u"recommendationText"_s)->text().contains(u"recommend"_s),
                 qPrintable(dialog->findChild<QLabel *>(u"recommendationText"_s)->text()));
        dialog->findChild<QRadioButton *>(u"contractDefaultRadio"_s)->setChecked(true);
        dialog->findChild<QCheckBox *>(u"confirmCheck"_s)->setChecked(true);
        QVERIFY(!dialog->findChild<QPushButton *>(u"approveButton"_s)->isEnabled());
        dialog->reject();
        QTRY_VERIFY(!m_window->decisions()->approveDialog());

        // Ana recommends the contract's default account; the manager approves into a listed one.
        Recommendation r;
        r.batchKey = m_session->workspaceKey(entry.ref);
        r.round = 1;
        r.note = u"Assignor's usual account"_s;
        r.createdMs = now();
        QVERIFY(m_ana->addRecommendation(r).ok());
        dialog = openApprove();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->findChild<QLabel *>(u"recommendationText"_s)
                        ->text()
                        .contains(u"Ana Souza recommends approving into the contract's default account"_s));
        chooseLastListedAccount(dialog);
        const std::optional<BankAccount> chosen = dialog->chosenAccount();
        QVERIFY(chosen);
        QVERIFY(cessio::testing::confirmPayee(dialog));
        dialog->findChild<QCheckBox *>(u"confirmCheck"_s)->setChecked(true);
        auto *approveButton = dialog->findChild<QPushButton *>(u"approveButton"_s);
        QVERIFY(!approveButton->isEnabled()); // differs from Ana's: why?
        const QString note = u"The default account was closed by the assignor on Monday; the listed one replaces it."_s;
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"disagreementNoteEdit"_s), note);
        QTRY_VERIFY(approveButton->isEnabled());

        QSignalSpy finished(m_window->decisions(), &DecisionController::decisionFinished);
        QTest::mouseClick(approveButton, Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(1).value<DecisionOutcome>().result, DecisionOutcome::Result::Applied);
        const QList<AuditEntry> record = m_session->auditLog()->readAll();
        const auto approval = std::find_if(record.crbegin(), record.crend(), [&](const AuditEntry &e) {
            return e.action == AuditEntry::Action::Approve && e.batchExternalId == entry.ref.externalId;
        });
        QVERIFY(approval != record.crend());
        QVERIFY2(approval->shown.recommendedBy.startsWith(u"Ana Souza"_s), qPrintable(approval->shown.recommendedBy));
        QCOMPARE(approval->shown.agreement, u"disagrees"_s);
        QCOMPARE(approval->shown.disagreementNote, note);
        QCOMPARE(approval->shown.accountKey, chosen->accountKey);
        QVERIFY(m_session->auditLog()->verify().ok());
    }

    void banner_workspaceUnreachable_thenBack()
    {
        auto *banner = m_window->findChild<QLabel *>(u"workspaceBanner"_s);
        QVERIFY(banner);
        QVERIFY(!banner->isVisible()); // the demo's workspace is there
        // A PostgreSQL workspace on a socket nobody listens on, until it "comes back" as the demo's.
        WorkspaceSettings closed;
        closed.backend = WorkspaceSettings::Backend::PostgreSql;
        QTemporaryDir emptySocketFolder;
        closed.host = emptySocketFolder.path();
        closed.port = 5999;
        closed.database = u"cessio"_s;
        closed.user = u"ana"_s;
        auto back = std::make_shared<std::atomic<bool>>(false);
        WorkspaceWatcher watcher;
        watcher.setTiming(50, 4);
        watcher.start([back, closed, demo = demoWorkspace({})] { return WorkspaceRunner::openSql(*back ? demo : closed, {}); });
        m_window->setWorkspaceWatcher(&watcher);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
        const QString since = QLocale().toString(watcher.unreachableSince().time(), QLocale::ShortFormat);
        QCOMPARE(banner->text(),
                 u"Team workspace unreachable since %1 — decisions are not sent until it is back; reading from "
                 "QI Tech continues."_s.arg(since));
        QCOMPARE(banner->textFormat(), Qt::PlainText);
        QVERIFY(!banner->toolTip().isEmpty()); // the database's reason
        *back = true;
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 5000);
        m_window->setWorkspaceWatcher(m_session->workspaceWatcher());
    }
};

QTEST_MAIN(TestTeamUi)
#include "tst_teamui.moc"
