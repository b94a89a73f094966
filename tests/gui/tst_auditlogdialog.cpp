// The decision record viewer: entries read off the UI thread, filters, details, integrity check
// (intact and tampered), CSV export in both styles.
#include "auditlogdialog.h"
#include "core/localization.h"
#include "filedialog.h"
#include "messagebox.h"
#include "models/auditlogmodel.h"
#include "services/auditlog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;

namespace {

AuditEntry entry(AuditEntry::Action action, AuditEntry::Outcome outcome, const QString &batch)
{
    AuditEntry e;
    e.profileName = u"Gestora"_s;
    e.environmentUrl = u"http://127.0.0.1:1"_s;
    e.fundClassKey = u"fund-alpha"_s;
    e.configurationKey = u"cfg-ccb"_s;
    e.batchExternalId = batch;
    e.operationId = u"op-"_s + batch;
    e.action = action;
    e.outcome = outcome;
    e.shown.approvedCount = 3;
    e.shown.assetCount = 3;
    e.shown.total = Money::fromCentavos(303000);
    e.request.method = u"PUT"_s;
    e.request.path = u"/assignment/"_s + batch;
    e.request.id = u"req-"_s + batch;
    e.request.setBody(R"({"assignment_status":"approved"})");
    return e;
}

int rows(const QString &path, QChar separator)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    QByteArray bytes = file.readAll();
    if (separator == u';' && !bytes.startsWith("\xEF\xBB\xBF"))
        return -2;
    // The fields written here hold no line breaks: count CRLF-ended rows.
    return int(bytes.count("\r\n"));
}

} // namespace

class TestAuditLogDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<AuditLog> m_log;
    QString m_path;

    void fill()
    {
        QVERIFY(m_log->append(entry(AuditEntry::Action::Approve, AuditEntry::Outcome::Pending, u"B1"_s)));
        QVERIFY(m_log->append(entry(AuditEntry::Action::Approve, AuditEntry::Outcome::Succeeded, u"B1"_s)));
        AuditEntry deny = entry(AuditEntry::Action::Deny, AuditEntry::Outcome::Pending, u"B2"_s);
        deny.reason = u"Sacado concentrado"_s;
        QVERIFY(m_log->append(deny));
        QVERIFY(m_log->append(entry(AuditEntry::Action::Deny, AuditEntry::Outcome::Failed, u"B2"_s)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        MessageBox::setTestMode(true);
        FileDialog::setTestMode(true);
    }

    void init()
    {
        m_path = m_dir.filePath(u"audit-%1-%2.jsonl"_s.arg(QString::fromLatin1(QTest::currentTestFunction()),
                                                           QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_')));
        m_log = std::make_unique<AuditLog>(m_path);
        QVERIFY(m_log->open());
        fill();
        MessageBox::clearRecords();
    }
    void cleanup() { m_log.reset(); }

    void open_readsEntriesOffTheUiThread_andFiltersThem()
    {
        AuditLogDialog dialog(m_log.get());
        dialog.show();
        QTRY_COMPARE(dialog.model()->rowCount(), 4);
        QTableView *table = dialog.table();
        QCOMPARE(table->model()->rowCount(), 4);

        auto *action = dialog.findChild<QComboBox *>(u"actionFilter"_s);
        action->setCurrentIndex(action->findData(u"deny"_s));
        QCOMPARE(table->model()->rowCount(), 2);
        auto *outcome = dialog.findChild<QComboBox *>(u"outcomeFilter"_s);
        outcome->setCurrentIndex(outcome->findData(u"failed"_s));
        QCOMPARE(table->model()->rowCount(), 1);
        action->setCurrentIndex(0);
        outcome->setCurrentIndex(0);

        auto *search = dialog.findChild<QLineEdit *>(u"searchEdit"_s);
        QTest::keyClicks(search, u"req-B1"_s);
        QCOMPARE(table->model()->rowCount(), 2);
        search->clear();
        QCOMPARE(table->model()->rowCount(), 4);

        // A new entry appears without reopening the viewer.
        QVERIFY(m_log->append(entry(AuditEntry::Action::Reconcile, AuditEntry::Outcome::ResolvedApplied, u"B3"_s)));
        QTRY_COMPARE(dialog.model()->rowCount(), 5);
    }

    void selectEntry_detailsShowRequestResponseAndReason()
    {
        AuditLogDialog dialog(m_log.get());
        QTRY_COMPARE(dialog.model()->rowCount(), 4);
        int denyRow = -1;
        for (int row = 0; row < dialog.model()->rowCount(); ++row) {
            if (dialog.model()->entry(row).action == AuditEntry::Action::Deny
                && dialog.model()->entry(row).outcome == AuditEntry::Outcome::Pending)
                denyRow = row;
        }
        QVERIFY(denyRow >= 0);
        const QString details = dialog.detailsText(denyRow);
        QVERIFY(details.contains(u"PUT /assignment/B2"_s));
        QVERIFY(details.contains(u"Sacado concentrado"_s));
        QVERIFY(details.contains(u"req-B2"_s));
        QVERIFY(details.contains(dialog.model()->entry(denyRow).hash));

        dialog.table()->setFocus();
        dialog.table()->selectRow(0);
        QVERIFY(!dialog.findChild<QPlainTextEdit *>(u"detailsText"_s)->toPlainText().isEmpty());
    }

    void verify_intactRecord_reportsOkWithCount()
    {
        AuditLogDialog dialog(m_log.get());
        QSignalSpy spy(&dialog, &AuditLogDialog::verificationFinished);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"verifyButton"_s), Qt::LeftButton);
        QTRY_COMPARE(spy.size(), 1);
        const auto verification = spy.at(0).at(0).value<AuditVerification>();
        QVERIFY(verification.ok());
        QCOMPARE(verification.entriesChecked, 4);
        QTRY_VERIFY(MessageBox::lastRecord().has_value());
        QCOMPARE(MessageBox::lastRecord()->message.kind, MessageBox::Kind::Information);
        QVERIFY(MessageBox::lastRecord()->message.text.contains(u"4"_s));
    }

    void verify_tamperedEntry_reportsWhereTheChainBreaks()
    {
        m_log->close();
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        const qsizetype at = bytes.indexOf("Sacado concentrado");
        QVERIFY(at > 0);
        bytes.replace(at, 6, "Sacada");
        file.seek(0);
        file.write(bytes);
        file.close();

        AuditLogDialog dialog(m_log.get());
        QSignalSpy spy(&dialog, &AuditLogDialog::verificationFinished);
        dialog.verifyIntegrity();
        QTRY_COMPARE(spy.size(), 1);
        const auto verification = spy.at(0).at(0).value<AuditVerification>();
        QCOMPARE(verification.problem, AuditVerification::Problem::HashMismatch);
        QCOMPARE(verification.firstBrokenSequence, 3);
        const auto record = MessageBox::lastRecord();
        QVERIFY(record);
        QCOMPARE(record->message.kind, MessageBox::Kind::Critical);
        QVERIFY(record->message.text.contains(u"3"_s));
        QVERIFY(record->message.informativeText.contains(u"2"_s)); // two entries before it are intact
    }

    // A sealed record, as the app writes it: the viewer checks the seals and the anchor, and says what
    // it found in plain words, in the user's language.
    void verify_sealedRecord_intactThenCutAtTheEnd_saysSoInBothLanguages()
    {
        m_log.reset();
        const QString path = m_dir.filePath(u"sealed.jsonl"_s);
        m_log = std::make_unique<AuditLog>(path);
        m_log->setSeal({ AuditSeal::KeyState::Loaded, AuditKey::generate(), AuditAnchorStore::inMemory() });
        QVERIFY(m_log->open());
        fill();

        const auto verifyInDialog = [this] {
            MessageBox::clearRecords();
            AuditLogDialog dialog(m_log.get());
            QSignalSpy spy(&dialog, &AuditLogDialog::verificationFinished);
            dialog.verifyIntegrity();
            return spy.wait(10000) ? MessageBox::lastRecord() : std::nullopt;
        };
        auto record = verifyInDialog();
        QVERIFY(record);
        QCOMPARE(record->message.kind, MessageBox::Kind::Information);
        QVERIFY2(record->message.informativeText.contains(
                     u"Each of the 4 sealed entries matches the record's key, and nothing was cut from its end."_s),
                 qPrintable(record->message.informativeText));

        // The last entry removed from the file (whoever can write it can do that): the anchor still names it.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = file.readAll().split('\n');
        file.close();
        QCOMPARE(lines.size(), 5); // four lines and the empty rest after the last newline
        lines.removeAt(3);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(lines.join('\n'));
        file.close();

        QVERIFY(Localization::apply(*QCoreApplication::instance(), u"pt_BR"_s));
        record = verifyInDialog();
        QVERIFY(Localization::apply(*QCoreApplication::instance(), u"en"_s));
        QVERIFY(record);
        QCOMPARE(record->message.kind, MessageBox::Kind::Critical);
        QVERIFY2(record->message.text.contains(u"Lançamentos foram removidos do fim do registro, ou ele foi substituído por "
                                               "uma cópia mais antiga: ele termina no lançamento 3, mas o lançamento 4 já "
                                               "tinha sido gravado."_s),
                 qPrintable(record->message.text));
    }

    void exportCsv_bothStyles_oneRowPerEntry_data()
    {
        QTest::addColumn<int>("filter");
        QTest::addColumn<QChar>("separator");
        QTest::newRow("excel pt-BR") << 0 << QChar(u';');
        QTest::newRow("plain") << 1 << QChar(u',');
    }
    void exportCsv_bothStyles_oneRowPerEntry()
    {
        QFETCH(int, filter);
        QFETCH(QChar, separator);
        AuditLogDialog dialog(m_log.get());
        const QString path = m_dir.filePath(u"record-%1.csv"_s.arg(filter));
        FileDialog::queueAnswer(FileDialog::Choice { path, filter });
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
        QTRY_VERIFY(MessageBox::lastRecord().has_value());
        QCOMPARE(MessageBox::lastRecord()->message.kind, MessageBox::Kind::Information);
        QCOMPARE(rows(path, separator), 5);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString firstLine = QString::fromUtf8(file.readLine());
        QVERIFY(firstLine.contains(separator));
    }
};

QTEST_MAIN(TestAuditLogDialog)
#include "tst_auditlogdialog.moc"
