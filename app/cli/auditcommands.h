#pragma once

#include "cli/command.h"

namespace cessio::cli {

// audit verify: checks the decision record's hash chain from the first entry (exit 0 intact, 1 not).
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
    void exportCsv(const QString &file);
};

} // namespace cessio::cli
