#include "core/localization.h"
#include "services/keychainsecretstore.h"
#include "services/memorysecretstore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QSet>
#include <QTest>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using cessio::KeychainSecretStore;
using cessio::MemorySecretStore;
using cessio::SecretError;
using cessio::SecretPurpose;
using cessio::SecretResult;
using cessio::SecretStore;

namespace {

// Collects the answers given to one callback (all of them: a second one is a bug).
struct Answers
{
    QList<SecretResult> results;
    SecretStore::Callback callback()
    {
        return [this](const SecretResult &result) { results.append(result); };
    }
};

// A backend that answers late, and ignores abandon(): the base class alone must keep a late
// answer from reaching the caller.
class SlowSecretStore : public SecretStore
{
public:
    std::chrono::milliseconds answerAfter { 200 };
    QList<quint64> abandoned;
    int lateAnswers = 0;

protected:
    void start(const Request &request) override
    {
        QTimer::singleShot(answerAfter, this, [this, id = request.id] {
            ++lateAnswers;
            finish(id, SecretResult::success("late"_ba));
        });
    }
    void abandon(quint64 id) override { abandoned.append(id); }
};

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

    // Starts an operation and waits for its answer (at most `wait`).
    template<typename Start>
    std::optional<SecretResult> await(Start start, std::chrono::milliseconds wait = 5s)
    {
        auto answer = std::make_shared<std::optional<SecretResult>>();
        start([answer](const SecretResult &result) { *answer = result; });
        const QDeadlineTimer deadline(wait);
        while (!answer->has_value() && !deadline.hasExpired())
            QTest::qWait(5);
        return *answer;
    }

private Q_SLOTS:
    void key_isNamespacedByProfileAndPurpose_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<SecretPurpose>("purpose");
        QTest::addColumn<QString>("expected");
        QTest::newRow("client key") << u"acme"_s << SecretPurpose::ClientKey << u"cessio:acme:client-key"_s;
        QTest::newRow("private key") << u"acme"_s << SecretPurpose::PrivateKey << u"cessio:acme:private-key"_s;
        QTest::newRow("spaces and accents") << u"Fundo Ação 2"_s << SecretPurpose::PrivateKey
                                            << u"cessio:Fundo Ação 2:private-key"_s;
    }
    void key_isNamespacedByProfileAndPurpose()
    {
        QFETCH(QString, profile);
        QFETCH(SecretPurpose, purpose);
        QFETCH(QString, expected);
        QCOMPARE(SecretStore::key(profile, purpose), expected);
    }

    void memory_writeThenRead_returnsValue()
    {
        MemorySecretStore store;
        static const char raw[] = "-----BEGIN PRIVATE KEY-----\n\x00\x02\xff\n";
        const QByteArray secret(raw, sizeof(raw) - 1);
        const auto written = await([&](auto cb) { store.write(u"cessio:p:private-key"_s, secret, this, cb); });
        QVERIFY(written && written->ok());
        QVERIFY(written->message.isEmpty());
        const auto read = await([&](auto cb) { store.read(u"cessio:p:private-key"_s, this, cb); });
        QVERIFY(read && read->ok());
        QCOMPARE(read->value, secret);
    }

    void memory_overwrite_replacesValue()
    {
        MemorySecretStore store;
        QVERIFY(await([&](auto cb) { store.write(u"k"_s, "one"_ba, this, cb); })->ok());
        QVERIFY(await([&](auto cb) { store.write(u"k"_s, "two"_ba, this, cb); })->ok());
        QCOMPARE(await([&](auto cb) { store.read(u"k"_s, this, cb); })->value, "two"_ba);
        QCOMPARE(store.keys(), QStringList { u"k"_s });
    }

    void memory_readMissing_isNotFoundWithMessage()
    {
        MemorySecretStore store;
        const auto read = await([&](auto cb) { store.read(u"cessio:nobody:client-key"_s, this, cb); });
        QVERIFY(read);
        QCOMPARE(read->error, SecretError::NotFound);
        QVERIFY(!read->ok());
        QCOMPARE(read->message, SecretStore::messageFor(SecretError::NotFound));
        QVERIFY(!read->message.isEmpty());
    }

    void memory_remove_thenReadIsNotFound_andRemovingAgainSucceeds()
    {
        MemorySecretStore store;
        QVERIFY(await([&](auto cb) { store.write(u"k"_s, "v"_ba, this, cb); })->ok());
        QVERIFY(await([&](auto cb) { store.remove(u"k"_s, this, cb); })->ok());
        QCOMPARE(await([&](auto cb) { store.read(u"k"_s, this, cb); })->error, SecretError::NotFound);
        QVERIFY(await([&](auto cb) { store.remove(u"k"_s, this, cb); })->ok());
        QVERIFY(store.keys().isEmpty());
    }

    void memory_answer_neverArrivesInsideTheCall()
    {
        MemorySecretStore store;
        Answers answers;
        store.write(u"k"_s, "v"_ba, this, answers.callback());
        QVERIFY(answers.results.isEmpty()); // asynchronous even when the answer is known at once
        QVERIFY(!store.contains(u"k"_s));
        QTRY_COMPARE(answers.results.size(), 1);
        QVERIFY(store.contains(u"k"_s));
        QTest::qWait(20);
        QCOMPARE(answers.results.size(), 1);
    }

    void memory_contextDestroyed_callbackNeverRuns()
    {
        MemorySecretStore store;
        Answers answers;
        auto context = std::make_unique<QObject>();
        store.write(u"k"_s, "v"_ba, context.get(), answers.callback());
        context.reset();
        QTRY_COMPARE(store.pendingCount(), 0);
        QTest::qWait(20);
        QVERIFY(answers.results.isEmpty());
        QVERIFY(store.contains(u"k"_s)); // the write itself still happened
    }

    void memory_failure_reportsErrorAndChangesNothing_data()
    {
        QTest::addColumn<SecretError>("error");
        QTest::newRow("not found") << SecretError::NotFound;
        QTest::newRow("access denied") << SecretError::AccessDenied;
        QTest::newRow("no backend") << SecretError::NoBackend;
        QTest::newRow("timeout") << SecretError::Timeout;
        QTest::newRow("other") << SecretError::Other;
    }
    void memory_failure_reportsErrorAndChangesNothing()
    {
        QFETCH(SecretError, error);
        MemorySecretStore store;
        QVERIFY(await([&](auto cb) { store.write(u"k"_s, "old"_ba, this, cb); })->ok());
        store.setFailure(error);

        const auto write = await([&](auto cb) { store.write(u"k"_s, "new"_ba, this, cb); });
        QVERIFY(write);
        QCOMPARE(write->error, error);
        QCOMPARE(write->message, SecretStore::messageFor(error));
        QVERIFY(!write->message.isEmpty());
        QCOMPARE(await([&](auto cb) { store.read(u"k"_s, this, cb); })->error, error);
        QCOMPARE(await([&](auto cb) { store.remove(u"k"_s, this, cb); })->error, error);
        QCOMPARE(store.peek(u"k"_s), "old"_ba);

        store.setFailure(SecretError::None);
        QCOMPARE(await([&](auto cb) { store.read(u"k"_s, this, cb); })->value, "old"_ba);
    }

    void messages_areDistinctAndExplainWhatToDo()
    {
        const QList<SecretError> errors { SecretError::NotFound, SecretError::AccessDenied, SecretError::NoBackend,
                                          SecretError::Timeout, SecretError::Other };
        QSet<QString> seen;
        for (const SecretError error : errors)
            seen.insert(SecretStore::messageFor(error));
        QCOMPARE(seen.size(), errors.size());
        QVERIFY(SecretStore::messageFor(SecretError::None).isEmpty());
        QVERIFY(SecretStore::messageFor(SecretError::NoBackend).contains(u"GNOME Keyring"_s));
    }

    // The backend's own words are a detail: kept, shown after the message, never the message itself.
    void otherError_backendWordsAreTheDetail()
    {
        MemorySecretStore store;
        store.setFailure(SecretError::Other, u"Something odd"_s);
        const auto read = await([&](auto cb) { store.read(u"k"_s, this, cb); });
        QVERIFY(read);
        QCOMPARE(read->error, SecretError::Other);
        QCOMPARE(read->detail, u"Something odd"_s);
        QCOMPARE(read->message, SecretStore::messageFor(SecretError::Other));
        QCOMPARE(read->messageWithDetail(), read->message + u"\nDetail: Something odd"_s);
    }

    void timeout_slowBackend_reportsTimeoutOnceAndDropsLateAnswer()
    {
        SlowSecretStore store;
        store.setTimeout(50ms);
        store.answerAfter = 300ms;
        Answers answers;
        QElapsedTimer clock;
        clock.start();
        store.read(u"k"_s, this, answers.callback());
        QTRY_COMPARE(answers.results.size(), 1);
        const auto elapsed = clock.elapsed();
        QCOMPARE(answers.results.first().error, SecretError::Timeout);
        QCOMPARE(answers.results.first().message, SecretStore::messageFor(SecretError::Timeout));
        QVERIFY2(elapsed >= 45, qPrintable(QString::number(elapsed)));
        QCOMPARE(store.abandoned.size(), 1);
        QCOMPARE(store.pendingCount(), 0);

        QTRY_COMPARE(store.lateAnswers, 1); // the backend did answer, later...
        QTest::qWait(20);
        QCOMPARE(answers.results.size(), 1); // ...and nobody heard it
    }

    void timeout_fastEnoughBackend_isNotATimeout()
    {
        SlowSecretStore store;
        store.setTimeout(2s);
        store.answerAfter = 20ms;
        Answers answers;
        store.read(u"k"_s, this, answers.callback());
        QTRY_COMPARE(answers.results.size(), 1);
        QVERIFY(answers.results.first().ok());
        QCOMPARE(answers.results.first().value, "late"_ba);
        QVERIFY(store.abandoned.isEmpty());
    }

    void timeout_defaultIsFifteenSeconds()
    {
        MemorySecretStore memory;
        KeychainSecretStore keychain;
        QCOMPARE(memory.timeout(), 15000ms);
        QCOMPARE(keychain.timeout(), 15000ms);
    }

    void timeout_memoryStoreSlowerThanTimeout_writeIsAbandoned()
    {
        MemorySecretStore store;
        store.setTimeout(30ms);
        store.setResponseDelay(500ms);
        const auto write = await([&](auto cb) { store.write(u"k"_s, "v"_ba, this, cb); });
        QVERIFY(write);
        QCOMPARE(write->error, SecretError::Timeout);
        QTest::qWait(600);
        QVERIFY(!store.contains(u"k"_s));
    }

    void destroyedStore_pendingCallersGetAnAnswer()
    {
        Answers answers;
        {
            SlowSecretStore store;
            store.answerAfter = 10s;
            store.read(u"k"_s, this, answers.callback());
        }
        QTRY_COMPARE(answers.results.size(), 1);
        QCOMPARE(answers.results.first().error, SecretError::Other);
    }

    void keychain_errorsMapByEnum_data()
    {
        QTest::addColumn<int>("keychainError");
        QTest::addColumn<SecretError>("expected");
        QTest::newRow("no error") << int(QKeychain::NoError) << SecretError::None;
        QTest::newRow("entry not found") << int(QKeychain::EntryNotFound) << SecretError::NotFound;
        QTest::newRow("access denied") << int(QKeychain::AccessDenied) << SecretError::AccessDenied;
        QTest::newRow("denied by user") << int(QKeychain::AccessDeniedByUser) << SecretError::AccessDenied;
        QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << SecretError::NoBackend;
        QTest::newRow("not implemented") << int(QKeychain::NotImplemented) << SecretError::NoBackend;
        QTest::newRow("could not delete") << int(QKeychain::CouldNotDeleteEntry) << SecretError::Other;
        QTest::newRow("other") << int(QKeychain::OtherError) << SecretError::Other;
        QTest::newRow("unknown value") << 99 << SecretError::Other;
    }
    void keychain_errorsMapByEnum()
    {
        QFETCH(int, keychainError);
        QFETCH(SecretError, expected);
        QCOMPARE(KeychainSecretStore::mapError(keychainError), expected);
    }

    // What the libsecret backend says when there is no usable keychain (QtKeychain gives OtherError for
    // all of it): the person is told what to install or start, in their language; the raw words only as
    // the detail.
    void keychain_noKeychainMessages_sayWhatToInstall_data()
    {
        QTest::addColumn<QString>("backendSaid");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("portuguese");
        QTest::newRow("no session bus, no X")
            << u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s << u"desktop session"_s << u"sessão gráfica"_s;
        QTest::newRow("no dbus-launch")
            << u"Failed to execute child process \u201Cdbus-launch\u201D (No such file or directory)"_s << u"desktop session"_s
            << u"sessão gráfica"_s;
        QTest::newRow("no secret service") << u"The name org.freedesktop.secrets was not provided by any .service files"_s
                                           << u"No keychain service"_s << u"Nenhum serviço de chaveiro"_s;
        QTest::newRow("no login collection")
            << u"Object does not exist at path \u201C/org/freedesktop/secrets/collection/login\u201D"_s
            << u"no unlocked default keyring"_s << u"chaveiro padrão desbloqueado"_s;
    }
    void keychain_noKeychainMessages_sayWhatToInstall()
    {
        QFETCH(QString, backendSaid);
        QFETCH(QString, english);
        QFETCH(QString, portuguese);
        for (const auto &[lang, expected] : { std::pair { u"en"_s, english }, std::pair { u"pt_BR"_s, portuguese } }) {
            QVERIFY(cessio::Localization::apply(*QCoreApplication::instance(), lang));
            const SecretResult result = KeychainSecretStore::failure(int(QKeychain::OtherError), backendSaid);
            QCOMPARE(result.error, SecretError::NoBackend);
            QVERIFY2(result.message.contains(expected), qPrintable(result.message));
            QVERIFY2(result.message.contains(u"gnome-keyring"_s) || result.message.contains(u"seahorse"_s),
                     qPrintable(result.message));
            QVERIFY(!result.message.contains(backendSaid)); // the raw words are not the message
            QCOMPARE(result.detail, backendSaid);
            const QString shown = result.messageWithDetail();
            QVERIFY(shown.startsWith(result.message + u'\n'));
            QVERIFY(shown.endsWith(backendSaid));
        }
        QVERIFY(cessio::Localization::apply(*QCoreApplication::instance(), u"en"_s));
    }

    void keychain_unknownError_keepsTheBackendWordsAsDetail()
    {
        const SecretResult other = KeychainSecretStore::failure(int(QKeychain::OtherError), u"Something odd"_s);
        QCOMPARE(other.error, SecretError::Other);
        QCOMPARE(other.message, SecretStore::messageFor(SecretError::Other));
        QCOMPARE(other.messageWithDetail(), other.message + u"\nDetail: Something odd"_s);
        const SecretResult denied = KeychainSecretStore::failure(int(QKeychain::AccessDenied), u"locked collection"_s);
        QCOMPARE(denied.error, SecretError::AccessDenied); // the code decides first: no message can override it
    }

    void keychain_serviceName_isTheAppId() { QCOMPARE(KeychainSecretStore::serviceName(), u"org.cessio.Cessio"_s); }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
