// ES512 / HS256 JWS and QI Tech request signing on the OpenSSL 3 EVP API.
// Hide every deprecated OpenSSL declaration, so a deprecated call (EC_KEY_*, ...) cannot compile here.
#define OPENSSL_API_COMPAT 30000
#define OPENSSL_NO_DEPRECATED

#include "crypto.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTimeZone>

#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pem.h>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

constexpr int kCoordinateBytes = 66; // ceil(521 / 8)
constexpr qsizetype kRawSignatureBytes = 2 * kCoordinateBytes;
constexpr qsizetype kMaxPemBytes = 64 * 1024; // a P-521 PEM is < 400 bytes; anything huge is not a key

template<auto Free>
struct Deleter
{
    template<typename T>
    void operator()(T *p) const
    {
        Free(p);
    }
};
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX_free>>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX_free>>;
using EcdsaSigPtr = std::unique_ptr<ECDSA_SIG, Deleter<ECDSA_SIG_free>>;
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BN_free>>;

void opensslFree(unsigned char *p)
{
    OPENSSL_free(p);
}
using OpensslBytesPtr = std::unique_ptr<unsigned char, Deleter<opensslFree>>;

std::shared_ptr<EVP_PKEY> adopt(EVP_PKEY *key)
{
    return std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free);
}

// Sets *error and drops whatever OpenSSL queued, so a later, unrelated caller does not see stale errors.
bool fail(QString *error, const QString &message)
{
    ERR_clear_error();
    if (error)
        *error = message;
    return false;
}

// Never prompt on the terminal for a passphrase: encrypted keys are refused before we get here.
int noPassphrase(char *, int, int, void *)
{
    return -1;
}

BioPtr readOnlyBio(const QByteArray &data)
{
    return BioPtr(BIO_new_mem_buf(data.constData(), int(data.size())));
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, qsizetype(size)) : QByteArray();
}

// "prime256v1 (P-256)" reads better than the bare OpenSSL name for people who know the NIST names.
QString curveDisplayName(const QByteArray &name)
{
    const char *nist = EC_curve_nid2nist(OBJ_sn2nid(name.constData()));
    if (nist && name != nist)
        return QString::fromLatin1(name) + u" ("_s + QString::fromLatin1(nist) + u')';
    return QString::fromLatin1(name);
}

// The one key kind QI Tech accepts: EC on the named curve secp521r1 (a.k.a. P-521).
bool checkP521(EVP_PKEY *key, QString *error)
{
    if (!EVP_PKEY_is_a(key, "EC")) {
        const char *type = EVP_PKEY_get0_type_name(key);
        return fail(
            error,
            QCoreApplication::translate("Crypto", "The key is of type %1; QI Tech requires an ECDSA P-521 (secp521r1) key.")
                .arg(type ? QString::fromLatin1(type) : u"?"_s));
    }
    char group[80] = {};
    size_t length = 0;
    if (!EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &length))
        return fail(
            error, QCoreApplication::translate("Crypto", "The key does not name its curve; QI Tech requires P-521 (secp521r1)."));
    const QByteArray name(group, qsizetype(length));
    if (name != "secp521r1" && name != "P-521")
        return fail(error,
                    QCoreApplication::translate("Crypto", "The key uses curve %1; QI Tech requires P-521 (secp521r1).")
                        .arg(curveDisplayName(name)));
    // A key written with explicit curve parameters (openssl -param_enc explicit) is still P-521, but its
    // exported public key would carry those parameters, which common JWT libraries refuse: use the curve name.
    char encoding[32] = {};
    if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_EC_ENCODING, encoding, sizeof encoding, nullptr)
        && qstrcmp(encoding, OSSL_PKEY_EC_ENCODING_GROUP) != 0
        && !EVP_PKEY_set_utf8_string_param(key, OSSL_PKEY_PARAM_EC_ENCODING, OSSL_PKEY_EC_ENCODING_GROUP))
        return fail(error,
                    QCoreApplication::translate(
                        "Crypto", "The key uses explicit curve parameters; QI Tech requires the named curve P-521 (secp521r1)."));
    return true;
}

// Maps the PEM labels we can recognise to a clear message; empty when the text looks like a usable private key.
QString privatePemProblem(const QByteArray &pem)
{
    if (pem.trimmed().isEmpty())
        return QCoreApplication::translate("Crypto", "The key file is empty.");
    if (pem.size() > kMaxPemBytes || !pem.contains("-----BEGIN "))
        return QCoreApplication::translate("Crypto", "The file does not contain a PEM private key.");
    if (pem.contains("BEGIN OPENSSH PRIVATE KEY"))
        return QCoreApplication::translate(
            "Crypto", "The key is in OpenSSH format; convert it to PEM first with: ssh-keygen -p -m PEM -f <key file>");
    if (pem.contains("BEGIN ENCRYPTED PRIVATE KEY") || pem.contains("Proc-Type: 4,ENCRYPTED"))
        return QCoreApplication::translate("Crypto", "The key is protected by a passphrase; export it without one.");
    if (!pem.contains(" PRIVATE KEY-----"))
        return QCoreApplication::translate("Crypto", "The file contains a public key or a certificate, not a private key.");
    return {};
}

} // namespace

// ---- EcPrivateKey ----

EcPrivateKey EcPrivateKey::fromPem(const QByteArray &pem, QString *error)
{
    EcPrivateKey result;
    if (const QString problem = privatePemProblem(pem); !problem.isEmpty()) {
        fail(error, problem);
        return result;
    }
    // Reads the first private key block; other blocks (EC PARAMETERS) are skipped.
    const BioPtr bio = readOnlyBio(pem);
    auto key = adopt(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr) : nullptr);
    if (!key) {
        fail(error,
             QCoreApplication::translate("Crypto", "The private key could not be read; the file is damaged or incomplete."));
        return result;
    }
    if (!checkP521(key.get(), error))
        return result;
    // Refuse a key whose stored public point does not belong to its private scalar (a corrupted file).
    const PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, key.get(), nullptr));
    if (!ctx || EVP_PKEY_check(ctx.get()) != 1) {
        fail(error, QCoreApplication::translate("Crypto", "The private key is inconsistent; the file is damaged."));
        return result;
    }
    result.m_key = std::move(key);
    return result;
}

EcPrivateKey EcPrivateKey::generate(QString *error)
{
    EcPrivateKey result;
    result.m_key = adopt(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-521"));
    if (!result.m_key)
        fail(error, QCoreApplication::translate("Crypto", "Could not generate a P-521 key."));
    return result;
}

QByteArray EcPrivateKey::privateKeyPem() const
{
    if (!m_key)
        return {};
    // A secure-memory BIO is wiped when freed, so no copy of the private key lingers in OpenSSL's buffers.
    const BioPtr bio(BIO_new(BIO_s_secmem()));
    if (!bio || !PEM_write_bio_PKCS8PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr)) {
        ERR_clear_error();
        return {};
    }
    return bioContents(bio.get());
}

QByteArray EcPrivateKey::publicKeyPem() const
{
    if (!m_key)
        return {};
    const BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || !PEM_write_bio_PUBKEY(bio.get(), m_key.get())) {
        ERR_clear_error();
        return {};
    }
    return bioContents(bio.get());
}

QByteArray EcPrivateKey::signEs512(const QByteArray &data, QString *error) const
{
    if (!m_key) {
        fail(error, QCoreApplication::translate("Crypto", "There is no private key to sign with."));
        return {};
    }
    // EVP_DigestSign yields a DER ECDSA-Sig-Value of variable length; JWS wants R||S, each padded to 66 bytes.
    const MdCtxPtr ctx(EVP_MD_CTX_new());
    size_t derSize = 0;
    const auto *input = reinterpret_cast<const unsigned char *>(data.constData());
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha512(), nullptr, m_key.get()) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &derSize, input, size_t(data.size())) != 1) {
        fail(error, QCoreApplication::translate("Crypto", "Could not sign with the private key."));
        return {};
    }
    QByteArray der(qsizetype(derSize), Qt::Uninitialized);
    auto *derOut = reinterpret_cast<unsigned char *>(der.data());
    if (EVP_DigestSign(ctx.get(), derOut, &derSize, input, size_t(data.size())) != 1) {
        fail(error, QCoreApplication::translate("Crypto", "Could not sign with the private key."));
        return {};
    }
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    const EcdsaSigPtr sig(d2i_ECDSA_SIG(nullptr, &p, long(derSize)));
    if (!sig) {
        fail(error, QCoreApplication::translate("Crypto", "Could not sign with the private key."));
        return {};
    }
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(sig.get(), &r, &s);
    QByteArray raw(kRawSignatureBytes, '\0');
    auto *out = reinterpret_cast<unsigned char *>(raw.data());
    if (BN_bn2binpad(r, out, kCoordinateBytes) != kCoordinateBytes
        || BN_bn2binpad(s, out + kCoordinateBytes, kCoordinateBytes) != kCoordinateBytes) {
        fail(error, QCoreApplication::translate("Crypto", "Could not sign with the private key."));
        return {};
    }
    return raw;
}

// ---- EcPublicKey ----

EcPublicKey EcPublicKey::fromPem(const QByteArray &pem, QString *error)
{
    EcPublicKey result;
    if (pem.size() > kMaxPemBytes || !pem.contains("-----BEGIN PUBLIC KEY-----")) {
        fail(error, QCoreApplication::translate("Crypto", "The text does not contain a PEM public key."));
        return result;
    }
    const BioPtr bio = readOnlyBio(pem);
    auto key = adopt(bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, noPassphrase, nullptr) : nullptr);
    if (!key) {
        fail(error,
             QCoreApplication::translate("Crypto", "The public key could not be read; the text is damaged or incomplete."));
        return result;
    }
    if (!checkP521(key.get(), error))
        return result;
    const PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, key.get(), nullptr));
    if (!ctx || EVP_PKEY_public_check(ctx.get()) != 1) {
        fail(error, QCoreApplication::translate("Crypto", "The public key is not a valid point on P-521."));
        return result;
    }
    result.m_key = std::move(key);
    return result;
}

bool EcPublicKey::verifyEs512(const QByteArray &data, const QByteArray &rawSignature) const
{
    if (!m_key || rawSignature.size() != kRawSignatureBytes)
        return false;
    const auto *raw = reinterpret_cast<const unsigned char *>(rawSignature.constData());
    BnPtr r(BN_bin2bn(raw, kCoordinateBytes, nullptr));
    BnPtr s(BN_bin2bn(raw + kCoordinateBytes, kCoordinateBytes, nullptr));
    const EcdsaSigPtr sig(ECDSA_SIG_new());
    if (!r || !s || !sig || ECDSA_SIG_set0(sig.get(), r.get(), s.get()) != 1)
        return fail(nullptr, {});
    r.release(); // now owned by sig
    s.release();
    unsigned char *der = nullptr;
    const int derSize = i2d_ECDSA_SIG(sig.get(), &der);
    if (derSize <= 0)
        return fail(nullptr, {});
    const OpensslBytesPtr derOwner(der);
    const MdCtxPtr ctx(EVP_MD_CTX_new());
    const bool ok = ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha512(), nullptr, m_key.get()) == 1
        && EVP_DigestVerify(ctx.get(), der, size_t(derSize), reinterpret_cast<const unsigned char *>(data.constData()),
                            size_t(data.size()))
            == 1;
    return ok || fail(nullptr, {});
}

// ---- RequestSigner ----

RequestSigner::RequestSigner(QString clientKey, EcPrivateKey key)
    : m_clientKey(std::move(clientKey))
    , m_key(std::move(key))
{ }

RequestSigner::Headers RequestSigner::sign(const QByteArray &method, const QString &uri, const QByteArray &body,
                                           const QDateTime &nowUtc, QString *error) const
{
    if (!isValid()) {
        fail(error, QCoreApplication::translate("Crypto", "Request signing needs an API client key and a private key."));
        return {};
    }
    // The claim is compared with the request line by the server: a full URL here could never match.
    if (method.isEmpty() || !uri.startsWith(u'/')) {
        fail(error,
             QCoreApplication::translate("Crypto", "Cannot sign a request without a method and a path starting with \"/\"."));
        return {};
    }
    const QString time = timestamp(nowUtc);
    if (time.isEmpty()) {
        fail(error, QCoreApplication::translate("Crypto", "Cannot sign a request with an invalid time."));
        return {};
    }
    QJsonObject claims {
        { u"method"_s, QString::fromLatin1(method) },
        { u"uri"_s, uri },
        { u"timestamp"_s, time },
    };
    if (!body.isEmpty()) // [C] IaaS pages: no payload_md5 claim without a body
        claims.insert(u"payload_md5"_s, QString::fromLatin1(payloadMd5(body)));
    const QByteArray token = Jwt::signEs512(claims, m_key, error);
    if (token.isEmpty())
        return {};
    return { m_clientKey.toUtf8(), token };
}

// QCryptographicHash rather than EVP: it works even where an OpenSSL FIPS configuration disables MD5.
QByteArray RequestSigner::payloadMd5(const QByteArray &body)
{
    return QCryptographicHash::hash(body, QCryptographicHash::Md5).toHex();
}

QString RequestSigner::timestamp(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return utc.toTimeZone(QTimeZone::utc()).toString(u"yyyy-MM-dd'T'HH:mm:ss"_s);
}

} // namespace cessio
