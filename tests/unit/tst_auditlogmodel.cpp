#include "models/auditlogmodel.h"
#include "services/auditlog.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using cessio::AuditEntry;
using cessio::AuditLog;
using cessio::AuditLogModel;
using cessio::Money;

namespace {

AuditEntry decision(int i, AuditEntry::Action action = AuditEntry::Action::Approve)
{
    AuditEntry e;
    e.time = QDateTime(QDate(2026, 3, 2), QTime(14, 5, 9), Qt::UTC).addSecs(i);
    e.profileName = u"Produção"_s;
    e.fundClassKey = u"fund-%1"_s.arg(i);
    e.batchExternalId = u"LOTE-%1"_s.arg(i);
    e.action = action;
    e.outcome = AuditEntry::Outcome::Succeeded;
    e.shown.total = Money::fromCentavos(123456789 + i);
    e.shown.accountKey = u"acc-%1"_s.arg(i);
    e.shown.accountText = u"Banco 341 ag. 0001 cc 12345-6"_s;
    e.request.id = u"req-%1"_s.arg(i);
    e.response.qiCode = i % 2 ? u"GDF000029"_s : QString();
    return e;
}

} // namespace

class TestAuditLogModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::Portuguese, QLocale::Brazil)); }
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void refresh_loadsEntriesOffTheUiThread_andPassesTheTester()
    {
        const QString path = m_dir.filePath(u"model.jsonl"_s);
        AuditLog log(path);
        QVERIFY(log.open());
        for (int i = 1; i <= 3; ++i)
            QVERIFY(log.append(decision(i)));

        AuditLogModel model(path);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(AuditLogModel::ColumnCount));
        QSignalSpy refreshed(&model, &AuditLogModel::refreshed);
        model.refresh();
        QVERIFY(model.isRefreshing() || refreshed.size() == 1);
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.verification().ok());
        QCOMPARE(model.verification().entriesChecked, qint64(3));

        const QModelIndex total = model.index(1, AuditLogModel::Total);
        QCOMPARE(total.data().toString(), u"R$\u00a01.234.567,91"_s); // the default locale's money
        QCOMPARE(total.data(AuditLogModel::RawRole).toLongLong(), qint64(123456791));
        QCOMPARE(model.index(1, AuditLogModel::Time).data(AuditLogModel::RawRole).toDateTime(),
                 QDateTime(QDate(2026, 3, 2), QTime(14, 5, 11), Qt::UTC));
        QVERIFY(model.index(1, AuditLogModel::Time).data().toString().contains(u"02/03/2026"_s));
        QCOMPARE(model.index(0, AuditLogModel::Action).data(AuditLogModel::RawRole).toString(), u"approve"_s);
        QCOMPARE(model.index(0, AuditLogModel::Action).data().toString(),
                 AuditEntry::actionDisplayName(AuditEntry::Action::Approve));
        QCOMPARE(model.index(0, AuditLogModel::QiCode).data().toString(), u"GDF000029"_s);
        QCOMPARE(model.index(2, AuditLogModel::Batch).data().toString(), u"LOTE-3"_s);
        QCOMPARE(model.index(2, AuditLogModel::Fund).data(AuditLogModel::SequenceRole).toLongLong(), qint64(3));
        QCOMPARE(model.index(0, AuditLogModel::Account).data(AuditLogModel::RawRole).toString(), u"acc-1"_s);
        QCOMPARE(model.headerData(AuditLogModel::RequestId, Qt::Horizontal).toString(), u"Request id"_s);
        QCOMPARE(model.entry(0).request.id, u"req-1"_s);

        // New decisions appear on the next refresh; two calls in a row still end with everything.
        QVERIFY(log.append(decision(4, AuditEntry::Action::Deny)));
        QVERIFY(log.append(decision(5, AuditEntry::Action::Reconcile)));
        refreshed.clear();
        model.refresh();
        model.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 2, 10000);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(4, AuditLogModel::Action).data(AuditLogModel::RawRole).toString(), u"reconcile"_s);
    }

    void refresh_tamperedFile_reportsTheProblemAndStillShowsRows()
    {
        const QString path = m_dir.filePath(u"tampered.jsonl"_s);
        {
            AuditLog log(path);
            QVERIFY(log.open());
            for (int i = 1; i <= 4; ++i)
                QVERIFY(log.append(decision(i)));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        bytes.replace("LOTE-2", "LOTE-7");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();

        AuditLogModel model(path);
        QSignalSpy refreshed(&model, &AuditLogModel::refreshed);
        model.refresh();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.verification().problem, cessio::AuditVerification::Problem::HashMismatch);
        QCOMPARE(model.verification().firstBrokenSequence, qint64(2));
    }

    void refresh_missingFile_isEmpty()
    {
        AuditLogModel model(m_dir.filePath(u"none.jsonl"_s));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refreshed(&model, &AuditLogModel::refreshed);
        model.refresh();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.verification().ok());
    }
};

QTEST_GUILESS_MAIN(TestAuditLogModel)
#include "tst_auditlogmodel.moc"
