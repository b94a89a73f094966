#include "mainactions.h"

#include "icons.h"
#include "models/formatting.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QToolBar>

using namespace Qt::Literals::StringLiterals;

// The menu titles and the Quit and About actions keep the context they had when they were in MainWindow,
// so their existing translations apply.

namespace cessio {

namespace {

constexpr const char *usualToolTip = "cessioUsualToolTip";

QAction *make(QMainWindow *window, const QString &name, const QString &icon, const QString &text, const QKeySequence &shortcut,
              const QString &tip = {})
{
    auto *action = new QAction(icon.isEmpty() ? QIcon() : Icons::get(icon), text, window);
    action->setObjectName(name);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WindowShortcut);
    }
    const QString hint = tip.isEmpty() ? QString(text).remove(u'&').remove(u"…"_s) : tip;
    action->setToolTip(shortcut.isEmpty() ? hint
                                          : MainActions::tr("%1 (%2)").arg(hint, shortcut.toString(QKeySequence::NativeText)));
    action->setProperty(usualToolTip, action->toolTip());
    action->setStatusTip(hint);
    return action;
}

} // namespace

void MainActions::explainDisabled(QAction *action, const QString &why)
{
    // `why` may quote a status or figures from the server: shown as written, never as rich text.
    action->setToolTip(why.isEmpty() ? action->property(usualToolTip).toString() : toolTipFromPlainText(why));
}

MainActions MainActions::create(QMainWindow *window)
{
    MainActions a;
    a.refresh = make(window, u"refreshAction"_s, u"refresh"_s, tr("&Refresh"), QKeySequence::Refresh,
                     tr("Read the inbox (and the open batch) from QI Tech now"));
    if (a.refresh->shortcut() != QKeySequence(Qt::Key_F5))
        a.refresh->setShortcuts({ QKeySequence(Qt::Key_F5), QKeySequence(QKeySequence::Refresh) });
    a.find = make(window, u"findAction"_s, u"search"_s, tr("&Find"), QKeySequence::Find,
                  tr("Search the inbox or the batch's assets"));
    a.addBatch = make(window, u"addBatchAction"_s, u"add-batch"_s, tr("&Add Batch by External ID…"),
                      QKeySequence(Qt::CTRL | Qt::Key_N), tr("Follow a batch the listing does not show, by its external id"));
    a.openReview = make(window, u"openReviewAction"_s, u"open"_s, tr("&Open Review"), {}, tr("Open the selected batch's review"));
    a.closeReview = make(window, u"closeReviewAction"_s, u"close"_s, tr("&Close Review"), QKeySequence::Close);
    a.approve = make(window, u"approveAction"_s, u"approve"_s, tr("&Approve…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                     tr("Approve the batch and choose the disbursement account"));
    a.deny = make(window, u"denyAction"_s, u"deny"_s, tr("&Deny…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                  tr("Deny the whole batch"));
    a.removeAssets = make(window, u"removeAssetsAction"_s, u"remove-assets"_s, tr("&Remove Ticked Assets…"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), tr("Take the ticked assets out of the batch"));
    a.openTerm = make(window, u"openTermAction"_s, u"term"_s, tr("Open Assignment &Term"), QKeySequence(Qt::CTRL | Qt::Key_T));
    a.openSignedTerm = make(window, u"openSignedTermAction"_s, u"term-signed"_s, tr("Open &Signed Term"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    a.exportCsv
        = make(window, u"exportCsvAction"_s, u"export-csv"_s, tr("Export Assets as &CSV…"), QKeySequence(Qt::CTRL | Qt::Key_E));
    a.exportMemo = make(window, u"exportMemoAction"_s, u"export-pdf"_s, tr("Export Approval &Memo (PDF)…"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    a.auditLog = make(window, u"auditLogAction"_s, u"audit"_s, tr("Decision &Record…"), QKeySequence(Qt::CTRL | Qt::Key_L),
                      tr("The audit log of every decision, with its integrity check"));
    a.watchList = make(window, u"watchListAction"_s, {}, tr("&Watch-list…"), {},
                       tr("Debtors and assignors no fund buys from, checked on every batch"));
    a.profiles = make(window, u"profilesAction"_s, u"profiles"_s, tr("&Profiles…"), {}, tr("Connection profiles and keys"));
    a.showInbox = make(window, u"showInboxAction"_s, u"inbox"_s, tr("&Inbox"), QKeySequence(Qt::CTRL | Qt::Key_0));
    a.quit = make(window, u"quitAction"_s, u"quit"_s, QCoreApplication::translate("cessio::MainWindow", "&Quit"),
                  QKeySequence::Quit);
    a.quit->setMenuRole(QAction::QuitRole);
    a.about = make(window, u"aboutAction"_s, {}, QCoreApplication::translate("cessio::MainWindow", "&About Cessio"), {});
    a.about->setMenuRole(QAction::AboutRole);

    QMenuBar *bar = window->menuBar();
    QMenu *file = bar->addMenu(QCoreApplication::translate("cessio::MainWindow", "&File"));
    file->setObjectName(u"fileMenu"_s);
    file->addActions({ a.addBatch, a.closeReview });
    file->addSeparator();
    file->addActions({ a.exportCsv, a.exportMemo });
    file->addSeparator();
    file->addAction(a.quit);

    QMenu *view = bar->addMenu(tr("&View"));
    view->setObjectName(u"viewMenu"_s);
    view->addActions({ a.refresh, a.find, a.showInbox });

    QMenu *batch = bar->addMenu(tr("&Batch"));
    batch->setObjectName(u"batchMenu"_s);
    batch->addAction(a.openReview);
    batch->addSeparator();
    batch->addActions({ a.approve, a.deny, a.removeAssets });
    batch->addSeparator();
    batch->addActions({ a.openTerm, a.openSignedTerm });

    QMenu *tools = bar->addMenu(tr("&Tools"));
    tools->setObjectName(u"toolsMenu"_s);
    tools->addActions({ a.auditLog, a.watchList, a.profiles });

    QMenu *help = bar->addMenu(QCoreApplication::translate("cessio::MainWindow", "&Help"));
    help->setObjectName(u"helpMenu"_s);
    help->addAction(a.about);

    a.toolBar = window->addToolBar(tr("Main"));
    a.toolBar->setObjectName(u"mainToolBar"_s);
    a.toolBar->setMovable(false);
    a.toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    a.toolBar->setIconSize(QSize(20, 20));
    a.toolBar->addActions({ a.showInbox, a.refresh, a.addBatch });
    a.toolBar->addSeparator();
    a.toolBar->addActions({ a.approve, a.deny, a.removeAssets });
    a.toolBar->addSeparator();
    a.toolBar->addActions({ a.openTerm, a.auditLog });
    return a;
}

} // namespace cessio
