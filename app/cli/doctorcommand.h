#pragma once

#include "cli/command.h"

namespace cessio::cli {

// doctor: for each fund, is the host reachable, is the signature accepted, may this integration read
// the fund; and does the server offer the (inferred) batch listing. Failures are explained in plain
// words: IP not on the allow-list (GDF000029, 48 h to activate), unknown client key, bad signature or
// clock, unreachable host.
class DoctorCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void start() override;

    enum class State { Ok, Warning, Failed, Skipped };
    struct Check
    {
        QString name; // reachable | signature | permission | batch_listing
        State state = State::Skipped;
        QString message;
        ApiError error;
    };

private:
    void checkFund(int index);
    void checkListing(int index, const AssignmentConfiguration &configuration);
    void fundDone(int index, const QList<Check> &checks);
    void report();

    QList<QList<Check>> m_checks; // per fund
    int m_pending = 0;
};

} // namespace cessio::cli
