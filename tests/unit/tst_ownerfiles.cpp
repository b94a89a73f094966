// What Cessio writes about decisions and titles is readable by its owner only (Unix: files 0600,
// the folders it creates 0700): the decision record (and the side file of a torn line), the index of
// checked titles, and the CSV exports; also when they replace an older, more open file.
#include "services/assetchecks.h"
#include "services/assetcsv.h"
#include "services/auditlog.h"
#include "services/ownerfiles.h"
#include "services/titleindex.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;

namespace {

constexpr QFileDevice::Permissions groupOrOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

// "" when `path` is owner-only (and, for a folder, enterable by its owner), else what is wrong.
QString ownerOnlyProblem(const QString &path, bool folder)
{
    const QFileInfo info(path);
    if (!info.exists())
        return path + u" does not exist"_s;
    const QFileDevice::Permissions p = info.permissions();
    if (p & groupOrOthers)
        return u"%1 is open to others: %2"_s.arg(path).arg(int(p), 0, 16);
    const QFileDevice::Permissions wanted = folder ? ownerfiles::folderPermissions : ownerfiles::filePermissions;
    if ((p & wanted) != wanted)
        return u"%1 lacks owner rights: %2"_s.arg(path).arg(int(p), 0, 16);
    return {};
}

#define QVERIFY_OWNER_ONLY(path, folder)                                                                                         \
    do {                                                                                                                         \
        const QString problem = ownerOnlyProblem(path, folder);                                                                  \
        QVERIFY2(problem.isEmpty(), qPrintable(problem));                                                                        \
    } while (false)

} // namespace

class TestOwnerFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A file as a program without this care leaves it: readable by everyone.
    QString openFile(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write("old\n") != 4)
            return {};
        file.close();
        QFile::setPermissions(path, ownerfiles::filePermissions | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
#if !defined(Q_OS_UNIX)
        QSKIP("Windows: the files live under the user's profile folder, which is private already");
#endif
    }

    void record_newFolders_andFile_areOwnerOnly()
    {
        const QString folder = m_dir.filePath(u"data/Cessio"_s);
        AuditLog log(folder + u"/audit.jsonl"_s);
        QVERIFY(log.open());
        QVERIFY(log.append(AuditEntry()));
        QVERIFY_OWNER_ONLY(log.filePath(), false);
        QVERIFY_OWNER_ONLY(folder, true);
        QVERIFY_OWNER_ONLY(m_dir.filePath(u"data"_s), true);
    }

    void record_createdBeforeThis_isMadeOwnerOnlyWhenOpened()
    {
        const QString path = openFile(u"older-record.jsonl"_s);
        QVERIFY(QFile::resize(path, 0));
        AuditLog log(path);
        QVERIFY(log.open());
        QVERIFY_OWNER_ONLY(path, false);
    }

    void record_tornLineSideFile_isOwnerOnly()
    {
        const QString path = m_dir.filePath(u"torn.jsonl"_s);
        {
            AuditLog log(path);
            QVERIFY(log.open());
            QVERIFY(log.append(AuditEntry()));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"v\":2,\"seq\":2,");
        file.close();
        AuditLog log(path);
        QVERIFY(log.open());
        const QStringList sides = QDir(m_dir.path()).entryList({ u"torn.jsonl.torn-*"_s });
        QCOMPARE(sides.size(), 1);
        QVERIFY_OWNER_ONLY(m_dir.filePath(sides.first()), false);
    }

    void recordCsvExport_replacingAnOpenFile_isOwnerOnly()
    {
        AuditLog log(m_dir.filePath(u"for-csv.jsonl"_s));
        QVERIFY(log.open());
        QVERIFY(log.append(AuditEntry()));
        const QString csv = openFile(u"record.csv"_s);
        QVERIFY(log.exportCsv(csv, AuditCsv::Style::Plain));
        QVERIFY_OWNER_ONLY(csv, false);
    }

    void titleIndex_fileAndFolder_areOwnerOnly()
    {
        const QString folder = m_dir.filePath(u"index-folder"_s);
        const auto index = TitleIndex::create(folder + u"/titles.jsonl"_s);
        const TitleIndex::Batch batch { u"fund"_s, u"cfg"_s, u"B1"_s, u"no. 1"_s, QDate(2026, 11, 23) };
        QCOMPARE(index->record(batch, { TitleIndex::digest(u"t"_s) }).result(), QString());
        QVERIFY_OWNER_ONLY(folder + u"/titles.jsonl"_s, false);
        QVERIFY_OWNER_ONLY(folder, true);
    }

    void assetCsvExports_replacingOpenFiles_areOwnerOnly()
    {
        const QString csv = openFile(u"assets.csv"_s);
        QVERIFY(AssetCsv::write(csv, u"B1"_s, {}, AssetCsv::Style::ExcelPtBr));
        QVERIFY_OWNER_ONLY(csv, false);
        const QString rules = m_dir.filePath(u"assets-fund-rules.csv"_s);
        QVERIFY(AssetCsv::writeFundRules(rules, u"B1"_s, AssetChecks(), AssetCsv::Style::Plain));
        QVERIFY_OWNER_ONLY(rules, false);
    }

    void existingFolders_areLeftAsTheyAre()
    {
        const QString shared = m_dir.filePath(u"shared"_s);
        QVERIFY(QDir().mkdir(shared));
        const QFileDevice::Permissions open = ownerfiles::folderPermissions | QFileDevice::ReadGroup | QFileDevice::ExeGroup;
        QVERIFY(QFile::setPermissions(shared, open));
        QVERIFY(ownerfiles::makeFolder(shared + u"/mine"_s));
        QVERIFY_OWNER_ONLY(shared + u"/mine"_s, true);
        QVERIFY(QFileInfo(shared).permissions() & QFileDevice::ReadGroup);
    }
};

QTEST_GUILESS_MAIN(TestOwnerFiles)
#include "tst_ownerfiles.moc"
