#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QString>

#include <deque>

namespace cessio::sandbox {

// Every QI Tech API request the sandbox received (not /_sandbox/ ones), so a test can assert
// "exactly one PUT reached the sandbox". Bounded: the oldest entries go first.
class RequestLog
{
public:
    struct Entry
    {
        qint64 sequence = 0;
        QDateTime at;
        QString method;
        QString target;
        QString clientKey;
        int status = 0; // 0 while in flight, or when no status line was sent
        QString outcome; // "pending", "answered", "dropped", "truncated", "garbage"
        QString fault; // "", "random", "targeted:<id>"
    };

    qint64 begin(const QString &method, const QString &target);
    void finish(qint64 sequence, const QString &clientKey, int status, const QString &outcome, const QString &fault);

    QJsonArray toJson() const;
    void clear() { m_entries.clear(); }
    qsizetype size() const { return qsizetype(m_entries.size()); }

private:
    std::deque<Entry> m_entries;
    qint64 m_next = 0;
};

} // namespace cessio::sandbox
