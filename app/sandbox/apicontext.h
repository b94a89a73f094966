#pragma once

#include "errors.h"
#include "sandboxoptions.h"
#include "world.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace cessio::sandbox {

class Pipeline;

// Who performs an operation: the authenticated API client, or an in-process caller (the demo's
// assignor) that acts with a profile of its choosing.
struct Actor
{
    Profile profile = Profile::Manager;
    Permission permission = Permission::Write;
    QString clientKey;
    QString agentKey; // AGENT-KEY; empty: the fund's manager / the assignor / the consultant key
    QString user; // AGENT-USER; empty: the client key

    static Actor of(const Client &client);
    static Actor inProcess(Profile profile, const QString &user = QStringLiteral("cessio-sandbox"));

    // status_events[].selected_agent for a manual transition of `batch`.
    QJsonObject selectedAgent(const World &world, const Batch &batch) const;
};

// What every operation class works on.
struct ApiContext
{
    World &world;
    Pipeline &pipeline;
    const SandboxOptions &options;
};

// `page` (0-based, default 0) and `limit` (default 10, at most options.maxPageLimit) of a list
// request; nullopt when either is not a valid integer in range (QIT000010).
struct PageRequest
{
    int page = 0;
    int limit = 10;

    static std::optional<PageRequest> parse(const QUrlQuery &query, int maxLimit);

    // {"data": [...], "limit", "page", "is_last_page"} over `count` items, `item(i)` rendering one.
    QJsonObject envelope(qsizetype count, const std::function<QJsonValue(qsizetype)> &item) const;
    // The same envelope as compact JSON, joined from items already encoded (same keys, same order).
    QByteArray encodedEnvelope(qsizetype count, const std::function<QByteArray(qsizetype)> &item) const;
};

} // namespace cessio::sandbox
