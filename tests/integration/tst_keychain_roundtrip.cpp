// The real keychain, end to end. Run through tests/support/with-keyring.sh, which gives the test
// a private D-Bus session with a throwaway, unlocked gnome-keyring, so nothing touches the
// user's own keyring. Skips only when there is no session bus at all.
#include "services/credentials.h"
#include "services/keychainsecretstore.h"

#include <QDeadlineTimer>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using cessio::CredentialsResult;
using cessio::EcPrivateKey;
using cessio::KeychainSecretStore;
using cessio::SecretError;
using cessio::SecretPurpose;
using cessio::SecretResult;
using cessio::SecretStore;

class TestKeychainRoundtrip : public QObject
{
    Q_OBJECT

    std::unique_ptr<KeychainSecretStore> m_store;
    QString m_profile; // unique per run: never collides with anything already in a keyring

    template<typename Result, typename Start>
    std::optional<Result> await(Start start, std::chrono::milliseconds wait = 20s)
    {
        auto answer = std::make_shared<std::optional<Result>>();
        start([answer](const Result &result) { *answer = result; });
        const QDeadlineTimer deadline(wait);
        while (!answer->has_value() && !deadline.hasExpired())
            QTest::qWait(5);
        return *answer;
    }
    std::optional<SecretResult> read(const QString &key)
    {
        return await<SecretResult>([&](auto cb) { m_store->read(key, this, cb); });
    }
    std::optional<SecretResult> write(const QString &key, const QByteArray &value)
    {
        return await<SecretResult>([&](auto cb) { m_store->write(key, value, this, cb); });
    }
    std::optional<SecretResult> remove(const QString &key)
    {
        return await<SecretResult>([&](auto cb) { m_store->remove(key, this, cb); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("No D-Bus session bus: run through tests/support/with-keyring.sh");
        m_profile = u"roundtrip-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    void init() { m_store = std::make_unique<KeychainSecretStore>(); }
    void cleanup() { m_store.reset(); }

    void writeReadOverwriteRemove_behavesLikeTheMemoryStore()
    {
        const QString key = SecretStore::key(m_profile, SecretPurpose::PrivateKey);
        // Binary on purpose: NUL, high bytes and newlines must survive the keychain unchanged.
        static const char raw[] = "-----BEGIN PRIVATE KEY-----\n\x00\x01\xfe\xff\r\n-----END PRIVATE KEY-----\n";
        const QByteArray first(raw, sizeof(raw) - 1);
        const QByteArray second = "a different secret"_ba;

        auto result = read(key);
        QVERIFY(result);
        QCOMPARE(result->error, SecretError::NotFound);

        result = write(key, first);
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->message + u" / "_s + result->detail));

        result = read(key);
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->message + u" / "_s + result->detail));
        QCOMPARE(result->value, first);

        result = write(key, second);
        QVERIFY(result && result->ok());
        result = read(key);
        QVERIFY(result && result->ok());
        QCOMPARE(result->value, second);

        result = remove(key);
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->message + u" / "_s + result->detail));

        result = read(key);
        QVERIFY(result);
        QCOMPARE(result->error, SecretError::NotFound);
        QVERIFY(!result->message.isEmpty());

        result = remove(key); // removing what is not there is not an error
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->message + u" / "_s + result->detail));
    }

    void keysOfDifferentProfilesAndPurposes_areSeparate()
    {
        const QString a = SecretStore::key(m_profile + u"-a"_s, SecretPurpose::ClientKey);
        const QString b = SecretStore::key(m_profile + u"-b"_s, SecretPurpose::ClientKey);
        const QString c = SecretStore::key(m_profile + u"-a"_s, SecretPurpose::PrivateKey);
        QVERIFY(write(a, "A"_ba)->ok());
        QVERIFY(write(b, "B"_ba)->ok());
        QCOMPARE(read(a)->value, "A"_ba);
        QCOMPARE(read(b)->value, "B"_ba);
        QCOMPARE(read(c)->error, SecretError::NotFound);
        QVERIFY(remove(a)->ok());
        QVERIFY(remove(b)->ok());
    }

    void credentials_storeAndLoad_throughTheKeychain()
    {
        const QString clientKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const EcPrivateKey key = EcPrivateKey::generate();
        QVERIFY(!key.isNull());
        auto stored = await<CredentialsResult>(
            [&](auto cb) { cessio::storeCredentials(*m_store, m_profile, clientKey, key.privateKeyPem(), this, cb); });
        QVERIFY(stored);
        QVERIFY2(stored->ok(), qPrintable(stored->message));

        auto loaded = await<CredentialsResult>([&](auto cb) { cessio::loadCredentials(*m_store, m_profile, this, cb); });
        QVERIFY(loaded);
        QVERIFY2(loaded->ok(), qPrintable(loaded->message));
        QCOMPARE(loaded->signer.clientKey(), clientKey);
        const auto headers = loaded->signer.sign("GET", u"/authentication_test"_s, {});
        QVERIFY(cessio::Jwt::verifyEs512(headers.authorization, cessio::EcPublicKey::fromPem(key.publicKeyPem())).ok);

        QVERIFY(remove(SecretStore::key(m_profile, SecretPurpose::ClientKey))->ok());
        QVERIFY(remove(SecretStore::key(m_profile, SecretPurpose::PrivateKey))->ok());
        loaded = await<CredentialsResult>([&](auto cb) { cessio::loadCredentials(*m_store, m_profile, this, cb); });
        QVERIFY(loaded);
        QCOMPARE(loaded->error, cessio::CredentialError::MissingClientKey);
    }
};

QTEST_GUILESS_MAIN(TestKeychainRoundtrip)
#include "tst_keychain_roundtrip.moc"
