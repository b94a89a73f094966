#include "sqlconnectionkeeper.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

SqlConnectionKeeper::SqlConnectionKeeper(const QString &connectionName)
    : m_connection(connectionName)
{
    m_lastSuccess.start();
}

SqlConnectionKeeper::State SqlConnectionKeeper::ensure()
{
    if (!m_suspect && m_lastSuccess.isValid() && m_lastSuccess.elapsed() < idleCheckMs)
        return State::Usable;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (db.isOpen()) {
        QSqlQuery probe(db);
        if (probe.exec(u"SELECT 1"_s)) {
            succeeded();
            return State::Usable;
        }
    }
    // Dropped by the server (restart, idle timeout, network): the same settings, a new session.
    db.close();
    if (!db.open()) {
        m_lastError = db.lastError().text();
        m_suspect = true;
        return State::Lost;
    }
    succeeded();
    return State::Reopened;
}

void SqlConnectionKeeper::succeeded()
{
    m_suspect = false;
    m_lastError.clear();
    m_lastSuccess.start();
}

void SqlConnectionKeeper::failed()
{
    m_suspect = true;
}

} // namespace cessio
