// The decision record in the workspace store (issue 10): the same lines and hash chain as the file,
// appended in exact order by several desktops at once, never changed nor removed (PostgreSQL: refused
// to every member, and to the owner by a trigger), and the record file imported once, verified before
// and after. Runs on SQLite and, as tst_record_store_postgres, on a real PostgreSQL.
#include "services/auditlog.h"
#include "services/auditrecordstore.h"
#include "services/workspace/sqlworkspacestore.h"
#include "support/workspacetestdb.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;

class TstRecordStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WorkspaceTestDb> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<AuditAnchorStore> m_anchors;
    AuditKey m_key = AuditKey::generate();

    // A desktop's record: its own file path, kept in the test workspace as `login`.
    QString desktop(const QString &name, const QString &login)
    {
        const QString path = m_dir->filePath(name + u"/audit.jsonl"_s);
        QDir().mkpath(QFileInfo(path).absolutePath());
        AuditRecordStore::attach(path, m_db->as(login), {});
        return path;
    }
    AuditSeal sealed() const
    {
        AuditSeal seal;
        seal.key = m_key;
        seal.keyState = AuditSeal::KeyState::Loaded;
        seal.anchors = m_anchors;
        return seal;
    }
    static AuditEntry note(const QString &text)
    {
        AuditEntry entry;
        entry.note = text;
        return entry;
    }
    // A record file as Cessio wrote it before the store: `count` entries.
    QString legacyFile(const QString &name, int count, const AuditSeal &seal)
    {
        const QString path = m_dir->filePath(name + u"/audit.jsonl"_s);
        QDir().mkpath(QFileInfo(path).absolutePath());
        AuditLog log(path);
        log.setSeal(seal);
        if (!log.open())
            return {};
        for (int i = 1; i <= count; ++i)
            if (!log.append(note(u"legacy %1"_s.arg(i))))
                return {};
        return path;
    }
    qint64 storedEntries()
    {
        auto store = SqlWorkspaceStore::open(m_db->as(WorkspaceTestDb::admin()), {});
        return store.ok() ? (*store.value)->recordLines().value.value_or(QList<workspace::RecordLine>()).size() : -1;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<WorkspaceTestDb>();
        m_dir = std::make_unique<QTemporaryDir>();
        m_anchors = AuditAnchorStore::inMemory();
        QString error;
        QVERIFY2(m_db->create(&error), qPrintable(error));
        auto admin = SqlWorkspaceStore::open(m_db->as(WorkspaceTestDb::admin()), {}); // creates the schema
        QVERIFY2(admin.ok(), qPrintable(admin.error));
        QVERIFY((*admin.value)->putMember({ u"carla"_s, u"Carla Dias"_s, workspace::Role::Analyst }).ok());
        QVERIFY((*admin.value)->putMember({ u"ana"_s, u"Ana Souza"_s, workspace::Role::Approver }).ok());
    }

    // Two desktops and a worker thread append at once: one chain, every entry once, in order.
    void appendsFromSeveralWritersMakeOneChain()
    {
        const QString anaPath = desktop(u"ana"_s, u"ana"_s);
        const QString carlaPath = desktop(u"carla"_s, u"carla"_s);
        AuditLog ana(anaPath);
        AuditLog carla(carlaPath);
        QString error;
        QVERIFY2(ana.open(&error), qPrintable(error));
        QVERIFY2(carla.open(&error), qPrintable(error));
        const auto worker = QtConcurrent::run([path = desktop(u"worker"_s, u"ana"_s)] {
            AuditLog log(path); // its own connection, on its own thread
            if (!log.open())
                return 0;
            int written = 0;
            for (int i = 0; i < 20; ++i)
                written += log.append(note(u"worker %1"_s.arg(i))).has_value();
            return written;
        });
        for (int i = 0; i < 20; ++i) {
            QVERIFY2(ana.append(note(u"ana %1"_s.arg(i)), &error), qPrintable(error));
            QVERIFY2(carla.append(note(u"carla %1"_s.arg(i)), &error), qPrintable(error));
        }
        QCOMPARE(worker.result(), 20);
        const AuditVerification verified = carla.verify();
        QVERIFY2(verified.ok(), qPrintable(verified.summary() + u' ' + verified.detail));
        QCOMPARE(verified.entriesChecked, 60);
        const QList<AuditEntry> all = ana.readAll();
        QCOMPARE(all.size(), 60);
        for (int i = 0; i < all.size(); ++i)
            QCOMPARE(all.at(i).sequence, i + 1);
        QCOMPARE(storedEntries(), 60);
        QVERIFY(!QFile::exists(anaPath)); // nothing in the file
    }

    // The rows hold the file format's lines: written out, they verify as a file does.
    void storedLinesVerifyAsAFile()
    {
        const QString path = desktop(u"ana"_s, u"ana"_s);
        AuditLog log(path);
        QVERIFY(log.open());
        for (int i = 0; i < 5; ++i)
            QVERIFY(log.append(note(u"entry %1"_s.arg(i))));
        const auto lines = AuditRecordStore::of(path)->lines();
        QVERIFY2(lines.ok(), qPrintable(lines.error));
        const QString exported = m_dir->filePath(u"exported.jsonl"_s);
        QFile file(exported);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (const QByteArray &line : *lines.value)
            file.write(line + '\n');
        file.close();
        const AuditVerification verified = AuditReader::readFile(exported).verification;
        QVERIFY2(verified.ok(), qPrintable(verified.summary()));
        QCOMPARE(verified.entriesChecked, 5);
        QCOMPARE(verified.lastHash, log.lastHash());
    }

    // A damaged head: the append is refused, nothing is written, the caller is told.
    void failedAppendLeavesNothing()
    {
        const QString path = desktop(u"ana"_s, u"ana"_s);
        AuditLog log(path);
        QVERIFY(log.open());
        QVERIFY(log.append(note(u"first"_s)));
        QString error;
        QVERIFY2(m_db->execAsAdmin(u"INSERT INTO decision_record (sequence, hash, line, recorded_by, recorded_ms) VALUES "
                                   "(2, 'x', '{\"not\":\"an entry\"}', 'intruder', 0)"_s,
                                   &error),
                 qPrintable(error));
        QVERIFY(!log.append(note(u"second"_s), &error));
        QVERIFY2(error.contains(u"damaged"_s), qPrintable(error));
        QCOMPARE(storedEntries(), 2);
    }

    // Nobody changes or removes a row: not the analyst, not the approver, not the tables' owner.
    void rowsCannotBeChangedOrRemoved()
    {
        const QString path = desktop(u"carla"_s, u"carla"_s);
        AuditLog log(path);
        QVERIFY(log.open());
        QVERIFY(log.append(note(u"an analyst appends"_s))); // members may append
        QString error;
        for (const QString &statement : { u"UPDATE decision_record SET line = 'rewritten'"_s, u"DELETE FROM decision_record"_s }) {
            QVERIFY2(!m_db->execAsAdmin(statement, &error), qPrintable(statement));
            QVERIFY2(error.contains(u"append-only"_s), qPrintable(error));
            if (!WorkspaceTestDb::onPostgres())
                continue; // SQLite has one user, the file's owner: the trigger is the guard
            for (const QString &login : { u"carla"_s, u"ana"_s }) {
                QVERIFY2(!m_db->execAs(login, statement, &error), qPrintable(login + u": "_s + statement));
                QVERIFY2(error.contains(u"permission denied"_s), qPrintable(error));
            }
        }
        if (WorkspaceTestDb::onPostgres()) {
            QVERIFY(!m_db->execAsAdmin(u"TRUNCATE decision_record"_s, &error));
            // An analyst cannot append in someone else's name either.
            QVERIFY(!m_db->execAs(u"carla"_s,
                                  u"INSERT INTO decision_record (sequence, hash, line, recorded_by, recorded_ms) VALUES "
                                  "(2, 'x', 'y', 'ana', 0)"_s,
                                  &error));
        }
        QVERIFY(log.verify().ok());
        QCOMPARE(storedEntries(), 1);
    }

    // First open of an empty store record beside a record file: everything imported, verified, the
    // file kept renamed, and a note saying so; the chain goes on.
    void importsTheRecordFileOnce()
    {
        const QString path = legacyFile(u"ana"_s, 7, {});
        QVERIFY(!path.isEmpty());
        const AuditVerification before = AuditReader::readFile(path).verification;
        AuditRecordStore::attach(path, m_db->as(u"ana"_s), {});
        AuditLog log(path);
        QString error;
        QVERIFY2(log.open(&error), qPrintable(error));
        QVERIFY(!QFile::exists(path));
        const QStringList kept = QDir(QFileInfo(path).absolutePath()).entryList({ u"audit.jsonl.imported-*"_s });
        QCOMPARE(kept.size(), 1);
        QVERIFY(log.append(note(u"after the import"_s)));
        const QList<AuditEntry> all = log.readAll();
        QCOMPARE(all.size(), 9);
        QCOMPARE(all.at(6).hash, before.lastHash); // the same entries, the same hashes
        QVERIFY2(all.at(7).note.contains(u"Moved the 7 entries"_s), qPrintable(all.at(7).note));
        QVERIFY(log.verify().ok());
        // A second desktop opening the same workspace later imports nothing more.
        const QString other = legacyFile(u"bruno"_s, 3, {});
        AuditRecordStore::attach(other, m_db->as(u"carla"_s), {});
        AuditLog second(other);
        QVERIFY(second.open());
        QVERIFY(QFile::exists(other)); // not imported: the workspace had a record already
        QCOMPARE(storedEntries(), 9);
    }

    void importsASealedRecordFile()
    {
        const QString path = legacyFile(u"ana"_s, 4, sealed());
        QVERIFY(!path.isEmpty());
        AuditRecordStore::attach(path, m_db->as(u"ana"_s), {});
        AuditLog log(path);
        log.setSeal(sealed());
        QString error;
        if (WorkspaceTestDb::onPostgres()) {
            // This computer's key cannot be checked by the team's other desktops: refused, nothing moved.
            QVERIFY(!log.open(&error));
            QVERIFY2(error.contains(u"sealed with this computer's key"_s) && error.contains(u"Nothing was moved"_s),
                     qPrintable(error));
            QVERIFY(QFile::exists(path));
            QCOMPARE(storedEntries(), 0);
            return;
        }
        QVERIFY2(log.open(&error), qPrintable(error));
        QVERIFY(log.append(note(u"sealed on"_s)));
        const AuditVerification verified = log.verify();
        QVERIFY2(verified.ok(), qPrintable(verified.summary() + u' ' + verified.detail));
        QCOMPARE(verified.sealedEntries, 6);
        QVERIFY(verified.anchorChecked); // the anchor, named by the record's path, goes on with the store
    }

    // A record file that does not verify is not imported, even in part.
    void refusesARecordFileThatDoesNotVerify()
    {
        const QString path = legacyFile(u"ana"_s, 5, {});
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        bytes.replace("legacy 3", "legacy 9");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        AuditRecordStore::attach(path, m_db->as(u"ana"_s), {});
        AuditLog log(path);
        QString error;
        QVERIFY(!log.open(&error));
        QVERIFY2(error.contains(u"Entry 3 was changed"_s) && error.contains(u"Nothing was moved"_s), qPrintable(error));
        QCOMPARE(storedEntries(), 0);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes); // untouched
    }
};

QTEST_GUILESS_MAIN(TstRecordStore)
#include "tst_record_store.moc"
