#include "authenticator.h"

#include "httpserver.h"
#include "qitech/crypto.h"
#include "world.h"

#include <QJsonDocument>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace cessio::sandbox {

namespace {

std::optional<QJsonObject> decodePart(const QByteArray &part)
{
    bool ok = false;
    const QByteArray json = Jwt::base64UrlDecode(part, &ok);
    if (!ok)
        return std::nullopt;
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

// The uri claim may carry the query or not (undocumented, reference §2.1 [I]); both are accepted,
// percent-encoded or not.
bool uriMatches(const QString &claim, const HttpRequest &request)
{
    const QString target = QString::fromLatin1(request.target);
    const QString path = QString::fromLatin1(request.rawPath);
    if (claim == target || claim == path)
        return true;
    const QString decoded = QUrl::fromPercentEncoding(claim.toUtf8());
    return decoded == QUrl::fromPercentEncoding(request.target) || decoded == QUrl::fromPercentEncoding(request.rawPath);
}

bool payloadMatches(const QJsonValue &claim, const QByteArray &body)
{
    if (body.isEmpty()) {
        // No body: the IaaS page omits the claim, the generic page hashes "{}"; accept "" too [I].
        if (claim.isUndefined() || claim.isNull())
            return true;
        const QByteArray md5 = claim.toString().toLatin1().toLower();
        return md5 == RequestSigner::payloadMd5(QByteArray()) || md5 == RequestSigner::payloadMd5(QByteArrayLiteral("{}"));
    }
    return claim.isString() && claim.toString().toLatin1().toLower() == RequestSigner::payloadMd5(body);
}

} // namespace

Authenticator::Authenticator(const World &world, int timestampWindowSeconds)
    : m_world(world)
    , m_windowSeconds(timestampWindowSeconds)
{ }

QDateTime Authenticator::parseTimestamp(const QString &text)
{
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return {};
    if (parsed.timeSpec() == Qt::LocalTime) // no zone designator: the documented format is UTC
        parsed = QDateTime(parsed.date(), parsed.time(), Qt::UTC);
    return parsed.toUTC();
}

Authenticator::Result Authenticator::authenticate(const HttpRequest &request, const QDateTime &nowUtc) const
{
    const Pending pending = begin(request);
    return finish(request, pending, pending.needsSignature() && verifySignature(pending.token, pending.publicKey), nowUtc);
}

Authenticator::Pending Authenticator::begin(const HttpRequest &request) const
{
    Pending pending;
    pending.clientKey = QString::fromUtf8(request.header("api-client-key"));
    if (pending.clientKey.isEmpty()) {
        pending.error = Errors::missingClientKey();
        return pending;
    }
    const Client *client = m_world.client(pending.clientKey);
    if (!client) {
        pending.error = Errors::unknownClient();
        return pending;
    }
    const QByteArray token = request.header("authorization");
    if (token.isEmpty()) {
        pending.error = Errors::malformedToken(u"no AUTHORIZATION header"_s);
        return pending;
    }
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3) {
        pending.error = Errors::malformedToken(u"not a compact JWT"_s);
        return pending;
    }
    const auto header = decodePart(parts[0]);
    if (!header || !decodePart(parts[1])) {
        pending.error = Errors::malformedToken(u"header or claims are not base64url JSON"_s);
        return pending;
    }
    if (header->value(u"alg"_s).toString() != u"ES512") {
        pending.error = Errors::malformedToken(u"alg must be ES512"_s);
        return pending;
    }
    pending.token = token;
    pending.publicKey = client->publicKey;
    return pending;
}

bool Authenticator::verifySignature(const QByteArray &token, const EcPublicKey &key)
{
    return Jwt::verifyEs512(token, key).ok;
}

Authenticator::Result Authenticator::finish(const HttpRequest &request, const Pending &pending, bool signatureValid,
                                            const QDateTime &nowUtc) const
{
    const Client *client = pending.clientKey.isEmpty() ? nullptr : m_world.client(pending.clientKey);
    if (pending.error)
        return { client, pending.error };
    if (!client)
        return { nullptr, Errors::unknownClient() };
    if (!signatureValid)
        return { client, Errors::badSignature() };

    const QJsonObject claims = decodePart(pending.token.split('.').at(1)).value_or(QJsonObject());
    const QString method = claims.value(u"method"_s).toString();
    if (method.toUpper() != QString::fromLatin1(request.method))
        return { client, Errors::methodMismatch(method, QString::fromLatin1(request.method)) };
    const QString uri = claims.value(u"uri"_s).toString();
    if (!uriMatches(uri, request))
        return { client, Errors::uriMismatch(uri, QString::fromLatin1(request.target)) };
    if (!payloadMatches(claims.value(u"payload_md5"_s), request.body))
        return { client, Errors::payloadMismatch() };

    const QString timestamp = claims.value(u"timestamp"_s).toString();
    const QDateTime at = parseTimestamp(timestamp);
    if (!at.isValid())
        return { client, Errors::timestampRejected(u"missing or not ISO 8601: '%1'"_s.arg(timestamp)) };
    const qint64 skew = nowUtc.secsTo(at);
    if (qAbs(skew) > m_windowSeconds)
        return { client,
                 Errors::timestampRejected(
                     u"%1 is %2 s away from the server time (window ±%3 s)"_s.arg(timestamp).arg(skew).arg(m_windowSeconds)) };
    return { client, std::nullopt };
}

} // namespace cessio::sandbox
