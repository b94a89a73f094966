// cessio-sandbox: a local simulator of the QI Tech trade_receivables API.
#include "core/localization.h"
#include "sandbox/demoassignor.h"
#include "sandbox/demoworld.h"
#include "sandbox/fixtureloader.h"
#include "sandbox/sandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <limits>
#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using cessio::sandbox::SandboxOptions;

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "%s\n", qUtf8Printable(message));
}

// The value of an integer option within [minimum, maximum], or nullopt after printing why not.
std::optional<int> intOption(const QCommandLineParser &parser, const QString &name, int fallback, int minimum, int maximum)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < minimum || value > maximum) {
        printError(QCoreApplication::translate("sandbox", "--%1 expects a whole number from %2 to %3.")
                       .arg(name)
                       .arg(minimum)
                       .arg(maximum));
        return std::nullopt;
    }
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Cessio"_s);
    QCoreApplication::setApplicationName(u"cessio-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CESSIO_VERSION));

    const QString lang = cessio::Localization::requestedLanguage(QCoreApplication::arguments());
    if (!cessio::Localization::apply(app, lang)) {
        printError(QCoreApplication::translate("sandbox", "Unsupported language \"%1\"; use pt_BR or en.").arg(lang));
        return 2;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("sandbox", "Local simulator of the QI Tech trade_receivables API."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ u"lang"_s, QCoreApplication::translate("sandbox", "Interface language: pt_BR or en."), u"LANG"_s });
    parser.addOption(
        { u"host"_s, QCoreApplication::translate("sandbox", "Address to listen on (default 127.0.0.1)."), u"HOST"_s });
    parser.addOption(
        { u"port"_s, QCoreApplication::translate("sandbox", "Port to listen on (default 0: any free port)."), u"N"_s });
    parser.addOption(
        { u"fixture"_s,
          QCoreApplication::translate("sandbox", "Load funds, assignors, configurations and clients from a JSON file."),
          u"FILE"_s });
    parser.addOption(
        { u"demo-data"_s,
          QCoreApplication::translate("sandbox", "Build a rich demonstration world instead of loading a fixture.") });
    parser.addOption(
        { u"demo-assignor-interval-ms"_s,
          QCoreApplication::translate(
              "sandbox", "With --demo-data: milliseconds between the demo assignor's new batches (default 120000; 0: none)."),
          u"N"_s });
    parser.addOption(
        { u"step-delay-ms"_s,
          QCoreApplication::translate("sandbox", "Milliseconds between automatic steps; 0: only on POST /_sandbox/tick."),
          u"N"_s });
    parser.addOption(
        { u"latency-ms"_s, QCoreApplication::translate("sandbox", "Milliseconds added to every API request."), u"N"_s });
    parser.addOption({ u"fault-rate"_s,
                       QCoreApplication::translate("sandbox", "Probability (0 to 1) of a random fault per API request."),
                       u"P"_s });
    parser.addOption({ u"seed"_s, QCoreApplication::translate("sandbox", "Seed of the random faults."), u"N"_s });
    parser.addOption({ u"max-page-limit"_s,
                       QCoreApplication::translate("sandbox", "Largest page size a list accepts (default 100)."), u"N"_s });
    parser.process(app);

    SandboxOptions options;
    if (parser.isSet(u"host"_s))
        options.host = parser.value(u"host"_s);
    const auto port = intOption(parser, u"port"_s, 0, 0, 65535);
    const auto stepDelay = intOption(parser, u"step-delay-ms"_s, 0, 0, 24 * 3600 * 1000);
    const auto latency = intOption(parser, u"latency-ms"_s, 0, 0, 600000);
    const auto seed = intOption(parser, u"seed"_s, 1, 0, std::numeric_limits<int>::max());
    const auto maxLimit = intOption(parser, u"max-page-limit"_s, 100, 1, 100000);
    if (!port || !stepDelay || !latency || !seed || !maxLimit)
        return 2;
    options.port = quint16(*port);
    options.stepDelayMs = *stepDelay;
    options.latencyMs = *latency;
    options.seed = quint32(*seed);
    options.maxPageLimit = *maxLimit;
    if (parser.isSet(u"fault-rate"_s)) {
        bool ok = false;
        options.faultRate = parser.value(u"fault-rate"_s).toDouble(&ok);
        if (!ok || options.faultRate < 0.0 || options.faultRate > 1.0) {
            printError(QCoreApplication::translate("sandbox", "--fault-rate expects a number from 0 to 1."));
            return 2;
        }
    }
    if (parser.isSet(u"fixture"_s) && parser.isSet(u"demo-data"_s)) {
        printError(QCoreApplication::translate("sandbox", "Use either --fixture or --demo-data, not both."));
        return 2;
    }
    const bool demo = parser.isSet(u"demo-data"_s);
    const auto demoInterval = intOption(parser, u"demo-assignor-interval-ms"_s, 120000, 0, 24 * 3600 * 1000);
    if (!demoInterval)
        return 2;
    if (demo && !parser.isSet(u"step-delay-ms"_s))
        options.stepDelayMs = 3000; // a living demo: the pipeline moves on its own unless told otherwise

    cessio::sandbox::Sandbox sandbox(options);
    if (parser.isSet(u"fixture"_s)) {
        QString error;
        if (!cessio::sandbox::FixtureLoader::loadFile(parser.value(u"fixture"_s), sandbox.world(), &error)) {
            printError(QCoreApplication::translate("sandbox", "Fixture error: %1").arg(error));
            return 2;
        }
    }
    std::unique_ptr<cessio::sandbox::DemoAssignor> assignor;
    if (demo) {
        // The key material goes to stderr: stdout carries only the "listening on" line.
        const cessio::sandbox::DemoCredentials credentials = cessio::sandbox::DemoWorld::build(sandbox.world());
        std::fprintf(stderr, "%s", qUtf8Printable(credentials.describe()));
        if (*demoInterval > 0) {
            assignor = std::make_unique<cessio::sandbox::DemoAssignor>(&sandbox, std::chrono::milliseconds(*demoInterval));
            assignor->start();
        }
    }
    QString error;
    if (!sandbox.start(&error)) {
        printError(QCoreApplication::translate("sandbox", "Cannot listen: %1").arg(error));
        return 1;
    }
    // The one line scripts wait for; nothing else goes to stdout.
    std::printf("listening on %s\n", qUtf8Printable(sandbox.baseUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}
