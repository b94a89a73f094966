#include "cli/cliargs.h"

#include "cli/assignorcommands.h"
#include "cli/foureyescommand.h"
#include "cli/portfoliocommands.h"
#include "cli/watchlistcommand.h"
#include "cli/workspacecommands.h"
#include "core/statuses.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMap>

using namespace Qt::Literals::StringLiterals;

namespace cessio::cli {

namespace {

struct CommandSpec
{
    QStringList options; // command options allowed besides the global ones
    int minArguments = 0;
    int maxArguments = 0; // -1: any number
    QString usage; // the command's synopsis, for errors
};

const QMap<QString, CommandSpec> &commandSpecs()
{
    static const QMap<QString, CommandSpec> specs {
        { u"configs"_s, { {}, 0, 0, u"configs"_s } },
        { u"inbox"_s, { { u"status"_s }, 0, 0, u"inbox [--status STATUS]"_s } },
        { u"show"_s, { { u"config"_s }, 1, 1, u"show EXT [--config KEY]"_s } },
        { u"assets"_s, { { u"config"_s, u"csv"_s, u"csv-style"_s }, 1, 1, u"assets EXT [--config KEY] [--csv FILE]"_s } },
        { u"checks"_s, { { u"config"_s }, 1, 1, u"checks EXT [--config KEY]"_s } },
        { u"approve"_s,
          { { u"config"_s, u"account"_s, u"yes"_s }, 1, 1, u"approve EXT [--config KEY] [--account KEY] [--yes]"_s } },
        { u"deny"_s, { { u"config"_s, u"reason"_s, u"yes"_s }, 1, 1, u"deny EXT [--config KEY] [--reason TEXT] [--yes]"_s } },
        { u"remove-assets"_s, { { u"config"_s }, 2, -1, u"remove-assets EXT [--config KEY] ASSET_EXT..."_s } },
        { u"term"_s, { { u"config"_s, u"open"_s }, 1, 1, u"term EXT [--config KEY] [--open]"_s } },
        { u"accounts"_s, { { u"config"_s }, 1, 1, u"accounts EXT [--config KEY]"_s } },
        { u"keygen"_s, { { u"public-out"_s, u"yes"_s }, 0, 0, u"keygen --public-out FILE [--yes]"_s } },
        { u"profile"_s,
          { { u"workspace"_s, u"workspace-password-stdin"_s },
            1,
            2,
            u"profile add NAME [--base-url URL] [--client-key UUID] [--private-key PEMFILE] [--fund KEY]... "
            "[--workspace SPEC [--workspace-password-stdin]] | profile list | profile remove NAME"_s } },
        { u"doctor"_s, { {}, 0, 0, u"doctor"_s } },
        { u"audit"_s, { { u"style"_s }, 1, 2, u"audit verify | audit export FILE [--style excel|plain]"_s } },
        { u"assignor"_s, { { u"config"_s, u"date"_s }, 2, 5, AssignorCommand::usage() } },
        { u"portfolio"_s, { { u"mapping"_s, u"date"_s }, 1, -1, PortfolioCommand::usage() } },
        { u"workspace"_s, { { u"role"_s, u"name"_s }, 1, 3, WorkspaceCommand::usage() } },
        { u"recommend"_s, { { u"config"_s, u"account"_s, u"reason"_s, u"note"_s }, 2, 3, RecommendCommand::usage() } },
        { u"four-eyes"_s, { { u"above"_s, u"on-breach"_s }, 0, 1, FourEyesCommand::usage() } },
        { u"watch-list"_s, { { u"name"_s, u"reason"_s }, 0, 2, WatchListCommand::usage() } },
    };
    return specs;
}

const QStringList &globalOptions()
{
    static const QStringList names { u"profile"_s, u"base-url"_s, u"client-key"_s, u"private-key"_s,
                                     u"fund"_s,    u"json"_s,     u"lang"_s };
    return names;
}

QString commandsHelp()
{
    return QCoreApplication::translate("cli", "Cessio command line: review and decide QI Tech assignment batches.") + u"\n\n"_s
        + QCoreApplication::translate("cli", "Commands:") + u'\n'
        + QCoreApplication::translate(
               "cli",
               "  configs                     assignment configurations of the fund(s)\n"
               "  inbox [--status STATUS]     batches across funds and configurations (default pending_manager_approval)\n"
               "  show EXT                    batch detail with its assets summary\n"
               "  assets EXT [--csv FILE]     every asset, all pages\n"
               "  checks EXT                  alerts on the assets, the fund's rules, and the portfolio before and after the "
               "batch\n"
               "  approve EXT [--account KEY] [--yes]\n"
               "  deny EXT [--reason TEXT] [--yes]\n"
               "  remove-assets EXT ASSET_EXT...\n"
               "  term EXT [--open]           assignment term links\n"
               "  accounts EXT                disbursement accounts usable for the batch\n"
               "  keygen --public-out FILE    new P-521 key pair; the private key goes to the profile's keychain entry\n"
               "  profile add|list|remove     saved connections (keys in the system keychain)\n"
               "  profile add NAME --workspace \"host=H port=P dbname=D user=U sslmode=MODE\" [--workspace-password-stdin]\n"
               "                   the profile's team workspace on PostgreSQL (its password goes to the keychain)\n"
               "  doctor                      checks each fund: reachability, signature accepted, permissions\n"
               "  audit verify | audit export FILE [--style excel|plain]\n"
               "  portfolio import FILE [--mapping FIELD=COL,...] [--date YYYY-MM-DD]   the administrator's position file\n"
               "  portfolio pl VALUE DATE [CLASS_EQUITY]   the fund's net assets\n"
               "  portfolio limits max_debtor=PCT max_assignor=PCT top_debtors=N:PCT min_credit_rights=PCT\n"
               "                   max_related_parties=PCT related=ROOT:NAME...   (KEY= clears one)\n"
               "  portfolio show              the fund's book (each portfolio command takes --fund KEY)\n"
               "  workspace init [--name NAME] | status | members [add LOGIN --role ROLE --name NAME | set-role LOGIN "
               "--role ROLE | remove LOGIN]\n"
               "                   the profile's team workspace (roles: analyst, approver, admin)\n"
               "  recommend EXT approve [--account KEY] | deny --reason TEXT | remove ASSET_EXT,... [--note TEXT]\n"
               "                   your recommendation for the batch's current decision round\n"
               "  four-eyes --fund KEY [--above AMOUNT|none] [--on-breach yes|no] | four-eyes off --fund KEY\n"
               "                   the fund's four-eyes policy: when a decision needs another member's recommendation\n"
               "  watch-list | watch-list add DOCUMENT [--name NAME] [--reason TEXT] | watch-list remove DOCUMENT\n"
               "                   debtors and assignors no fund buys from (CPF, CNPJ or CNPJ root), in the workspace\n"
               "Commands on a batch take [--config KEY]; without it every configuration of the fund(s) is tried.\n"
               "Exit codes: 0 success, 1 API error, 2 usage, 3 network, 4 credentials.")
        + u'\n'
        + QCoreApplication::translate("cli",
                                      "Assignor side (sent as the client of the credentials, e.g. an assignor client of the "
                                      "sandbox):\n"
                                      "  assignor create-batch EXT --config KEY [--date YYYY-MM-DD]\n"
                                      "  assignor insert-asset EXT --config KEY FILE.json     prints the asset key and status\n"
                                      "  assignor upload-document EXT --config KEY ASSET_ID TYPE FILE.pdf\n"
                                      "  assignor close EXT --config KEY");
}

ParseResult usageError(const QString &message, const QString &usage = {})
{
    ParseResult result;
    result.action = ParseResult::Action::Exit;
    result.exitCode = 2;
    result.output = message;
    if (!usage.isEmpty())
        result.output += u'\n' + QCoreApplication::translate("cli", "Usage: cessio-cli %1").arg(usage);
    result.output += u'\n' + QCoreApplication::translate("cli", "Run cessio-cli --help for every command and option.");
    return result;
}

} // namespace

QStringList splitKeys(const QStringList &values)
{
    QStringList keys;
    for (const QString &value : values) {
        for (const QString &part : value.split(u',')) {
            const QString key = part.trimmed();
            if (!key.isEmpty() && !keys.contains(key))
                keys << key;
        }
    }
    return keys;
}

ParseResult parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(commandsHelp());
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QList<QCommandLineOption> options {
        { u"profile"_s, QCoreApplication::translate("cli", "Use the saved profile NAME (its keys are in the system keychain)."),
          u"NAME"_s },
        { u"base-url"_s, QCoreApplication::translate("cli", "QI Tech server address (or CESSIO_BASE_URL)."), u"URL"_s },
        { u"client-key"_s, QCoreApplication::translate("cli", "API client key, a UUID (or CESSIO_CLIENT_KEY)."), u"UUID"_s },
        { u"private-key"_s, QCoreApplication::translate("cli", "P-521 private key PEM file (or CESSIO_PRIVATE_KEY_FILE)."),
          u"PEMFILE"_s },
        { u"fund"_s, QCoreApplication::translate("cli", "Fund class key; repeat for several (or CESSIO_FUND, comma-separated)."),
          u"KEY"_s },
        { u"json"_s, QCoreApplication::translate("cli", "Print JSON instead of tables.") },
        { u"lang"_s, QCoreApplication::translate("cli", "Interface language: pt_BR or en."), u"LANG"_s },
        { u"status"_s, QCoreApplication::translate("cli", "inbox: the batch status to list (default pending_manager_approval)."),
          u"STATUS"_s },
        { u"config"_s,
          QCoreApplication::translate(
              "cli", "The batch's assignment configuration key (else every configuration of the fund(s) is tried)."),
          u"KEY"_s },
        { u"csv"_s, QCoreApplication::translate("cli", "assets: write every asset to FILE as CSV."), u"FILE"_s },
        { u"csv-style"_s,
          QCoreApplication::translate(
              "cli", "assets --csv: excel (semicolons, decimal comma) or plain; by default it follows the language."),
          u"STYLE"_s },
        { u"account"_s,
          QCoreApplication::translate("cli", "approve: the disbursement account key (default: the contract's default account)."),
          u"KEY"_s },
        { u"reason"_s, QCoreApplication::translate("cli", "deny: the reason, kept in the local decision record."), u"TEXT"_s },
        { u"yes"_s, QCoreApplication::translate("cli", "Do not ask for confirmation.") },
        { u"open"_s, QCoreApplication::translate("cli", "term: open the term in the web browser.") },
        { u"public-out"_s, QCoreApplication::translate("cli", "keygen: write the public key PEM to FILE."), u"FILE"_s },
        { u"style"_s, QCoreApplication::translate("cli", "audit export: excel or plain; by default it follows the language."),
          u"STYLE"_s },
        { u"date"_s,
          QCoreApplication::translate("cli",
                                      "assignor create-batch: the assignment date (default: the fund's accounting date); "
                                      "portfolio import: the file's position date (default: today)."),
          u"YYYY-MM-DD"_s },
        { u"mapping"_s,
          QCoreApplication::translate("cli",
                                      "portfolio import: the columns, as debtor_document=A,due_date=F,present_value=H "
                                      "(default: the fund's last mapping, else guessed from the header)."),
          u"FIELD=COL,..."_s },
        { u"role"_s, QCoreApplication::translate("cli", "workspace members: analyst, approver or admin."), u"ROLE"_s },
        { u"name"_s, QCoreApplication::translate("cli", "workspace init / members add: the person's full name."), u"NAME"_s },
        { u"note"_s, QCoreApplication::translate("cli", "recommend: a note for whoever decides."), u"TEXT"_s },
        { u"above"_s,
          QCoreApplication::translate("cli",
                                      "four-eyes: batches above this total (reais, 1000000.00) need a recommendation; none "
                                      "clears it."),
          u"AMOUNT"_s },
        { u"on-breach"_s,
          QCoreApplication::translate("cli",
                                      "four-eyes: yes when a breached alert, fund rule or portfolio limit needs a "
                                      "recommendation."),
          u"yes|no"_s },
        { u"workspace"_s,
          QCoreApplication::translate("cli",
                                      "profile add: the team workspace, \"sqlite\", \"sqlite:FILE\" or PostgreSQL as "
                                      "\"host=H port=P dbname=D user=U sslmode=MODE\"."),
          u"SPEC"_s },
        { u"workspace-password-stdin"_s,
          QCoreApplication::translate("cli",
                                      "profile add: read the workspace's PostgreSQL password from standard input and keep it "
                                      "in the system keychain.") },
    };
    parser.addOptions(options);
    parser.addPositionalArgument(u"command"_s, QCoreApplication::translate("cli", "The command to run (see Commands above)."),
                                 u"COMMAND [ARGS...]"_s);

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        ParseResult result;
        result.action = ParseResult::Action::Exit;
        result.output = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        ParseResult result;
        result.action = ParseResult::Action::Exit;
        result.output = QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion() + u'\n';
        return result;
    }

    ParseResult result;
    CliOptions &o = result.options;
    for (const QCommandLineOption &option : options) {
        if (parser.isSet(option))
            o.given << option.names().constFirst();
    }
    o.profile = parser.value(u"profile"_s);
    o.baseUrl = parser.value(u"base-url"_s);
    o.clientKey = parser.value(u"client-key"_s);
    o.privateKeyFile = parser.value(u"private-key"_s);
    o.funds = splitKeys(parser.values(u"fund"_s));
    o.json = parser.isSet(u"json"_s);
    o.lang = parser.value(u"lang"_s);
    o.status = parser.value(u"status"_s);
    o.config = parser.value(u"config"_s).trimmed();
    o.csvFile = parser.value(u"csv"_s);
    o.csvStyle = parser.value(u"csv-style"_s);
    o.account = parser.value(u"account"_s).trimmed();
    o.reason = parser.value(u"reason"_s);
    o.publicOut = parser.value(u"public-out"_s);
    o.style = parser.value(u"style"_s);
    o.date = parser.value(u"date"_s).trimmed();
    o.mapping = parser.value(u"mapping"_s);
    o.role = parser.value(u"role"_s).trimmed();
    o.name = parser.value(u"name"_s);
    o.note = parser.value(u"note"_s);
    o.above = parser.value(u"above"_s).trimmed();
    o.onBreach = parser.value(u"on-breach"_s).trimmed();
    o.workspace = parser.value(u"workspace"_s);
    o.workspacePasswordStdin = parser.isSet(u"workspace-password-stdin"_s);
    o.yes = parser.isSet(u"yes"_s);
    o.open = parser.isSet(u"open"_s);

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(QCoreApplication::translate("cli", "No command given."));
    o.command = positional.takeFirst();
    o.arguments = positional;
    const auto spec = commandSpecs().constFind(o.command);
    if (spec == commandSpecs().cend())
        return usageError(QCoreApplication::translate("cli", "Unknown command \"%1\".").arg(o.command));

    for (const QString &name : std::as_const(o.given)) {
        if (!globalOptions().contains(name) && !spec->options.contains(name))
            return usageError(QCoreApplication::translate("cli", "The option --%1 does not apply to %2.").arg(name, o.command),
                              spec->usage);
    }
    const int count = int(o.arguments.size());
    if (count < spec->minArguments || (spec->maxArguments >= 0 && count > spec->maxArguments))
        return usageError(QCoreApplication::translate("cli", "Wrong number of arguments for %1.").arg(o.command), spec->usage);

    // Sub-commands and values that only make sense one way.
    if (o.command == u"profile") {
        const QString sub = o.arguments.constFirst();
        const bool needsName = sub == u"add" || sub == u"remove";
        if ((sub != u"list" && !needsName) || (needsName != (count == 2)))
            return usageError(QCoreApplication::translate("cli", "Unknown or incomplete profile command."), spec->usage);
        if ((o.isSet(u"workspace"_s) || o.workspacePasswordStdin) && sub != u"add")
            return usageError(
                QCoreApplication::translate("cli", "--workspace and --workspace-password-stdin go with profile add."),
                spec->usage);
    }
    if (o.command == u"audit") {
        const QString sub = o.arguments.constFirst();
        if (!((sub == u"verify" && count == 1) || (sub == u"export" && count == 2)))
            return usageError(QCoreApplication::translate("cli", "Unknown or incomplete audit command."), spec->usage);
        if (sub == u"verify" && o.isSet(u"style"_s))
            return usageError(
                QCoreApplication::translate("cli", "The option --%1 does not apply to %2.").arg(u"style"_s, u"audit verify"_s),
                spec->usage);
    }
    if (o.command == u"assignor") {
        const QString problem = AssignorCommand::checkArguments(o);
        if (!problem.isEmpty())
            return usageError(problem, spec->usage);
    }
    if (o.command == u"portfolio") {
        const QString problem = PortfolioCommand::checkArguments(o);
        if (!problem.isEmpty())
            return usageError(problem, spec->usage);
    }
    if (o.command == u"workspace" || o.command == u"recommend") {
        const QString problem
            = o.command == u"workspace" ? WorkspaceCommand::checkArguments(o) : RecommendCommand::checkArguments(o);
        if (!problem.isEmpty())
            return usageError(problem, spec->usage);
    }
    if (o.command == u"watch-list") {
        const QString problem = WatchListCommand::checkArguments(o);
        if (!problem.isEmpty())
            return usageError(problem, spec->usage);
    }
    if (o.command == u"four-eyes") {
        const QString problem = FourEyesCommand::checkArguments(o);
        if (!problem.isEmpty())
            return usageError(problem, spec->usage);
    }
    if (o.command == u"keygen" && o.publicOut.isEmpty())
        return usageError(QCoreApplication::translate("cli", "keygen needs --public-out FILE."), spec->usage);
    for (const QString *style : { &o.csvStyle, &o.style }) {
        if (!style->isEmpty() && *style != u"excel" && *style != u"plain")
            return usageError(QCoreApplication::translate("cli", "The CSV style is excel or plain, not \"%1\".").arg(*style),
                              spec->usage);
    }
    if (o.isSet(u"csv-style"_s) && o.csvFile.isEmpty())
        return usageError(QCoreApplication::translate("cli", "--csv-style needs --csv FILE."), spec->usage);
    if (o.command == u"inbox") {
        if (o.status.isEmpty())
            o.status = BatchStatus::apiName(BatchStatus::PendingManagerApproval);
        const BatchStatus status = BatchStatus::fromApi(o.status);
        if (!status.isKnown()) {
            QStringList names;
            for (const BatchStatus::Value value : BatchStatus::all())
                names << BatchStatus::apiName(value);
            return usageError(QCoreApplication::translate("cli", "Unknown batch status \"%1\". Known statuses: %2.")
                                  .arg(o.status, names.join(u", "_s)),
                              spec->usage);
        }
        o.status = status.apiName(); // the canonical spelling ("reproved" → "denied")
    }
    if (!o.profile.isEmpty() && (o.isSet(u"base-url"_s) || o.isSet(u"client-key"_s) || o.isSet(u"private-key"_s))
        && o.command != u"profile")
        return usageError(
            QCoreApplication::translate("cli", "--profile cannot be combined with --base-url, --client-key or --private-key."));
    return result;
}

} // namespace cessio::cli
