// The sealed decision record: entries keyed with HMAC-SHA256 (the key in the secret store), the last
// entry kept outside the file (the anchor). What someone who can write the file, but does not hold
// the key, can no longer do unnoticed: rewrite an entry and recompute every hash after it, cut the
// end off, put an older copy back.
#include "services/auditkeys.h"
#include "services/auditlog.h"
#include "services/memorysecretstore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using cessio::AuditAnchorStore;
using cessio::AuditEntry;
using cessio::AuditKey;
using cessio::AuditLog;
using cessio::AuditSeal;
using cessio::AuditSealResult;
using cessio::AuditVerification;
using cessio::Money;
using Problem = AuditVerification::Problem;

Q_DECLARE_METATYPE(AuditVerification::Problem)

namespace {

AuditEntry approval(int i)
{
    AuditEntry e;
    e.profileName = u"Gestora Alfa"_s;
    e.environmentUrl = u"https://manager-api.sandbox.qidtvm.com.br"_s;
    e.fundClassKey = u"fund-1"_s;
    e.configurationKey = u"cfg-1"_s;
    e.batchExternalId = u"LOTE-%1"_s.arg(i);
    e.action = AuditEntry::Action::Approve;
    e.outcome = AuditEntry::Outcome::Succeeded;
    e.shown.total = Money::fromCentavos(100000 + i);
    e.request.method = u"PUT"_s;
    e.request.path = u"/assignment/approve"_s;
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

void writeLines(const QString &path, const QList<QByteArray> &lines)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(lines.join('\n') + '\n');
}

// What an editor without the key can do: write `entry` with a hash it can compute.
QByteArray rewritten(AuditEntry entry, const QString &previousHash, int version, const AuditKey *key = nullptr)
{
    entry.version = version;
    entry.previousHash = previousHash;
    const QByteArray body = entry.toCanonicalJson(false);
    entry.hash = key ? AuditEntry::computeSeal(*key, previousHash, body) : AuditEntry::computeHash(previousHash, body);
    return entry.toCanonicalJson();
}

} // namespace

class TestAuditSeal : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    AuditKey m_key = AuditKey::generate();
    std::shared_ptr<AuditAnchorStore> m_anchors;

    QString freshPath() { return m_dir.filePath(u"record-%1.jsonl"_s.arg(++m_files)); }
    QString anchorFile() const { return m_dir.filePath(u"settings.ini"_s); }

    AuditSeal seal(AuditSeal::KeyState state = AuditSeal::KeyState::Loaded) const
    {
        AuditSeal s;
        s.keyState = state;
        if (state == AuditSeal::KeyState::Loaded)
            s.key = m_key;
        s.anchors = m_anchors;
        return s;
    }
    AuditVerification verify(const QString &path, const AuditSeal &with) const
    {
        AuditLog log(path);
        log.setSeal(with);
        return log.verify();
    }
    AuditVerification verify(const QString &path) const { return verify(path, seal()); }

    void fillSealed(const QString &path, int count)
    {
        AuditLog log(path);
        log.setSeal(seal());
        QString error;
        QVERIFY2(log.open(&error), qPrintable(error));
        for (int i = 1; i <= count; ++i)
            QVERIFY2(log.append(approval(i), &error), qPrintable(error));
    }

    AuditSealResult loadSeal(cessio::SecretStore &store, const QString &path, cessio::AuditKeyUse use)
    {
        std::optional<AuditSealResult> result;
        cessio::loadAuditSeal(store, path, m_anchors, use, this, [&](const AuditSealResult &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
            return {};
        return *result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_anchors = AuditAnchorStore::iniFile(anchorFile());
    }

    void sealedRecord_appendAndVerify_isIntactAndSaysSo()
    {
        const QString path = freshPath();
        fillSealed(path, 5);
        const QList<QByteArray> lines = readLines(path);
        QCOMPARE(lines.size(), 5);
        for (const QByteArray &line : lines)
            QVERIFY(line.startsWith("{\"v\":2,"));

        const AuditVerification v = verify(path);
        QVERIFY2(v.ok(), qPrintable(v.detail));
        QCOMPARE(v.entriesChecked, qint64(5));
        QCOMPARE(v.sealedEntries, qint64(5));
        QCOMPARE(v.unsealedEntries, qint64(0));
        QVERIFY(v.sealsChecked());
        QVERIFY(v.anchorChecked);
        QCOMPARE(v.remarks(),
                 QStringList { u"Each of the 5 sealed entries matches the record's key, and nothing was cut from its end."_s });

        // The anchor is outside the file, and no secret is anywhere but in the key itself.
        QSettings settings(anchorFile(), QSettings::IniFormat);
        const QString group = u"auditAnchors/"_s + AuditAnchorStore::recordId(path);
        QCOMPARE(settings.value(group + u"/sequence"_s).toLongLong(), 5);
        QCOMPARE(settings.value(group + u"/hash"_s).toString(), v.lastHash);
        QFile record(path), ini(anchorFile());
        QVERIFY(record.open(QIODevice::ReadOnly) && ini.open(QIODevice::ReadOnly));
        const QByteArray secret = m_key.toStored();
        QVERIFY(!record.readAll().contains(secret));
        QVERIFY(!ini.readAll().contains(secret));
    }

    void entriesRewrittenWithoutTheKey_areFound_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<Problem>("problem");
        QTest::addColumn<qint64>("sequence");
        QTest::newRow("one entry changed, every hash after it recomputed") << u"sha"_s << Problem::HashMismatch << qint64(3);
        QTest::newRow("rewritten from entry 3 in the unsealed format")
            << u"downgrade"_s << Problem::UnsealedAfterSealed << qint64(3);
        QTest::newRow("the whole record rewritten unsealed") << u"all-unsealed"_s << Problem::AnchorMismatch << qint64(5);
        QTest::newRow("the whole record sealed with another key") << u"other-key"_s << Problem::HashMismatch << qint64(1);
    }
    void entriesRewrittenWithoutTheKey_areFound()
    {
        QFETCH(QString, how);
        QFETCH(Problem, problem);
        QFETCH(qint64, sequence);
        const QString path = freshPath();
        fillSealed(path, 5);
        QList<QByteArray> lines = readLines(path);
        const AuditKey otherKey = AuditKey::generate();
        const int from = how == u"sha" || how == u"downgrade" ? 2 : 0;
        QString previous = from == 0 ? AuditEntry::genesisHash() : AuditEntry::fromJsonLine(lines.at(from - 1))->hash;
        for (int i = from; i < lines.size(); ++i) {
            AuditEntry entry = *AuditEntry::fromJsonLine(lines.at(i));
            if (i == 2)
                entry.shown.total = Money::fromCentavos(1); // the change someone wants to hide
            if (how == u"sha")
                lines[i] = rewritten(entry, previous, AuditEntry::formatVersion);
            else if (how == u"other-key")
                lines[i] = rewritten(entry, previous, AuditEntry::formatVersion, &otherKey);
            else
                lines[i] = rewritten(entry, previous, AuditEntry::unsealedFormatVersion);
            previous = AuditEntry::fromJsonLine(lines.at(i))->hash;
        }
        writeLines(path, lines);

        // Even where the key is not at hand (cessio-cli with --base-url), the anchor no longer matches.
        QVERIFY(!verify(path, seal(AuditSeal::KeyState::NotLooked)).ok());

        const AuditVerification v = verify(path);
        QCOMPARE(v.problem, problem);
        QCOMPARE(v.firstBrokenSequence, sequence);
        QVERIFY(!v.summary().isEmpty());
        QVERIFY(!v.detail.isEmpty());
        if (how == u"sha")
            QCOMPARE(v.summary(), u"Entry 3 was changed after it was written: its seal does not match the record's key."_s);
    }

    void endCutOff_isFound()
    {
        const QString path = freshPath();
        fillSealed(path, 5);
        QList<QByteArray> lines = readLines(path);
        lines.removeLast();
        lines.removeLast();
        writeLines(path, lines); // a valid chain of 3: nothing in the file shows the cut

        const AuditVerification v = verify(path);
        QCOMPARE(v.problem, Problem::BehindAnchor);
        QCOMPARE(v.lastSequence, qint64(3));
        QCOMPARE(v.firstBrokenSequence, qint64(5));
        QCOMPARE(v.summary(),
                 u"Entries were removed from the end of the record, or it was replaced by an older copy: it ends at "
                 "entry 3, but entry 5 had been written."_s);
    }

    void recordDeleted_isFound()
    {
        const QString path = freshPath();
        fillSealed(path, 2);
        QVERIFY(QFile::remove(path));
        const AuditVerification v = verify(path);
        QCOMPARE(v.problem, Problem::BehindAnchor);
        QVERIFY(v.summary().contains(u"it is empty"_s));
    }

    void olderCopyPutBack_isFound_toldOnceOnOpening_andStaysReported()
    {
        const QString path = freshPath();
        fillSealed(path, 3);
        const QString copy = path + u".copy"_s;
        QVERIFY(QFile::copy(path, copy));
        {
            AuditLog log(path);
            log.setSeal(seal());
            QVERIFY(log.open());
            QVERIFY(log.append(approval(4)));
            QVERIFY(log.append(approval(5)));
        }
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::copy(copy, path)); // the copy from before entries 4 and 5
        QCOMPARE(verify(path).problem, Problem::BehindAnchor);

        // The next writer to open it says so once, records it, and keeps recording.
        AuditLog log(path);
        log.setSeal(seal());
        QString error;
        QVERIFY2(log.open(&error), qPrintable(error));
        const QStringList findings = log.takeFindings();
        QCOMPARE(findings.size(), 1);
        QVERIFY2(findings.first().contains(u"it ends at entry 3, but entry 5 had been written"_s), qPrintable(findings.first()));
        QVERIFY(log.takeFindings().isEmpty());
        const AuditEntry note = log.readAll().constLast();
        QCOMPARE(note.sequence, qint64(4));
        QCOMPARE(note.action, AuditEntry::Action::Note);
        QVERIFY(note.note.contains(u"behind_anchor"_s));
        QVERIFY(log.append(approval(6)));

        // The chain is whole again, but the loss is kept in the anchor, out of the file writer's reach.
        const AuditVerification v = verify(path);
        QCOMPARE(v.problem, Problem::EarlierLoss);
        QCOMPARE(v.entriesChecked, qint64(5));
        QVERIFY2(v.summary().contains(u"it ends at entry 3, but entry 5 had been written"_s), qPrintable(v.summary()));
        QCOMPARE(v.losses.size(), 1);

        // Cutting the note away again is just another cut.
        QList<QByteArray> lines = readLines(path);
        writeLines(path, lines.mid(0, 3));
        QCOMPARE(verify(path).problem, Problem::BehindAnchor);
    }

    void unsealedRecord_isReadAsItIs_andContinuesSealed()
    {
        const QString path = freshPath();
        {
            AuditLog old(path); // format 1, as every record before sealing
            QVERIFY(old.open());
            for (int i = 1; i <= 3; ++i)
                QVERIFY(old.append(approval(i)));
        }
        const QList<QByteArray> before = readLines(path);
        const AuditVerification unsealed = verify(path);
        QVERIFY(unsealed.ok());
        QCOMPARE(unsealed.unsealedEntries, qint64(3));
        QVERIFY(unsealed.remarks().constFirst().contains(u"not sealed with a key"_s));

        AuditLog log(path);
        log.setSeal(seal());
        QVERIFY(log.open());
        QCOMPARE(log.lastSequence(), qint64(4)); // a note marks where sealing begins
        QVERIFY(log.append(approval(4)));
        const QList<QByteArray> after = readLines(path);
        QCOMPARE(after.mid(0, 3), before); // never "upgraded": the old entries stay byte for byte
        QVERIFY(after.at(3).startsWith("{\"v\":2,"));
        QVERIFY(AuditEntry::fromJsonLine(after.at(3))->note.contains(u"The 3 entries before it are unsealed"_s));

        const AuditVerification v = verify(path);
        QVERIFY2(v.ok(), qPrintable(v.detail));
        QCOMPARE(v.unsealedEntries, qint64(3));
        QCOMPARE(v.sealedEntries, qint64(2));
        QCOMPARE(v.unsealedUntil, AuditEntry::fromJsonLine(before.at(2))->time);
        QVERIFY2(v.remarks().constFirst().startsWith(u"Entries 1 to 3 are unkeyed, from before the record was sealed"_s),
                 qPrintable(v.remarks().join(u'|')));

        // And a change to an old unsealed entry is still found by its plain hash.
        QList<QByteArray> lines = after;
        lines[1].replace("LOTE-2", "LOTE-9");
        writeLines(path, lines);
        QCOMPARE(verify(path).problem, Problem::HashMismatch);
    }

    void sealedRecord_refusesAWriterWithoutItsKey()
    {
        const QString path = freshPath();
        fillSealed(path, 2);
        const QList<QByteArray> before = readLines(path);
        for (const AuditSeal &without :
             { seal(AuditSeal::KeyState::NotLooked), seal(AuditSeal::KeyState::Missing), AuditSeal() }) {
            AuditLog log(path);
            log.setSeal(without);
            QString error;
            QVERIFY(!log.open(&error));
            QVERIFY2(error.contains(u"sealed"_s), qPrintable(error));
            QVERIFY(!log.append(approval(3)));
        }
        QCOMPARE(readLines(path), before);
    }

    void verifyWithoutTheKey_checksTheChainAndSaysWhatItCouldNot()
    {
        const QString path = freshPath();
        fillSealed(path, 3);
        const AuditVerification here = verify(path, seal(AuditSeal::KeyState::NotLooked));
        QVERIFY(here.ok());
        QVERIFY(!here.sealsChecked());
        QCOMPARE(here.remarks(),
                 QStringList { u"The seals of the 3 sealed entries were not checked: the record's key was not available "
                               "here. Only their chain was checked."_s });
        const AuditVerification missing = verify(path, seal(AuditSeal::KeyState::Missing));
        QCOMPARE(missing.problem, Problem::KeyMissing);
        QCOMPARE(missing.summary(), u"The record's key is not in the keychain, so its 3 sealed entries cannot be checked."_s);
    }

    void anchorEdited_isFound()
    {
        const QString path = freshPath();
        fillSealed(path, 4);
        {
            QSettings settings(anchorFile(), QSettings::IniFormat);
            settings.setValue(u"auditAnchors/"_s + AuditAnchorStore::recordId(path) + u"/sequence"_s, 2);
        }
        QCOMPARE(verify(path).problem, Problem::AnchorAltered);
    }

    void twoWritersWithTheKey_keepOneChainAndOneAnchor()
    {
        const QString path = freshPath();
        AuditLog app(path), cli(path);
        app.setSeal(seal());
        cli.setSeal(seal());
        QVERIFY(app.open());
        QVERIFY(cli.open());
        for (int i = 0; i < 10; ++i)
            QVERIFY((i % 3 == 0 ? cli : app).append(approval(i)));
        const AuditVerification v = verify(path);
        QVERIFY2(v.ok(), qPrintable(v.detail));
        QCOMPARE(v.sealedEntries, qint64(10));
        QVERIFY(app.takeFindings().isEmpty() && cli.takeFindings().isEmpty());
    }

    void tornLastLine_inASealedRecord_isPutAsideAndTheAnchorFollows()
    {
        const QString path = freshPath();
        fillSealed(path, 3);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            file.write(approval(4).toCanonicalJson().left(80));
        }
        AuditLog log(path);
        log.setSeal(seal());
        QVERIFY(log.open());
        QVERIFY(log.takeFindings().isEmpty()); // an interrupted append is not a loss
        QCOMPARE(log.lastSequence(), qint64(4));
        const AuditVerification v = verify(path);
        QVERIFY2(v.ok(), qPrintable(v.detail));
    }

    void keyLoading_createsAKeyOnlyForARecordNotSealedYet()
    {
        cessio::MemorySecretStore store;
        const QString path = freshPath();
        AuditSealResult created = loadSeal(store, path, cessio::AuditKeyUse::Append);
        QVERIFY2(created.problem.isEmpty(), qPrintable(created.problem));
        QVERIFY(created.seal.key);
        QVERIFY(store.contains(cessio::auditKeyName(path)));
        QCOMPARE(store.peek(cessio::auditKeyName(path)), created.seal.key->toStored());

        const AuditSealResult again = loadSeal(store, path, cessio::AuditKeyUse::Verify);
        QCOMPARE(again.seal.keyState, AuditSeal::KeyState::Loaded);
        QVERIFY(*again.seal.key == *created.seal.key);

        // A sealed record whose key is gone: refused for writing, reported for verifying, never replaced.
        const QString sealedPath = freshPath();
        fillSealed(sealedPath, 1);
        cessio::MemorySecretStore empty;
        const AuditSealResult forWriting = loadSeal(empty, sealedPath, cessio::AuditKeyUse::Append);
        QVERIFY(forWriting.problem.contains(u"key is missing"_s));
        QCOMPARE(forWriting.seal.keyState, AuditSeal::KeyState::Missing);
        const AuditSealResult forVerifying = loadSeal(empty, sealedPath, cessio::AuditKeyUse::Verify);
        QCOMPARE(forVerifying.seal.keyState, AuditSeal::KeyState::Missing);
        QVERIFY(empty.keys().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAuditSeal)
#include "tst_auditseal.moc"
