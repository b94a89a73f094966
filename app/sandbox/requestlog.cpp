#include "requestlog.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace cessio::sandbox {

namespace {
constexpr std::size_t maxEntries = 50000;
} // namespace

qint64 RequestLog::begin(const QString &method, const QString &target)
{
    Entry entry;
    entry.sequence = ++m_next;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.method = method;
    entry.target = target;
    entry.outcome = u"pending"_s;
    m_entries.push_back(entry);
    if (m_entries.size() > maxEntries)
        m_entries.pop_front();
    return entry.sequence;
}

void RequestLog::finish(qint64 sequence, const QString &clientKey, int status, const QString &outcome, const QString &fault)
{
    if (m_entries.empty() || sequence < m_entries.front().sequence)
        return; // cleared or rotated out meanwhile
    // Sequences are consecutive, so the entry's index follows from the first one's.
    const std::size_t index = std::size_t(sequence - m_entries.front().sequence);
    if (index >= m_entries.size() || m_entries[index].sequence != sequence)
        return;
    Entry &entry = m_entries[index];
    entry.clientKey = clientKey;
    entry.status = status;
    entry.outcome = outcome;
    entry.fault = fault;
}

QJsonArray RequestLog::toJson() const
{
    QJsonArray result;
    for (const Entry &entry : m_entries) {
        result.append(QJsonObject { { u"sequence"_s, entry.sequence },
                                    { u"at"_s, entry.at.toString(Qt::ISODateWithMs) },
                                    { u"method"_s, entry.method },
                                    { u"path"_s, entry.target },
                                    { u"client_key"_s, entry.clientKey },
                                    { u"status"_s, entry.status },
                                    { u"outcome"_s, entry.outcome },
                                    { u"fault"_s, entry.fault } });
    }
    return result;
}

} // namespace cessio::sandbox
