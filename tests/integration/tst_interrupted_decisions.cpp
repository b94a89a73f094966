// A decision interrupted by a crash — recorded as Pending, its answer never recorded — is settled on
// the next start from what QI Tech shows, against the real sandbox over HTTP: a Reconcile entry is
// written, the user is told once, nothing is sent again, and until it is settled the batch takes no
// new decision.
#include "qitech/apiclient.h"
#include "sandboxharness.h"
#include "services/auditkeys.h"
#include "services/auditlog.h"
#include "services/decisionoperation.h"
#include "services/decisionservice.h"
#include "services/memorysecretstore.h"
#include "services/session.h"
#include "services/workspace/workspacerunner.h"
#include "services/workspace/workspacestore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;
using namespace cessio::testing;

class TestInterruptedDecisions : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxHarness> h;
    QTemporaryDir m_dir;
    QString m_path;
    // The keychain and settings that outlive one run of the program: the record's key and anchor.
    std::unique_ptr<MemorySecretStore> m_keys;
    std::shared_ptr<AuditAnchorStore> m_anchors;

    // The record opened as the program that crashed had it: sealed with the record's key.
    bool openRecord(AuditLog &log)
    {
        std::optional<AuditSealResult> seal;
        loadAuditSeal(*m_keys, m_path, m_anchors, AuditKeyUse::Append, this, [&](const AuditSealResult &r) { seal = r; });
        if (!QTest::qWaitFor([&] { return seal.has_value(); }, 10000) || !seal->problem.isEmpty())
            return false;
        log.setSeal(seal->seal);
        return log.open();
    }

    int putsReceived()
    {
        int puts = 0;
        for (const QJsonValue &entry : h->control("GET", u"/_sandbox/requests"_s).value(u"data"_s).toArray())
            puts += entry[u"method"_s].toString() == u"PUT";
        return puts;
    }

    // What the record holds after a crash between "request sent" and "answer recorded".
    qint64 writePending(AuditEntry::Action action, const QString &batch, const QStringList &assets = {})
    {
        AuditLog log(m_path);
        if (!openRecord(log))
            return 0;
        AuditEntry e;
        e.profileName = u"test"_s;
        e.environmentUrl = h->baseUrl().toString();
        e.fundClassKey = SandboxHarness::fund;
        e.configurationKey = SandboxHarness::ccbConfig;
        e.batchExternalId = batch;
        e.operationId = u"op-1"_s;
        e.action = action;
        e.outcome = AuditEntry::Outcome::Pending;
        e.shown.removedAssetIds = assets;
        e.request.method = u"PUT"_s;
        const auto stored = log.append(e);
        return stored ? stored->sequence : 0;
    }

    std::unique_ptr<Session> startSession()
    {
        std::unique_ptr<Session> session(Session::forEndpoint(
            u"test"_s, h->baseUrl(), RequestSigner(SandboxHarness::managerKey, SandboxHarness::managerPrivateKey()),
            { SandboxHarness::fund }, m_path));
        session->setRecordSeal(m_keys.get(), m_anchors);
        QSignalSpy ready(session.get(), &Session::ready);
        session->start();
        if (!ready.wait(10000))
            return nullptr;
        return session;
    }

    // The notices of this start, once the record has been gone through.
    QStringList noticesOf(Session &session)
    {
        QSignalSpy done(session.decisions(), &DecisionService::interruptedReconciled);
        if (!done.wait(15000))
            return { u"(the reconciliation never finished)"_s };
        return session.takeNotices();
    }

private Q_SLOTS:
    void init()
    {
        h = std::make_unique<SandboxHarness>();
        QVERIFY2(h->start(), qPrintable(h->error()));
        QVERIFY(h->prepareForManager(u"B1"_s, 3));
        // A folder each: the record moves into the workspace beside it (issue 10), one per record.
        m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u"/audit.jsonl"_s);
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        m_keys = std::make_unique<MemorySecretStore>();
        m_anchors = AuditAnchorStore::inMemory();
    }
    void cleanup()
    {
        h.reset();
        m_keys.reset();
    }

    void pendingApproval_appliedAtQi_isReconciledAsApplied_nothingResent()
    {
        // The approval reached QI Tech; the program died before recording the answer.
        QVERIFY(
            h->setStatus(h->manager(), SandboxHarness::ccbConfig, u"B1"_s, { { u"assignment_status"_s, u"approved"_s } }).status
            == 200);
        const qint64 pending = writePending(AuditEntry::Action::Approve, u"B1"_s);
        QVERIFY(pending > 0);
        h->control("DELETE", u"/_sandbox/requests"_s);

        auto session = startSession();
        QVERIFY(session);
        const QStringList notices = noticesOf(*session);
        QCOMPARE(notices.size(), 1);
        QVERIFY2(notices.first().contains(u"(Approval, batch B1): QI Tech shows it was applied."_s), qPrintable(notices.first()));
        const AuditEntry last = session->auditLog()->readAll().constLast();
        QCOMPARE(last.action, AuditEntry::Action::Reconcile);
        QCOMPARE(last.outcome, AuditEntry::Outcome::ResolvedApplied);
        QCOMPARE(last.relatesTo, pending);
        QCOMPARE(last.batchExternalId, u"B1"_s);
        QCOMPARE(putsReceived(), 0); // only read, never resent
        QVERIFY(session->auditLog()->verify().ok());

        // Told once: the next start finds nothing left to settle.
        const qint64 entries = session->auditLog()->lastSequence();
        session.reset();
        session = startSession();
        QVERIFY(session);
        QVERIFY(noticesOf(*session).isEmpty());
        QCOMPARE(session->auditLog()->lastSequence(), entries);
        QCOMPARE(putsReceived(), 0);
    }

    void pendingDenial_notAppliedAtQi_isReconciledAsNotApplied_thenTheBatchTakesDecisions()
    {
        const qint64 pending = writePending(AuditEntry::Action::Deny, u"B1"_s);
        // The crash also left this desktop's decision intent open in the workspace beside the record;
        // until it is settled the batch refuses every decision ("Not sent: <you> is denying...").
        {
            auto runner = std::make_shared<WorkspaceRunner>();
            WorkspaceSettings local;
            local.sqliteFile = m_dir.filePath(u"workspace.sqlite"_s);
            QCOMPARE(runner->open(local, {}).result(), QString());
            const QString batchKey = h->baseUrl().toString() + u'|' + SandboxHarness::managerKey + u'|'
                + decision::keyOf({ SandboxHarness::fund, SandboxHarness::ccbConfig, u"B1"_s });
            const auto opened
                = runner
                      ->run([batchKey](WorkspaceStore &store) {
                          return store.openIntent(batchKey, workspace::IntentAction::Deny, QDateTime::currentMSecsSinceEpoch());
                      })
                      .result();
            QVERIFY2(opened.ok(), qPrintable(opened.error));
            QCOMPARE(opened.value->result, workspace::IntentAttempt::Result::Opened);
        }
        h->control("DELETE", u"/_sandbox/requests"_s);
        auto session = startSession();
        QVERIFY(session);
        const QStringList notices = noticesOf(*session);
        QCOMPARE(notices.size(), 1);
        QVERIFY2(notices.first().contains(u"(Denial, batch B1): QI Tech shows it was not applied. Nothing was sent again."_s),
                 qPrintable(notices.first()));
        const AuditEntry last = session->auditLog()->readAll().constLast();
        QCOMPARE(last.outcome, AuditEntry::Outcome::ResolvedNotApplied);
        QCOMPARE(last.relatesTo, pending);
        QCOMPARE(putsReceived(), 0);
        QCOMPARE(h->batchStatus(SandboxHarness::ccbConfig, u"B1"_s), u"pending_manager_approval"_s);

        // Settled: the manager decides again, and it is sent.
        QSignalSpy finished(session->decisions(), &DecisionService::finished);
        QVERIFY(session->decisions()->deny(
            { u"test"_s, h->baseUrl(), { SandboxHarness::fund, SandboxHarness::ccbConfig, u"B1"_s }, {}, {}, {} }));
        QVERIFY(finished.wait(15000));
        const DecisionOutcome denied = finished.first().at(1).value<DecisionOutcome>();
        QVERIFY2(denied.result == DecisionOutcome::Result::Applied, qPrintable(denied.message()));
        QCOMPARE(putsReceived(), 1);
    }

    void pendingAssetRemoval_isSettledFromTheAsset()
    {
        const qint64 pending = writePending(AuditEntry::Action::RemoveAsset, u"B1"_s, { u"B1-A1"_s });
        auto session = startSession();
        QVERIFY(session);
        const QStringList notices = noticesOf(*session);
        QCOMPARE(notices.size(), 1);
        QVERIFY2(notices.first().contains(u"(Asset removal B1-A1, batch B1): QI Tech shows it was not applied."_s),
                 qPrintable(notices.first()));
        const AuditEntry last = session->auditLog()->readAll().constLast();
        QCOMPARE(last.relatesTo, pending);
        QVERIFY(last.note.contains(u"asset status after re-read"_s));
    }

    void answeredEntries_andOtherProfiles_areLeftAlone()
    {
        qint64 pending = writePending(AuditEntry::Action::Approve, u"B1"_s);
        {
            AuditLog log(m_path);
            QVERIFY(openRecord(log));
            AuditEntry answer;
            answer.profileName = u"test"_s;
            answer.action = AuditEntry::Action::Approve;
            answer.outcome = AuditEntry::Outcome::Failed;
            answer.relatesTo = pending;
            QVERIFY(log.append(answer));
            AuditEntry other; // another profile's crash: its own session settles it
            other.profileName = u"other"_s;
            other.environmentUrl = h->baseUrl().toString();
            other.batchExternalId = u"B1"_s;
            other.action = AuditEntry::Action::Deny;
            other.outcome = AuditEntry::Outcome::Pending;
            QVERIFY(log.append(other));
        }
        auto session = startSession();
        QVERIFY(session);
        QVERIFY(noticesOf(*session).isEmpty());
    }

    void unsettled_batchRefusesNewDecisions_andSaysWhy()
    {
        // QI Tech cannot tell about this batch (it does not know it): the outcome stays unknown.
        writePending(AuditEntry::Action::Approve, u"GHOST"_s);
        h->control("DELETE", u"/_sandbox/requests"_s);
        auto session = startSession();
        QVERIFY(session);
        const QStringList notices = noticesOf(*session);
        QCOMPARE(notices.size(), 1);
        QVERIFY2(notices.first().contains(u"QI Tech could not be asked whether it was applied"_s), qPrintable(notices.first()));
        // Nothing made up: the pending entry is the last decision step (after it, the note that the record
        // file was moved into the workspace).
        const QList<AuditEntry> entries = session->auditLog()->readAll();
        const auto lastStep = std::find_if(entries.crbegin(), entries.crend(),
                                           [](const AuditEntry &e) { return e.action != AuditEntry::Action::Note; });
        QVERIFY(lastStep != entries.crend());
        QCOMPARE(lastStep->outcome, AuditEntry::Outcome::Pending);

        QSignalSpy finished(session->decisions(), &DecisionService::finished);
        const DecisionContext ghost {
            u"test"_s, h->baseUrl(), { SandboxHarness::fund, SandboxHarness::ccbConfig, u"GHOST"_s }, {}, {}, {}
        };
        QVERIFY(!session->decisions()->approve(ghost, {}, std::nullopt));
        QVERIFY(finished.wait(5000));
        const auto outcome = finished.first().at(1).value<DecisionOutcome>();
        QCOMPARE(outcome.result, DecisionOutcome::Result::Refused);
        QVERIFY2(outcome.message().contains(u"was interrupted on"_s), qPrintable(outcome.message()));
        QVERIFY(!session->decisions()->blockedReason(ghost.batch).isEmpty());
        QVERIFY(session->decisions()->blockedReason({ SandboxHarness::fund, SandboxHarness::ccbConfig, u"B1"_s }).isEmpty());
        QCOMPARE(putsReceived(), 0);
    }
};

QTEST_GUILESS_MAIN(TestInterruptedDecisions)
#include "tst_interrupted_decisions.moc"
