// Test-side helpers for JWS tokens: a minimal DER codec for ECDSA signatures and token surgery.
// Written independently of app/qitech/crypto.cpp, so tests can cross-check it with the openssl CLI.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jwstest {

// ---- Minimal DER for ECDSA-Sig-Value, written here independently of the code under test ----

inline QByteArray derLength(qsizetype n)
{
    if (n < 0x80)
        return QByteArray(1, char(n));
    QByteArray out;
    for (; n > 0; n >>= 8)
        out.prepend(char(n & 0xff));
    return char(0x80 | out.size()) + out;
}

inline QByteArray derInteger(QByteArray magnitude)
{
    while (magnitude.size() > 1 && magnitude.at(0) == '\0')
        magnitude.remove(0, 1);
    if (uchar(magnitude.at(0)) & 0x80)
        magnitude.prepend('\0'); // keep it positive
    return '\x02' + derLength(magnitude.size()) + magnitude;
}

inline QByteArray rawToDer(const QByteArray &raw)
{
    const QByteArray body = derInteger(raw.first(66)) + derInteger(raw.sliced(66));
    return '\x30' + derLength(body.size()) + body;
}

// Parses SEQUENCE { INTEGER r, INTEGER s } as openssl writes it; empty on anything unexpected.
inline QByteArray derToRaw(const QByteArray &der)
{
    qsizetype pos = 0;
    auto length = [&]() -> qsizetype {
        const uchar first = uchar(der.at(pos++));
        if (first < 0x80)
            return first;
        qsizetype n = 0;
        for (int i = 0; i < (first & 0x7f); ++i)
            n = (n << 8) | uchar(der.at(pos++));
        return n;
    };
    if (der.size() < 8 || der.at(pos++) != '\x30' || length() != der.size() - pos)
        return {};
    QByteArray raw;
    for (int i = 0; i < 2; ++i) {
        if (der.at(pos++) != '\x02')
            return {};
        const qsizetype n = length();
        if (n < 1 || pos + n > der.size())
            return {};
        QByteArray value = der.sliced(pos, n);
        pos += n;
        while (!value.isEmpty() && value.at(0) == '\0')
            value.remove(0, 1);
        if (value.size() > 66)
            return {};
        raw += QByteArray(66 - value.size(), '\0') + value;
    }
    return raw;
}

inline QByteArray part(const QByteArray &token, int index)
{
    return token.split('.').value(index);
}

// Decodes a token part with Qt directly, not through Jwt::base64UrlDecode.
inline QJsonObject jsonPart(const QByteArray &token, int index)
{
    return QJsonDocument::fromJson(QByteArray::fromBase64(part(token, index), QByteArray::Base64UrlEncoding)).object();
}

inline QByteArray b64(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

inline QByteArray withClaims(const QByteArray &token, const QJsonObject &claims)
{
    return part(token, 0) + '.' + b64(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.' + part(token, 2);
}

inline QByteArray withRawSignature(const QByteArray &token, const QByteArray &signature)
{
    return part(token, 0) + '.' + part(token, 1) + '.' + b64(signature);
}

inline QByteArray withHeader(const QByteArray &token, const QByteArray &header)
{
    return b64(header) + '.' + part(token, 1) + '.' + part(token, 2);
}

} // namespace jwstest
