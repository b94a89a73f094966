#include "mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(options.demo ? tr("Cessio — Demo") : tr("Cessio"));
    setWindowIcon(QIcon(u":/icons/cessio.svg"_s));
    createMenus();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    if (options.demo)
        layout->addWidget(createDemoBanner());

    auto *emptyState = new QLabel(tr("No batches to show yet."), central);
    emptyState->setObjectName(u"emptyState"_s);
    emptyState->setAlignment(Qt::AlignCenter);
    emptyState->setEnabled(false);
    layout->addWidget(emptyState, 1);
    setCentralWidget(central);

    m_statusLabel = new QLabel(options.demo ? tr("Demo mode") : tr("No profile"), this);
    m_statusLabel->setObjectName(u"statusLabel"_s);
    statusBar()->addWidget(m_statusLabel);
    resize(1100, 720);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"fileMenu"_s);
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"helpMenu"_s);
    QAction *about = help->addAction(tr("&About Cessio"), this, &MainWindow::showAbout);
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
}

QWidget *MainWindow::createDemoBanner()
{
    auto *banner = new QLabel(tr("Demo — simulated data. Nothing here reaches QI Tech."), this);
    banner->setObjectName(u"demoBanner"_s);
    banner->setAccessibleName(tr("Demo mode notice"));
    banner->setAlignment(Qt::AlignCenter);
    banner->setMargin(6);
    // Amber with dark text reads in light and dark palettes alike.
    banner->setStyleSheet(u"QLabel#demoBanner { background: #f5c542; color: #1d1d1d; font-weight: bold; }"_s);
    return banner;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Cessio"),
                       tr("<h3>Cessio %1</h3>"
                          "<p>Review and decide receivables assignment batches of your FIDCs through the "
                          "QI Tech <i>trade_receivables</i> API.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace cessio
