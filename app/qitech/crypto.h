#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <memory>

struct evp_pkey_st;

namespace cessio {

// An ECDSA P-521 (secp521r1) key pair, the only kind QI Tech accepts for request signing.
// OpenSSL 3 EVP API only (no deprecated EC_KEY calls).
class EcPrivateKey
{
public:
    EcPrivateKey() = default;
    // SEC1 ("EC PRIVATE KEY", with or without an EC PARAMETERS block) or PKCS#8 ("PRIVATE KEY") PEM.
    // Refuses any other curve or a malformed key, with a message for the user in *error.
    static EcPrivateKey fromPem(const QByteArray &pem, QString *error = nullptr);
    // A new random P-521 key pair.
    static EcPrivateKey generate(QString *error = nullptr);

    bool isNull() const { return !m_key; }
    QByteArray privateKeyPem() const; // PKCS#8 PEM (what goes to the keychain)
    QByteArray publicKeyPem() const; // SubjectPublicKeyInfo PEM (what is sent to QI Tech)
    // ES512 JWS signature of `data`: SHA-512, raw R||S, exactly 132 bytes. Empty on failure.
    QByteArray signEs512(const QByteArray &data, QString *error = nullptr) const;

private:
    std::shared_ptr<evp_pkey_st> m_key;
};

// The public half, as a server (the sandbox) holds it.
class EcPublicKey
{
public:
    EcPublicKey() = default;
    static EcPublicKey fromPem(const QByteArray &pem, QString *error = nullptr); // P-521 only
    bool isNull() const { return !m_key; }
    // Verifies a raw R||S (132 bytes) ES512 signature over `data`.
    bool verifyEs512(const QByteArray &data, const QByteArray &rawSignature) const;

private:
    std::shared_ptr<evp_pkey_st> m_key;
};

namespace Jwt {

QByteArray base64UrlEncode(const QByteArray &data); // no padding
QByteArray base64UrlDecode(const QByteArray &data, bool *ok = nullptr);

// Compact JWS with header {"alg":"ES512","typ":"JWT"}. Empty on failure.
QByteArray signEs512(const QJsonObject &claims, const EcPrivateKey &key, QString *error = nullptr);
// Compact JWS with header {"alg":"HS256","typ":"JWT"} (webhook SIGNATURE header).
QByteArray signHs256(const QJsonObject &claims, const QByteArray &secret);

struct Verification
{
    bool ok = false;
    QJsonObject header;
    QJsonObject claims;
    QString error; // why verification failed (malformed, wrong alg, bad signature)
};
Verification verifyEs512(const QByteArray &token, const EcPublicKey &key);
Verification verifyHs256(const QByteArray &token, const QByteArray &secret);

} // namespace Jwt

// Builds the two headers every QI Tech request carries (reference §2.1):
//   API-CLIENT-KEY: the integration's UUID
//   AUTHORIZATION:  ES512 JWT with claims method, uri (path and query), timestamp (UTC,
//                   yyyy-MM-ddTHH:mm:ss) and payload_md5 (lowercase hex MD5 of the exact body
//                   bytes, only when there is a body).
class RequestSigner
{
public:
    RequestSigner() = default;
    RequestSigner(QString clientKey, EcPrivateKey key);

    bool isValid() const { return !m_clientKey.isEmpty() && !m_key.isNull(); }
    QString clientKey() const { return m_clientKey; }

    struct Headers
    {
        QByteArray apiClientKey;
        QByteArray authorization;
    };
    // `uri` is the path with its query exactly as sent; `body` the exact bytes sent (empty: none).
    Headers sign(const QByteArray &method, const QString &uri, const QByteArray &body,
                 const QDateTime &nowUtc = QDateTime::currentDateTimeUtc(), QString *error = nullptr) const;

    static QByteArray payloadMd5(const QByteArray &body); // lowercase hex
    static QString timestamp(const QDateTime &utc); // yyyy-MM-ddTHH:mm:ss

private:
    QString m_clientKey;
    EcPrivateKey m_key;
};

} // namespace cessio
