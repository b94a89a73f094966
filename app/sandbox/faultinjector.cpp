#include "faultinjector.h"

#include "httpserver.h"

#include <QUrl>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace cessio::sandbox {

namespace {

std::optional<FaultPlan::Kind> kindFromAction(const QString &action)
{
    if (action == u"commit_then_drop")
        return FaultPlan::Kind::CommitThenDrop;
    if (action == u"commit_then_reset")
        return FaultPlan::Kind::CommitThenReset;
    if (action == u"drop_before_commit")
        return FaultPlan::Kind::DropBeforeCommit;
    if (action == u"truncate")
        return FaultPlan::Kind::Truncate;
    if (action == u"garbage")
        return FaultPlan::Kind::Garbage;
    return std::nullopt;
}

} // namespace

FaultInjector::FaultInjector(double rate, quint32 seed)
    : m_rate(qBound(0.0, rate, 1.0))
    , m_random(seed)
{ }

FaultPlan FaultInjector::decide(const HttpRequest &request)
{
    for (qsizetype i = 0; i < m_targeted.size(); ++i) {
        Targeted &fault = m_targeted[i];
        if (!fault.method.isEmpty() && fault.method != request.method)
            continue;
        if (!fault.pathContains.isEmpty() && !request.target.contains(fault.pathContains)
            && !QUrl::fromPercentEncoding(request.target).toUtf8().contains(fault.pathContains))
            continue;
        const FaultPlan plan = fault.plan;
        if (fault.remaining > 0 && --fault.remaining == 0)
            m_targeted.removeAt(i);
        return plan;
    }
    if (m_rate <= 0.0)
        return {};
    // Always two draws per request, so one request's fault never shifts the next one's.
    const double draw = m_random.generateDouble();
    const quint32 pick = m_random.bounded(6u);
    if (draw >= m_rate)
        return {};
    FaultPlan plan;
    plan.source = u"random"_s;
    switch (pick) {
    case 0:
        plan.kind = FaultPlan::Kind::Status;
        plan.status = 500;
        break;
    case 1:
        plan.kind = FaultPlan::Kind::Status;
        plan.status = 503;
        break;
    case 2:
        plan.kind = FaultPlan::Kind::Status;
        plan.status = 502;
        break;
    case 3:
        plan.kind = FaultPlan::Kind::DropBeforeCommit;
        break;
    case 4:
        plan.kind = FaultPlan::Kind::Truncate;
        break;
    default:
        plan.kind = FaultPlan::Kind::Garbage;
        break;
    }
    return plan;
}

int FaultInjector::addTargeted(const QJsonObject &spec, QString *error)
{
    Targeted fault;
    const QJsonObject match = spec.value(u"match"_s).toObject();
    if (spec.contains(u"match"_s) && !spec.value(u"match"_s).isObject()) {
        *error = u"match: expected an object"_s;
        return -1;
    }
    fault.method = match.value(u"method"_s).toString().toUpper().toLatin1();
    fault.pathContains = match.value(u"path_contains"_s).toString().toUtf8();
    const QString action = spec.value(u"action"_s).toString();
    if (!action.isEmpty()) {
        const auto kind = kindFromAction(action);
        if (!kind) {
            *error = u"action: unknown action '%1'"_s.arg(action);
            return -1;
        }
        fault.plan.kind = *kind;
    }
    if (spec.contains(u"status"_s)) {
        const int status = spec.value(u"status"_s).toInt();
        if (status < 400 || status > 599 || !action.isEmpty()) {
            *error = u"status: expected an HTTP error status (400–599) and no action"_s;
            return -1;
        }
        fault.plan.kind = FaultPlan::Kind::Status;
        fault.plan.status = status;
    }
    fault.plan.delayMs = spec.value(u"delay_ms"_s).toInt(0);
    if (fault.plan.delayMs < 0 || (fault.plan.kind == FaultPlan::Kind::None && fault.plan.delayMs == 0)) {
        *error = u"action, status or delay_ms: at least one is required"_s;
        return -1;
    }
    fault.remaining = spec.value(u"times"_s).toInt(1);
    if (fault.remaining == 0 || fault.remaining < -1) {
        *error = u"times: expected a positive count or -1 (always)"_s;
        return -1;
    }
    fault.id = ++m_nextId;
    fault.plan.source = u"targeted:%1"_s.arg(fault.id);
    fault.spec = spec;
    fault.spec.insert(u"fault_id"_s, fault.id);
    m_targeted.append(fault);
    return fault.id;
}

QJsonArray FaultInjector::targeted() const
{
    QJsonArray result;
    for (const Targeted &fault : m_targeted) {
        QJsonObject json = fault.spec;
        json.insert(u"remaining"_s, fault.remaining);
        result.append(json);
    }
    return result;
}

void FaultInjector::clearTargeted()
{
    m_targeted.clear();
}

} // namespace cessio::sandbox
