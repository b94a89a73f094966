// cessio-cli: Cessio's core from a terminal.
#include "core/localization.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Cessio"_s);
    QCoreApplication::setApplicationName(u"cessio-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CESSIO_VERSION));

    const QString lang = cessio::Localization::requestedLanguage(QCoreApplication::arguments());
    if (!cessio::Localization::apply(app, lang)) {
        std::fprintf(
            stderr, "%s\n",
            qUtf8Printable(QCoreApplication::translate("cli", "Unsupported language \"%1\"; use pt_BR or en.").arg(lang)));
        return 2;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Cessio command line: review and decide QI Tech assignment batches."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ u"lang"_s, QCoreApplication::translate("cli", "Interface language: pt_BR or en."), u"LANG"_s });
    parser.process(app);
    parser.showHelp(0);
}
