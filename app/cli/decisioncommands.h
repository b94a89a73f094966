#pragma once

#include "cli/command.h"
#include "services/decisionservice.h"

namespace cessio {
class AuditLog;
}

namespace cessio {
class DecisionGate;
}

namespace cessio::cli {

// approve EXT [--account KEY] [--yes] and deny EXT [--reason TEXT] [--yes].
// Shows the batch, its counts, total and account; asks on a terminal unless --yes (and refuses when
// stdin is not a terminal); approve sends the counts and total it showed as the guard. Sent once,
// recorded in the audit log; an unknown outcome is reconciled by re-reading, never resent.
class DecideCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void start() override;

private:
    bool approving() const { return options().command == u"approve"; }
    void decide(); // once the record is open
    // When the fund's four-eyes policy turns on breaches, every asset is listed and checked first, as
    // the desktop's review does, so the policy knows whether this batch breaches anything.
    void checkForFourEyes(const BatchLocation &location, const AssetsSummary &summary);
    void prepare(const BatchLocation &location, const AssetsSummary &summary);
    void confirmAndSend(const BatchLocation &location, const AssetsSummary &summary, const QString &accountText);
    void report(const DecisionOutcome &outcome);

    AuditLog *m_log = nullptr;
    DecisionService *m_service = nullptr;
    DecisionGate *m_gate = nullptr;
    BatchRef m_ref;
    QList<AssetListItem> m_assets; // only while checking for the four-eyes policy
    std::optional<bool> m_breached; // unknown unless checked: the policy then counts it as breached
};

// remove-assets EXT ASSET_EXT...: reopen, deny each asset, close again (partial approval). When an
// earlier removal of this batch was interrupted (per the audit log), it is finished instead.
class RemoveAssetsCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void start() override;

private:
    bool wasInterrupted(const BatchRef &ref) const;
    void remove(); // once the record is open
    void report(const DecisionOutcome &outcome);

    AuditLog *m_log = nullptr;
    DecisionService *m_service = nullptr;
    BatchRef m_ref;
};

// Opens the audit log named by CESSIO_AUDIT_LOG (else the app's default) for a decision made through
// `connection`, owned by `owner`: sealed with the record's key from the keychain when the connection
// is a saved profile; unsealed for a script's connection (--base-url, CESSIO_*), which never opens the
// keychain and so cannot add to a sealed record. `done` gets the log, or nullptr and why; it may run
// before this returns. Whatever the log found on opening (auditlog.h takeFindings) goes to stderr.
void openAuditLog(const Connection &connection, QObject *owner, std::function<void(AuditLog *, const QString &)> done);
// Settles the decisions of this connection that the record shows as interrupted (a crash before their
// outcome was recorded), telling each on stderr, then calls `then`. Never resends anything.
void settleInterruptedThen(DecisionService *service, const Connection &connection, QObject *owner, std::function<void()> then);
// The audit log file path: CESSIO_AUDIT_LOG, else AuditLog::defaultFilePath().
QString auditLogPath();

} // namespace cessio::cli
