#include "cli/command.h"

#include "cli/assignorcommands.h"
#include "cli/auditcommands.h"
#include "cli/batchcommands.h"
#include "cli/console.h"
#include "cli/decisioncommands.h"
#include "cli/doctorcommand.h"
#include "cli/domainjson.h"
#include "cli/exitcodes.h"
#include "cli/foureyescommand.h"
#include "cli/listcommands.h"
#include "cli/portfoliocommands.h"
#include "cli/profilecommands.h"
#include "cli/watchlistcommand.h"
#include "cli/workspacecommands.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace cessio::cli {

Command::Command(const CliOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{ }

Command *Command::create(const CliOptions &options, QObject *parent)
{
    const QString &name = options.command;
    if (name == u"configs")
        return new ConfigsCommand(options, parent);
    if (name == u"inbox")
        return new InboxCommand(options, parent);
    if (name == u"show")
        return new ShowCommand(options, parent);
    if (name == u"assets")
        return new AssetsCommand(options, parent);
    if (name == u"checks")
        return new ChecksCommand(options, parent);
    if (name == u"term")
        return new TermCommand(options, parent);
    if (name == u"accounts")
        return new AccountsCommand(options, parent);
    if (name == u"approve" || name == u"deny")
        return new DecideCommand(options, parent);
    if (name == u"remove-assets")
        return new RemoveAssetsCommand(options, parent);
    if (name == u"doctor")
        return new DoctorCommand(options, parent);
    if (name == u"keygen")
        return new KeygenCommand(options, parent);
    if (name == u"profile")
        return new ProfileCommand(options, parent);
    if (name == u"audit")
        return new AuditCommand(options, parent);
    if (name == u"assignor")
        return new AssignorCommand(options, parent);
    if (name == u"portfolio")
        return new PortfolioCommand(options, parent);
    if (name == u"workspace")
        return new WorkspaceCommand(options, parent);
    if (name == u"recommend")
        return new RecommendCommand(options, parent);
    if (name == u"four-eyes")
        return new FourEyesCommand(options, parent);
    if (name == u"watch-list")
        return new WatchListCommand(options, parent);
    return nullptr;
}

void Command::setConnection(const Connection &connection, ApiClient *client)
{
    m_connection = connection;
    m_client = client;
}

void Command::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}

void Command::fail(int exitCode, const QString &message, const JsonOut &details)
{
    Console::err(message);
    if (json()) {
        JsonOut error = details.kind() == JsonOut::Kind::Object ? details : JsonOut::object();
        error.insert(u"message"_s, message);
        error.insert(u"exit_code"_s, exitCode);
        printJson(JsonOut::object().insert(u"error"_s, error));
    }
    finish(exitCode);
}

void Command::failApi(const ApiError &error, const QString &context)
{
    const QString message = context.isEmpty() ? error.userMessage() : context + u": "_s + error.userMessage();
    fail(exitCodeFor(error), QCoreApplication::translate("cli", "Error: %1").arg(message), DomainJson::error(error));
}

void Command::printJson(const JsonOut &value)
{
    Console::outBytes(value.toJson());
}

void Command::print(const QString &text)
{
    Console::out(text);
}

void Command::locate(const QString &externalId, std::function<void(const BatchLocation &)> found)
{
    auto *locator = new BatchLocator(m_client, this);
    connect(locator, &BatchLocator::finished, this, [this, locator, found](const BatchLocation &location) {
        locator->deleteLater();
        if (location.found()) {
            found(location);
            return;
        }
        if (location.status == BatchLocation::Status::NotFound) {
            // QI's own answer (code, text) stays in the JSON as in the message.
            JsonOut details = location.notFoundAnswers.isEmpty() ? JsonOut::object()
                                                                 : DomainJson::error(location.notFoundAnswers.constFirst());
            fail(ApiFailure, location.message(),
                 details.insert(u"category"_s, u"not_found"_s).insert(u"configurations_tried"_s, location.configurationsTried));
            return;
        }
        const ApiError first = location.firstError();
        fail(exitCodeFor(first), location.message(), DomainJson::error(first));
    });
    locator->locate(m_connection.funds, externalId, m_options.config);
}

} // namespace cessio::cli
