#include "cli/doctorcommand.h"

#include "cli/domainjson.h"
#include "cli/exitcodes.h"
#include "cli/table.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace cessio::cli {

namespace {

using Check = DoctorCommand::Check;
using State = DoctorCommand::State;

Check ok(const QString &name, const QString &message)
{
    return { name, State::Ok, message, {} };
}

Check failed(const QString &name, const QString &message, const ApiError &error)
{
    return { name, State::Failed, message, error };
}

Check skipped(const QString &name)
{
    return { name, State::Skipped, QCoreApplication::translate("cli", "not checked"), {} };
}

// What a failed configuration listing tells about each check, in plain words.
QList<Check> explain(const ApiError &e, const QString &host, const QString &clientKey, const QString &fund)
{
    const QString code
        = e.code().isEmpty() ? (e.httpStatus() > 0 ? u"HTTP "_s + QString::number(e.httpStatus()) : QString()) : e.code();
    switch (e.category()) {
    case ApiError::Category::Network:
        return { failed(
                     u"reachable"_s,
                     QCoreApplication::translate(
                         "cli", "Could not reach %1. Check the address, the internet connection, and any proxy, VPN or firewall.")
                         .arg(host),
                     e),
                 skipped(u"signature"_s), skipped(u"permission"_s) };
    case ApiError::Category::Timeout:
        return { failed(u"reachable"_s, QCoreApplication::translate("cli", "%1 did not answer in time.").arg(host), e),
                 skipped(u"signature"_s), skipped(u"permission"_s) };
    case ApiError::Category::Tls:
        return { failed(u"reachable"_s,
                        QCoreApplication::translate(
                            "cli",
                            "The secure connection to %1 failed: its certificate was refused (a proxy may be intercepting "
                            "the connection).")
                            .arg(host),
                        e),
                 skipped(u"signature"_s), skipped(u"permission"_s) };
    default:
        break;
    }
    const Check reached = ok(u"reachable"_s, QCoreApplication::translate("cli", "%1 answered.").arg(host));
    if (e.code() == u"GDF000029") {
        return { reached,
                 failed(u"signature"_s,
                        QCoreApplication::translate(
                            "cli",
                            "QI Tech refused this computer's IP address (GDF000029): it is not on the integration's allow-list. "
                            "Send QI Tech the public IP address of this machine; a newly added address takes up to 48 hours "
                            "to become active."),
                        e),
                 skipped(u"permission"_s) };
    }
    if (e.code() == u"GDF000018" || e.code() == u"GDF000003") {
        return { reached,
                 failed(u"signature"_s,
                        QCoreApplication::translate(
                            "cli",
                            "QI Tech does not know the API client key %1 (%2). Check that it is the key QI Tech issued for "
                            "this environment: sandbox and production keys differ.")
                            .arg(clientKey, code),
                        e),
                 skipped(u"permission"_s) };
    }
    if (e.category() == ApiError::Category::Auth) {
        return { reached,
                 failed(u"signature"_s,
                        QCoreApplication::translate(
                            "cli",
                            "QI Tech did not accept the request signature (%1). Either the private key does not match the "
                            "public key registered for this client key, or this computer's clock is wrong (every request "
                            "carries the time).")
                            .arg(code),
                        e),
                 skipped(u"permission"_s) };
    }
    const Check signed_ = ok(u"signature"_s, QCoreApplication::translate("cli", "The signature was accepted."));
    if (e.category() == ApiError::Category::Permission) {
        return { reached, signed_,
                 failed(u"permission"_s,
                        QCoreApplication::translate(
                            "cli",
                            "The signature was accepted, but this integration may not read fund %1 (%2). Ask QI Tech to give "
                            "the manager integration access to it.")
                            .arg(fund, code),
                        e) };
    }
    if (e.category() == ApiError::Category::NotFound) {
        return { reached, signed_,
                 failed(u"permission"_s,
                        QCoreApplication::translate("cli", "QI Tech did not find fund %1 (%2): check the fund class key.")
                            .arg(fund, code),
                        e) };
    }
    return { reached, skipped(u"signature"_s),
             failed(u"permission"_s,
                    QCoreApplication::translate("cli", "The server answered with an error: %1").arg(e.userMessage()), e) };
}

QString stateText(State state)
{
    switch (state) {
    case State::Ok:
        return QCoreApplication::translate("cli", "ok");
    case State::Warning:
        return QCoreApplication::translate("cli", "warning");
    case State::Failed:
        return QCoreApplication::translate("cli", "FAILED");
    case State::Skipped:
        return QCoreApplication::translate("cli", "skipped");
    }
    return {};
}

QString stateName(State state)
{
    switch (state) {
    case State::Ok:
        return u"ok"_s;
    case State::Warning:
        return u"warning"_s;
    case State::Failed:
        return u"failed"_s;
    case State::Skipped:
        return u"skipped"_s;
    }
    return {};
}

QString checkTitle(const QString &name)
{
    if (name == u"reachable")
        return QCoreApplication::translate("cli", "Host reachable");
    if (name == u"signature")
        return QCoreApplication::translate("cli", "Signature accepted");
    if (name == u"permission")
        return QCoreApplication::translate("cli", "Permission to read the fund");
    return QCoreApplication::translate("cli", "Batch listing");
}

} // namespace

void DoctorCommand::start()
{
    const int funds = int(connection().funds.size());
    m_checks = QList<QList<Check>>(funds);
    m_pending = funds;
    for (int i = 0; i < funds; ++i)
        checkFund(i);
}

void DoctorCommand::checkFund(int index)
{
    const QString fund = connection().funds.at(index);
    client()->configurationsPage(fund, 0, 10, this, [this, index, fund](const ApiResult<Page<AssignmentConfiguration>> &result) {
        if (!result.ok()) {
            fundDone(index, explain(result.error, connection().baseUrl.host(), connection().signer.clientKey(), fund));
            return;
        }
        const int count = int(result.value->items.size());
        m_checks[index]
            = { ok(u"reachable"_s, QCoreApplication::translate("cli", "%1 answered.").arg(connection().baseUrl.host())),
                ok(u"signature"_s, QCoreApplication::translate("cli", "The signature was accepted.")),
                ok(u"permission"_s,
                   result.value->isLastPage
                       ? QCoreApplication::translate("cli", "%Ln assignment configuration(s) visible.", nullptr, count)
                       : QCoreApplication::translate("cli", "Assignment configurations visible.")) };
        if (count == 0) {
            fundDone(index, m_checks.at(index) + QList<Check> { skipped(u"batch_listing"_s) });
            return;
        }
        checkListing(index, result.value->items.constFirst());
    });
}

void DoctorCommand::checkListing(int index, const AssignmentConfiguration &configuration)
{
    const QString fund = connection().funds.at(index);
    client()->batchesPage(
        fund, configuration.key, BatchStatus::apiName(BatchStatus::PendingManagerApproval), 0, 1, this,
        [this, index](const ApiResult<Page<BatchListItem>> &result) {
            Check check { u"batch_listing"_s,
                          State::Ok,
                          QCoreApplication::translate("cli", "The server lists batches (the inbox works)."),
                          {} };
            if (!result.ok()) {
                // [I] The listing path is our inference; without it the inbox cannot list, but batches still
                // open by their id. A warning, not a failure.
                check.state = State::Warning;
                check.error = result.error;
                check.message = result.error.httpStatus() == 404
                    ? QCoreApplication::translate(
                        "cli",
                        "The server does not offer the batch listing (HTTP 404), which QI Tech does not publish: "
                        "inbox cannot list batches; open them by id with show EXT.")
                    : QCoreApplication::translate("cli", "The batch listing failed: %1").arg(result.error.userMessage());
                if (const QString said = result.error.serverAnswer(); result.error.httpStatus() == 404 && !said.isEmpty())
                    check.message += u'\n' + QCoreApplication::translate("cli", "QI Tech answered: %1").arg(said);
            }
            fundDone(index, m_checks.at(index) + QList<Check> { check });
        });
}

void DoctorCommand::fundDone(int index, const QList<Check> &checks)
{
    m_checks[index] = checks;
    if (--m_pending == 0)
        report();
}

void DoctorCommand::report()
{
    const QStringList funds = connection().funds;
    std::optional<ApiError> firstError;
    JsonOut fundsJson = JsonOut::array();
    QString text
        = Table::keyValues({ { QCoreApplication::translate("cli", "Server"), connection().baseUrl.toString() },
                             { QCoreApplication::translate("cli", "Profile"),
                               connection().profileName.isEmpty() ? QCoreApplication::translate("cli", "(command line)")
                                                                  : connection().profileName },
                             { QCoreApplication::translate("cli", "API client key"), connection().signer.clientKey() } });
    for (int i = 0; i < funds.size(); ++i) {
        JsonOut checks = JsonOut::array();
        text += u'\n' + QCoreApplication::translate("cli", "Fund %1").arg(funds.at(i)) + u'\n';
        Table table({ QCoreApplication::translate("cli", "Check"), QCoreApplication::translate("cli", "Result"),
                      QCoreApplication::translate("cli", "Details") });
        for (const Check &check : m_checks.at(i)) {
            if (check.state == State::Failed && !firstError)
                firstError = check.error;
            table.addRow({ checkTitle(check.name), stateText(check.state), check.message });
            checks.append(JsonOut::object()
                              .insert(u"check"_s, check.name)
                              .insert(u"status"_s, stateName(check.state))
                              .insert(u"message"_s, check.message)
                              .insert(u"error"_s, check.error.isError() ? DomainJson::error(check.error) : JsonOut()));
        }
        text += table.toString();
        fundsJson.append(JsonOut::object().insert(u"fund_class_key"_s, funds.at(i)).insert(u"checks"_s, checks));
    }
    text += u'\n'
        + (firstError ? QCoreApplication::translate("cli", "Some checks failed; see the details above.")
                      : QCoreApplication::translate("cli", "Everything needed works."))
        + u'\n';
    if (json()) {
        printJson(JsonOut::object()
                      .insert(u"base_url"_s, connection().baseUrl.toString())
                      .insert(u"profile"_s, JsonOut::stringOrNull(connection().profileName))
                      .insert(u"ok"_s, !firstError.has_value())
                      .insert(u"funds"_s, fundsJson));
    } else {
        print(text);
    }
    finish(firstError ? exitCodeFor(*firstError) : Success);
}

} // namespace cessio::cli
