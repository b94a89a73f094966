// cessio-cli end to end, deciding: approve, deny, remove-assets and the decision record (audit verify,
// export), against a scripted local QI server. Exactly one PUT per decision, also when the connection
// drops after the server committed it; confirmation refused without a terminal.
#include "clitest.h"
#include "services/auditlog.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace clitest;
using cessio::AuditEntry;
using cessio::AuditLog;

namespace {

const QString account = u"764746ce-a530-4a71-af66-3f7c879627df"_s;

QList<AuditEntry::Action> actionsOf(const QList<AuditEntry> &entries)
{
    QList<AuditEntry::Action> actions;
    for (const AuditEntry &e : entries)
        actions << e.action;
    return actions;
}

} // namespace

class TestCliDecide : public QObject
{
    Q_OBJECT

    CliHarness *m_h = nullptr;

    QList<ScriptedRequest> puts() const
    {
        QList<ScriptedRequest> result;
        for (const ScriptedRequest &r : m_h->server.requests()) {
            if (r.method == "PUT")
                result << r;
        }
        return result;
    }

private Q_SLOTS:
    void init()
    {
        m_h = new CliHarness;
        QVERIFY(m_h->setUp());
    }
    void cleanup()
    {
        const QStringList problems = m_h->server.signatureProblems();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        delete m_h;
    }

    void approve_withYes_sendsGuardAndAccountAndRecordsIt()
    {
        m_h->routeBatch();
        m_h->server.on("GET", u"/assignor_registry/assignor_registry/"_s + assignor + u"/account"_s,
                       ScriptedReply::json(loadQiFixture(u"accounts_list.json"_s)));
        m_h->server.on("PUT", batchPath(), ScriptedReply::json(updated(u"approved"_s, 195, 123456.78)));
        const CliRun run = m_h->run({ u"approve"_s, ext, u"--account"_s, account, u"--yes"_s });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QVERIFY2(run.out.contains(u"R$123,456.78"_s), run.describe().constData());
        QVERIFY(run.out.contains(u"Itaú"_s));

        QCOMPARE(puts().size(), 1);
        const ScriptedRequest put = puts().constFirst();
        QCOMPARE(put.target, batchPath());
        QCOMPARE(put.json()[u"assignment_status"_s].toString(), u"approved"_s);
        QCOMPARE(put.json()[u"disbursement_account_key"_s].toString(), account);
        QCOMPARE(put.json()[u"number_of_approved_assets"_s].toInt(), 195);
        QVERIFY2(put.body.contains("\"assignment_total_value\":123456.78"), put.body.constData());
        QCOMPARE(put.header("content-type"), "application/json");

        const QList<AuditEntry> entries = AuditLog(m_h->auditLog()).readAll();
        QCOMPARE(actionsOf(entries), (QList<AuditEntry::Action> { AuditEntry::Action::Approve, AuditEntry::Action::Approve }));
        QCOMPARE(entries.at(0).outcome, AuditEntry::Outcome::Pending);
        QCOMPARE(entries.at(1).outcome, AuditEntry::Outcome::Succeeded);
        QCOMPARE(entries.at(0).shown.approvedCount, 195);
        QCOMPARE(entries.at(0).shown.accountKey, account);
        QCOMPARE(entries.at(0).configurationKey, cfgCcb);
    }

    void approve_json_reportsApplied()
    {
        m_h->routeBatch();
        m_h->server.on("PUT", batchPath(), ScriptedReply::json(updated(u"approved"_s, 195, 150000.0)));
        const CliRun run = m_h->run({ u"approve"_s, ext, u"--config"_s, cfgCcb, u"--yes"_s, u"--json"_s });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QCOMPARE(run.json()[u"result"_s].toString(), u"applied"_s);
        QVERIFY2(run.out.contains(u"\"assignment_total_value\": 150000.00"_s), run.describe().constData());
        QVERIFY(!puts().constFirst().json().contains(u"disbursement_account_key"_s)); // contract default
    }

    void approve_withoutYes_stdinNotTerminal_refusesBeforeAnyRequest_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("approve") << u"approve"_s;
        QTest::newRow("deny") << u"deny"_s;
    }
    void approve_withoutYes_stdinNotTerminal_refusesBeforeAnyRequest()
    {
        QFETCH(QString, command);
        m_h->routeBatch();
        const CliRun run = m_h->run({ command, ext }, u"en"_s, {}, "y\n");
        QVERIFY2(run.exitCode == 2, run.describe().constData());
        QVERIFY(run.err.contains(u"--yes"_s));
        QCOMPARE(m_h->server.requests().size(), 0);
        QVERIFY(!QFile::exists(m_h->auditLog()) || AuditLog(m_h->auditLog()).readAll().isEmpty());
    }

    void confirmation_onATerminal_onlyYesSends_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("puts");
        QTest::newRow("en no") << u"en"_s << QByteArray("n\n") << 0;
        QTest::newRow("en empty") << u"en"_s << QByteArray("\n") << 0;
        QTest::newRow("en yes") << u"en"_s << QByteArray("yes\n") << 1;
        QTest::newRow("pt_BR sim") << u"pt_BR"_s << QByteArray("s\n") << 1;
    }
    void confirmation_onATerminal_onlyYesSends()
    {
        QFETCH(QString, lang);
        QFETCH(QByteArray, answer);
        QFETCH(int, puts);
        if (QStandardPaths::findExecutable(u"script"_s).isEmpty())
            QSKIP("needs util-linux script for a pseudo-terminal");
        m_h->routeBatch();
        m_h->server.on("PUT", batchPath(), ScriptedReply::json(updated(u"denied"_s, 0, 0.0)));
        const CliRun run = m_h->runInTerminal({ u"deny"_s, ext }, answer, lang);
        QVERIFY2(run.exitCode == (puts ? 0 : 2), run.describe().constData());
        QVERIFY2(run.out.contains(u"[y/N]"_s) || run.out.contains(u"[s/N]"_s), run.describe().constData());
        QVERIFY(run.out.contains(u"Example Assignor Ltda"_s)); // the batch is shown before the question
        QCOMPARE(this->puts().size(), puts);
    }

    // The confirmation quotes names the assignor and the server chose: nothing in them may move the
    // cursor, erase or overwrite a line, retitle the terminal or reverse the text around the total.
    void confirmation_hostileNames_reachTheTerminalWithoutControls()
    {
        if (QStandardPaths::findExecutable(u"script"_s).isEmpty())
            QSKIP("needs util-linux script for a pseudo-terminal");
        const QString esc(QChar(0x1B));
        QJsonObject batch = batchJson();
        QJsonObject configuration = batch.value(u"assignment_configuration"_s).toObject();
        QJsonObject assignor = configuration.value(u"assignor"_s).toObject();
        assignor.insert(u"name"_s, QString(u"Evil"_s + esc + u"[2K"_s + u"\rTotal value  R$ 1,00"_s + QChar(0x9B) + u"1A"_s));
        configuration.insert(u"assignor"_s, assignor);
        QJsonObject fundClass = configuration.value(u"fund_class"_s).toObject();
        fundClass.insert(u"name"_s,
                         QString(esc + u"]0;pwned"_s + QChar(0x07) + u"Fund\u202Elanigiro"_s + QChar(0x08) + QChar(0x08)));
        configuration.insert(u"fund_class"_s, fundClass);
        batch.insert(u"assignment_configuration"_s, configuration);
        m_h->server.on("GET", fundRoot() + u"/assignment_configurations"_s,
                       ScriptedReply::json(loadQiFixture(u"configurations_page.json"_s)));
        m_h->server.on("GET", batchPath(cfgDuplicatas),
                       ScriptedReply::qiError(400, u"TRC000018"_s, u"Assignment not found"_s, u"Cessão não foi encontrada"_s));
        m_h->server.on("GET", batchPath(), ScriptedReply::json(batch));
        m_h->server.on("GET", batchPath() + u"/assets_summary"_s, ScriptedReply::json(summaryJson()));

        const CliRun run = m_h->runInTerminal({ u"deny"_s, ext }, "n\n");
        QVERIFY2(run.exitCode == 2, run.describe().constData());
        const QString shown = QString(run.out).remove(u"\r\n"_s); // the terminal's own line ends
        QVERIFY2(shown.contains(u"EvilTotal value  R$ 1,00 ("_s), run.describe().constData());
        QVERIFY2(shown.contains(u"Fundlanigiro"_s), run.describe().constData());
        for (const QChar c : { QChar(0x1B), QChar(0x9B), QChar(0x07), QChar(0x08), QChar(u'\r'), QChar(0x202E) })
            QVERIFY2(!shown.contains(c), qPrintable(u"U+%1 reached the terminal"_s.arg(c.unicode(), 4, 16, QChar(u'0'))));
        QCOMPARE(puts().size(), 0);

        // The same names in plain output and JSON (escaped there, the data kept).
        m_h->server.on("PUT", batchPath(), ScriptedReply::json(updated(u"denied"_s, 0, 0.0)));
        const CliRun plain = m_h->run({ u"show"_s, ext });
        QVERIFY2(plain.exitCode == 0, plain.describe().constData());
        QVERIFY(plain.out.contains(u"Fundlanigiro"_s));
        for (const QChar c : { QChar(0x1B), QChar(0x9B), QChar(0x07), QChar(0x08), QChar(u'\r'), QChar(0x202E) })
            QVERIFY(!plain.out.contains(c) && !plain.err.contains(c));
        const CliRun json = m_h->run({ u"show"_s, ext, u"--json"_s });
        QVERIFY2(json.exitCode == 0, json.describe().constData());
        for (const char c : { '\x1b', '\x07', '\x08', '\r' })
            QVERIFY(!json.rawOut.contains(c));
        QVERIFY(!json.out.contains(QChar(0x9B)) && !json.out.contains(QChar(0x202E)));
        QVERIFY(json.rawOut.contains("\\u001b]0;pwned\\u0007Fund\\u202e"));
    }

    void deny_withReason_keepsItInTheRecord()
    {
        m_h->routeBatch();
        m_h->server.on("PUT", batchPath(), ScriptedReply::json(updated(u"denied"_s, 0, 0.0)));
        const CliRun run = m_h->run({ u"deny"_s, ext, u"--reason"_s, u"Lastro insuficiente"_s, u"--yes"_s }, u"pt_BR"_s);
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QCOMPARE(puts().size(), 1);
        QCOMPARE(puts().constFirst().body, QByteArray(R"({"assignment_status":"denied"})"));
        const QList<AuditEntry> entries = AuditLog(m_h->auditLog()).readAll();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).action, AuditEntry::Action::Deny);
        QCOMPARE(entries.at(0).reason, u"Lastro insuficiente"_s);
    }

    void approve_rejected_printsQiCodeInTheLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("text");
        QTest::newRow("en") << u"en"_s << u"This assignment can not receive 'approved' status"_s;
        QTest::newRow("pt_BR") << u"pt_BR"_s << u"Esse lote não pode receber o status 'approved'"_s;
    }
    void approve_rejected_printsQiCodeInTheLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(QString, text);
        m_h->routeBatch();
        m_h->server.on("PUT", batchPath(),
                       ScriptedReply::qiError(400, u"TRC000024"_s, u"This assignment can not receive 'approved' status"_s,
                                              u"Esse lote não pode receber o status 'approved'"_s));
        const CliRun run = m_h->run({ u"approve"_s, ext, u"--yes"_s }, lang);
        QVERIFY2(run.exitCode == 1, run.describe().constData());
        QVERIFY2(run.err.contains(text) && run.err.contains(u"TRC000024"_s), run.describe().constData());
        QCOMPARE(puts().size(), 1);
    }

    void approve_connectionDroppedAfterCommit_reReadsAndSendsOnce_data()
    {
        QTest::addColumn<QString>("statusAfter");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("result");
        QTest::newRow("took effect") << u"pending_assignment_term_signature"_s << 0 << u"applied"_s;
        QTest::newRow("did not") << u"pending_manager_approval"_s << 3 << u"not_applied"_s;
    }
    void approve_connectionDroppedAfterCommit_reReadsAndSendsOnce()
    {
        QFETCH(QString, statusAfter);
        QFETCH(int, exitCode);
        QFETCH(QString, result);
        m_h->routeBatch(u"pending_manager_approval"_s, 1); // the first read, before the decision
        m_h->server.on("PUT", batchPath(), ScriptedReply::drop());
        m_h->server.on("GET", batchPath(), ScriptedReply::json(batchJson(statusAfter))); // the re-read
        const CliRun run = m_h->run({ u"approve"_s, ext, u"--yes"_s, u"--json"_s });
        QVERIFY2(run.exitCode == exitCode, run.describe().constData());
        QCOMPARE(puts().size(), 1); // never resent
        const QJsonObject json = run.json();
        QCOMPARE(json[u"result"_s].toString(), result);
        QCOMPARE(json[u"reconciled"_s].toBool(), true);
        QCOMPARE(json[u"status_after"_s].toString(), statusAfter);
        // The re-read came after the PUT.
        QCOMPARE(m_h->server.requests().last().method, "GET");
        QCOMPARE(m_h->server.requests().last().path, batchPath());
        const QList<AuditEntry> entries = AuditLog(m_h->auditLog()).readAll();
        QCOMPARE(entries.last().action, AuditEntry::Action::Reconcile);
    }

    void approve_dropped_tableSaysWhatHappened()
    {
        m_h->routeBatch(u"pending_manager_approval"_s, 1);
        m_h->server.on("PUT", batchPath(), ScriptedReply::drop());
        m_h->server.on("GET", batchPath(), ScriptedReply::json(batchJson(u"pending_assignment_term_signature"_s)));
        const CliRun run = m_h->run({ u"approve"_s, ext, u"--yes"_s });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QVERIFY2(run.out.contains(u"did not answer, but the batch shows the decision took effect"_s), run.describe().constData());
        QCOMPARE(puts().size(), 1);
    }

    void removeAssets_reopenDenyEachClose()
    {
        m_h->routeBatch();
        m_h->server.on("PUT", batchPath(), [](const ScriptedRequest &r) {
            const QString status = r.json()[u"assignment_status"_s].toString();
            return ScriptedReply::json(updated(status, 0, 0.0));
        });
        for (const QString &asset : { u"A-1"_s, u"A-2"_s }) {
            m_h->server.on("PUT", batchPath() + u"/asset/"_s + asset,
                           ScriptedReply::json(QJsonObject { { u"external_id"_s, asset }, { u"status"_s, u"denied"_s } }));
        }
        const CliRun run = m_h->run({ u"remove-assets"_s, ext, u"A-1"_s, u"A-2"_s });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QStringList sent;
        for (const ScriptedRequest &r : puts())
            sent << r.path.section(u'/', -2) + u' ' + QString::fromUtf8(r.body);
        QCOMPARE(sent,
                 (QStringList { u"assignment/"_s + ext + u" {\"assignment_status\":\"pending_assets_insertion\"}"_s,
                                u"asset/A-1 {\"asset_status\":\"denied\"}"_s, u"asset/A-2 {\"asset_status\":\"denied\"}"_s,
                                u"assignment/"_s + ext + u" {\"assignment_status\":\"completed_assets_insertion\"}"_s }));
        QVERIFY(run.out.contains(u"A-1, A-2"_s));
    }

    void removeAssets_interrupted_thenFinishedByRunningAgain()
    {
        const auto batchPut = [](const ScriptedRequest &r) {
            return ScriptedReply::json(updated(r.json()[u"assignment_status"_s].toString(), 0, 0.0));
        };
        const auto denied = [](const QString &asset) {
            return ScriptedReply::json(QJsonObject { { u"external_id"_s, asset }, { u"status"_s, u"denied"_s } });
        };
        m_h->routeBatch();
        m_h->server.on("PUT", batchPath(), batchPut);
        m_h->server.on("PUT", batchPath() + u"/asset/A-1"_s, denied(u"A-1"_s));
        m_h->server.on("PUT", batchPath() + u"/asset/A-2"_s,
                       ScriptedReply::qiError(400, u"QIT000001"_s, u"Schema Validator Error"_s));
        CliRun run = m_h->run({ u"remove-assets"_s, ext, u"A-1"_s, u"A-2"_s, u"--json"_s });
        QVERIFY2(run.exitCode == 1, run.describe().constData());
        QCOMPARE(run.json()[u"result"_s].toString(), u"interrupted"_s);
        QCOMPARE(run.json()[u"remaining_assets"_s].toArray(), QJsonArray { u"A-2"_s });
        QCOMPARE(run.json()[u"fund_class_key"_s].toString(), fund);

        // The batch is left reopened; running the same command again finishes the removal.
        m_h->server.clearRules();
        m_h->server.clearRequests();
        m_h->routeBatch(u"pending_assets_insertion"_s);
        m_h->server.on("GET", fundRoot() + u"/assignment/"_s + ext + u"/assets"_s,
                       ScriptedReply::json(page({ QJsonObject { { u"external_id"_s, u"A-1"_s },
                                                                { u"total_purchase_value"_s, 1.0 },
                                                                { u"status"_s, u"denied"_s } },
                                                  QJsonObject { { u"external_id"_s, u"A-2"_s },
                                                                { u"total_purchase_value"_s, 2.0 },
                                                                { u"status"_s, u"pre_approved"_s } } })));
        m_h->server.on("PUT", batchPath(), batchPut);
        m_h->server.on("PUT", batchPath() + u"/asset/A-2"_s, denied(u"A-2"_s));
        run = m_h->run({ u"remove-assets"_s, ext, u"A-1"_s, u"A-2"_s });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QVERIFY(run.err.contains(u"interrupted; finishing it"_s));
        QStringList sent;
        for (const ScriptedRequest &r : puts())
            sent << r.path.section(u'/', -2) + u' ' + QString::fromUtf8(r.body);
        QCOMPARE(sent,
                 (QStringList { u"asset/A-2 {\"asset_status\":\"denied\"}"_s,
                                u"assignment/"_s + ext + u" {\"assignment_status\":\"completed_assets_insertion\"}"_s }));
    }

    void audit_verifyIntact_thenTampered()
    {
        m_h->routeBatch();
        m_h->server.on("PUT", batchPath(), ScriptedReply::json(updated(u"denied"_s, 0, 0.0)));
        QCOMPARE(m_h->run({ u"deny"_s, ext, u"--yes"_s }).exitCode, 0);

        CliRun run = m_h->run({ u"audit"_s, u"verify"_s });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        run = m_h->run({ u"audit"_s, u"verify"_s, u"--json"_s });
        QCOMPARE(run.json()[u"ok"_s].toBool(), true);
        QCOMPARE(run.json()[u"entries_checked"_s].toInt(), 2);
        // A script's connection has no keychain: the record it writes is not sealed, and it says so.
        QCOMPARE(run.json()[u"unsealed_entries"_s].toInt(), 2);
        QCOMPARE(run.json()[u"seals_checked"_s].toBool(), false);
        QVERIFY(run.json()[u"remarks"_s].toArray().at(0).toString().contains(u"not sealed with a key"_s));

        const QString csv = m_h->dir.filePath(u"record.csv"_s);
        run = m_h->run({ u"audit"_s, u"export"_s, csv, u"--style"_s, u"plain"_s });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QFile exported(csv);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QCOMPARE(exported.readAll().count("\r\n"), 3); // header and two entries

        // Someone edits the record in the workspace file: the denied batch becomes another one.
        QVERIFY(m_h->editRecord(ext, u"another-batch"_s));
        run = m_h->run({ u"audit"_s, u"verify"_s, u"--json"_s });
        QVERIFY2(run.exitCode == 1, run.describe().constData());
        QCOMPARE(run.json()[u"ok"_s].toBool(), false);
        QCOMPARE(run.json()[u"problem"_s].toString(), u"hash_mismatch"_s);
        QCOMPARE(run.json()[u"first_broken_sequence"_s].toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliDecide)
#include "tst_cli_decide.moc"
