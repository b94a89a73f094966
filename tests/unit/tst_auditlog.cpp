#include "services/auditlog.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <memory>
#include <vector>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

using namespace Qt::Literals::StringLiterals;
using cessio::AuditCsv;
using cessio::AuditEntry;
using cessio::AuditLog;
using cessio::AuditReader;
using cessio::AuditVerification;
using cessio::Money;
using Problem = AuditVerification::Problem;

Q_DECLARE_METATYPE(AuditVerification::Problem)
Q_DECLARE_METATYPE(AuditCsv::Style)

namespace {

// JSON written with ' for " (moc's tokenizer trips over raw string literals).
QByteArray json(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

// A realistic approval with the awkward characters an export has to survive.
AuditEntry approval(int i)
{
    AuditEntry e;
    e.profileName = u"Gestora Alfa; produção"_s;
    e.environmentUrl = u"https://manager-api.sandbox.qidtvm.com.br"_s;
    e.fundClassKey = u"fund-%1"_s.arg(i % 3);
    e.configurationKey = u"cfg-1"_s;
    e.batchExternalId = u"LOTE-%1"_s.arg(i);
    e.operationId = u"5b0f8a4e-7a51-4f63-9f7e-%1"_s.arg(i, 12, 10, QChar(u'0'));
    e.action = AuditEntry::Action::Approve;
    e.outcome = AuditEntry::Outcome::Succeeded;
    e.shown.assetCount = 120;
    e.shown.approvedCount = 118;
    e.shown.deniedCount = 2;
    if (i % 2 == 0) // entries written before the checks existed have no alert count
        e.shown.alertCount = i % 4;
    e.shown.total = Money::fromCentavos(123456 + i);
    e.shown.accountKey = u"acc-42"_s;
    e.shown.accountText = u"Banco \"Alfa\" 341, ag. 0001,\ncc 12345-6"_s;
    e.request.method = u"PUT"_s;
    e.request.path = u"/assignment/approve"_s;
    e.request.id = u"0d7c5b1e-9a0b-4a8e-8f41-6c3f1d2e%1"_s.arg(i, 4, 10, QChar(u'0'));
    e.request.setBody(json("{'disbursement_account_key':'acc-42','approved_assets':118}"));
    e.response.httpStatus = 200;
    e.response.excerpt = u"{\"status\":\"pending_assignment_term_signature\"}"_s;
    e.response.ids.insert(u"assignment_key"_s, u"asg-%1"_s.arg(i));
    return e;
}

QList<QByteArray> readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

void writeLines(const QString &path, const QList<QByteArray> &lines, bool finalNewline = true)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QByteArray all = lines.join('\n');
    if (finalNewline)
        all += '\n';
    file.write(all);
}

// RFC 4180 reader for checking the exports: quoted fields, doubled quotes, CRLF rows.
QList<QStringList> parseCsv(const QString &text, QChar sep)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += QLatin1Char('"');
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == sep) {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString freshPath() { return m_dir.filePath(u"audit-%1.jsonl"_s.arg(++m_files)); }
    int m_files = 0;

    void fill(const QString &path, int count)
    {
        AuditLog log(path);
        QString error;
        QVERIFY2(log.open(&error), qPrintable(error));
        for (int i = 1; i <= count; ++i)
            QVERIFY2(log.append(approval(i), &error), qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void canonicalJson_defaultEntry_hasFixedKeyOrderAndNoHeaderField()
    {
        // The exact format: changing it (or adding a field such as request headers, which could carry
        // the signed JWT) must be a deliberate change to this test.
        const QByteArray expected
            = json("{'v':2,'seq':0,'time':'','user':'','host':'','app':'','profile':'','env':'','fund':'',"
                   "'config':'','batch':'','op':'','relates_to':0,'action':'note','outcome':'none',"
                   "'shown':{'assets':null,'approved':null,'denied':null,'total':null,'account':'',"
                   "'account_text':'','removed':[]},'reason':'','request':{'method':'','path':'','id':'',"
                   "'body_sha256':'','body':''},'response':{'status':null,'qi_code':'','excerpt':'','ids':{}},"
                   "'note':'','prev_hash':'','hash':''}");
        QCOMPARE(AuditEntry().toCanonicalJson(), expected);
    }

    void canonicalJson_parseAndWriteAgain_isByteIdentical()
    {
        AuditEntry e = approval(7);
        e.time = QDateTime::fromMSecsSinceEpoch(1767225600123, Qt::UTC);
        e.shown.removedAssetIds = { u"A-1"_s, u"A\t2"_s };
        e.reason = u"Lastro ausente \u2014 \"NF\" 123\\x\u0001"_s;
        e.relatesTo = 3;
        const QByteArray line = e.toCanonicalJson();
        QVERIFY(line.contains(json("'total':'1234.63'"))); // a decimal string, never a float
        QVERIFY(!line.contains('\n'));
        QString error;
        const auto back = AuditEntry::fromJsonLine(line, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->toCanonicalJson(), line);
        QCOMPARE(back->time, e.time);
        QCOMPARE(back->shown.total, e.shown.total);
        QCOMPARE(back->reason, e.reason);
    }

    void append_thenVerify_roundTripsEveryField()
    {
        const QString path = freshPath();
        AuditLog log(path);
        QSignalSpy appended(&log, &AuditLog::appended);
        QString error;
        QVERIFY2(log.open(&error), qPrintable(error));
        QList<AuditEntry> stored;
        for (int i = 1; i <= 5; ++i) {
            const auto entry = log.append(approval(i), &error);
            QVERIFY2(entry, qPrintable(error));
            QCOMPARE(entry->sequence, qint64(i));
            stored.append(*entry);
        }
        QCOMPARE(appended.size(), 5);
        QCOMPARE(stored.first().previousHash, AuditEntry::genesisHash());
        QCOMPARE(stored.at(1).previousHash, stored.at(0).hash);
        QVERIFY(!stored.first().userName.isEmpty());
        QCOMPARE(stored.first().appVersion, QStringLiteral(CESSIO_VERSION));

        const QList<QByteArray> lines = readLines(path);
        QCOMPARE(lines.size(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(lines.at(i), stored.at(i).toCanonicalJson()); // the hash covers exactly this

        const AuditVerification v = log.verify();
        QVERIFY2(v.ok(), qPrintable(v.detail));
        QCOMPARE(v.entriesChecked, qint64(5));
        QCOMPARE(v.lastHash, log.lastHash());
        const QList<AuditEntry> all = log.readAll();
        QCOMPARE(all.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(all.at(i).toCanonicalJson(), lines.at(i));
            QCOMPARE(all.at(i).shown.alertCount, approval(i + 1).shown.alertCount); // absent stays absent
        }
        QVERIFY(!lines.at(0).contains("\"alerts\"")); // older entries' shape, unchanged
        QVERIFY(lines.at(1).contains(json("'denied':2,'alerts':2,")));
    }

    // An approval over a portfolio limit carries the limits broken and the manager's justification
    // (issue 11): optional keys, absent from every older line, which still reads and chains with them.
    void portfolioBreachKeys_optional_roundTripAndChain()
    {
        const QString path = freshPath();
        AuditLog log(path);
        QString error;
        QVERIFY2(log.open(&error), qPrintable(error));
        QVERIFY2(log.append(approval(1), &error), qPrintable(error));
        AuditEntry justified = approval(2);
        justified.shown.portfolioBreaches = { u"max_debtor"_s };
        justified.shown.breachJustification = u"Sacado com garantia real \u2014 \"comit\u00ea\" 12/05"_s;
        QVERIFY2(log.append(justified, &error), qPrintable(error));
        const QList<QByteArray> lines = readLines(path);
        QCOMPARE(lines.size(), 2);
        QVERIFY(!lines.at(0).contains("\"portfolio_breaches\"") && !lines.at(0).contains("\"justification\""));
        QVERIFY(lines.at(1).contains(json("'portfolio_breaches':['max_debtor'],'justification':")));
        const QList<AuditEntry> all = log.readAll();
        QCOMPARE(all.size(), 2);
        QVERIFY(all.at(0).shown.portfolioBreaches.isEmpty());
        QCOMPARE(all.at(1).shown.portfolioBreaches, justified.shown.portfolioBreaches);
        QCOMPARE(all.at(1).shown.breachJustification, justified.shown.breachJustification);
        const AuditVerification v = log.verify();
        QVERIFY2(v.ok(), qPrintable(v.detail));
        QCOMPARE(v.entriesChecked, qint64(2));
    }

    // A decision under the four-eyes policy carries the colleague's recommendation, the agreement and
    // any disagreement note (issue 10): optional keys, absent from older lines, which still chain.
    void fourEyesKeys_optional_roundTripAndChain()
    {
        const QString path = freshPath();
        AuditLog log(path);
        QString error;
        QVERIFY2(log.open(&error), qPrintable(error));
        QVERIFY2(log.append(approval(1), &error), qPrintable(error));
        AuditEntry differing = approval(2);
        differing.shown.recommendedBy = u"Ana Souza (ana.souza)"_s;
        differing.shown.recommendation = u"Ana Souza recommends approving into Itaú 0001 12345-6"_s;
        differing.shown.agreement = u"disagrees"_s;
        differing.shown.disagreementNote = u"Conta nova do cedente, confirmada por telefone \"hoje\""_s;
        QVERIFY2(log.append(differing, &error), qPrintable(error));
        const QList<QByteArray> lines = readLines(path);
        QVERIFY(!lines.at(0).contains("\"recommended_by\"") && !lines.at(0).contains("\"agreement\""));
        QVERIFY(lines.at(1).contains(json("'recommended_by':'Ana Souza (ana.souza)','recommendation':")));
        const QList<AuditEntry> all = log.readAll();
        QCOMPARE(all.size(), 2);
        QVERIFY(all.at(0).shown.agreement.isEmpty());
        QCOMPARE(all.at(1).shown.recommendedBy, differing.shown.recommendedBy);
        QCOMPARE(all.at(1).shown.recommendation, differing.shown.recommendation);
        QCOMPARE(all.at(1).shown.agreement, u"disagrees"_s);
        QCOMPARE(all.at(1).shown.disagreementNote, differing.shown.disagreementNote);
        const AuditVerification v = log.verify();
        QVERIFY2(v.ok(), qPrintable(v.detail));
        QCOMPARE(v.entriesChecked, qint64(2));
    }

    void verify_missingFile_isEmptyAndIntact()
    {
        const AuditVerification v = AuditLog(freshPath()).verify();
        QVERIFY(v.ok());
        QCOMPARE(v.entriesChecked, qint64(0));
    }

    void verify_tampered_reportsExactSequence_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<Problem>("problem");
        QTest::addColumn<qint64>("sequence");
        QTest::addColumn<qint64>("checked");
        QTest::newRow("total changed in the middle") << u"total"_s << Problem::HashMismatch << qint64(3) << qint64(2);
        QTest::newRow("line deleted") << u"delete"_s << Problem::SequenceGap << qint64(3) << qint64(2);
        QTest::newRow("lines reordered") << u"swap"_s << Problem::SequenceGap << qint64(3) << qint64(2);
        QTest::newRow("last line truncated") << u"truncate"_s << Problem::TruncatedLastLine << qint64(5) << qint64(4);
        QTest::newRow("hash edited") << u"hash"_s << Problem::HashMismatch << qint64(3) << qint64(2);
        QTest::newRow("relinked and rehashed") << u"relink"_s << Problem::BrokenChain << qint64(3) << qint64(2);
        QTest::newRow("garbage line") << u"garbage"_s << Problem::BadJson << qint64(3) << qint64(2);
    }
    void verify_tampered_reportsExactSequence()
    {
        QFETCH(QString, tamper);
        QFETCH(Problem, problem);
        QFETCH(qint64, sequence);
        QFETCH(qint64, checked);
        const QString path = freshPath();
        fill(path, 5);
        QList<QByteArray> lines = readLines(path);
        QCOMPARE(lines.size(), 5);
        bool finalNewline = true;
        if (tamper == u"total") {
            QVERIFY(lines[2].contains(json("'total':'1234.59'")));
            lines[2].replace(json("'total':'1234.59'"), json("'total':'1234.58'"));
        } else if (tamper == u"delete") {
            lines.removeAt(2);
        } else if (tamper == u"swap") {
            lines.swapItemsAt(2, 3);
        } else if (tamper == u"truncate") {
            lines[4].chop(40);
            finalNewline = false;
        } else if (tamper == u"hash") {
            const qsizetype at = lines[2].lastIndexOf(json("'hash':'")) + 8;
            lines[2][at] = lines[2][at] == 'a' ? 'b' : 'a';
        } else if (tamper == u"relink") {
            // An editor who recomputes this entry's own hash still cannot make it follow entry 2.
            auto entry = AuditEntry::fromJsonLine(lines[2]);
            QVERIFY(entry);
            entry->previousHash = QString(64, u'f');
            entry->hash = AuditEntry::computeHash(entry->previousHash, entry->toCanonicalJson(false));
            lines[2] = entry->toCanonicalJson();
        } else if (tamper == u"garbage") {
            lines[2] = "{\"v\":1,\"seq\":3";
        }
        writeLines(path, lines, finalNewline);

        const AuditVerification v = AuditLog(path).verify();
        QVERIFY(!v.ok());
        QCOMPARE(v.problem, problem);
        QCOMPARE(v.firstBrokenSequence, sequence);
        QCOMPARE(v.entriesChecked, checked);
        QVERIFY(!v.summary().isEmpty());
        QVERIFY(!v.detail.isEmpty());
    }

    void open_existingLog_continuesTheChain()
    {
        const QString path = freshPath();
        fill(path, 3);
        AuditLog log(path);
        QVERIFY(log.open());
        QCOMPARE(log.lastSequence(), qint64(3));
        const auto fourth = log.append(approval(4));
        QVERIFY(fourth);
        QCOMPARE(fourth->sequence, qint64(4));
        QCOMPARE(fourth->previousHash, AuditEntry::fromJsonLine(readLines(path).at(2))->hash);
        QVERIFY(log.verify().ok());
        QCOMPARE(log.verify().entriesChecked, qint64(4));
    }

    void open_tornLastLine_movesItAsideAndRecordsANote()
    {
        const QString path = freshPath();
        fill(path, 3);
        const QByteArray torn = approval(4).toCanonicalJson().left(100);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            file.write(torn); // what a power cut in the middle of an append leaves
        }
        QCOMPARE(AuditLog(path).verify().problem, Problem::TruncatedLastLine);

        AuditLog log(path);
        QString error;
        QVERIFY2(log.open(&error), qPrintable(error));
        QCOMPARE(log.lastSequence(), qint64(4));
        const QList<AuditEntry> all = log.readAll();
        QCOMPARE(all.last().action, AuditEntry::Action::Note);
        QVERIFY(all.last().note.contains(u"100 bytes"_s));
        const QStringList sides = QDir(m_dir.path()).entryList({ QFileInfo(path).fileName() + u".torn-*"_s });
        QCOMPARE(sides.size(), 1);
        QFile side(m_dir.filePath(sides.first()));
        QVERIFY(side.open(QIODevice::ReadOnly));
        QCOMPARE(side.readAll(), torn);
        QVERIFY(log.append(approval(5)));
        QCOMPARE(log.verify().entriesChecked, qint64(5));
    }

    void open_damagedLastLine_refusesToAppend()
    {
        const QString path = freshPath();
        fill(path, 3);
        QList<QByteArray> lines = readLines(path);
        lines[2].replace("LOTE-3", "LOTE-9");
        writeLines(path, lines);
        AuditLog log(path);
        QString error;
        QVERIFY(!log.open(&error));
        QVERIFY(error.contains(u"damaged"_s));
        QVERIFY(!log.append(approval(4), &error));
        QCOMPARE(readLines(path).size(), 3);
    }

    void append_writeFails_leavesNoPartialLine()
    {
#ifdef Q_OS_LINUX
        // A full disk, simulated with a file size limit: the append fails and the file is as before.
        const QString path = freshPath();
        AuditLog log(path);
        QVERIFY(log.open());
        QVERIFY(log.append(approval(1)));
        const qint64 sizeBefore = QFileInfo(path).size();
        rlimit saved {};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit tight = saved;
        tight.rlim_cur = rlim_t(sizeBefore + 100); // room for part of a line only
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &tight), 0);
        QString error;
        const auto failed = log.append(approval(2), &error);
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previousHandler);
        QVERIFY(!failed);
        QVERIFY(!error.isEmpty());
        QCOMPARE(QFileInfo(path).size(), sizeBefore);
        const auto retried = log.append(approval(2), &error);
        QVERIFY2(retried, qPrintable(error));
        QCOMPARE(retried->sequence, qint64(2));
        QVERIFY(log.verify().ok());
#else
        QSKIP("needs RLIMIT_FSIZE to simulate a full disk");
#endif
    }

    void append_twoWritersOnOneFile_chainToEachOther()
    {
        // Two programs (the app and cessio-cli) appending to the same record.
        const QString path = freshPath();
        AuditLog a(path);
        AuditLog b(path);
        QVERIFY(a.open());
        QVERIFY(b.open());
        for (int i = 0; i < 10; ++i)
            QVERIFY((i % 3 == 0 ? b : a).append(approval(i)));
        const AuditVerification v = a.verify();
        QVERIFY2(v.ok(), qPrintable(v.detail));
        QCOMPARE(v.entriesChecked, qint64(10));
    }

    void append_tenThousand_thenVerify()
    {
        const QString path = freshPath();
        AuditLog log(path);
        QVERIFY(log.open());
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 10000; ++i) {
            if (!log.append(approval(i)))
                QFAIL("append failed");
        }
        const qint64 appendMs = timer.restart();
        const AuditVerification v = log.verify();
        const qint64 verifyMs = timer.restart();
        const auto all = log.readAll();
        const qint64 readMs = timer.elapsed();
        qInfo("10000 appends (each fsynced): %lld ms; verify: %lld ms; readAll: %lld ms; file %lld bytes", appendMs, verifyMs,
              readMs, QFileInfo(path).size());
        QVERIFY2(v.ok(), qPrintable(v.detail));
        QCOMPARE(v.entriesChecked, qint64(10000));
        QCOMPARE(all.size(), 10000);
    }

    void append_fromFourThreads_keepsAValidChain()
    {
        const QString path = freshPath();
        AuditLog log(path);
        QVERIFY(log.open());
        constexpr int perThread = 250;
        std::vector<std::unique_ptr<QThread>> threads;
        QAtomicInt failures;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back(QThread::create([&log, &failures, t] {
                for (int i = 0; i < perThread; ++i) {
                    AuditEntry e = approval(t * 1000 + i);
                    e.note = u"thread %1"_s.arg(t);
                    if (!log.append(e))
                        failures.fetchAndAddRelaxed(1);
                }
            }));
            threads.back()->start();
        }
        for (auto &thread : threads)
            QVERIFY(thread->wait(120000));
        QCOMPARE(failures.loadRelaxed(), 0);
        const AuditVerification v = log.verify();
        QVERIFY2(v.ok(), qPrintable(v.detail));
        QCOMPARE(v.entriesChecked, qint64(4 * perThread));
        QSet<QString> requestIds;
        for (const AuditEntry &e : log.readAll())
            requestIds.insert(e.request.id);
        QCOMPARE(requestIds.size(), 4 * perThread); // every entry written once, none lost
    }

    void csvField_guardsAndQuotes_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"abc"_s << u"abc"_s;
        QTest::newRow("formula =") << u"=1+1"_s << u"'=1+1"_s;
        QTest::newRow("formula +") << u"+55 11 9999"_s << u"'+55 11 9999"_s;
        QTest::newRow("formula -") << u"-cmd|' /C calc'!A0"_s << u"'-cmd|' /C calc'!A0"_s;
        QTest::newRow("formula @") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("tab start") << u"\tx"_s << u"'\tx"_s;
        QTest::newRow("negative number") << u"-12,50"_s << u"-12,50"_s;
        QTest::newRow("signed number") << u"+5"_s << u"+5"_s;
        QTest::newRow("lone minus") << u"-"_s << u"'-"_s;
        QTest::newRow("separator") << u"a;b"_s << u"\"a;b\""_s;
        QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::newRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
        QTest::newRow("formula with separator") << u"=A1;B1"_s << u"\"'=A1;B1\""_s;
    }
    void csvField_guardsAndQuotes()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(AuditCsv::field(value, u';'), expected);
    }

    void exportCsv_bothStyles_parseBack_data()
    {
        QTest::addColumn<AuditCsv::Style>("style");
        QTest::newRow("pt-BR Excel") << AuditCsv::Style::ExcelPtBr;
        QTest::newRow("plain") << AuditCsv::Style::Plain;
    }
    void exportCsv_bothStyles_parseBack()
    {
        QFETCH(AuditCsv::Style, style);
        const bool excel = style == AuditCsv::Style::ExcelPtBr;
        const QString path = freshPath();
        AuditLog log(path);
        QVERIFY(log.open());
        AuditEntry deny = approval(1);
        deny.action = AuditEntry::Action::Deny;
        deny.reason = u"=HYPERLINK(\"http://x\";\"clique\")"_s;
        deny.batchExternalId = u"@lote"_s;
        deny.shown.total = Money::fromCentavos(-1250);
        deny.shown.removedAssetIds = { u"A1"_s, u"A2"_s };
        const auto stored = log.append(deny);
        QVERIFY(stored);

        const QString csvPath = freshPath() + u".csv"_s;
        QString error;
        QVERIFY2(log.exportCsv(csvPath, style, &error), qPrintable(error));
        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), excel);
        if (excel)
            bytes.remove(0, 3);
        QVERIFY(bytes.endsWith("\r\n"));
        const QChar sep = excel ? u';' : u',';
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes), sep);
        QCOMPARE(rows.size(), 2);
        const QStringList header = AuditCsv::header(style);
        QCOMPARE(rows.at(0), header);
        QCOMPARE(rows.at(1).size(), header.size());
        const auto cell = [&](const char *machine) {
            return rows.at(1).at(AuditCsv::header(AuditCsv::Style::Plain).indexOf(QLatin1StringView(machine)));
        };
        QCOMPARE(cell("seq"), u"1"_s);
        QCOMPARE(cell("total"), excel ? u"-12,50"_s : u"-12.50"_s); // a number: no apostrophe
        QCOMPARE(cell("reason"), QString(u'\'' + deny.reason)); // a formula: defused
        QCOMPARE(cell("batch"), u"'@lote"_s);
        QCOMPARE(cell("account_text"), deny.shown.accountText); // quotes, comma and newline survive
        QCOMPARE(cell("profile"), deny.profileName);
        QCOMPARE(cell("body"), deny.request.body);
        QCOMPARE(cell("removed"), u"A1, A2"_s);
        QCOMPARE(cell("ids"), u"assignment_key=asg-1"_s);
        QCOMPARE(cell("hash"), stored->hash);
        if (excel) {
            QCOMPARE(cell("time"), stored->time.toLocalTime().toString(u"dd/MM/yyyy HH:mm:ss"_s));
            QCOMPARE(cell("action"), AuditEntry::actionDisplayName(AuditEntry::Action::Deny));
        } else {
            QCOMPARE(cell("time"), stored->time.toUTC().toString(Qt::ISODateWithMs));
            QVERIFY(cell("time").endsWith(u'Z'));
            QCOMPARE(cell("action"), u"deny"_s);
            QCOMPARE(cell("outcome"), u"succeeded"_s);
        }
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
