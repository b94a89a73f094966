#include "cli/listcommands.h"

#include "cli/console.h"
#include "cli/domainjson.h"
#include "cli/exitcodes.h"
#include "cli/format.h"
#include "cli/table.h"
#include "services/inboxquery.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace cessio::cli {

void ConfigsCommand::start()
{
    const QStringList funds = connection().funds;
    m_results = QList<FundResult>(funds.size());
    for (int i = 0; i < funds.size(); ++i) {
        client()->allConfigurations(funds.at(i), this, [this, i](const ApiResult<QList<AssignmentConfiguration>> &result) {
            m_results[i] = { true, result };
            report();
        });
    }
}

void ConfigsCommand::report()
{
    for (const FundResult &r : std::as_const(m_results)) {
        if (!r.done)
            return;
    }
    const QStringList funds = connection().funds;
    std::optional<ApiError> firstError;
    JsonOut configurations = JsonOut::array();
    JsonOut errors = JsonOut::array();
    Table table({ QCoreApplication::translate("cli", "Fund"), QCoreApplication::translate("cli", "Configuration"),
                  QCoreApplication::translate("cli", "Name"), QCoreApplication::translate("cli", "Assignor"),
                  QCoreApplication::translate("cli", "Asset type"), QCoreApplication::translate("cli", "Consultant approval") });
    for (int i = 0; i < m_results.size(); ++i) {
        const auto &result = m_results.at(i).result;
        if (!result.ok()) {
            if (!firstError)
                firstError = result.error;
            Console::err(QCoreApplication::translate("cli", "Fund %1: %2").arg(funds.at(i), result.error.userMessage()));
            errors.append(DomainJson::error(result.error).insert(u"fund_class_key"_s, funds.at(i)));
            continue;
        }
        for (const AssignmentConfiguration &c : *result.value) {
            configurations.append(DomainJson::configuration(c).insert(u"fund_class_key"_s, funds.at(i)));
            const QString fund = c.fund.name.isEmpty() ? funds.at(i) : c.fund.name;
            table.addRow({ fund, c.key, c.name, Format::party(c.assignor), c.assetType.displayName(),
                           consultantDecisionDisplayName(c.consultantDecision) });
        }
    }
    if (json()) {
        printJson(JsonOut::object().insert(u"configurations"_s, configurations).insert(u"errors"_s, errors));
    } else {
        print(table.toString());
        print(QCoreApplication::translate("cli", "%Ln configuration(s)", nullptr, int(table.rowCount())) + u'\n');
    }
    finish(firstError ? exitCodeFor(*firstError) : Success);
}

void InboxCommand::start()
{
    auto *query = new InboxQuery(client(), this);
    connect(query, &InboxQuery::finished, this, [this](const InboxResult &result) {
        JsonOut batches = JsonOut::array();
        JsonOut errors = JsonOut::array();
        // The columns of the desktop inbox; the configuration is in the JSON output.
        using A = Table::Align;
        Table table({ QCoreApplication::translate("cli", "Fund"), QCoreApplication::translate("cli", "Assignor"),
                      QCoreApplication::translate("cli", "Batch"), QCoreApplication::translate("cli", "Number"),
                      QCoreApplication::translate("cli", "Date"), QCoreApplication::translate("cli", "Assets"),
                      QCoreApplication::translate("cli", "Total"), QCoreApplication::translate("cli", "Since"),
                      QCoreApplication::translate("cli", "Status") },
                    { A::Left, A::Left, A::Left, A::Left, A::Left, A::Right, A::Right, A::Left, A::Left });
        Money total;
        for (const InboxRow &row : result.rows) {
            const BatchListItem &b = row.batch;
            batches.append(DomainJson::batchListItem(b)
                               .insert(u"fund_class_key"_s, row.fundClassKey)
                               .insert(u"assignment_configuration_key"_s, row.configuration.key)
                               .insert(u"assignment_configuration_name"_s, JsonOut::stringOrNull(row.configuration.name))
                               .insert(u"assignor"_s, DomainJson::party(row.configuration.assignor)));
            QString assets = Format::count(b.numberOfAssets); // "approved/total"
            if (b.numberOfAssets && b.numberOfApprovedAssets)
                assets = Format::count(b.numberOfApprovedAssets) + u'/' + assets;
            const QString fund = row.configuration.fund.name.isEmpty() ? row.fundClassKey : row.configuration.fund.name;
            table.addRow({ fund, Format::party(row.configuration.assignor), b.externalId, b.number, Format::date(b.date), assets,
                           Format::money(b.totalValue), Format::dateTime(b.lastEventAt), b.status.displayName() });
            if (b.totalValue)
                total += *b.totalValue;
        }
        for (const InboxFailure &failure : result.failures) {
            Console::err(QCoreApplication::translate("cli", "Warning: %1").arg(failure.message()));
            errors.append(DomainJson::error(failure.error)
                              .insert(u"fund_class_key"_s, failure.fundClassKey)
                              .insert(u"assignment_configuration_key"_s, JsonOut::stringOrNull(failure.configurationKey))
                              .insert(u"listing_unavailable"_s, failure.listingUnavailable())
                              .insert(u"message"_s, failure.message()));
        }
        if (json()) {
            printJson(JsonOut::object()
                          .insert(u"status"_s, result.status)
                          .insert(u"batches"_s, batches)
                          .insert(u"total_value"_s, total)
                          .insert(u"complete"_s, result.complete())
                          .insert(u"errors"_s, errors));
        } else {
            print(table.toString());
            print(QCoreApplication::translate("cli", "%Ln batch(es), total %1", nullptr, int(result.rows.size()))
                      .arg(Format::money(total))
                  + u'\n');
        }
        finish(result.complete() ? Success : exitCodeFor(result.failures.constFirst().error));
    });
    query->start(connection().funds, options().status);
}

} // namespace cessio::cli
