#pragma once

#include <QElapsedTimer>
#include <QString>

namespace cessio {

// Keeps one Qt SQL connection to a PostgreSQL server usable across a server restart or a dropped
// network: the driver does not reconnect by itself, so after a restart every statement would fail
// until the program restarted (the team banner cleared while decisions still could not be recorded).
// Before a statement that starts a unit of work, ensure() checks the connection with `SELECT 1` when
// the last statement failed or the connection sat idle, and opens it again when the server dropped
// it. The check only reads. SqlWorkspaceStore also tries a statement again on the new connection when
// it failed before running (at the server-side prepare, or at BEGIN), so nothing runs twice; one that
// fails after it ran (a lost COMMIT) still fails, the caller says so, and the next work reconnects.
class SqlConnectionKeeper
{
public:
    // A connection idle this long is checked before use; a restart takes longer than this.
    static constexpr qint64 idleCheckMs = 1000;

    explicit SqlConnectionKeeper(const QString &connectionName);

    enum class State { Usable, Reopened, Lost };
    // Usable: as it was; Reopened: a new session (listens, prepared statements and temporary state
    // are gone); Lost: the server cannot be reached now (lastError() says why).
    State ensure();
    void succeeded(); // a statement just worked: no check needed for a while
    void failed(); // a statement failed: check before the next one
    QString lastError() const { return m_lastError; }

private:
    QString m_connection;
    QElapsedTimer m_lastSuccess;
    bool m_suspect = false;
    QString m_lastError;
};

} // namespace cessio
