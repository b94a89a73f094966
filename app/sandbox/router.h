#pragma once

#include "qitech/endpoints.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace cessio::sandbox {

struct RouteMatch
{
    Endpoint endpoint = Endpoint::AuthenticationTest;
    PathParams params;
    bool viaAlternative = false; // matched one of Endpoints::alternativeTemplates()
};

// Matches a request against every path of the Endpoints table (and the documented alternative
// spellings), so the simulator routes exactly what the client builds: the paths are never
// spelled twice. Placeholders match one non-empty path segment, percent-decoded.
class Router
{
public:
    enum class Result { Matched, NotFound, MethodNotAllowed };

    Router();
    Result match(const QByteArray &method, const QByteArray &rawPath, RouteMatch *match) const;

private:
    struct Route
    {
        Endpoint endpoint;
        QByteArray method;
        QStringList segments; // literal or "{placeholder}"
        bool alternative = false;
    };
    void add(Endpoint endpoint, const QByteArray &method, const QString &pathTemplate, bool alternative);

    QList<Route> m_routes;
};

} // namespace cessio::sandbox
