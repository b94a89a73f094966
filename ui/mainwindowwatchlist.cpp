// The main window's watch-list: reading it from the workspace, the dialog, saving it and checking
// every fund's batches again.
#include "mainwindow.h"
#include "messagebox.h"
#include "services/workspace/fundrulesdocument.h"
#include "services/workspace/workspacerunner.h"
#include "watchlistdialog.h"

#include <QDateTime>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

void MainWindow::showWatchList()
{
    const std::shared_ptr<WorkspaceRunner> workspace = m_session ? m_session->workspace() : nullptr;
    if (!workspace)
        return;
    if (auto *open = findChild<WatchListDialog *>()) { // one at a time
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new WatchListDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    workspace->run([](WorkspaceStore &store) { return FundRulesDocument::read(store, FundRules::everyFundKey(), {}); })
        .then(dialog, [dialog](const StoreResult<FundRulesDocument> &document) {
            if (document.ok())
                dialog->setDocument(*document.value);
            else
                dialog->setProblem(tr("The watch-list could not be read from the workspace: %1").arg(document.error));
        });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        FundRules everyFund = dialog->document()->rules;
        everyFund.watchList = dialog->parties();
        saveWatchList(everyFund, dialog->document()->version);
    });
    dialog->open();
}

void MainWindow::saveWatchList(const FundRules &everyFund, int version)
{
    const std::shared_ptr<WorkspaceRunner> workspace = m_session ? m_session->workspace() : nullptr;
    if (!workspace)
        return;
    const QString key = FundRules::everyFundKey();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto saving = workspace->run([key, everyFund, version, now](WorkspaceStore &store) {
        return FundRulesDocument::save(store, key, everyFund, version, now);
    });
    saving.then(this, [this, key, version, count = int(everyFund.watchList.size())](const StoreStatus &saved) {
        if (!saved.ok()) {
            statusBar()->showMessage(tr("The watch-list was not saved: %1").arg(saved.error), 20000);
            return;
        }
        if (*saved.value) {
            m_fundRulesSavedHere.insert(key, version + 1);
            statusBar()->showMessage(
                tr("Watch-list saved: %Ln part(y/ies); every fund's batches are checked again.", nullptr, count), 10000);
            applyFundRulesToFund(key); // every open review and the inbox's checks
            return;
        }
        MessageBox::Message message; // a colleague saved first: nothing overwritten, their list shown again
        message.title = tr("Watch-list");
        message.text = tr("Someone else saved the watch-list while you were editing it, so yours was not saved (nothing "
                          "was overwritten). The list as it is now is shown again: make your change again if it is still "
                          "needed.");
        message.objectName = u"watchListSavedMeanwhile"_s;
        MessageBox::open(this, message, [this](MessageBox::Button) { showWatchList(); });
    });
}

} // namespace cessio
