// The fund's book filled from the inbox (PortfolioIntake) against the real sandbox over loopback HTTP:
// a batch that completes adds its positions once — a later poll, and a new session on the same book,
// neither add it again nor read its assets again — and a batch still awaiting the manager adds nothing.
#include "sandboxharness.h"
#include "services/inboxservice.h"
#include "services/portfolio/portfoliobook.h"
#include "services/portfolio/portfoliointake.h"
#include "services/session.h"
#include "services/settings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;
using namespace cessio::testing;

class TestPortfolioIntake : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxHarness> m_harness;
    std::unique_ptr<Session> m_session;
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;

    QList<InboxEntry> poll()
    {
        InboxService inbox(m_session->client(), m_settings.get(), u"test"_s, { SandboxHarness::fund });
        QSignalSpy finished(&inbox, &InboxService::refreshFinished);
        if (!inbox.refresh() || !finished.wait(20000))
            return {};
        return inbox.entries();
    }

    int assetListingsRead()
    {
        int count = 0;
        for (const QJsonValue &entry : m_harness->control("GET", u"/_sandbox/requests"_s).value(u"data"_s).toArray())
            count += entry[u"method"_s].toString() == u"GET" && entry[u"path"_s].toString().endsWith(u"/assets"_s);
        return count;
    }

    // Takes a batch awaiting the manager through approval to completed.
    bool complete(const QString &externalId)
    {
        const HttpReply approved = m_harness->setStatus(
            m_harness->manager(), SandboxHarness::ccbConfig, externalId,
            { { u"assignment_status"_s, u"approved"_s }, { u"disbursement_account_key"_s, u"account-other"_s } });
        if (approved.status != 200)
            return false;
        m_harness->tick(4);
        return m_harness->batchStatus(SandboxHarness::ccbConfig, externalId) == u"completed"_s;
    }

private Q_SLOTS:
    void init()
    {
        m_harness = std::make_unique<SandboxHarness>();
        QVERIFY2(m_harness->start(), qPrintable(m_harness->error()));
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_s));
        m_session.reset(Session::forEndpoint(u"test"_s, m_harness->baseUrl(),
                                             RequestSigner(SandboxHarness::managerKey, SandboxHarness::managerPrivateKey()),
                                             { SandboxHarness::fund }, m_dir.filePath(u"audit.jsonl"_s)));
        QSignalSpy ready(m_session.get(), &Session::ready);
        m_session->start();
        QVERIFY(ready.wait(5000));
    }

    void cleanup()
    {
        m_session.reset();
        m_harness.reset();
    }

    void completedBatch_addedToTheBookOnce()
    {
        QVERIFY(m_harness->prepareForManager(u"DONE-3"_s, 3));
        QVERIFY(m_harness->prepareForManager(u"WAIT-2"_s, 2));
        QVERIFY(complete(u"DONE-3"_s));
        const QString book = m_dir.filePath(u"book"_s);

        {
            PortfolioIntake intake(m_session->client(), PortfolioBook::inFolder(book));
            QSignalSpy added(&intake, &PortfolioIntake::batchAdded);
            QSignalSpy failed(&intake, &PortfolioIntake::batchFailed);
            const QList<InboxEntry> entries = poll();
            QCOMPARE(entries.size(), 2);
            intake.feed(entries);
            QVERIFY(!intake.isIdle()); // never synchronous
            QVERIFY(QTest::qWaitFor([&] { return intake.isIdle(); }, 30000));
            QCOMPARE(failed.size(), 0);
            QCOMPARE(added.size(), 1);
            QCOMPARE(added.first().at(0).value<BatchRef>().externalId, u"DONE-3"_s);
            QCOMPARE(added.first().at(1).toInt(), 3);

            // The next poll sees it completed again: nothing is read or added.
            const int read = assetListingsRead();
            intake.feed(poll());
            QVERIFY(QTest::qWaitFor([&] { return intake.isIdle(); }, 30000));
            QCOMPARE(added.size(), 1);
            QCOMPARE(assetListingsRead(), read);
        }

        const auto held = PortfolioBook::inFolder(book)->fund(SandboxHarness::fund);
        QVERIFY(held);
        QCOMPARE(held->positions.size(), 3);
        QVERIFY(held->batchesAdded.contains(PortfolioBook::batchId(SandboxHarness::ccbConfig, u"DONE-3"_s)));
        for (const PortfolioPosition &p : held->positions) {
            QCOMPARE(p.source, PortfolioPosition::Source::Batch);
            QCOMPARE(p.sourceReference, u"DONE-3"_s);
            QVERIFY(!p.debtorDocument.isEmpty());
            QVERIFY(p.dueDate.isValid());
            QVERIFY(p.presentValue.centavos() > 0);
        }

        // A new session on the same book: the book is asked first, the assets are not read again.
        PortfolioIntake later(m_session->client(), PortfolioBook::inFolder(book));
        QSignalSpy addedLater(&later, &PortfolioIntake::batchAdded);
        const QList<InboxEntry> entries = poll();
        const int read = assetListingsRead();
        later.feed(entries);
        QVERIFY(QTest::qWaitFor([&] { return later.isIdle(); }, 30000));
        QCOMPARE(addedLater.size(), 0);
        QCOMPARE(assetListingsRead(), read);
        QCOMPARE(PortfolioBook::inFolder(book)->fund(SandboxHarness::fund)->positions.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestPortfolioIntake)
#include "tst_portfoliointake.moc"
