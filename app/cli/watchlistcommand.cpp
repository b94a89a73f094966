#include "cli/watchlistcommand.h"

#include "cli/exitcodes.h"
#include "cli/table.h"
#include "cli/workspacecommands.h"
#include "services/portfolio/portfoliotypes.h"
#include "services/workspace/fundrulesdocument.h"
#include "services/workspace/sqlworkspacestore.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace cessio::cli {

QString WatchListCommand::usage()
{
    return u"watch-list | watch-list add DOCUMENT [--name NAME] [--reason TEXT] | watch-list remove DOCUMENT"_s;
}

QString WatchListCommand::checkArguments(const CliOptions &o)
{
    const QString sub = o.arguments.value(0);
    const bool ok = o.arguments.isEmpty() || ((sub == u"add" || sub == u"remove") && o.arguments.size() == 2);
    if (!ok)
        return QCoreApplication::translate("cli", "Unknown or incomplete watch-list command.");
    if ((o.isSet(u"name"_s) || o.isSet(u"reason"_s)) && sub != u"add")
        return QCoreApplication::translate("cli", "--name and --reason go with watch-list add.");
    if (!o.arguments.isEmpty() && !portfolio::relatedPartyRoot(o.arguments.at(1)))
        return QCoreApplication::translate("cli", "\"%1\" is not a valid CPF, CNPJ or CNPJ root (8 characters).")
            .arg(o.arguments.at(1));
    return {};
}

void WatchListCommand::start()
{
    QString error;
    const auto store = openWorkspaceStore(connection(), &error);
    if (!store) {
        fail(Network, error);
        return;
    }
    const QString key = FundRules::everyFundKey();
    const auto stored = FundRulesDocument::read(*store, key, {});
    if (!stored.ok()) {
        fail(Network, stored.error);
        return;
    }
    FundRules everyFund = stored.value->rules;
    if (!options().arguments.isEmpty()) {
        if (!stored.value->mayEdit) { // the server would refuse it too
            fail(Credentials, QCoreApplication::translate("cli", "Not saved: only a workspace admin changes the watch-list."));
            return;
        }
        const QString root = *portfolio::relatedPartyRoot(options().arguments.at(1));
        QList<FundRules::WatchedParty> &list = everyFund.watchList;
        const qsizetype before = list.size();
        list.erase(std::remove_if(list.begin(), list.end(), [&](const auto &party) { return party.root == root; }), list.end());
        if (options().arguments.constFirst() == u"add") {
            if (list.size() >= FundRules::maxWatchListSize) {
                fail(Usage,
                     QCoreApplication::translate("cli", "The watch-list holds at most %1 parties.")
                         .arg(FundRules::maxWatchListSize));
                return;
            }
            list.append({ root, options().name.trimmed().left(FundRules::maxWatchTextLength),
                          options().reason.trimmed().left(FundRules::maxWatchTextLength), false });
        } else if (list.size() == before) {
            fail(Usage, QCoreApplication::translate("cli", "%1 is not on the watch-list.").arg(options().arguments.at(1)));
            return;
        }
        const auto saved
            = FundRulesDocument::save(*store, key, everyFund, stored.value->version, QDateTime::currentMSecsSinceEpoch());
        if (!saved.ok()) {
            fail(Credentials, saved.error);
            return;
        }
        if (!*saved.value) { // someone saved another version between the read and the write
            fail(ApiFailure,
                 QCoreApplication::translate("cli", "Not saved: someone changed the watch-list meanwhile. Run it again."));
            return;
        }
    }
    if (json()) {
        JsonOut parties = JsonOut::array();
        for (const FundRules::WatchedParty &party : everyFund.watchList)
            parties.append(
                JsonOut::object().insert(u"party"_s, party.root).insert(u"name"_s, party.name).insert(u"reason"_s, party.reason));
        printJson(JsonOut::object().insert(u"watch_list"_s, parties));
        finish(Success);
        return;
    }
    const auto L = Table::Align::Left;
    Table table({ QCoreApplication::translate("cli", "CPF/CNPJ root"), QCoreApplication::translate("cli", "Name"),
                  QCoreApplication::translate("cli", "Reason") },
                { L, L, L });
    for (const FundRules::WatchedParty &party : everyFund.watchList)
        table.addRow({ party.root, party.name, party.reason });
    print(everyFund.watchList.isEmpty() ? QCoreApplication::translate("cli", "The watch-list is empty.\n") : table.toString());
    finish(Success);
}

} // namespace cessio::cli
