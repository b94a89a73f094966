#include "core/localization.h"
#include "mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using cessio::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opens_withMenusAndStatusBar()
    {
        MainWindow window({});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), u"Cessio"_s);
        QVERIFY(window.findChild<QAction *>(u"quitAction"_s));
        QVERIFY(window.findChild<QAction *>(u"aboutAction"_s));
        QCOMPARE(window.findChild<QAction *>(u"quitAction"_s)->shortcut(), QKeySequence(QKeySequence::Quit));
        QVERIFY(window.statusBar()->isVisible());
        QVERIFY(!window.findChild<QLabel *>(u"demoBanner"_s));
    }

    void demo_showsBanner()
    {
        MainWindow window({ .demo = true });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *banner = window.findChild<QLabel *>(u"demoBanner"_s);
        QVERIFY(banner);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(u"Demo"_s));
        QVERIFY(window.windowTitle().contains(u"Demo"_s));
    }

    void ptBR_translatesTheWindow()
    {
        QVERIFY(cessio::Localization::apply(*QCoreApplication::instance(), u"pt_BR"_s));
        MainWindow window({ .demo = true });
        QCOMPARE(window.menuBar()->actions().first()->text(), u"&Arquivo"_s);
        QVERIFY(window.findChild<QLabel *>(u"demoBanner"_s)->text().startsWith(u"Demonstração"_s));
    }

    void quitAction_closesTheWindow()
    {
        MainWindow window({});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QAction *>(u"quitAction"_s)->trigger();
        QTRY_VERIFY(!window.isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
