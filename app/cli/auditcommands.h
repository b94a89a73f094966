#pragma once

#include "cli/command.h"
#include "services/auditseal.h"

namespace cessio::cli {

// audit verify: checks the decision record's hash chain from the first entry, the seals with the
// record's key from the keychain and the anchor in the settings (exit 0 intact, 1 not). With
// --base-url or CESSIO_BASE_URL and no --profile the keychain is not opened: only the chain is checked,
// and it says so.
// audit export FILE [--style excel|plain]: the record as CSV.
// The record is CESSIO_AUDIT_LOG when set, else the desktop app's.
class AuditCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    Needs needs() const override { return Needs::Nothing; }
    void start() override;

private:
    void verify();
    void report(const QString &path, const AuditSeal &seal, const QString &keyProblem);
    void exportCsv(const QString &file);
};

} // namespace cessio::cli
