// Exports of a real sandbox batch: the asset list as CSV in both styles (through the file chooser,
// parsed back), and the approval memo as a PDF with the batch facts, analysis and the decision's
// audit reference.
#include "approvalmemo.h"
#include "approvedialog.h"
#include "decisiontestbed.h"
#include "exports.h"
#include "filedialog.h"
#include "messagebox.h"
#include "services/assetanalysis.h"
#include "services/assetcsv.h"

#include <QCheckBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;
using namespace cessio::testing;

class TestExports : public QObject
{
    Q_OBJECT

    std::unique_ptr<DecisionTestBed> bed;

private Q_SLOTS:
    void initTestCase()
    {
        MessageBox::setTestMode(true);
        FileDialog::setTestMode(true);
        bed = std::make_unique<DecisionTestBed>();
        QString error;
        QVERIFY2(bed->start(&error), qPrintable(error));
        QVERIFY(bed->harness().prepareForManager(u"M1"_s, 12));
    }
    void cleanupTestCase() { bed.reset(); }
    void init() { MessageBox::clearRecords(); }

    void exportAssetsCsv_bothStyles_everyAssetParsesBack_data()
    {
        QTest::addColumn<int>("filter");
        QTest::addColumn<QChar>("separator");
        QTest::addColumn<QString>("amountPattern");
        QTest::newRow("excel pt-BR") << 0 << QChar(u';') << u"^\\d+,\\d\\d$"_s;
        QTest::newRow("plain") << 1 << QChar(u',') << u"^\\d+\\.\\d\\d$"_s;
    }
    void exportAssetsCsv_bothStyles_everyAssetParsesBack()
    {
        QFETCH(int, filter);
        QFETCH(QChar, separator);
        QFETCH(QString, amountPattern);
        const auto batch = bed->batch(u"M1"_s);
        const auto assets = bed->assets(u"M1"_s);
        QVERIFY(batch && assets);
        QCOMPARE(assets->size(), 12);
        const QString path = bed->tempPath(u"assets-%1"_s.arg(filter)); // no extension: one is added
        FileDialog::queueAnswer(FileDialog::Choice { path, filter });
        QWidget parent;
        QVERIFY(exportAssetsCsv(&parent, *batch, *assets));
        QFile file(path + u".csv"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), filter == 0);
        if (filter == 0)
            bytes = bytes.mid(3);
        const QStringList lines = QString::fromUtf8(bytes).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 13);
        QCOMPARE(lines.at(0).split(separator).size(), AssetCsv::header(AssetCsv::Style(filter)).size());
        const QRegularExpression amount(amountPattern);
        QStringList ids;
        for (int i = 1; i < lines.size(); ++i) {
            const QStringList fields = lines.at(i).split(separator);
            QCOMPARE(fields.at(0), u"M1"_s);
            QVERIFY2(amount.match(fields.at(5)).hasMatch(), qPrintable(fields.at(5)));
            ids << fields.at(1);
        }
        for (const AssetListItem &asset : *assets)
            QVERIFY(ids.contains(asset.externalId));
        QCOMPARE(MessageBox::lastRecord()->message.kind, MessageBox::Kind::Information);
    }

    void exportAssetsCsv_cancelled_writesNothing()
    {
        QWidget parent;
        QVERIFY(!exportAssetsCsv(&parent, Batch(), {}));
        QVERIFY(MessageBox::records().isEmpty());
    }

    void approvalMemo_afterApproval_isAPdfWithTheDecisionReference()
    {
        // Approve through the dialog, so the record has the decision.
        const auto batch = bed->batch(u"M1"_s);
        const auto summary = bed->summary(u"M1"_s);
        QSignalSpy finished(&bed->controller(), &DecisionController::decisionFinished);
        bed->controller().approve(*batch, *summary, bed->accounts(batch->configuration.assignor.key));
        ApproveDialog *dialog = bed->controller().approveDialog();
        QVERIFY(dialog);
        dialog->findChild<QCheckBox *>(u"confirmCheck"_s)->setChecked(true);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"approveButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        const auto outcome = finished.at(0).at(1).value<DecisionOutcome>();
        QCOMPARE(outcome.result, DecisionOutcome::Result::Applied);

        const auto after = bed->batch(u"M1"_s);
        const auto assets = bed->assets(u"M1"_s);
        const AssetAnalysis analysis = AssetAnalysis::compute(*assets, after->date);
        ApprovalMemo memo;
        memo.batch = *after;
        memo.summary = *bed->summary(u"M1"_s);
        memo.analysis = &analysis;
        memo.decision = outcome;
        memo.auditEntry
            = ApprovalMemo::latestDecisionEntry(bed->log().readAll(), SandboxHarness::fund, SandboxHarness::ccbConfig, u"M1"_s);
        QVERIFY(memo.auditEntry);
        QCOMPARE(memo.auditEntry->action, AuditEntry::Action::Approve);
        QCOMPARE(memo.auditEntry->outcome, AuditEntry::Outcome::Succeeded);

        QTextDocument document;
        const QString html = memo.html(document);
        QVERIFY(html.contains(memo.auditEntry->hash));
        QVERIFY(html.contains(u"Alpha FIDC"_s));
        QVERIFY(html.contains(u"12.345.678/0001-95"_s));
        QVERIFY(html.contains(memo.summary.totalValue.format().toHtmlEscaped()));
        QVERIFY(!document.resource(QTextDocument::ImageResource, QUrl(u"cessio-chart://status"_s)).isNull());
        // The harness's CCBs carry no contract number and one borrower on one schedule: the checks flag them
        // as possible duplicates, and the memo lists every flagged asset in natural order.
        QVERIFY(html.contains(u"<h2>Checks</h2>"_s));
        QCOMPARE(analysis.checks.checkedCount, 12);
        QVERIFY(html.contains(u"%1 of the 12 assets checked have alerts."_s.arg(analysis.checks.flaggedCount())));
        QVERIFY(html.contains(u"<td>M1-A1</td><td>Possible duplicate title: the same as "_s));
        QVERIFY2(html.indexOf(u"<td>M1-A2</td>"_s) < html.indexOf(u"<td>M1-A10</td>"_s),
                 qPrintable(html.mid(html.indexOf(u"<h2>Checks"_s), 1500)));

        const QString path = bed->tempPath(u"memo.pdf"_s);
        QString error;
        QVERIFY2(memo.writePdf(path, &error), qPrintable(error));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY2(bytes.size() > 20000, qPrintable(QString::number(bytes.size()))); // text and three charts
        qInfo("memo: %lld bytes", qint64(bytes.size()));

        // The same through the export action, finding the record entry itself.
        const QString viaDialog = bed->tempPath(u"memo2.pdf"_s);
        FileDialog::queueAnswer(FileDialog::Choice { viaDialog, 0 });
        QWidget parent;
        QVERIFY(exportApprovalMemo(&parent, *after, memo.summary, analysis, outcome, &bed->log()));
        QFile second(viaDialog);
        QVERIFY(second.open(QIODevice::ReadOnly));
        QVERIFY(second.read(4) == "%PDF");
    }

    void approvalMemo_unwritableFolder_failsWithReason()
    {
        ApprovalMemo memo;
        QString error;
        QVERIFY(!memo.writePdf(bed->tempPath(u"no/such/dir/memo.pdf"_s), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestExports)
#include "tst_exports.moc"
