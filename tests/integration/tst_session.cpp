// Session: a real profile's credentials come from the secret store, asynchronously; the demo session
// runs the embedded sandbox on loopback with an in-memory key and writes nothing to any keychain.
#include "demo/demosession.h"
#include "qitech/apiclient.h"
#include "qitech/apitransport.h"
#include "services/auditkeys.h"
#include "services/auditlog.h"
#include "services/credentials.h"
#include "services/memorysecretstore.h"
#include "services/profile.h"
#include "services/portfolio/portfoliobook.h"
#include "services/session.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;

class TestSession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static Profile profile(const QUrl &url)
    {
        Profile p;
        p.name = u"Gestora Alfa"_s;
        p.environment = Profile::Environment::Custom;
        p.customBaseUrl = url;
        p.fundClassKeys = { u"fund-1"_s, u"fund-2"_s };
        return p;
    }

    static bool store(MemorySecretStore &secrets, const QString &name)
    {
        bool ok = false, finished = false;
        QObject context;
        storeCredentials(secrets, name, u"5b1c9a8e-2f4d-4c1b-9e3a-7d6f5a4b3c2d"_s, EcPrivateKey::generate().privateKeyPem(),
                         &context, [&](const CredentialsResult &result) {
                             ok = result.ok();
                             finished = true;
                         });
        return QTest::qWaitFor([&] { return finished; }, 10000) && ok;
    }

private Q_SLOTS:
    void forProfile_storedCredentials_becomesReadyWithTheSigner()
    {
        MemorySecretStore secrets;
        QVERIFY(store(secrets, u"Gestora Alfa"_s));
        std::unique_ptr<Session> session(
            Session::forProfile(profile(QUrl(u"http://127.0.0.1:9"_s)), secrets, m_dir.filePath(u"a/audit.jsonl"_s)));
        QSignalSpy ready(session.get(), &Session::ready);
        QSignalSpy failed(session.get(), &Session::failed);
        session->start();
        QCOMPARE(session->state(), Session::State::Starting); // credentials come asynchronously
        QVERIFY(ready.wait(10000));
        QCOMPARE(failed.count(), 0);
        QVERIFY(session->transport()->signer().isValid());
        QCOMPARE(session->transport()->signer().clientKey(), u"5b1c9a8e-2f4d-4c1b-9e3a-7d6f5a4b3c2d"_s);
        QCOMPARE(session->transport()->baseUrl(), QUrl(u"http://127.0.0.1:9"_s));
        QCOMPARE(session->fundClassKeys(), (QStringList { u"fund-1"_s, u"fund-2"_s }));
        QCOMPARE(session->network()->proxy().type(), QNetworkProxy::NoProxy); // loopback: never through a proxy
        QVERIFY(session->auditLog()->isOpen());
        QVERIFY(session->auditLogProblem().isEmpty());
        QVERIFY(!session->isDemo());
    }

    void forProfile_noCredentials_failsWithAMessage()
    {
        MemorySecretStore secrets;
        std::unique_ptr<Session> session(
            Session::forProfile(profile(QUrl(u"http://127.0.0.1:9"_s)), secrets, m_dir.filePath(u"b/audit.jsonl"_s)));
        QSignalSpy failed(session.get(), &Session::failed);
        session->start();
        QVERIFY(failed.wait(10000));
        QVERIFY(!failed.first().first().toString().isEmpty());
        QCOMPARE(session->state(), Session::State::Failed);
    }

    void forProfile_plainHttpToARemoteHost_isRefused()
    {
        MemorySecretStore secrets;
        QVERIFY(store(secrets, u"Gestora Alfa"_s));
        std::unique_ptr<Session> session(
            Session::forProfile(profile(QUrl(u"http://manager-api.example.com"_s)), secrets, m_dir.filePath(u"c/audit.jsonl"_s)));
        QSignalSpy failed(session.get(), &Session::failed);
        session->start();
        QVERIFY(failed.wait(10000));
    }

    void forProfile_sealsTheRecordWithAKeyKeptInTheSecretStore()
    {
        MemorySecretStore secrets;
        QVERIFY(store(secrets, u"Gestora Alfa"_s));
        const QString path = m_dir.filePath(u"sealed/audit.jsonl"_s);
        std::unique_ptr<Session> session(Session::forProfile(profile(QUrl(u"http://127.0.0.1:9"_s)), secrets, path));
        session->setRecordSeal(&secrets, AuditAnchorStore::iniFile(m_dir.filePath(u"sealed.ini"_s)));
        QSignalSpy ready(session.get(), &Session::ready);
        session->start();
        QVERIFY(ready.wait(10000));
        QVERIFY(secrets.contains(auditKeyName(path)));
        const auto entry = session->auditLog()->append(AuditEntry());
        QVERIFY(entry);
        QCOMPARE(entry->version, AuditEntry::formatVersion);
        QCOMPARE(session->auditLog()->verify().sealedEntries, 1); // kept in the workspace beside the record
        QFile file(QFileInfo(path).dir().filePath(u"workspace.sqlite"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(secrets.peek(auditKeyName(path)))); // the key never reaches the record
        QVERIFY(session->takeNotices().isEmpty());
    }

    void forProfile_sealedRecordWithoutItsKey_disablesDecisionsAndSaysWhy()
    {
        const QString path = m_dir.filePath(u"keyless/audit.jsonl"_s);
        const auto anchors = AuditAnchorStore::iniFile(m_dir.filePath(u"keyless.ini"_s));
        {
            AuditLog log(path);
            log.setSeal({ AuditSeal::KeyState::Loaded, AuditKey::generate(), anchors });
            QVERIFY(log.open());
            QVERIFY(log.append(AuditEntry()));
        }
        MemorySecretStore secrets; // the keychain lost the record's key
        QVERIFY(store(secrets, u"Gestora Alfa"_s));
        std::unique_ptr<Session> session(Session::forProfile(profile(QUrl(u"http://127.0.0.1:9"_s)), secrets, path));
        session->setRecordSeal(&secrets, anchors);
        QSignalSpy ready(session.get(), &Session::ready);
        session->start();
        QVERIFY(ready.wait(10000));
        QVERIFY2(session->auditLogProblem().contains(u"its key is missing from the keychain"_s),
                 qPrintable(session->auditLogProblem()));
        QVERIFY(!session->auditLog()->isOpen());
        QVERIFY(!secrets.contains(auditKeyName(path))); // never replaced by a new key
    }

    void forProfile_recordPutBackToAnOlderCopy_isToldOnce()
    {
        MemorySecretStore secrets;
        QVERIFY(store(secrets, u"Gestora Alfa"_s));
        const QString path = m_dir.filePath(u"older/audit.jsonl"_s);
        const auto anchors = AuditAnchorStore::iniFile(m_dir.filePath(u"older.ini"_s));
        const auto startSession = [&] {
            std::unique_ptr<Session> session(Session::forProfile(profile(QUrl(u"http://127.0.0.1:9"_s)), secrets, path));
            session->setRecordSeal(&secrets, anchors);
            QSignalSpy ready(session.get(), &Session::ready);
            session->start();
            return ready.wait(10000) ? std::move(session) : nullptr;
        };
        {
            auto first = startSession();
            QVERIFY(first);
            QVERIFY(first->auditLog()->append(AuditEntry()));
        }
        // The record lives in the workspace beside it: that file is what gets put back.
        const QString workspace = QFileInfo(path).dir().filePath(u"workspace.sqlite"_s);
        QVERIFY(QFile::copy(workspace, workspace + u".bak"_s));
        {
            auto again = startSession();
            QVERIFY(again);
            QVERIFY(again->auditLog()->append(AuditEntry()));
        }
        QVERIFY(QFile::remove(workspace));
        QVERIFY(QFile::rename(workspace + u".bak"_s, workspace));

        auto second = startSession();
        QVERIFY(second);
        QVERIFY(second->auditLogProblem().isEmpty()); // decisions go on, and are recorded after the finding
        const QStringList notices = second->takeNotices();
        QCOMPARE(notices.size(), 1);
        QVERIFY2(notices.first().contains(u"it ends at entry 1, but entry 2 had been written"_s), qPrintable(notices.first()));
        QVERIFY(second->takeNotices().isEmpty());
        second.reset();
        auto third = startSession();
        QVERIFY(third);
        QVERIFY(third->takeNotices().isEmpty()); // told once; "Verify" keeps reporting it
        QCOMPARE(third->auditLog()->verify().problem, AuditVerification::Problem::EarlierLoss);
    }

    void demo_startsOnLoopbackWithAnInMemoryKeyAndItsOwnRecord()
    {
        DemoSession::Options options;
        options.world.largeBatchAssets = 50;
        options.assignorInterval = std::chrono::milliseconds(0);
        DemoSession session(options);
        QSignalSpy ready(&session, &Session::ready);
        session.start();
        QVERIFY(ready.wait(20000));
        QVERIFY(session.isDemo());
        QVERIFY(Profile::isLoopbackHost(session.baseUrl().host()));
        QCOMPARE(session.fundClassKeys(), session.credentials().fundKeys);
        QVERIFY(session.fundClassKeys().size() >= 2);
        QVERIFY(session.auditLog()->filePath() != AuditLog::defaultFilePath()); // the real record stays untouched
        QVERIFY(!session.assignor());

        // Signed requests reach the embedded sandbox and are accepted.
        bool answered = false;
        ApiResult<QList<AssignmentConfiguration>> result;
        session.client()->allConfigurations(session.fundClassKeys().first(), this,
                                            [&](const ApiResult<QList<AssignmentConfiguration>> &r) {
                                                result = r;
                                                answered = true;
                                            });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        QVERIFY2(result.ok(), qPrintable(result.error.technicalSummary()));
        QVERIFY(!result.value->isEmpty());

        // Every demo fund has a book: positions, net assets and limits (written in the background).
        for (const QString &fund : session.fundClassKeys()) {
            std::shared_ptr<const FundPortfolio> held;
            QTRY_VERIFY_WITH_TIMEOUT((held = session.portfolioBook()->fund(fund)) && held->netAssets.isUsable()
                                         && held->limits.maxDebtorBasisPoints,
                                     10000);
            QVERIFY(!held->positions.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
