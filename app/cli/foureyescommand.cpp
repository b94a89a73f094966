#include "cli/foureyescommand.h"

#include "cli/exitcodes.h"
#include "cli/table.h"
#include "cli/workspacecommands.h"
#include "services/workspace/foureyespolicy.h"
#include "services/workspace/sqlworkspacestore.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace cessio::cli {

using namespace workspace;

namespace {

JsonOut policyJson(const QString &fund, const FourEyesPolicy &policy, int version)
{
    return JsonOut::object()
        .insert(u"fund_class_key"_s, fund)
        .insert(u"version"_s, version)
        .insert(u"above"_s, policy.above ? JsonOut(policy.above->toDecimalString()) : JsonOut())
        .insert(u"on_breach"_s, policy.onBreach)
        .insert(u"description"_s, policy.describe());
}

} // namespace

QString FourEyesCommand::usage()
{
    return u"four-eyes --fund KEY [--above AMOUNT|none] [--on-breach yes|no] | four-eyes off --fund KEY"_s;
}

QString FourEyesCommand::checkArguments(const CliOptions &o)
{
    if (!o.arguments.isEmpty() && o.arguments.constFirst() != u"off")
        return QCoreApplication::translate("cli", "four-eyes takes no argument but off.");
    if (!o.arguments.isEmpty() && (o.isSet(u"above"_s) || o.isSet(u"on-breach"_s)))
        return QCoreApplication::translate("cli", "four-eyes off takes no --above or --on-breach.");
    if (o.isSet(u"above"_s) && o.above != u"none" && !Money::fromDecimalString(o.above))
        return QCoreApplication::translate("cli", "--above is an amount in reais such as 1000000.00, or none.");
    if (o.isSet(u"on-breach"_s) && o.onBreach != u"yes" && o.onBreach != u"no")
        return QCoreApplication::translate("cli", "--on-breach is yes or no.");
    return {};
}

void FourEyesCommand::start()
{
    if (connection().funds.size() != 1) {
        fail(Usage, QCoreApplication::translate("cli", "four-eyes takes one fund: --fund KEY."));
        return;
    }
    const QString fund = connection().funds.constFirst();
    QString error;
    const auto store = openWorkspaceStore(connection(), &error);
    if (!store) {
        fail(Network, error);
        return;
    }
    const auto stored = FourEyesPolicyDocument::read(*store, fund);
    if (!stored.ok()) {
        fail(Network, stored.error);
        return;
    }
    FourEyesPolicy policy = stored.value->policy;
    const bool changing = !options().arguments.isEmpty() || options().isSet(u"above"_s) || options().isSet(u"on-breach"_s);
    if (!options().arguments.isEmpty())
        policy = {};
    if (options().isSet(u"above"_s))
        policy.above = options().above == u"none" ? std::nullopt : Money::fromDecimalString(options().above);
    if (options().isSet(u"on-breach"_s))
        policy.onBreach = options().onBreach == u"yes";
    int version = stored.value->version;
    if (changing && !stored.value->mayEdit) { // the server would refuse it too
        fail(Credentials,
             QCoreApplication::translate("cli", "Not saved: only a workspace admin changes a fund's four-eyes policy."));
        return;
    }
    if (changing) {
        const auto saved = FourEyesPolicyDocument::save(*store, fund, policy, version, QDateTime::currentMSecsSinceEpoch());
        if (!saved.ok()) {
            fail(Credentials, saved.error);
            return;
        }
        if (!*saved.value) { // someone saved another version between the read and the write
            fail(ApiFailure,
                 QCoreApplication::translate("cli", "Not saved: someone changed this fund's policy meanwhile. Run it again."));
            return;
        }
        ++version;
    }
    if (json())
        printJson(policyJson(fund, policy, version));
    else
        print(Table::keyValues({ { QCoreApplication::translate("cli", "Fund"), fund },
                                 { QCoreApplication::translate("cli", "Four-eyes policy"), policy.describe() } }));
    finish(Success);
}

} // namespace cessio::cli
