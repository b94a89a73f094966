// Compact JWS (RFC 7515) for the two algorithms QI Tech uses: ES512 (requests) and HS256 (webhooks).
// Declared in crypto.h. Verification is strict: exact three-part shape, canonical base64url, JSON
// objects, the expected "alg" only (never "none", no ES512/HS256 confusion), constant-time HMAC compare.
#define OPENSSL_API_COMPAT 30000
#define OPENSSL_NO_DEPRECATED

#include "crypto.h"

#include <QJsonDocument>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace cessio::Jwt {

namespace {

constexpr qsizetype kEs512SignatureBytes = 132;
constexpr qsizetype kHs256SignatureBytes = 32;

// Fixed bytes, so the header is identical to what every other JWT library emits for these algorithms.
const QByteArray es512Header = QByteArrayLiteral(R"({"alg":"ES512","typ":"JWT"})");
const QByteArray hs256Header = QByteArrayLiteral(R"({"alg":"HS256","typ":"JWT"})");

QByteArray signingInput(const QByteArray &header, const QJsonObject &claims)
{
    return base64UrlEncode(header) + '.' + base64UrlEncode(QJsonDocument(claims).toJson(QJsonDocument::Compact));
}

QByteArray hmacSha256(const QByteArray &secret, const QByteArray &data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    size_t length = 0;
    if (!EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, secret.constData(), size_t(secret.size()),
                   reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()), out, sizeof out, &length)) {
        ERR_clear_error();
        return {};
    }
    return QByteArray(reinterpret_cast<const char *>(out), qsizetype(length));
}

// The parts of a token whose shape, header and alg were checked; the signature is not yet verified.
struct Parsed
{
    QByteArray signingInput;
    QByteArray signature;
    QJsonObject header;
    QByteArray claimsPart;
};

std::optional<QJsonObject> decodeObject(const QByteArray &part)
{
    bool ok = false;
    const QByteArray json = base64UrlDecode(part, &ok);
    if (!ok)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

std::optional<Parsed> parse(const QByteArray &token, const QString &expectedAlg, QString *error)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3) {
        *error = u"malformed token: expected three dot-separated parts"_s;
        return std::nullopt;
    }
    const auto header = decodeObject(parts.at(0));
    if (!header) {
        *error = u"malformed token: the header is not a base64url JSON object"_s;
        return std::nullopt;
    }
    const QJsonValue alg = header->value("alg"_L1);
    if (!alg.isString() || alg.toString() != expectedAlg) {
        *error = QString(u"unexpected alg \""_s + alg.toVariant().toString().left(32) + u"\" (expected "_s + expectedAlg + u')');
        return std::nullopt;
    }
    // RFC 7515 §4.1.11: extensions we do not understand must not be ignored.
    if (header->contains("crit"_L1)) {
        *error = u"unsupported critical header parameters"_s;
        return std::nullopt;
    }
    bool ok = false;
    const QByteArray signature = base64UrlDecode(parts.at(2), &ok);
    if (!ok) {
        *error = u"malformed token: the signature is not base64url"_s;
        return std::nullopt;
    }
    return Parsed { token.first(parts.at(0).size() + 1 + parts.at(1).size()), signature, *header, parts.at(1) };
}

// Claims are decoded only after the signature checked out.
Verification finish(const Parsed &parsed)
{
    Verification result;
    const auto claims = decodeObject(parsed.claimsPart);
    if (!claims) {
        result.error = u"malformed token: the claims are not a base64url JSON object"_s;
        return result;
    }
    result.ok = true;
    result.header = parsed.header;
    result.claims = *claims;
    return result;
}

} // namespace

QByteArray base64UrlEncode(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray base64UrlDecode(const QByteArray &data, bool *ok)
{
    if (ok)
        *ok = false;
    QByteArray text = data;
    if (text.size() % 4 == 0 && text.endsWith('=')) // tolerate padding, although JWS omits it
        text.chop(text.endsWith("==") ? 2 : 1);
    if (text.size() % 4 == 1)
        return {};
    for (const char c : std::as_const(text)) {
        const bool valid = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!valid)
            return {};
    }
    const QByteArray decoded = QByteArray::fromBase64(text, QByteArray::Base64UrlEncoding);
    // Refuse non-zero unused trailing bits: each byte string then has exactly one encoding.
    if (base64UrlEncode(decoded) != text)
        return {};
    if (ok)
        *ok = true;
    return decoded;
}

QByteArray signEs512(const QJsonObject &claims, const EcPrivateKey &key, QString *error)
{
    const QByteArray input = signingInput(es512Header, claims);
    const QByteArray signature = key.signEs512(input, error);
    if (signature.size() != kEs512SignatureBytes)
        return {};
    return input + '.' + base64UrlEncode(signature);
}

QByteArray signHs256(const QJsonObject &claims, const QByteArray &secret)
{
    if (secret.isEmpty()) // an empty HMAC key would let anyone forge the token
        return {};
    const QByteArray input = signingInput(hs256Header, claims);
    const QByteArray mac = hmacSha256(secret, input);
    if (mac.size() != kHs256SignatureBytes)
        return {};
    return input + '.' + base64UrlEncode(mac);
}

Verification verifyEs512(const QByteArray &token, const EcPublicKey &key)
{
    Verification result;
    if (key.isNull()) {
        result.error = u"no public key"_s;
        return result;
    }
    const auto parsed = parse(token, u"ES512"_s, &result.error);
    if (!parsed)
        return result;
    if (parsed->signature.size() != kEs512SignatureBytes) {
        result.error = u"malformed signature: ES512 needs 132 bytes, got %1"_s.arg(parsed->signature.size());
        return result;
    }
    if (!key.verifyEs512(parsed->signingInput, parsed->signature)) {
        result.error = u"bad signature"_s;
        return result;
    }
    return finish(*parsed);
}

Verification verifyHs256(const QByteArray &token, const QByteArray &secret)
{
    Verification result;
    if (secret.isEmpty()) {
        result.error = u"no secret"_s;
        return result;
    }
    const auto parsed = parse(token, u"HS256"_s, &result.error);
    if (!parsed)
        return result;
    const QByteArray expected = hmacSha256(secret, parsed->signingInput);
    if (expected.size() != kHs256SignatureBytes || parsed->signature.size() != kHs256SignatureBytes
        || CRYPTO_memcmp(expected.constData(), parsed->signature.constData(), size_t(kHs256SignatureBytes)) != 0) {
        result.error = u"bad signature"_s;
        return result;
    }
    return finish(*parsed);
}

} // namespace cessio::Jwt
