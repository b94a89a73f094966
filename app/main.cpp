// cessio: the desktop application. Composition root only: options, language, which connection
// (demo or a profile; the welcome dialog on first run), the session, the main window.
#include "core/localization.h"
#include "demo/demosession.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "profiledialog.h"
#include "screenshot.h"
#include "services/auditlog.h"
#include "services/keychainsecretstore.h"
#include "services/profilestore.h"
#include "services/session.h"
#include "services/settings.h"
#include "startupprobe.h"
#include "welcomedialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "%s\n", qUtf8Printable(message));
}

// First run without --demo: offer the demo or setting up a real profile. Returns false to quit.
bool firstRun(ProfileStore &profiles, SecretStore &secrets, bool *demo)
{
    WelcomeDialog welcome;
    if (welcome.exec() != QDialog::Accepted || welcome.choice() == WelcomeDialog::Choice::None)
        return false;
    if (welcome.choice() == WelcomeDialog::Choice::Demo) {
        *demo = true;
        return true;
    }
    QNetworkAccessManager network; // for the dialog's connection check
    ProfileDialog dialog(profiles, secrets, &network);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    profiles.setActiveProfileName(dialog.profile().name);
    return true;
}

// --version and --help only print: they must work without a display (in a terminal over SSH, in a
// package check), and print to the terminal rather than a message box on Windows.
void prepareForPrintingOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "--version" || argument == "-v" || argument == "--help" || argument == "-h" || argument == "--help-all") {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            qputenv("QT_COMMAND_LINE_PARSER_NO_GUI_MESSAGE_BOXES", "1");
            return;
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    const StartupProbe probe;
    prepareForPrintingOnly(argc, argv);
    QApplication app(argc, argv);
    probe.mark("application");
    QApplication::setOrganizationName(u"Cessio"_s);
    QApplication::setApplicationName(u"Cessio"_s);
    QApplication::setApplicationDisplayName(u"Cessio"_s);
    QApplication::setApplicationVersion(QStringLiteral(CESSIO_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(CESSIO_APP_ID));
    QApplication::setWindowIcon(QIcon(u":/icons/cessio.svg"_s));

    // A screenshot run (--grab) uses settings of its own: reproducible pictures, the user's layout untouched.
    QTemporaryDir scratch;
    // arguments() returns a fresh copy on every call: take one, never iterators from two.
    const QStringList arguments = QCoreApplication::arguments();
    const bool grabbing = std::any_of(arguments.cbegin(), arguments.cend(), [](const QString &argument) {
        return argument == u"--grab" || argument.startsWith(u"--grab=");
    });
    const auto ownSettings
        = grabbing ? std::make_unique<Settings>(scratch.filePath(u"settings.ini"_s)) : std::make_unique<Settings>();
    Settings &settings = *ownSettings;
    QString lang = Localization::requestedLanguage(arguments);
    if (lang.isEmpty())
        lang = settings.value<QString>(Settings::Key::Language);
    if (!Localization::apply(app, lang)) {
        printError(QCoreApplication::translate("main", "Unsupported language \"%1\"; use pt_BR or en.").arg(lang));
        return 2;
    }
    probe.mark("settings-and-language");

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Review and decide QI Tech assignment batches."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        u"demo"_s, QCoreApplication::translate("main", "Run against a built-in simulator with simulated data."));
    const QCommandLineOption langOption(u"lang"_s, QCoreApplication::translate("main", "Interface language: pt_BR or en."),
                                        u"LANG"_s);
    const QCommandLineOption grab(
        u"grab"_s, QCoreApplication::translate("main", "Save a picture of the main window to FILE once it is shown, then quit."),
        u"FILE"_s);
    const QCommandLineOption openBatch(u"open-batch"_s, QCoreApplication::translate("main", "Open the review of the batch EXT."),
                                       u"EXT"_s);
    const QCommandLineOption tab(
        u"tab"_s, QCoreApplication::translate("main", "The review tab to show: assets, analysis, portfolio or timeline."),
        u"TAB"_s);
    const QCommandLineOption quitAfter(u"quit-after"_s,
                                       QCoreApplication::translate("main", "Quit by itself after MS milliseconds."), u"MS"_s);
    // With --grab, --quit-after takes the picture at that moment (the live demo after a while).
    parser.addOptions({ demoOption, langOption, grab, openBatch, tab, quitAfter });
    parser.process(app);

    auto screenshot = Screenshot::fromOptions(parser.value(grab), parser.value(openBatch), parser.value(tab));
    if (!screenshot) {
        printError(QCoreApplication::translate("main", "--tab expects assets, analysis, portfolio or timeline."));
        return 2;
    }

    KeychainSecretStore secrets;
    ProfileStore profiles(settings, secrets);
    bool demo = parser.isSet(demoOption);
    if (!demo && profiles.activeProfileName().isEmpty() && !parser.isSet(grab)) {
        if (!firstRun(profiles, secrets, &demo))
            return 0;
    }

    MainWindow window({ .demo = demo });
    window.setSettings(&settings);
    window.setProfiles(&profiles, &secrets);
    probe.mark("window");
    probe.watch(&window);

    // The session: rebuilt when the active profile changes (not in the demo).
    std::unique_ptr<Session> session;
    const auto connectTo = [&](std::unique_ptr<Session> next) {
        window.setSession(nullptr);
        session = std::move(next);
        if (!session) {
            window.setPlaceholder(QCoreApplication::translate(
                "main", "No connection profile yet.\nCreate one with Tools ▸ Profiles…, or try the demo: cessio --demo"));
            return;
        }
        window.setPlaceholder(QCoreApplication::translate("main", "Connecting…"));
        Session *current = session.get();
        QObject::connect(current, &Session::ready, &window, [&window, current, &probe] {
            probe.mark("session-ready");
            window.setSession(current);
        });
        QObject::connect(current, &Session::failed, &window, [&window](const QString &message) {
            window.setPlaceholder(QCoreApplication::translate("main", "Could not connect:\n%1").arg(message));
        });
        current->start();
    };
    const auto profileSession = [&]() -> std::unique_ptr<Session> {
        const auto profile = profiles.load(profiles.activeProfileName());
        if (!profile)
            return nullptr;
        return std::unique_ptr<Session>(Session::forProfile(*profile, secrets, AuditLog::defaultFilePath()));
    };
    if (demo) {
        DemoSession::Options options;
        options.fourEyes = true; // one fund shows the four-eyes policy (README: Working as a team)
        options.makeLargeBatchInBackground = true; // the inbox first (issue 12)
        connectTo(std::make_unique<DemoSession>(options));
    } else {
        connectTo(profileSession());
        QObject::connect(&profiles, &ProfileStore::activeProfileChanged, &window, [&] { connectTo(profileSession()); });
    }

    probe.mark("session-started");
    window.show();
    probe.mark("window-shown");
    if (parser.isSet(grab) && parser.isSet(quitAfter))
        screenshot->afterMs = parser.value(quitAfter).toInt(); // the picture is taken then, and the app quits
    else if (parser.isSet(quitAfter))
        QTimer::singleShot(parser.value(quitAfter).toInt(), &app, &QCoreApplication::quit);
    screenshot->attach(&window);
    const int code = QApplication::exec();
    window.setSession(nullptr); // the window lets go of the session before it is destroyed
    return code;
}
