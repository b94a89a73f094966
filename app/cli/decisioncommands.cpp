#include "cli/decisioncommands.h"

#include "cli/batchverdicts.h"
#include "cli/console.h"
#include "cli/domainjson.h"
#include "cli/exitcodes.h"
#include "cli/format.h"
#include "cli/profileaccess.h"
#include "cli/table.h"
#include "cli/workspacegate.h"
#include "services/auditkeys.h"
#include "services/auditlog.h"
#include "services/auditrecordstore.h"
#include "services/workspace/decisiongate.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace cessio::cli {

namespace {

QString resultName(DecisionOutcome::Result result)
{
    switch (result) {
    case DecisionOutcome::Result::Applied:
        return u"applied"_s;
    case DecisionOutcome::Result::Rejected:
        return u"rejected"_s;
    case DecisionOutcome::Result::NotApplied:
        return u"not_applied"_s;
    case DecisionOutcome::Result::Unresolved:
        return u"unresolved"_s;
    case DecisionOutcome::Result::Interrupted:
        return u"interrupted"_s;
    case DecisionOutcome::Result::Refused:
        return u"refused"_s;
    }
    return {};
}

int exitCodeOf(const DecisionOutcome &outcome)
{
    switch (outcome.result) {
    case DecisionOutcome::Result::Applied:
        return Success;
    case DecisionOutcome::Result::NotApplied:
        return Network; // QI did not answer; the re-read shows nothing changed
    case DecisionOutcome::Result::Rejected:
    case DecisionOutcome::Result::Unresolved:
    case DecisionOutcome::Result::Interrupted:
        return outcome.error.isError() ? exitCodeFor(outcome.error) : ApiFailure;
    case DecisionOutcome::Result::Refused:
        return ApiFailure;
    }
    return ApiFailure;
}

JsonOut outcomeJson(const QString &action, const BatchRef &ref, const DecisionOutcome &outcome)
{
    return JsonOut::object()
        .insert(u"action"_s, action)
        .insert(u"external_id"_s, ref.externalId)
        .insert(u"fund_class_key"_s, ref.fundClassKey)
        .insert(u"assignment_configuration_key"_s, ref.configurationKey)
        .insert(u"result"_s, resultName(outcome.result))
        .insert(u"reconciled"_s, outcome.wasReconciled)
        .insert(u"message"_s, outcome.message())
        .insert(u"refusal"_s, outcome.fourEyesRefused ? JsonOut(u"four_eyes_recommendation_required"_s) : JsonOut())
        .insert(u"response"_s, outcome.response ? DomainJson::updateResult(*outcome.response) : JsonOut())
        .insert(u"status_after"_s, outcome.batchAfter ? JsonOut(outcome.batchAfter->status.apiName()) : JsonOut())
        .insert(u"error"_s, outcome.error.isError() ? DomainJson::error(outcome.error) : JsonOut());
}

AuditEntry::Shown shownFrom(const AssetsSummary &summary)
{
    AuditEntry::Shown shown;
    shown.assetCount = summary.numberOfAssets;
    shown.approvedCount = summary.numberOfApprovedAssets;
    shown.deniedCount = summary.numberOfDeniedAssets;
    shown.total = summary.totalValue;
    return shown;
}

} // namespace

QString auditLogPath()
{
    const QString path = qEnvironmentVariable("CESSIO_AUDIT_LOG");
    return path.isEmpty() ? AuditLog::defaultFilePath() : path;
}

void openAuditLog(const Connection &connection, QObject *owner, std::function<void(AuditLog *, const QString &)> done)
{
    const QString path = auditLogPath();
    // The record lives in the workspace the decision gate uses (its file is moved there on first use).
    AuditRecordStore::attach(path, workspaceSettingsFor(connection, path), connection.workspacePassword);
    const auto open = [path, owner, done](const AuditSeal &seal) {
        auto *log = new AuditLog(path, owner);
        log->setSeal(seal);
        QString error;
        if (!log->open(&error)) {
            delete log;
            if (seal.keyState == AuditSeal::KeyState::NotLooked && AuditLog::isSealed(path, seal.anchors.get()))
                error += u' '
                    + QCoreApplication::translate("cli",
                                                  "With --base-url or CESSIO_BASE_URL, cessio-cli does not open the keychain: "
                                                  "use --profile NAME, or set CESSIO_AUDIT_LOG to a record of its own.");
            done(nullptr, error);
            return;
        }
        for (const QString &finding : log->takeFindings())
            Console::err(finding);
        done(log, QString());
    };
    AuditSeal unsealed;
    unsealed.anchors = AuditAnchorStore::userSettings();
    if (connection.profileName.isEmpty()) { // a script's connection: no keychain, so no key
        open(unsealed);
        return;
    }
    auto *access = new ProfileAccess(owner);
    loadAuditSeal(access->secrets(), path, unsealed.anchors, AuditKeyUse::Append, owner,
                  [open, done](const AuditSealResult &result) {
                      if (!result.problem.isEmpty())
                          done(nullptr, result.problem);
                      else
                          open(result.seal);
                  });
}

void settleInterruptedThen(DecisionService *service, const Connection &connection, QObject *owner, std::function<void()> then)
{
    QObject::connect(service, &DecisionService::interruptedFound, owner, [](const QString &message) { Console::err(message); });
    auto *once = new QObject(owner);
    QObject::connect(service, &DecisionService::interruptedReconciled, once, [once, then] {
        once->deleteLater();
        then();
    });
    service->reconcileInterrupted(connection.profileName, connection.baseUrl);
}

// ---- approve / deny

void DecideCommand::start()
{
    if (!options().yes && !Console::stdinIsTerminal()) {
        fail(Usage,
             QCoreApplication::translate(
                 "cli", "Not asking for confirmation: standard input is not a terminal. Pass --yes to %1 from a script.")
                 .arg(options().command));
        return;
    }
    openAuditLog(connection(), this, [this](AuditLog *log, const QString &error) {
        if (!log) {
            fail(ApiFailure,
                 QCoreApplication::translate("cli", "Nothing was sent, because the decision record cannot be written: %1")
                     .arg(error));
            return;
        }
        m_log = log;
        m_service = new DecisionService(client(), m_log, this);
        m_gate = openDecisionGate(connection(), auditLogPath(), this);
        m_service->setGate(m_gate, connection().signer.clientKey());
        connect(m_service, &DecisionService::finished, this,
                [this](const BatchRef &, const DecisionOutcome &outcome) { report(outcome); });
        settleInterruptedThen(m_service, connection(), this, [this] { decide(); });
    });
}

void DecideCommand::decide()
{
    locate(options().arguments.constFirst(), [this](const BatchLocation &location) {
        m_ref = location.ref;
        client()->assetsSummary(location.ref, this, [this, location](const ApiResult<AssetsSummary> &summary) {
            if (!summary.ok()) {
                failApi(summary.error, QCoreApplication::translate("cli", "Reading the assets summary (nothing was sent)"));
                return;
            }
            checkForFourEyes(location, *summary.value);
        });
    });
}

void DecideCommand::checkForFourEyes(const BatchLocation &location, const AssetsSummary &summary)
{
    m_gate->policyOf(location.ref.fundClassKey).then(this, [this, location, summary](const StoreResult<FourEyesPolicy> &policy) {
        // Unreadable: left unknown, and the gate's own reading of the policy decides.
        if (!policy.ok() || !policy.value->needsBreaches(summary.totalValue)) {
            prepare(location, summary);
            return;
        }
        Console::err(QCoreApplication::translate("cli", "Checking every asset of %1 for the fund's four-eyes policy…")
                         .arg(location.ref.externalId));
        client()->allAssets(
            location.ref, this, [this](const QList<AssetListItem> &page) { m_assets += page; },
            [this, location, summary](const ApiResult<qsizetype> &listed) {
                if (!listed.ok()) {
                    failApi(listed.error,
                            QCoreApplication::translate("cli",
                                                        "Listing the assets to check them for the fund's "
                                                        "four-eyes policy (nothing was sent)"));
                    return;
                }
                const BatchVerdicts found = BatchVerdicts::of(connection(), location, std::exchange(m_assets, {}));
                if (!found.rulesProblem.isEmpty() || !found.proForma)
                    Console::err(QCoreApplication::translate("cli", "Warning: %1")
                                     .arg(found.rulesProblem.isEmpty() ? found.bookProblem : found.rulesProblem));
                else // what could not be read counts as breached, as the policy says
                    m_breached = found.breached();
                prepare(location, summary);
            });
    });
}

void DecideCommand::prepare(const BatchLocation &location, const AssetsSummary &summary)
{
    const QString accountKey = options().account;
    if (!approving() || accountKey.isEmpty()) {
        confirmAndSend(location, summary,
                       approving() ? QCoreApplication::translate("cli", "the contract's default account") : QString());
        return;
    }
    // Bank details for the chosen account, when the server lists accounts ([I] not published).
    const QString assignorKey = location.batch->configuration.assignor.key.isEmpty() && location.configuration
        ? location.configuration->assignor.key
        : location.batch->configuration.assignor.key;
    if (assignorKey.isEmpty()) {
        confirmAndSend(location, summary, accountKey);
        return;
    }
    client()->accounts(assignorKey, this, [=, this](const ApiResult<QList<BankAccount>> &accounts) {
        QString text = accountKey;
        if (accounts.ok()) {
            const auto it = std::find_if(accounts.value->cbegin(), accounts.value->cend(),
                                         [&](const BankAccount &a) { return a.accountKey == accountKey; });
            if (it == accounts.value->cend())
                Console::err(QCoreApplication::translate("cli", "Warning: the account %1 is not among the assignor's accounts.")
                                 .arg(accountKey));
            else if (!it->isDefault)
                Console::err(QCoreApplication::translate("cli", "Warning: the account %1 is not the assignor's default account.")
                                 .arg(accountKey));
            if (it != accounts.value->cend())
                text = Format::account(*it);
        }
        confirmAndSend(location, summary, text);
    });
}

void DecideCommand::confirmAndSend(const BatchLocation &location, const AssetsSummary &summary, const QString &accountText)
{
    const Batch &batch = *location.batch;
    const AssignmentConfiguration &configuration
        = batch.configuration.key.isEmpty() && location.configuration ? *location.configuration : batch.configuration;
    QList<std::pair<QString, QString>> facts {
        { QCoreApplication::translate("cli", "Batch"),
          batch.externalId + (batch.number.isEmpty() ? QString() : u" (nº "_s + batch.number + u')') },
        { QCoreApplication::translate("cli", "Fund"),
          configuration.fund.name.isEmpty() ? location.ref.fundClassKey : configuration.fund.name },
        { QCoreApplication::translate("cli", "Assignor"), Format::party(configuration.assignor) },
        { QCoreApplication::translate("cli", "Status"), batch.status.displayName() },
        { QCoreApplication::translate("cli", "Assets"),
          Format::assetCounts(summary.numberOfAssets, summary.numberOfApprovedAssets, summary.numberOfDeniedAssets) },
        { QCoreApplication::translate("cli", "Total value"), Format::money(summary.totalValue) },
    };
    if (m_breached)
        facts.append({ QCoreApplication::translate("cli", "Checks"),
                       *m_breached ? QCoreApplication::translate("cli", "an alert, fund rule or portfolio limit is breached")
                                   : QCoreApplication::translate("cli", "no alert, no fund rule or portfolio limit broken") });
    if (approving())
        facts.append({ QCoreApplication::translate("cli", "Disbursement account"), accountText });
    else if (!options().reason.isEmpty())
        facts.append({ QCoreApplication::translate("cli", "Reason"), options().reason });
    const QString text
        = (approving() ? QCoreApplication::translate("cli", "Approve:") : QCoreApplication::translate("cli", "Deny:")) + u'\n'
        + Table::keyValues(facts);
    if (!options().yes) {
        Console::err(text);
        const QString question = approving() ? QCoreApplication::translate("cli", "Approve batch %1 for %2? [y/N]")
                                                   .arg(batch.externalId, Format::money(summary.totalValue))
                                             : QCoreApplication::translate("cli", "Deny batch %1? [y/N]").arg(batch.externalId);
        if (!Console::confirm(question)) {
            fail(Usage, QCoreApplication::translate("cli", "Not confirmed: nothing was sent."));
            return;
        }
    } else if (!json()) {
        print(text);
    }

    DecisionContext context;
    context.profileName = connection().profileName;
    context.environment = connection().baseUrl;
    context.batch = location.ref;
    context.shown = shownFrom(summary);
    context.fourEyes.total = summary.totalValue;
    context.fourEyes.breached = m_breached; // checked only when the fund's policy turns on breaches
    context.reason = options().reason;
    if (approving()) {
        context.shown.accountKey = options().account;
        context.shown.accountText = accountText;
        m_service->approve(context, options().account, ApprovalGuard { summary.numberOfApprovedAssets, summary.totalValue });
    } else {
        m_service->deny(context);
    }
}

void DecideCommand::report(const DecisionOutcome &outcome)
{
    if (json()) {
        printJson(outcomeJson(options().command, m_ref, outcome));
    } else {
        if (outcome.result == DecisionOutcome::Result::Applied)
            print(outcome.message() + u'\n');
        else
            Console::err(outcome.message());
        if (outcome.response)
            print(QCoreApplication::translate("cli", "Batch %1 is now %2.")
                      .arg(m_ref.externalId, outcome.response->status.displayName())
                  + u'\n');
        else if (outcome.batchAfter)
            print(QCoreApplication::translate("cli", "Batch %1, as read again: %2.")
                      .arg(m_ref.externalId, outcome.batchAfter->status.displayName())
                  + u'\n');
    }
    finish(exitCodeOf(outcome));
}

// ---- remove-assets

bool RemoveAssetsCommand::wasInterrupted(const BatchRef &ref) const
{
    // The last removal of this batch reopened it but never closed it again.
    QString operation;
    bool reopened = false;
    bool closed = false;
    for (const AuditEntry &e : m_log->readAll()) {
        if (e.fundClassKey != ref.fundClassKey || e.configurationKey != ref.configurationKey
            || e.batchExternalId != ref.externalId)
            continue;
        const bool done = e.outcome == AuditEntry::Outcome::Succeeded || e.outcome == AuditEntry::Outcome::ResolvedApplied;
        if (e.action == AuditEntry::Action::Reopen && e.outcome == AuditEntry::Outcome::Pending) {
            operation = e.operationId;
            reopened = closed = false;
        } else if (e.operationId == operation && e.action == AuditEntry::Action::Reopen && done) {
            reopened = true;
        } else if (e.operationId == operation && e.action == AuditEntry::Action::CloseInsertion && done) {
            closed = true;
        }
    }
    return reopened && !closed;
}

void RemoveAssetsCommand::start()
{
    openAuditLog(connection(), this, [this](AuditLog *log, const QString &error) {
        if (!log) {
            fail(ApiFailure,
                 QCoreApplication::translate("cli", "Nothing was sent, because the decision record cannot be written: %1")
                     .arg(error));
            return;
        }
        m_log = log;
        m_service = new DecisionService(client(), m_log, this);
        m_service->setGate(openDecisionGate(connection(), auditLogPath(), this), connection().signer.clientKey());
        connect(m_service, &DecisionService::finished, this,
                [this](const BatchRef &, const DecisionOutcome &outcome) { report(outcome); });
        settleInterruptedThen(m_service, connection(), this, [this] { remove(); });
    });
}

void RemoveAssetsCommand::remove()
{
    locate(options().arguments.constFirst(), [this](const BatchLocation &location) {
        client()->assetsSummary(location.ref, this, [this, location](const ApiResult<AssetsSummary> &summary) {
            if (!summary.ok()) {
                failApi(summary.error, QCoreApplication::translate("cli", "Reading the assets summary (nothing was sent)"));
                return;
            }
            m_ref = location.ref;
            DecisionContext context;
            context.profileName = connection().profileName;
            context.environment = connection().baseUrl;
            context.batch = location.ref;
            context.shown = shownFrom(*summary.value);
            context.fourEyes.total = summary.value->totalValue;
            const QStringList assets = options().arguments.mid(1);
            if (location.batch->status == BatchStatus(BatchStatus::PendingAssetsInsertion) && wasInterrupted(location.ref)) {
                Console::err(QCoreApplication::translate(
                    "cli", "An earlier removal of assets from this batch was interrupted; finishing it."));
                m_service->resumeRemoval(context, assets);
            } else {
                m_service->removeAssets(context, assets);
            }
        });
    });
}

void RemoveAssetsCommand::report(const DecisionOutcome &outcome)
{
    if (json()) {
        JsonOut out = outcomeJson(u"remove-assets"_s, m_ref, outcome);
        JsonOut removed = JsonOut::array();
        for (const QString &id : outcome.removedAssets)
            removed.append(id);
        JsonOut remaining = JsonOut::array();
        for (const QString &id : outcome.remainingAssets)
            remaining.append(id);
        out.insert(u"removed_assets"_s, removed).insert(u"remaining_assets"_s, remaining);
        printJson(out);
    } else {
        if (outcome.result == DecisionOutcome::Result::Applied)
            print(outcome.message() + u'\n');
        else
            Console::err(outcome.message());
        if (!outcome.removedAssets.isEmpty())
            print(QCoreApplication::translate("cli", "Removed: %1").arg(outcome.removedAssets.join(u", "_s)) + u'\n');
        if (!outcome.remainingAssets.isEmpty())
            print(QCoreApplication::translate("cli", "Still to remove: %1 (run the same command again to finish)")
                      .arg(outcome.remainingAssets.join(u", "_s))
                  + u'\n');
    }
    finish(exitCodeOf(outcome));
}

} // namespace cessio::cli
