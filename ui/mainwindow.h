#pragma once

#include <QMainWindow>

class QLabel;

namespace cessio {

// Cessio's main window: menus, the demo banner and the status bar. Later parts of the product
// (inbox, batch review) are placed in its central area.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Options
    {
        bool demo = false;
    };

    explicit MainWindow(const Options &options, QWidget *parent = nullptr);

public Q_SLOTS:
    void showAbout();

private:
    void createMenus();
    QWidget *createDemoBanner();

    Options m_options;
    QLabel *m_statusLabel = nullptr;
};

} // namespace cessio
