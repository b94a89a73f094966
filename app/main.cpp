// cessio: the desktop application. Composition root only.
#include "core/localization.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Cessio"_s);
    QApplication::setApplicationName(u"Cessio"_s);
    QApplication::setApplicationDisplayName(u"Cessio"_s);
    QApplication::setApplicationVersion(QStringLiteral(CESSIO_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(CESSIO_APP_ID));
    QApplication::setWindowIcon(QIcon(u":/icons/cessio.svg"_s));

    const QString lang = cessio::Localization::requestedLanguage(QCoreApplication::arguments());
    if (!cessio::Localization::apply(app, lang)) {
        std::fprintf(
            stderr, "%s\n",
            qUtf8Printable(QCoreApplication::translate("main", "Unsupported language \"%1\"; use pt_BR or en.").arg(lang)));
        return 2;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Review and decide QI Tech assignment batches."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(u"demo"_s,
                                  QCoreApplication::translate("main", "Run against a built-in simulator with simulated data."));
    const QCommandLineOption langOption(u"lang"_s, QCoreApplication::translate("main", "Interface language: pt_BR or en."),
                                        u"LANG"_s);
    const QCommandLineOption grab(
        u"grab"_s, QCoreApplication::translate("main", "Save a picture of the main window to FILE once it is shown, then quit."),
        u"FILE"_s);
    const QCommandLineOption quitAfter(u"quit-after"_s,
                                       QCoreApplication::translate("main", "Quit by itself after MS milliseconds."), u"MS"_s);
    parser.addOptions({ demo, langOption, grab, quitAfter });
    parser.process(app);

    cessio::MainWindow window({ .demo = parser.isSet(demo) });
    window.show();

    if (parser.isSet(grab)) {
        const QString file = parser.value(grab);
        QTimer::singleShot(500, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            if (!saved)
                std::fprintf(stderr, "%s\n", qUtf8Printable(QCoreApplication::translate("main", "Could not save %1").arg(file)));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    if (parser.isSet(quitAfter))
        QTimer::singleShot(parser.value(quitAfter).toInt(), &app, &QCoreApplication::quit);
    return QApplication::exec();
}
