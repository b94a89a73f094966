#include "router.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace cessio::sandbox {

namespace {

QStringList splitPath(const QString &path)
{
    QStringList segments = path.split(u'/', Qt::KeepEmptyParts);
    if (!segments.isEmpty() && segments.first().isEmpty())
        segments.removeFirst();
    if (segments.size() > 1 && segments.last().isEmpty()) // a trailing slash is tolerated
        segments.removeLast();
    return segments;
}

void assign(PathParams &params, const QString &placeholder, const QString &value)
{
    if (placeholder == u"{fund_class_key}")
        params.fundClassKey = value;
    else if (placeholder == u"{assignment_configuration_key}")
        params.configurationKey = value;
    else if (placeholder == u"{assignment_external_id}")
        params.batchExternalId = value;
    else if (placeholder == u"{asset_external_id}" || placeholder == u"{asset_key}")
        params.assetId = value;
    else if (placeholder == u"{assignor_registry_key}")
        params.assignorKey = value;
    else if (placeholder == u"{account_key}")
        params.accountKey = value;
}

} // namespace

Router::Router()
{
    for (const EndpointInfo &info : Endpoints::all()) {
        add(info.endpoint, info.method, info.pathTemplate, false);
        const QList<QString> alternatives = Endpoints::alternativeTemplates(info.endpoint);
        for (const QString &alternative : alternatives)
            add(info.endpoint, info.method, alternative, true);
    }
}

void Router::add(Endpoint endpoint, const QByteArray &method, const QString &pathTemplate, bool alternative)
{
    m_routes.append({ endpoint, method, splitPath(pathTemplate), alternative });
}

Router::Result Router::match(const QByteArray &method, const QByteArray &rawPath, RouteMatch *match) const
{
    // Split before decoding, so an encoded '/' inside a key stays inside its segment.
    const QStringList raw = splitPath(QString::fromLatin1(rawPath));
    QStringList segments;
    segments.reserve(raw.size());
    for (const QString &segment : raw)
        segments.append(QUrl::fromPercentEncoding(segment.toLatin1()));

    bool pathMatched = false;
    for (const Route &route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        PathParams params;
        bool ok = true;
        for (qsizetype i = 0; ok && i < segments.size(); ++i) {
            const QString &part = route.segments[i];
            if (part.startsWith(u'{')) {
                ok = !segments[i].isEmpty();
                assign(params, part, segments[i]);
            } else {
                ok = part == segments[i];
            }
        }
        if (!ok)
            continue;
        pathMatched = true;
        if (route.method != method)
            continue;
        if (match)
            *match = { route.endpoint, params, route.alternative };
        return Result::Matched;
    }
    return pathMatched ? Result::MethodNotAllowed : Result::NotFound;
}

} // namespace cessio::sandbox
