#include "cli/workspacecommands.h"

#include "cli/decisioncommands.h"
#include "cli/exitcodes.h"
#include "cli/table.h"
#include "cli/workspacegate.h"
#include "services/decisionservice.h"
#include "services/workspace/schemamigrations.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace cessio::cli {

using namespace workspace;

namespace {

// The role the store's login has, if a member.
std::optional<Role> roleOf(const QList<Member> &members, const QString &login)
{
    for (const Member &member : members)
        if (member.login == login)
            return member.role;
    return std::nullopt;
}

JsonOut memberJson(const Member &member)
{
    return JsonOut::object()
        .insert(u"login"_s, member.login)
        .insert(u"name"_s, member.displayName)
        .insert(u"role"_s, roleId(member.role));
}

} // namespace

std::shared_ptr<SqlWorkspaceStore> openWorkspaceStore(const Connection &connection, QString *error)
{
    auto opened = SqlWorkspaceStore::open(workspaceSettingsFor(connection, auditLogPath()), connection.workspacePassword);
    if (!opened.ok()) {
        *error = opened.error;
        return nullptr;
    }
    return *opened.value;
}

// ---- workspace

QString WorkspaceCommand::usage()
{
    return u"workspace init [--name NAME] | workspace status | workspace members [add LOGIN --role ROLE --name NAME | "
           "set-role LOGIN --role ROLE | remove LOGIN]"_s;
}

QString WorkspaceCommand::checkArguments(const CliOptions &o)
{
    const QString sub = o.arguments.constFirst();
    const qsizetype count = o.arguments.size();
    const QString change = count >= 2 ? o.arguments.at(1) : QString();
    const bool ok = (sub == u"init" && count == 1) || (sub == u"status" && count == 1)
        || (sub == u"members"
            && (count == 1 || (count == 3 && (change == u"add" || change == u"set-role" || change == u"remove"))));
    if (!ok)
        return QCoreApplication::translate("cli", "Unknown or incomplete workspace command.");
    if (o.isSet(u"role"_s) != (change == u"add" || change == u"set-role"))
        return QCoreApplication::translate("cli", "--role goes with workspace members add and set-role.");
    if (!o.role.isEmpty() && !roleFromId(o.role))
        return QCoreApplication::translate("cli", "The role is analyst, approver or admin, not \"%1\".").arg(o.role);
    if (o.isSet(u"name"_s) && !(sub == u"init" || change == u"add"))
        return QCoreApplication::translate("cli", "--name goes with workspace init and workspace members add.");
    if (change == u"add" && o.name.trimmed().isEmpty())
        return QCoreApplication::translate("cli", "workspace members add needs --name \"Full name\".");
    return {};
}

void WorkspaceCommand::start()
{
    QString error;
    const auto store = openWorkspaceStore(connection(), &error);
    if (!store) {
        fail(Network, error);
        return;
    }
    const QString sub = options().arguments.constFirst();
    if (sub == u"init")
        init(*store);
    else if (sub == u"status")
        status(*store);
    else if (options().arguments.size() == 1)
        members(*store);
    else
        changeMember(*store, options().arguments.at(1), options().arguments.at(2));
}

// Opening applied the migrations; the first member is whoever initialises, as admin. A workspace
// that already has members is left as it is.
void WorkspaceCommand::init(SqlWorkspaceStore &store)
{
    const auto members = store.members();
    if (!members.ok()) {
        fail(ApiFailure, members.error);
        return;
    }
    bool created = false;
    if (members.value->isEmpty()) {
        const QString name = options().name.trimmed().isEmpty() ? store.login() : options().name.trimmed();
        const auto put = store.putMember({ store.login(), name, Role::Admin });
        if (!put.ok()) {
            fail(ApiFailure, put.error);
            return;
        }
        created = true;
    }
    const int version = store.schemaVersion().value.value_or(0);
    if (json()) {
        printJson(JsonOut::object()
                      .insert(u"backend"_s, store.backendName())
                      .insert(u"schema_version"_s, version)
                      .insert(u"login"_s, store.login())
                      .insert(u"first_admin_added"_s, created));
    } else if (created) {
        print(QCoreApplication::translate("cli", "Workspace ready (%1, schema version %2); %3 is its first admin.\n")
                  .arg(store.backendName())
                  .arg(version)
                  .arg(store.login()));
    } else {
        print(QCoreApplication::translate(
                  "cli", "Workspace ready (%1, schema version %2); it already has members: nothing else was changed.\n")
                  .arg(store.backendName())
                  .arg(version));
    }
    finish(Success);
}

void WorkspaceCommand::status(SqlWorkspaceStore &store)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto version = store.schemaVersion();
    const auto members = store.members();
    const auto intents = store.openIntents();
    const auto claims = store.activeClaims(now);
    for (const QString &problem : { version.error, members.error, intents.error, claims.error }) {
        if (!problem.isEmpty()) {
            fail(Network, problem);
            return;
        }
    }
    const std::optional<Role> role = roleOf(*members.value, store.login());
    if (json()) {
        printJson(JsonOut::object()
                      .insert(u"backend"_s, store.backendName())
                      .insert(u"reachable"_s, true)
                      .insert(u"schema_version"_s, *version.value)
                      .insert(u"login"_s, store.login())
                      .insert(u"role"_s, role ? JsonOut(roleId(*role)) : JsonOut())
                      .insert(u"members"_s, int(members.value->size()))
                      .insert(u"open_intents"_s, int(intents.value->size()))
                      .insert(u"active_claims"_s, int(claims.value->size())));
    } else {
        print(Table::keyValues(
            { { QCoreApplication::translate("cli", "Backend"), store.backendName() },
              { QCoreApplication::translate("cli", "Reachable"), QCoreApplication::translate("cli", "yes") },
              { QCoreApplication::translate("cli", "Schema version"), QString::number(*version.value) },
              { QCoreApplication::translate("cli", "Login"), store.login() },
              { QCoreApplication::translate("cli", "Role"),
                role ? roleId(*role) : QCoreApplication::translate("cli", "not a member") },
              { QCoreApplication::translate("cli", "Members"), QString::number(members.value->size()) },
              { QCoreApplication::translate("cli", "Open decision intents"), QString::number(intents.value->size()) },
              { QCoreApplication::translate("cli", "Active claims"), QString::number(claims.value->size()) } }));
    }
    finish(Success);
}

void WorkspaceCommand::members(SqlWorkspaceStore &store)
{
    const auto members = store.members();
    if (!members.ok()) {
        fail(Network, members.error);
        return;
    }
    if (json()) {
        JsonOut all = JsonOut::array();
        for (const Member &member : std::as_const(*members.value))
            all.append(memberJson(member));
        printJson(JsonOut::object().insert(u"members"_s, all));
    } else {
        Table table({ QCoreApplication::translate("cli", "Login"), QCoreApplication::translate("cli", "Name"),
                      QCoreApplication::translate("cli", "Role") });
        for (const Member &member : std::as_const(*members.value))
            table.addRow({ member.login, member.displayName, roleId(member.role) });
        print(table.toString());
    }
    finish(Success);
}

void WorkspaceCommand::changeMember(SqlWorkspaceStore &store, const QString &sub, const QString &login)
{
    const auto members = store.members();
    if (!members.ok()) {
        fail(Network, members.error);
        return;
    }
    const auto existing
        = std::find_if(members.value->cbegin(), members.value->cend(), [&](const Member &m) { return m.login == login; });
    const bool known = existing != members.value->cend();
    if (sub == u"add" && known) {
        fail(Usage, QCoreApplication::translate("cli", "%1 is already a member; use workspace members set-role.").arg(login));
        return;
    }
    if (sub != u"add" && !known) {
        fail(Usage, QCoreApplication::translate("cli", "%1 is not a member of this workspace.").arg(login));
        return;
    }
    StoreStatus changed = StoreStatus::success(true);
    Member member = known ? *existing : Member { login, options().name.trimmed(), Role::Analyst };
    if (sub == u"remove") {
        changed = store.removeMember(login);
    } else {
        member.role = roleFromId(options().role).value_or(Role::Analyst);
        changed = store.putMember(member);
    }
    if (!changed.ok()) {
        fail(Credentials, changed.error);
        return;
    }
    if (!*changed.value) { // a DELETE row-level security filtered out: only admins remove members
        fail(Credentials,
             QCoreApplication::translate("cli", "%1 was not removed: only a workspace admin removes members.").arg(login));
        return;
    }
    if (json())
        printJson(JsonOut::object().insert(sub == u"remove" ? u"removed"_s : u"member"_s, memberJson(member)));
    else if (sub == u"remove")
        print(QCoreApplication::translate("cli", "%1 is no longer a member.\n").arg(login));
    else
        print(QCoreApplication::translate("cli", "%1 (%2) is now %3.\n").arg(login, member.displayName, roleId(member.role)));
    finish(Success);
}

// ---- recommend

QString RecommendCommand::usage()
{
    return u"recommend EXT [--config KEY] approve [--account KEY] | deny --reason TEXT | remove ASSET_EXT,... "
           "[--note TEXT]"_s;
}

QString RecommendCommand::checkArguments(const CliOptions &o)
{
    const QString action = o.arguments.value(1);
    const qsizetype count = o.arguments.size();
    const bool ok = ((action == u"approve" || action == u"deny") && count == 2) || (action == u"remove" && count == 3);
    if (!ok)
        return QCoreApplication::translate("cli", "Recommend approve, deny or remove ASSET_EXT,... for the batch.");
    if (o.isSet(u"account"_s) && action != u"approve")
        return QCoreApplication::translate("cli", "--account goes with recommend EXT approve.");
    if (o.isSet(u"reason"_s) != (action == u"deny") || (action == u"deny" && o.reason.trimmed().isEmpty()))
        return QCoreApplication::translate("cli", "recommend EXT deny needs --reason TEXT (and only deny takes it).");
    return {};
}

void RecommendCommand::start()
{
    locate(options().arguments.constFirst(), [this](const BatchLocation &location) {
        QString error;
        const auto store = openWorkspaceStore(connection(), &error);
        if (!store) {
            fail(Network, error);
            return;
        }
        const QString key = DecisionService::workspaceKey(connection().baseUrl, connection().signer.clientKey(), location.ref);
        const auto intents = store->intentsOf(key);
        if (!intents.ok()) {
            fail(Network, intents.error);
            return;
        }
        const QString action = options().arguments.at(1);
        Recommendation r;
        r.batchKey = key;
        r.round = currentRound(*intents.value);
        r.action = action == u"approve" ? RecommendedAction::Approve
            : action == u"deny"         ? RecommendedAction::Deny
                                        : RecommendedAction::RemoveAssets;
        r.accountKey = options().account;
        r.reason = options().reason.trimmed();
        if (action == u"remove")
            r.assetIds = splitKeys({ options().arguments.at(2) });
        r.note = options().note.trimmed();
        r.createdMs = QDateTime::currentMSecsSinceEpoch();
        const auto id = store->addRecommendation(r);
        if (!id.ok()) {
            fail(Credentials, id.error);
            return;
        }
        if (json()) {
            printJson(JsonOut::object()
                          .insert(u"id"_s, *id.value)
                          .insert(u"batch"_s, location.ref.externalId)
                          .insert(u"round"_s, r.round)
                          .insert(u"who"_s, store->login())
                          .insert(u"action"_s, recommendedActionId(r.action))
                          .insert(u"account"_s, JsonOut::stringOrNull(r.accountKey))
                          .insert(u"reason"_s, JsonOut::stringOrNull(r.reason))
                          .insert(u"note"_s, JsonOut::stringOrNull(r.note)));
        } else {
            print(QCoreApplication::translate("cli", "Recommendation recorded for round %1 of batch %2 by %3.\n")
                      .arg(r.round)
                      .arg(location.ref.externalId, store->login()));
        }
        finish(Success);
    });
}

} // namespace cessio::cli
