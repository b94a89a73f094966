// A fund's rules in the workspace store (issue 10), on SQLite (tst_fundrulesdocument) and PostgreSQL
// (tst_fundrulesdocument_postgres): a desktop's settings' rules imported once per fund, saves against the
// version read (a colleague's save first is not overwritten), and on PostgreSQL analysts refused.
#include "services/workspace/fundrulesdocument.h"
#include "services/workspace/sqlworkspacestore.h"
#include "support/workspacetestdb.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;
using namespace cessio::workspace;

class TstFundRulesDocument : public QObject
{
    Q_OBJECT

    WorkspaceTestDb m_db;
    std::shared_ptr<SqlWorkspaceStore> m_ana; // admin
    std::shared_ptr<SqlWorkspaceStore> m_bruno; // admin
    std::shared_ptr<SqlWorkspaceStore> m_carla; // analyst

    std::shared_ptr<SqlWorkspaceStore> open(const QString &login)
    {
        auto opened = SqlWorkspaceStore::open(m_db.as(login), {});
        if (!opened.ok())
            qWarning("open as %s: %s", qUtf8Printable(login), qUtf8Printable(opened.error));
        return opened.ok() ? *opened.value : nullptr;
    }
    static FundRules termRules(int days)
    {
        FundRules rules;
        rules.maxTermDays = days;
        return rules;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qInfo("backend: %s", qUtf8Printable(WorkspaceTestDb::backendName()));
        QString error;
        QVERIFY2(m_db.create(&error), qPrintable(error));
        auto admin = open(WorkspaceTestDb::admin());
        QVERIFY(admin);
        QVERIFY(admin->putMember({ u"ana"_s, u"Ana Souza"_s, Role::Admin }).ok());
        QVERIFY(admin->putMember({ u"bruno"_s, u"Bruno Lima"_s, Role::Admin }).ok());
        QVERIFY(admin->putMember({ u"carla"_s, u"Carla Dias"_s, Role::Analyst }).ok());
        m_ana = open(u"ana"_s);
        m_bruno = open(u"bruno"_s);
        m_carla = open(u"carla"_s);
        QVERIFY(m_ana && m_bruno && m_carla);
    }

    void settingsRules_importedOncePerFund_thenTheStoreIsTheOnePlace()
    {
        const auto first = FundRulesDocument::read(*m_ana, u"F1"_s, termRules(90).toJsonText());
        QVERIFY2(first.ok(), qPrintable(first.error));
        QCOMPARE(first.value->problem, QString());
        QCOMPARE(first.value->version, 1);
        QCOMPARE(first.value->rules, termRules(90));
        QVERIFY(first.value->mayEdit);
        // Another desktop's settings (or this one's, changed since) are not imported again.
        const auto second = FundRulesDocument::read(*m_bruno, u"F1"_s, termRules(30).toJsonText());
        QCOMPARE(second.value->version, 1);
        QCOMPARE(second.value->rules, termRules(90));
        QCOMPARE(m_ana->fundDocument(u"F1"_s, FundDocumentKind::Rules).value->updatedBy, u"ana"_s);
        // A fund without rules anywhere: nothing stored, no rules.
        const auto none = FundRulesDocument::read(*m_ana, u"F2"_s, {});
        QCOMPARE(none.value->version, 0);
        QVERIFY(none.value->rules.isEmpty());
        // Settings that cannot be read: said, nothing imported.
        const auto broken = FundRulesDocument::read(*m_ana, u"F3"_s, u"{not json"_s);
        QVERIFY(broken.ok());
        QVERIFY(!broken.value->problem.isEmpty());
        QCOMPARE(m_ana->fundDocument(u"F3"_s, FundDocumentKind::Rules).value->version, 0);
    }

    void saveAgainstTheVersionRead_aColleaguesSaveIsNotOverwritten()
    {
        const auto anaRead = FundRulesDocument::read(*m_ana, u"F4"_s, {});
        const auto brunoRead = FundRulesDocument::read(*m_bruno, u"F4"_s, {});
        QCOMPARE(FundRulesDocument::save(*m_ana, u"F4"_s, termRules(60), anaRead.value->version, 1).value, std::optional(true));
        QCOMPARE(FundRulesDocument::save(*m_bruno, u"F4"_s, termRules(45), brunoRead.value->version, 2).value,
                 std::optional(false));
        const auto now = FundRulesDocument::read(*m_bruno, u"F4"_s, {});
        QCOMPARE(now.value->rules, termRules(60));
        QCOMPARE(FundRulesDocument::save(*m_bruno, u"F4"_s, termRules(45), now.value->version, 3).value, std::optional(true));
        QCOMPARE(FundRulesDocument::read(*m_ana, u"F4"_s, {}).value->rules, termRules(45));
        QVERIFY(!FundRulesDocument::savedMeanwhile().isEmpty());
    }

    // The watch-list for every fund is the rules document of the reserved key "*": every fund's read
    // carries it, its checks use it, and a fund's own save never copies it into the fund's rules. On
    // PostgreSQL an analyst reads it but the server refuses her change.
    void watchList_everyFundsReadCarriesIt_notCopiedIntoAFundsSave()
    {
        FundRules everyFund;
        everyFund.watchList = { { u"11222333"_s, u"Acme"_s, u"recuperação judicial"_s, false } };
        QVERIFY(*FundRulesDocument::save(*m_ana, FundRules::everyFundKey(), everyFund, 0, 1).value);

        const auto fund = FundRulesDocument::read(*m_bruno, u"W1"_s, {});
        QVERIFY2(fund.ok(), qPrintable(fund.error));
        QVERIFY(fund.value->rules.isEmpty()); // the fund's own rules: none
        QCOMPARE(fund.value->everyFundWatchList, everyFund.watchList);
        const FundRules effective = fund.value->effective();
        QCOMPARE(effective.watchList.size(), 1);
        QVERIFY(effective.watchList.constFirst().everyFund);

        // The fund rules dialog saves the effective rules it was shown: the list stays under "*".
        FundRules edited = effective;
        edited.maxTermDays = 120;
        QVERIFY(*FundRulesDocument::save(*m_bruno, u"W1"_s, edited, 0, 2).value);
        const auto again = FundRulesDocument::read(*m_ana, u"W1"_s, {});
        QCOMPARE(again.value->rules, termRules(120));
        QCOMPARE(again.value->effective().watchList.size(), 1);

        // The list's own document reads as rules with only the list, without a second copy of itself.
        const auto own = FundRulesDocument::read(*m_ana, FundRules::everyFundKey(), {});
        QCOMPARE(own.value->rules.watchList, everyFund.watchList);
        QVERIFY(own.value->everyFundWatchList.isEmpty());

        if (WorkspaceTestDb::onPostgres()) {
            const auto carla = FundRulesDocument::read(*m_carla, FundRules::everyFundKey(), {});
            QVERIFY(carla.ok() && !carla.value->mayEdit);
            const StoreStatus refused = FundRulesDocument::save(*m_carla, FundRules::everyFundKey(), FundRules {}, 1, 3);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error.contains(u"refused this for carla"_s), qPrintable(refused.error));
        }
        // Cleared again: the other tests' funds have no list.
        QVERIFY(*FundRulesDocument::save(*m_ana, FundRules::everyFundKey(), FundRules {}, 1, 4).value);
    }

    void analyst_refusedByTheServer()
    {
        if (!WorkspaceTestDb::onPostgres())
            QSKIP("SQLite has no server roles: its file is one person's");
        const auto read = FundRulesDocument::read(*m_carla, u"F5"_s, termRules(15).toJsonText());
        QVERIFY2(read.ok(), qPrintable(read.error));
        QVERIFY(!read.value->mayEdit);
        QCOMPARE(read.value->version, 0);
        QCOMPARE(read.value->rules, termRules(15)); // her desktop's rules still check her batches
        QVERIFY2(read.value->problem.contains(u"refused this for carla"_s), qPrintable(read.value->problem));
        const StoreStatus saved = FundRulesDocument::save(*m_carla, u"F1"_s, termRules(1), 1, 4);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error.contains(u"refused this for carla"_s), qPrintable(saved.error));
        QCOMPARE(FundRulesDocument::read(*m_ana, u"F1"_s, {}).value->rules, termRules(90));
    }

    // An analyst whose settings hold rules the store lacks: the desktop reads them at every review and
    // every inbox check, and the import is tried once per session (once per store and fund): the server
    // sees one refused write, the notice stays in every read, and an admin's later save is what she gets.
    void analyst_importTriedOncePerSession_noticeKept()
    {
        if (!WorkspaceTestDb::onPostgres())
            QSKIP("SQLite has no server roles: its file is one person's");
        const QString log = qEnvironmentVariable("CESSIO_TEST_PG_LOG");
        QVERIFY2(!log.isEmpty(), "with-postgres.sh names the server's log");
        const auto refusedWrites = [&log] { // the server's errors about the table
            QFile file(log);
            if (!file.open(QIODevice::ReadOnly))
                return -1;
            int errors = 0;
            for (const QByteArray &line : file.readAll().split('\n'))
                errors += line.contains("ERROR:") && line.contains("fund_documents") ? 1 : 0;
            return errors;
        };

        // Without the session's tries (the CLI: one read per run), every read asks the server.
        int before = refusedWrites();
        QVERIFY(before >= 0);
        for (int i = 0; i < 2; ++i)
            QVERIFY(FundRulesDocument::read(*m_carla, u"F6"_s, termRules(20).toJsonText()).ok());
        QTRY_COMPARE(refusedWrites(), before + 2); // the count is right: the server logs each refusal

        FundRulesImports imports;
        before = refusedWrites();
        for (int i = 0; i < 5; ++i) {
            const auto read = FundRulesDocument::read(*m_carla, u"F7"_s, termRules(25).toJsonText(), &imports);
            QVERIFY2(read.ok(), qPrintable(read.error));
            QCOMPARE(read.value->rules, termRules(25));
            QCOMPARE(read.value->version, 0);
            QVERIFY2(read.value->problem.contains(u"still only in this computer's settings"_s)
                         && read.value->problem.contains(u"refused this for carla"_s),
                     qPrintable(read.value->problem));
        }
        QTest::qWait(200);
        QCOMPARE(refusedWrites(), before + 1);

        // An admin saves the fund's rules: from then on the store's rules are hers, without a notice.
        QCOMPARE(FundRulesDocument::save(*m_ana, u"F7"_s, termRules(40), 0, 5).value, std::optional(true));
        const auto read = FundRulesDocument::read(*m_carla, u"F7"_s, termRules(25).toJsonText(), &imports);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.value->rules, termRules(40));
        QCOMPARE(read.value->problem, QString());
        QCOMPARE(refusedWrites(), before + 1);
    }
};

QTEST_GUILESS_MAIN(TstFundRulesDocument)
#include "tst_fundrulesdocument.moc"
