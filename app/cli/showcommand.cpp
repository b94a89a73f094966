#include "cli/batchcommands.h"
#include "cli/console.h"
#include "cli/domainjson.h"
#include "cli/exitcodes.h"
#include "cli/format.h"
#include "cli/table.h"
#include "cli/workspacecommands.h"
#include "cli/workspacegate.h"
#include "cli/decisioncommands.h"
#include "services/decisionservice.h"
#include "services/workspace/sqlworkspacestore.h"

#include <QCoreApplication>
#include <QFileInfo>
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

JsonOut changeJson(const BatchChange &change)
{
    JsonOut added = JsonOut::array(), removed = JsonOut::array(), values = JsonOut::array(), statuses = JsonOut::array();
    for (const BatchSnapshot::Item &item : change.diff.added)
        added.append(JsonOut::object().insert(u"asset"_s, item.assetId).insert(u"value"_s, item.value));
    for (const BatchSnapshot::Item &item : change.diff.removed)
        removed.append(JsonOut::object().insert(u"asset"_s, item.assetId).insert(u"value"_s, item.value));
    for (const BatchDiff::ValueChange &c : change.diff.valueChanged)
        values.append(JsonOut::object().insert(u"asset"_s, c.assetId).insert(u"before"_s, c.before).insert(u"after"_s, c.after));
    for (const BatchDiff::StatusChange &c : change.diff.statusChanged)
        statuses.append(JsonOut::object()
                            .insert(u"asset"_s, c.assetId)
                            .insert(u"before"_s, c.before.apiName())
                            .insert(u"after"_s, c.after.apiName()));
    return JsonOut::object()
        .insert(u"reviewed_at"_s, JsonOut::dateTime(change.since))
        .insert(u"reviewed_by"_s, change.by)
        .insert(u"summary"_s, change.summary())
        .insert(u"added"_s, added)
        .insert(u"removed"_s, removed)
        .insert(u"value_changed"_s, values)
        .insert(u"status_changed"_s, statuses)
        .insert(u"total_before"_s, change.diff.totalBefore)
        .insert(u"total_after"_s, change.diff.totalAfter);
}

void warn(const QString &problem)
{
    Console::err(QCoreApplication::translate("cli", "Warning: %1").arg(problem));
}

} // namespace

void ShowCommand::start()
{
    locate(options().arguments.constFirst(), [this](const BatchLocation &location) {
        client()->assetsSummary(location.ref, this, [this, location](const ApiResult<AssetsSummary> &summary) {
            compareWithLastReview(location, summary);
        });
    });
}

// Only when the workspace keeps a review of the batch are all its assets read, to compare with it.
void ShowCommand::compareWithLastReview(const BatchLocation &location, const ApiResult<AssetsSummary> &summary)
{
    const WorkspaceSettings settings = workspaceSettingsFor(connection(), auditLogPath());
    if (settings.backend == WorkspaceSettings::Backend::Sqlite && !QFileInfo::exists(settings.sqliteFile)) {
        report(location, summary); // no workspace yet: nothing was reviewed here
        return;
    }
    QString problem;
    std::shared_ptr<SqlWorkspaceStore> store = openWorkspaceStore(connection(), &problem);
    const QString key = DecisionService::workspaceKey(connection().baseUrl, connection().signer.clientKey(), location.ref);
    const auto last = store ? store->lastSnapshot(key) : StoreResult<std::optional<workspace::StoredSnapshot>>::failure(problem);
    if (!last.ok())
        warn(last.error);
    if (!last.ok() || !last.value->has_value()) {
        report(location, summary);
        return;
    }
    client()->allAssets(
        location.ref, this, [this](const QList<AssetListItem> &page) { m_assets += page; },
        [this, location, summary, store, key](const ApiResult<qsizetype> &listed) {
            if (!listed.ok()) {
                warn(QCoreApplication::translate("cli", "the assets could not be listed to compare with the last review: %1")
                         .arg(listed.error.userMessage()));
            } else {
                const auto change = batchhistory::compare(
                    *store, key, BatchSnapshot::fromAssets(location.ref.externalId, m_assets, QDateTime::currentDateTimeUtc()));
                if (!change.ok())
                    warn(change.error);
                else
                    m_change = *change.value;
            }
            report(location, summary);
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
        out.insert(u"since_last_review"_s, m_change ? changeJson(*m_change) : JsonOut());
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
    if (m_change) {
        QStringList lines { m_change->summary() };
        for (const QString &line : m_change->details())
            lines << u"  "_s + line;
        print(u"\n"_s + lines.join(u'\n') + u'\n');
    }
    finish(summary.ok() ? Success : exitCodeFor(summary.error));
}

} // namespace cessio::cli
