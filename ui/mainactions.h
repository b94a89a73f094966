#pragma once

#include <QCoreApplication>

class QAction;
class QMainWindow;
class QToolBar;

namespace cessio {

// The main window's actions, with their shortcuts, icons, menus (File, View, Batch, Tools, Help) and
// the toolbar. Only built and laid out here; MainWindow connects them.
struct MainActions
{
    Q_DECLARE_TR_FUNCTIONS(cessio::MainActions)

public:
    QAction *refresh = nullptr; // F5
    QAction *find = nullptr; // Ctrl+F
    QAction *addBatch = nullptr; // Ctrl+N
    QAction *openReview = nullptr; // Enter in the inbox
    QAction *closeReview = nullptr; // Ctrl+W
    QAction *approve = nullptr; // Ctrl+Shift+A
    QAction *deny = nullptr; // Ctrl+Shift+D
    QAction *removeAssets = nullptr; // Ctrl+Shift+R
    QAction *openTerm = nullptr; // Ctrl+T
    QAction *openSignedTerm = nullptr; // Ctrl+Shift+T
    QAction *exportCsv = nullptr; // Ctrl+E
    QAction *exportMemo = nullptr; // Ctrl+Shift+E
    QAction *auditLog = nullptr; // Ctrl+L
    QAction *watchList = nullptr;
    QAction *profiles = nullptr;
    QAction *showInbox = nullptr; // Ctrl+0
    QAction *quit = nullptr; // Ctrl+Q
    QAction *about = nullptr;
    QToolBar *toolBar = nullptr;

    // Creates every action as a child of `window`, its menus and its toolbar.
    static MainActions create(QMainWindow *window);
    // The action's tooltip says `why` it is disabled; with `why` empty, its usual tooltip again.
    static void explainDisabled(QAction *action, const QString &why);
};

} // namespace cessio
