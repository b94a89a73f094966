// cessio-cli: Cessio's core from a terminal. Composition root: parse, resolve the connection, run one
// command on the event loop, exit with its code.
#include "cli/cliargs.h"
#include "cli/command.h"
#include "cli/connection.h"
#include "cli/console.h"
#include "cli/exitcodes.h"
#include "core/localization.h"
#include "qitech/apiclient.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;
using namespace cessio::cli;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Cessio"_s);
    QCoreApplication::setApplicationName(u"cessio-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CESSIO_VERSION));

    const QString lang = Localization::requestedLanguage(QCoreApplication::arguments());
    if (!Localization::apply(app, lang)) {
        Console::err(QCoreApplication::translate("cli", "Unsupported language \"%1\"; use pt_BR or en.").arg(lang));
        return Usage;
    }

    const ParseResult parsed = parseCommandLine(QCoreApplication::arguments());
    if (parsed.action == ParseResult::Action::Exit) {
        if (parsed.exitCode == 0)
            Console::out(parsed.output);
        else
            Console::err(parsed.output);
        return parsed.exitCode;
    }
    const CliOptions &options = parsed.options;

    // The desktop app's name from here on, so both share the profiles (settings) and the decision
    // record (application data folder).
    QCoreApplication::setApplicationName(u"Cessio"_s);

    Command *command = Command::create(options, &app);
    Q_ASSERT(command); // parseCommandLine() accepts only known commands
    QObject::connect(command, &Command::finished, &app, [](int code) { QCoreApplication::exit(code); });

    QNetworkAccessManager network;
    ApiTransport transport(&network);
    ApiClient client(&transport);

    // The command goes before the network objects it uses.
    const auto run = [command] {
        const int code = QCoreApplication::exec();
        delete command;
        return code;
    };
    if (command->needs() == Command::Needs::Nothing) {
        command->start();
        return run();
    }
    auto *resolver = new ConnectionResolver(options, &app);
    QObject::connect(resolver, &ConnectionResolver::failed, &app, [](int code, const QString &message) {
        Console::err(message);
        QCoreApplication::exit(code);
    });
    QObject::connect(resolver, &ConnectionResolver::resolved, &app, [&](const Connection &connection) {
        if (command->needs() == Command::Needs::Funds && connection.funds.isEmpty()) {
            Console::err(
                QCoreApplication::translate("cli", "No fund: pass --fund KEY, set CESSIO_FUND, or add funds to the profile."));
            QCoreApplication::exit(Usage);
            return;
        }
        transport.setBaseUrl(connection.baseUrl);
        transport.setSigner(connection.signer);
        command->setConnection(connection, &client);
        command->start();
    });
    resolver->resolve();
    return run();
}
