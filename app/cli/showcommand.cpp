#include "cli/batchcommands.h"
#include "cli/console.h"
#include "cli/domainjson.h"
#include "cli/exitcodes.h"
#include "cli/format.h"
#include "cli/table.h"

#include <QCoreApplication>
#include <QLocale>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace cessio::cli {

namespace {

// The configuration as the batch carries it, else as the locator listed it.
AssignmentConfiguration configurationOf(const BatchLocation &location)
{
    if (location.batch && !location.batch->configuration.key.isEmpty())
        return location.batch->configuration;
    if (location.configuration)
        return *location.configuration;
    AssignmentConfiguration bare;
    bare.key = location.ref.configurationKey;
    return bare;
}

} // namespace

void ShowCommand::start()
{
    locate(options().arguments.constFirst(), [this](const BatchLocation &location) {
        client()->assetsSummary(location.ref, this,
                                [this, location](const ApiResult<AssetsSummary> &summary) { report(location, summary); });
    });
}

void ShowCommand::report(const BatchLocation &location, const ApiResult<AssetsSummary> &summary)
{
    const Batch &batch = *location.batch;
    const AssignmentConfiguration configuration = configurationOf(location);
    if (!summary.ok())
        Console::err(QCoreApplication::translate("cli", "Warning: the assets summary could not be read: %1")
                         .arg(summary.error.userMessage()));

    if (json()) {
        JsonOut out = JsonOut::object()
                          .insert(u"fund_class_key"_s, location.ref.fundClassKey)
                          .insert(u"assignment_configuration_key"_s, location.ref.configurationKey)
                          .insert(u"batch"_s, DomainJson::batch(batch))
                          .insert(u"assets_summary"_s, summary.ok() ? DomainJson::summary(*summary.value) : JsonOut());
        if (!configuration.key.isEmpty() && batch.configuration.key.isEmpty())
            out.insert(u"assignment_configuration"_s, DomainJson::configuration(configuration));
        if (!summary.ok())
            out.insert(u"errors"_s, JsonOut::array().append(DomainJson::error(summary.error)));
        printJson(out);
        finish(summary.ok() ? Success : exitCodeFor(summary.error));
        return;
    }

    QList<std::pair<QString, QString>> facts;
    facts.append({ QCoreApplication::translate("cli", "Batch"), batch.externalId });
    if (!batch.number.isEmpty())
        facts.append({ QCoreApplication::translate("cli", "Number"), batch.number });
    if (!batch.name.isEmpty())
        facts.append({ QCoreApplication::translate("cli", "Name"), batch.name });
    facts.append(
        { QCoreApplication::translate("cli", "Status"), batch.status.displayName() + u" ("_s + batch.status.apiName() + u')' });
    facts.append({ QCoreApplication::translate("cli", "Date"), Format::date(batch.date) });
    const Fund &fund = configuration.fund;
    facts.append(
        { QCoreApplication::translate("cli", "Fund"),
          fund.name.isEmpty() ? location.ref.fundClassKey : fund.name + u" ("_s + Format::document(fund.documentNumber) + u')' });
    if (!fund.manager.isEmpty())
        facts.append({ QCoreApplication::translate("cli", "Manager"), Format::party(fund.manager) });
    facts.append({ QCoreApplication::translate("cli", "Configuration"),
                   configuration.name.isEmpty() ? configuration.key : configuration.name + u" ["_s + configuration.key + u']' });
    if (!configuration.assignor.isEmpty())
        facts.append({ QCoreApplication::translate("cli", "Assignor"), Format::party(configuration.assignor) });
    if (configuration.consultant && !configuration.consultant->isEmpty())
        facts.append({ QCoreApplication::translate("cli", "Consultant"), Format::party(*configuration.consultant) });
    if (summary.ok()) {
        const AssetsSummary &s = *summary.value;
        facts.append({ QCoreApplication::translate("cli", "Assets"),
                       Format::assetCounts(s.numberOfAssets, s.numberOfApprovedAssets, s.numberOfDeniedAssets) });
        facts.append({ QCoreApplication::translate("cli", "Total value"), Format::money(s.totalValue) });
    } else if (batch.totalValue) {
        facts.append({ QCoreApplication::translate("cli", "Total value"), Format::money(batch.totalValue) });
    }
    if (batch.irr)
        facts.append({ QCoreApplication::translate("cli", "IRR"), Format::percent(*batch.irr) });
    facts.append({ QCoreApplication::translate("cli", "Disbursement account"),
                   batch.disbursementAccount ? Format::account(*batch.disbursementAccount)
                                             : QCoreApplication::translate("cli", "not chosen yet (contract default)") });
    QString discountsKey = QCoreApplication::translate("cli", "Discounts"); // on the first line only
    for (const AssignorDiscount &d : batch.discounts) {
        facts.append({ std::exchange(discountsKey, QString()),
                       u"%1 %2 (%3) %4"_s.arg(d.description.isEmpty() ? d.type : d.description, Format::money(d.totalValue),
                                              d.type, d.status) });
    }
    if (const QDateTime since = batch.waitingSince(); since.isValid())
        facts.append({ QCoreApplication::translate("cli", "In this status since"), Format::dateTime(since) });
    print(Table::keyValues(facts));

    if (!batch.events.isEmpty()) {
        Table history({ QCoreApplication::translate("cli", "Time"), QCoreApplication::translate("cli", "Status"),
                        QCoreApplication::translate("cli", "By") });
        for (const StatusEvent &e : batch.events) {
            const QString by = e.agent
                ? (e.agent->user.isEmpty() ? e.agent->type : e.agent->user + u" ("_s + e.agent->type + u')')
                : QString();
            history.addRow({ Format::dateTime(e.at), e.status.displayName(), by });
        }
        print(u"\n"_s + history.toString());
    }
    finish(summary.ok() ? Success : exitCodeFor(summary.error));
}

} // namespace cessio::cli
