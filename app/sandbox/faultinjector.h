#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace cessio::sandbox {

struct HttpRequest;

// What goes wrong with one API request (never with /_sandbox/ routes).
struct FaultPlan
{
    enum class Kind {
        None,
        Status, // answer `status` with a QI-shaped body; the request is not handled
        DropBeforeCommit, // close without a byte; not handled (Qt 6.4 QNAM then resends by itself)
        CommitThenDrop, // handled, then the status line and headers only, then close
        CommitThenReset, // handled, then close without a byte (the client may resend by itself)
        Truncate, // handled, then half the body, then close
        Garbage, // handled, then a 200 with a body that is not JSON
    };
    Kind kind = Kind::None;
    int status = 0;
    int delayMs = 0; // the answer leaves this much later (after handling)
    QString source; // "random" or "targeted:<id>", for the request log

    bool handles() const { return kind != Kind::Status && kind != Kind::DropBeforeCommit; }
};

// Random faults at a seeded rate (the same seed and the same request sequence give the same
// faults) and targeted faults registered by tests through POST /_sandbox/faults:
//   {"match": {"method": "PUT", "path_contains": "/assignment/EXT"},
//    "action": "commit_then_drop" | "commit_then_reset" | "drop_before_commit" | "truncate" | "garbage",
//    "status": 503, "delay_ms": 2000, "times": 1}
// `action` or `status` (or only `delay_ms`); `times` defaults to 1, -1 means every matching request.
class FaultInjector
{
public:
    FaultInjector(double rate, quint32 seed);

    FaultPlan decide(const HttpRequest &request);

    // The new fault's id, or -1 with *error naming the field.
    int addTargeted(const QJsonObject &spec, QString *error);
    QJsonArray targeted() const;
    void clearTargeted();

private:
    struct Targeted
    {
        int id = 0;
        QByteArray method;
        QByteArray pathContains;
        FaultPlan plan;
        int remaining = 1;
        QJsonObject spec;
    };

    double m_rate;
    QRandomGenerator m_random;
    QList<Targeted> m_targeted;
    int m_nextId = 0;
};

} // namespace cessio::sandbox
