#include "cli/batchcommands.h"

#include "cli/batchverdicts.h"
#include "cli/console.h"
#include "cli/domainjson.h"
#include "cli/exitcodes.h"
#include "cli/format.h"
#include "cli/portfoliocommands.h"
#include "cli/proformareport.h"
#include "cli/table.h"
#include "cli/workspacecommands.h"
#include "core/urlpolicy.h"
#include "services/assetchecks.h"
#include "services/assetcsv.h"
#include "services/fundrules.h"
#include "services/settings.h"
#include "services/workspace/fundrulesdocument.h"
#include "services/workspace/sqlworkspacestore.h"

#include <QCoreApplication>
#include <QLocale>
#include <QProcess>

using namespace Qt::Literals::StringLiterals;

namespace cessio::cli {

// ---- assets

void AssetsCommand::start()
{
    locate(options().arguments.constFirst(), [this](const BatchLocation &location) {
        const BatchRef ref = location.ref;
        client()->allAssets(
            ref, this, [this](const QList<AssetListItem> &page) { m_assets += page; },
            [this, location](const ApiResult<qsizetype> &result) {
                if (!result.ok()) {
                    failApi(result.error,
                            QCoreApplication::translate("cli", "Listing the assets of %1").arg(location.ref.externalId));
                    return;
                }
                report(location);
            });
    });
}

// The same file as the desktop's "Export CSV…": every asset with its alerts (the batch checks, with the
// fund's rules from the desktop's settings), and the rules' verdicts beside it when the fund has rules.
bool AssetsCommand::writeCsv(const BatchLocation &location)
{
    const BatchRef &ref = location.ref;
    QString style = options().csvStyle;
    if (style.isEmpty()) // pt-BR Excel under a Portuguese interface, plain otherwise
        style = QLocale().language() == QLocale::Portuguese ? u"excel"_s : u"plain"_s;
    const auto csvStyle = style == u"excel" ? cessio::AssetCsv::Style::ExcelPtBr : cessio::AssetCsv::Style::Plain;
    QString problem;
    const FundRules rules = fundRulesFor(connection(), ref.fundClassKey, &problem);
    if (!problem.isEmpty())
        Console::err(QCoreApplication::translate("cli", "Warning: %1").arg(problem));
    const AssetChecks checks = location.batch
        ? AssetChecks::run(m_assets, location.batch->date, location.batch->configuration.assignor.documentNumber, rules)
        : AssetChecks::run(m_assets, QDate(), QString(), rules);
    QString error;
    if (!cessio::AssetCsv::write(options().csvFile, ref.externalId, m_assets, csvStyle, &error, &checks)) {
        fail(ApiFailure, QCoreApplication::translate("cli", "Could not write %1: %2").arg(options().csvFile, error));
        return false;
    }
    QString rulesFile;
    if (checks.hasFundRules) {
        rulesFile = cessio::AssetCsv::fundRulesPath(options().csvFile);
        if (!cessio::AssetCsv::writeFundRules(rulesFile, ref.externalId, checks, csvStyle, &error)) {
            fail(ApiFailure, QCoreApplication::translate("cli", "Could not write %1: %2").arg(rulesFile, error));
            return false;
        }
    }
    if (json()) {
        printJson(JsonOut::object()
                      .insert(u"external_id"_s, ref.externalId)
                      .insert(u"file"_s, options().csvFile)
                      .insert(u"fund_rules_file"_s, rulesFile.isEmpty() ? JsonOut() : JsonOut(rulesFile))
                      .insert(u"style"_s, style)
                      .insert(u"number_of_assets"_s, qint64(m_assets.size()))
                      .insert(u"assets_flagged"_s, checks.flaggedCount()));
    } else {
        print(
            QCoreApplication::translate("cli", "%Ln asset(s) written to %1", nullptr, int(m_assets.size())).arg(options().csvFile)
            + u'\n');
        if (!rulesFile.isEmpty())
            print(QCoreApplication::translate("cli", "Fund rules' verdicts written to %1").arg(rulesFile) + u'\n');
    }
    return true;
}

void AssetsCommand::report(const BatchLocation &location)
{
    const BatchRef &ref = location.ref;
    Money total;
    for (const AssetListItem &asset : std::as_const(m_assets)) {
        if (asset.status.countsTowardTotal())
            total += asset.totalPurchaseValue;
    }
    if (!options().csvFile.isEmpty()) {
        if (writeCsv(location))
            finish(Success);
        return;
    }
    if (json()) {
        JsonOut assets = JsonOut::array();
        for (const AssetListItem &asset : std::as_const(m_assets))
            assets.append(DomainJson::asset(asset));
        printJson(JsonOut::object()
                      .insert(u"external_id"_s, ref.externalId)
                      .insert(u"fund_class_key"_s, ref.fundClassKey)
                      .insert(u"assignment_configuration_key"_s, ref.configurationKey)
                      .insert(u"number_of_assets"_s, qint64(m_assets.size()))
                      .insert(u"total_purchase_value"_s, total)
                      .insert(u"assets"_s, assets));
        finish(Success);
        return;
    }
    const auto R = Table::Align::Right;
    const auto L = Table::Align::Left;
    Table table({ QCoreApplication::translate("cli", "Asset"), QCoreApplication::translate("cli", "Type"),
                  QCoreApplication::translate("cli", "Status"), QCoreApplication::translate("cli", "Purchase value"),
                  QCoreApplication::translate("cli", "Days"), QCoreApplication::translate("cli", "Denied by"),
                  QCoreApplication::translate("cli", "Reason") },
                { L, L, L, R, R, L, L });
    for (const AssetListItem &a : std::as_const(m_assets)) {
        table.addRow({ a.externalId, a.type.displayName(), a.status.displayName(), Format::money(a.totalPurchaseValue),
                       Format::count(a.durationDays), a.deniedBy, a.denialReason });
    }
    print(table.toString());
    print(QCoreApplication::translate("cli", "%Ln asset(s); total of those not denied or discarded: %1", nullptr,
                                      int(m_assets.size()))
              .arg(Format::money(total))
          + u'\n');
    finish(Success);
}

// ---- checks

void ChecksCommand::start()
{
    locate(options().arguments.constFirst(), [this](const BatchLocation &location) {
        client()->allAssets(
            location.ref, this, [this](const QList<AssetListItem> &page) { m_assets += page; },
            [this, location](const ApiResult<qsizetype> &result) {
                if (!result.ok()) {
                    failApi(result.error,
                            QCoreApplication::translate("cli", "Listing the assets of %1").arg(location.ref.externalId));
                    return;
                }
                report(location);
            });
    });
}

void ChecksCommand::report(const BatchLocation &location)
{
    const BatchVerdicts found = BatchVerdicts::of(connection(), location, m_assets);
    if (!found.rulesProblem.isEmpty())
        Console::err(QCoreApplication::translate("cli", "Warning: %1").arg(found.rulesProblem));
    if (!found.proForma)
        Console::err(QCoreApplication::translate("cli", "Warning: %1").arg(found.bookProblem));
    const AssetChecks &checks = found.checks;
    const std::optional<ProForma::Result> &proForma = found.proForma;
    if (json()) {
        JsonOut alerts = JsonOut::array();
        for (const QString &id : checks.flaggedInBatchOrder) {
            for (const AssetChecks::Finding &finding : checks.findingsFor(id))
                alerts.append(JsonOut::object()
                                  .insert(u"asset"_s, id)
                                  .insert(u"rule"_s, AssetChecks::ruleKey(finding.rule))
                                  .insert(u"text"_s, AssetChecks::findingText(finding)));
        }
        JsonOut verdicts = JsonOut::array();
        for (const FundRules::Verdict &verdict : checks.fundRuleVerdicts)
            verdicts.append(JsonOut::object()
                                .insert(u"rule"_s, verdict.name)
                                .insert(u"batch"_s, verdict.measured)
                                .insert(u"limit"_s, verdict.limit)
                                .insert(u"passed"_s, verdict.passed)
                                .insert(u"assets_outside"_s, verdict.assetsOutside));
        // Rates as decimal fractions, as QI's API writes them (0.0205 = 2.05 %), per month of 21 business days.
        const BatchPricing &pricing = checks.pricing;
        const auto rate = [](const std::optional<double> &value) { return value ? JsonOut(*value) : JsonOut(); };
        JsonOut prices = JsonOut::object()
                             .insert(u"batch_monthly_rate"_s, rate(pricing.batchMonthlyRate))
                             .insert(u"median_monthly_rate"_s, rate(pricing.medianMonthlyRate))
                             .insert(u"lowest_monthly_rate"_s, rate(pricing.lowestMonthlyRate))
                             .insert(u"highest_monthly_rate"_s, rate(pricing.highestMonthlyRate))
                             .insert(u"assets_priced"_s, pricing.pricedCount())
                             .insert(u"assets_not_priced"_s, pricing.unpricedCount);
        JsonOut out = JsonOut::object()
                          .insert(u"external_id"_s, location.ref.externalId)
                          .insert(u"assets_checked"_s, checks.checkedCount)
                          .insert(u"assets_not_checked"_s, checks.uncheckedCount)
                          .insert(u"assets_flagged"_s, checks.flaggedCount())
                          .insert(u"alerts"_s, alerts)
                          .insert(u"pricing"_s, prices)
                          .insert(u"fund_rules"_s, checks.hasFundRules ? verdicts : JsonOut())
                          .insert(u"portfolio"_s, proForma ? ProFormaReport::json(*proForma) : JsonOut());
        printJson(out);
        finish(Success);
        return;
    }
    const auto L = Table::Align::Left;
    if (checks.flaggedCount() > 0) {
        Table table({ QCoreApplication::translate("cli", "Asset"), QCoreApplication::translate("cli", "Alert") }, { L, L });
        for (const QString &id : checks.flaggedInBatchOrder) {
            for (const AssetChecks::Finding &finding : checks.findingsFor(id))
                table.addRow({ id, AssetChecks::findingText(finding) });
        }
        print(table.toString());
    }
    if (checks.hasFundRules) {
        Table table({ QCoreApplication::translate("cli", "Fund rule"), QCoreApplication::translate("cli", "This batch"),
                      QCoreApplication::translate("cli", "Limit"), QCoreApplication::translate("cli", "Result") },
                    { L, L, L, L });
        for (const FundRules::Verdict &verdict : checks.fundRuleVerdicts) {
            const QString result = !verdict.passed ? QCoreApplication::translate("cli", "BROKEN: %1").arg(verdict.outcome())
                : verdict.outcome().isEmpty()      ? QCoreApplication::translate("cli", "within")
                                                   : QCoreApplication::translate("cli", "within (%1)").arg(verdict.outcome());
            table.addRow({ verdict.name, verdict.measured, verdict.limit, result });
        }
        print((checks.flaggedCount() > 0 ? u"\n"_s : QString()) + table.toString());
    }
    if (const BatchPricing &pricing = checks.pricing; pricing.batchMonthlyRate) {
        const QLocale locale;
        print(u'\n'
              + QCoreApplication::translate("cli", "Implied rate: %1 (%2); from %3 to %4, median %5, over %Ln asset(s).", nullptr,
                                            pricing.pricedCount())
                    .arg(BatchPricing::monthlyText(*pricing.batchMonthlyRate, locale),
                         BatchPricing::annualText(BatchPricing::annualFromMonthly(*pricing.batchMonthlyRate), locale),
                         BatchPricing::monthlyText(pricing.lowestMonthlyRate.value_or(0), locale),
                         BatchPricing::monthlyText(pricing.highestMonthlyRate.value_or(0), locale),
                         BatchPricing::monthlyText(pricing.medianMonthlyRate.value_or(0), locale))
              + u'\n');
    }
    QString summary
        = QCoreApplication::translate("cli", "%Ln of the %1 assets checked have alerts.", nullptr, checks.flaggedCount())
              .arg(QLocale().toString(checks.checkedCount));
    if (checks.uncheckedCount > 0)
        summary += u' '
            + QCoreApplication::translate("cli", "%Ln could not be checked (no details).", nullptr, checks.uncheckedCount);
    print(summary
          + (checks.hasFundRules
                 ? QString()
                 : u' ' + QCoreApplication::translate("cli", "No fund rules set for this fund (set them in the desktop app)."))
          + u'\n');
    if (proForma)
        print(u'\n' + ProFormaReport::text(*proForma));
    finish(Success);
}

// ---- term

void TermCommand::start()
{
    locate(options().arguments.constFirst(), [this](const BatchLocation &location) {
        client()->termLinks(location.ref, this, [this](const ApiResult<TermLinks> &result) {
            if (!result.ok()) {
                failApi(result.error);
                return;
            }
            const TermLinks &links = *result.value;
            if (json())
                printJson(DomainJson::termLinks(links));
            else
                print(Table::keyValues({ { QCoreApplication::translate("cli", "Term"),
                                           links.termUrl.isEmpty() ? QCoreApplication::translate("cli", "not generated yet")
                                                                   : links.termUrl.toString() },
                                         { QCoreApplication::translate("cli", "Signed term"),
                                           links.signedTermUrl.isEmpty() ? QCoreApplication::translate("cli", "not signed yet")
                                                                         : links.signedTermUrl.toString() } }));
            if (!options().open) {
                finish(Success);
                return;
            }
            const QUrl url = links.isSigned() ? links.signedTermUrl : links.termUrl;
            if (url.isEmpty()) {
                fail(
                    ApiFailure,
                    QCoreApplication::translate("cli", "There is no term to open yet: QI Tech generates it after the approval."));
                return;
            }
            open(url);
        });
    });
}

void TermCommand::open(const QUrl &url)
{
    // Without Qt GUI: $BROWSER when set (the usual convention), else the platform's opener.
    QString program = qEnvironmentVariable("BROWSER");
    QStringList arguments { url.toString(QUrl::FullyEncoded) };
    if (program.isEmpty()) {
#if defined(Q_OS_WIN)
        program = u"rundll32"_s;
        arguments.prepend(u"url.dll,FileProtocolHandler"_s);
#elif defined(Q_OS_MACOS)
        program = u"open"_s;
#else
        program = u"xdg-open"_s;
#endif
    }
    if (const UrlPolicy::Verdict verdict = UrlPolicy::check(url); verdict != UrlPolicy::Verdict::Open) {
        fail(ApiFailure, UrlPolicy::refusal(verdict) + u'\n' + UrlPolicy::displayText(url));
        return;
    }
    if (!QProcess::startDetached(program, arguments)) {
        fail(ApiFailure,
             QCoreApplication::translate("cli", "Could not start %1 to open the term; open the address above yourself.")
                 .arg(program));
        return;
    }
    Console::err(QCoreApplication::translate("cli", "Opened in the web browser."));
    finish(Success);
}

// ---- accounts

void AccountsCommand::start()
{
    locate(options().arguments.constFirst(), [this](const BatchLocation &location) {
        QString assignorKey = location.batch->configuration.assignor.key;
        if (assignorKey.isEmpty() && location.configuration)
            assignorKey = location.configuration->assignor.key;
        if (assignorKey.isEmpty()) {
            fail(ApiFailure,
                 QCoreApplication::translate(
                     "cli", "QI Tech did not say who the batch's assignor is, so its accounts cannot be listed."));
            return;
        }
        const std::optional<BankAccount> chosen = location.batch->disbursementAccount;
        client()->accounts(assignorKey, this, [this, assignorKey, chosen](const ApiResult<QList<BankAccount>> &result) {
            if (!result.ok()) {
                if (result.error.httpStatus() == 404) {
                    // [I] The account listing is not published by QI Tech (reference §5.13).
                    QString message = QCoreApplication::translate(
                        "cli",
                        "This server does not list the assignor's accounts (HTTP 404): QI Tech does not "
                        "publish that endpoint. Approving without --account pays into the contract's "
                        "default account.");
                    if (const QString said = result.error.serverAnswer(); !said.isEmpty())
                        message += u'\n' + QCoreApplication::translate("cli", "QI Tech answered: %1").arg(said);
                    if (chosen)
                        message += u'\n'
                            + QCoreApplication::translate("cli", "The batch's disbursement account: %1")
                                  .arg(Format::account(*chosen));
                    fail(ApiFailure, message, DomainJson::error(result.error).insert(u"listing_unavailable"_s, true));
                    return;
                }
                failApi(result.error);
                return;
            }
            if (json()) {
                JsonOut accounts = JsonOut::array();
                for (const BankAccount &account : *result.value)
                    accounts.append(DomainJson::account(account));
                printJson(JsonOut::object()
                              .insert(u"assignor_key"_s, assignorKey)
                              .insert(u"accounts"_s, accounts)
                              .insert(u"disbursement_account"_s, chosen ? DomainJson::account(*chosen) : JsonOut()));
                finish(Success);
                return;
            }
            Table table({ QCoreApplication::translate("cli", "Account key"), QCoreApplication::translate("cli", "Bank"),
                          QCoreApplication::translate("cli", "Branch"), QCoreApplication::translate("cli", "Account"),
                          QCoreApplication::translate("cli", "Type"), QCoreApplication::translate("cli", "Default"),
                          QCoreApplication::translate("cli", "Status") });
            for (const BankAccount &a : *result.value) {
                table.addRow({ a.accountKey, a.bankName(), a.branch, a.numberWithDigit(), a.accountType,
                               a.isDefault ? QCoreApplication::translate("cli", "yes") : QString(), a.status });
            }
            print(table.toString());
            if (chosen)
                print(QCoreApplication::translate("cli", "The batch's disbursement account: %1").arg(Format::account(*chosen))
                      + u'\n');
            finish(Success);
        });
    });
}

} // namespace cessio::cli
