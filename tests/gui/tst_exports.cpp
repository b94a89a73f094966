// Exports of a real sandbox batch: the asset list as CSV in both styles (through the file chooser,
// parsed back), and the approval memo as a PDF with the batch facts, analysis and the decision's
// audit reference.
#include "approvalmemo.h"
#include "approvedialog.h"
#include "core/localization.h"
#include "decisiontestbed.h"
#include "denydialog.h"
#include "exports.h"
#include "filedialog.h"
#include "messagebox.h"
#include "payeeconfirmation.h"
#include "services/assetanalysis.h"
#include "services/assetcsv.h"
#include "services/settings.h"
#include "textprompt.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;
using namespace cessio::testing;

namespace {

// A duplicata listed with its full asset, as the simulator lists them.
AssetListItem duplicata(const QString &id, const QString &debtor, qint64 faceCentavos, const QDate &maturity,
                        qint64 purchaseCentavos = 0)
{
    Asset asset;
    asset.externalId = id;
    asset.type = AssetType::DuplicataMercantil;
    asset.status = AssetStatus::PreApproved;
    asset.totalPurchaseValue = Money::fromCentavos(purchaseCentavos ? purchaseCentavos : faceCentavos * 9 / 10);
    DiscountedCreditRight right;
    right.externalId = id;
    right.maturityDate = maturity;
    right.faceValue = Money::fromCentavos(faceCentavos);
    right.borrower.name = u"Sacado "_s + id;
    right.borrower.documentNumber = debtor;
    asset.creditRight = right;
    AssetListItem item = AssetListItem::fromAsset(asset);
    item.detail = asset;
    return item;
}

// A decided batch with every kind of alert the checks know (but a title seen before): 30 copies of one
// title, a debtor who is the assignor, a made-up CNPJ, a title already due, an asset over the fund's limit.
struct MemoCase
{
    Batch batch;
    AssetsSummary summary;
    AssetAnalysis analysis;
    AuditEntry entry;
};

MemoCase memoCase(AuditEntry::Action action)
{
    MemoCase c;
    const QDate date(2026, 11, 23);
    QList<AssetListItem> assets;
    for (int i = 1; i <= 30; ++i)
        assets.append(duplicata(u"DUP-%1"_s.arg(i, 2, 10, QLatin1Char('0')), AssetBodies::cnpj(1), 100000, date.addDays(60)));
    assets.append(duplicata(u"SELF-1"_s, u"11.222.333/0001-81"_s, 50000, date.addDays(30)));
    assets.append(duplicata(u"BAD-1"_s, u"12.345.678/0001-00"_s, 50000, date.addDays(31)));
    assets.append(duplicata(u"DUE-1"_s, AssetBodies::cnpj(2), 50000, date));
    assets.append(duplicata(u"BIG-1"_s, AssetBodies::cnpj(3), 110000, date.addDays(45), 99000));
    FundRules rules;
    rules.maxAssetValue = Money::fromCentavos(95000);
    rules.maxBatchValue = Money::fromCentavos(1000000000);
    c.analysis = AssetAnalysis::compute(assets, date, u"11.222.333/0001-81"_s, rules);

    c.batch.externalId = u"S-1"_s;
    c.batch.number = u"000777"_s;
    c.batch.date = date;
    c.batch.status = action == AuditEntry::Action::Deny ? BatchStatus::Denied : BatchStatus::PendingAssignmentTermSignature;
    c.batch.configuration.fund.name = u"Alpha FIDC"_s;
    c.batch.configuration.fund.documentNumber = u"12.345.678/0001-95"_s;
    c.batch.configuration.assignor.name = u"Cedente Teste Ltda"_s;
    c.batch.configuration.assignor.documentNumber = u"11.222.333/0001-81"_s;
    Money total;
    for (const AssetListItem &asset : assets)
        total += asset.totalPurchaseValue;
    c.summary.numberOfAssets = int(assets.size());
    c.summary.numberOfApprovedAssets = int(assets.size());
    c.summary.totalValue = total;

    c.entry.sequence = 7;
    c.entry.time = QDateTime(date, QTime(15, 0), Qt::UTC);
    c.entry.userName = u"ana"_s;
    c.entry.hostName = u"desk-1"_s;
    c.entry.batchExternalId = c.batch.externalId;
    c.entry.action = action;
    c.entry.outcome = AuditEntry::Outcome::Succeeded;
    c.entry.shown.assetCount = c.summary.numberOfAssets;
    c.entry.shown.approvedCount = c.summary.numberOfApprovedAssets;
    c.entry.shown.deniedCount = 0;
    c.entry.shown.total = total;
    c.entry.shown.alertCount = c.analysis.checks.flaggedCount();
    c.entry.hash = QString(64, u'a');
    if (action == AuditEntry::Action::Deny) {
        c.entry.reason = u"Sacado concentrado acima do limite"_s;
        // After a denial QI Tech reports the batch without assets: R$ 0,00.
        c.summary.numberOfApprovedAssets = 0;
        c.summary.totalValue = Money();
    }
    return c;
}

// With CESSIO_SHOTS_DIR set, the memo's pages as pictures (A4 at 96 dpi), to look at.
void savePages(QTextDocument &document, const QString &name)
{
    const QString dir = qEnvironmentVariable("CESSIO_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    const QSizeF page(794, 1123);
    document.setPageSize(page);
    for (int i = 0; i < document.pageCount(); ++i) {
        QImage image(page.toSize(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.translate(0, -i * page.height());
        document.drawContents(&painter, QRectF(QPointF(0, i * page.height()), page));
        painter.end();
        image.save(QDir(dir).filePath(u"%1-%2.png"_s.arg(name).arg(i + 1)));
    }
}

// The memo's text as the PDF prints it.
QString memoText(const ApprovalMemo &memo, const QString &shotName = {})
{
    QTextDocument document;
    document.setHtml(memo.html(document));
    if (!shotName.isEmpty())
        savePages(document, shotName);
    return document.toPlainText();
}

// Exports say what was decided on which titles: owner-only (0600) on Unix; on Windows the user's
// profile folder already is.
bool isOwnerOnly(const QString &path)
{
#if defined(Q_OS_UNIX)
    const QFileDevice::Permissions p = QFileInfo(path).permissions();
    const QFileDevice::Permissions others
        = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    return (p & QFileDevice::ReadOwner) && (p & QFileDevice::WriteOwner) && !(p & others);
#else
    return QFileInfo::exists(path);
#endif
}

// Words that belong on a screen, not on paper.
QStringList uiWordsIn(const QString &text)
{
    static const QRegularExpression words(
        u"\\b(show|shows|shown|click|press|tab|button|window|menu|filter|mostrar|clique|clicar|aba|botão|janela|filtro)\\b"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QStringList found;
    for (auto it = words.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    if (text.contains(u"Only with alerts"_s) || text.contains(u"Só com alertas"_s))
        found.append(u"Only with alerts"_s);
    return found;
}

} // namespace

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
    void cleanup() { QVERIFY(Localization::apply(*QCoreApplication::instance(), u"en"_s)); }

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
        QVERIFY2(isOwnerOnly(path + u".csv"_s), "the export must be readable by its owner only");
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
        QVERIFY(confirmPayee(dialog));
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
        QVERIFY(html.contains(u"<td>M1-A1</td><td>the same as "_s));
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
        QVERIFY2(isOwnerOnly(viaDialog), "the memo must be readable by its owner only");
    }

    // Every kind of alert with its count, the flagged assets cut per kind (the rest in the CSV), the fund
    // rules, the signature block; nothing that only makes sense on a screen. Both languages.
    void approvalMemo_everyKindOfAlert_countedListedAndSigned_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("en") << u"en"_s
                            << QStringList { u"Approval memo — batch 000777"_s,
                                             u"Possible duplicate title — 30 assets"_s,
                                             u"… and 5 more, listed in the assets CSV."_s,
                                             u"Debtor is the assignor — 1 asset"_s,
                                             u"Invalid debtor CPF/CNPJ — 1 asset"_s,
                                             u"Due on or before the assignment date — 1 asset"_s,
                                             u"Outside the fund's rules — 1 asset"_s,
                                             u"Largest asset"_s,
                                             u"BROKEN"_s,
                                             u"Ana Souza"_s,
                                             u"Approved by the manager (OS user ana on desk-1)"_s,
                                             u"Second signature"_s,
                                             u"Date: 11/23/2026"_s };
        QTest::newRow("pt_BR") << u"pt_BR"_s
                               << QStringList { u"Memorando de aprovação — lote 000777"_s,
                                                u"Possível título duplicado — 30 ativos"_s,
                                                u"… e mais 5, listados no CSV dos ativos."_s,
                                                u"Sacado é o próprio cedente — 1 ativo"_s,
                                                u"Segunda assinatura"_s,
                                                u"Aprovado pela gestora (usuário do sistema ana em desk-1)"_s,
                                                u"Data: 23/11/2026"_s };
    }
    void approvalMemo_everyKindOfAlert_countedListedAndSigned()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        QVERIFY(Localization::apply(*QCoreApplication::instance(), language));
        const MemoCase c = memoCase(AuditEntry::Action::Approve);
        const AssetChecks &checks = c.analysis.checks;
        QCOMPARE(checks.assetsPerRule.at(std::size_t(AssetChecks::Rule::DuplicateTitle)), 30);
        ApprovalMemo memo;
        memo.batch = c.batch;
        memo.summary = c.summary;
        memo.analysis = &c.analysis;
        memo.auditEntry = c.entry;
        memo.signerFullName = u"Ana Souza"_s;
        QCOMPARE(memo.kind(), ApprovalMemo::Kind::Approval);
        const QString text = memoText(memo, u"memo-approval-"_s + language);
        for (const QString &line : expected)
            QVERIFY2(text.contains(line), qPrintable(line + u"\n---\n"_s + text));
        for (int r = 0; r < AssetChecks::ruleCount; ++r) { // every kind found is there, by name
            if (checks.assetsPerRule.at(std::size_t(r)) > 0)
                QVERIFY2(text.contains(AssetChecks::ruleLabel(AssetChecks::Rule(r))),
                         qPrintable(AssetChecks::ruleLabel(AssetChecks::Rule(r))));
        }
        static const QRegularExpression twoDigitYear(u"\\b\\d{1,2}/\\d{1,2}/\\d{2}\\b"_s); // paper: 23/11/2026, never 11/23/26
        QVERIFY2(!twoDigitYear.match(text).hasMatch(), qPrintable(twoDigitYear.match(text).captured()));
        QVERIFY(text.contains(u"DUP-25"_s));
        QVERIFY(!text.contains(u"DUP-26"_s)); // cut at 25 per kind; the count is not
        QVERIFY(text.contains(u"SELF-1"_s) && text.contains(u"BAD-1"_s) && text.contains(u"DUE-1"_s)
                && text.contains(u"BIG-1"_s));
        QVERIFY2(uiWordsIn(text).isEmpty(), qPrintable(uiWordsIn(text).join(u", "_s)));
        QVERIFY(Localization::apply(*QCoreApplication::instance(), u"en"_s));
    }

    // A denied batch: a denial memo with the reason from the record and the totals the manager saw, not
    // QI Tech's R$ 0,00 after the denial, and not an approval.
    void denialMemo_reasonAndTotalsAsSeen_bothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("en") << u"en"_s
                            << QStringList { u"Denial memo — batch 000777"_s, u"Reason for the denial:"_s,
                                             u"Denied by the manager (OS user ana on desk-1)"_s, u"entry #7"_s }
                            << QStringList { u"Approval memo"_s, u"approval"_s, u"Total value\nR$0.00"_s,
                                             u"Disbursement account"_s };
        QTest::newRow("pt_BR") << u"pt_BR"_s
                               << QStringList { u"Memorando de negativa — lote 000777"_s, u"Motivo da negativa:"_s,
                                                u"Negado pela gestora (usuário do sistema ana em desk-1)"_s }
                               << QStringList { u"aprovação"_s, u"Valor total\nR$ 0,00"_s, u"Conta de desembolso"_s };
    }
    void denialMemo_reasonAndTotalsAsSeen_bothLanguages()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, absent);
        QVERIFY(Localization::apply(*QCoreApplication::instance(), language));
        const MemoCase c = memoCase(AuditEntry::Action::Deny);
        ApprovalMemo memo;
        memo.batch = c.batch;
        memo.summary = c.summary; // QI Tech's, after the denial: R$ 0,00
        memo.analysis = &c.analysis;
        memo.auditEntry = c.entry;
        QCOMPARE(memo.kind(), ApprovalMemo::Kind::Denial);
        const QString text = memoText(memo, u"memo-denial-"_s + language);
        for (const QString &line : expected)
            QVERIFY2(text.contains(line), qPrintable(line + u"\n---\n"_s + text));
        QVERIFY(text.contains(u"Sacado concentrado acima do limite"_s));
        // (toPlainText() turns the no-break space of "R$ 1,00" into a plain one)
        QVERIFY2(text.contains(c.entry.shown.total->format().replace(QChar::Nbsp, u' ')), qPrintable(text)); // the total as seen
        for (const QString &line : absent)
            QVERIFY2(!text.contains(line, Qt::CaseInsensitive), qPrintable(line + u"\n---\n"_s + text));
        QVERIFY2(uiWordsIn(text).isEmpty(), qPrintable(uiWordsIn(text).join(u", "_s)));
        QVERIFY(Localization::apply(*QCoreApplication::instance(), u"en"_s));
    }

    // The same through a real denial on the sandbox: the batch's assets are gone after it, the memo still
    // says what was denied and why.
    void denialMemo_afterARealDenial_fromTheRecord()
    {
        QVERIFY(bed->harness().prepareForManager(u"D1"_s, 4));
        const auto batch = bed->batch(u"D1"_s);
        const auto before = bed->summary(u"D1"_s);
        QVERIFY(batch && before && before->totalValue.centavos() > 0);
        bed->controller().deny(*batch, *before);
        DenyDialog *dialog = bed->controller().denyDialog();
        QVERIFY(dialog);
        dialog->findChild<QCheckBox *>(u"confirmCheck"_s)->setChecked(true);
        dialog->findChild<QPlainTextEdit *>(u"reasonEdit"_s)->setPlainText(u"Lastro insuficiente"_s);
        QSignalSpy finished(&bed->controller(), &DecisionController::decisionFinished);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"denyButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);

        const auto after = bed->batch(u"D1"_s);
        const auto afterSummary = bed->summary(u"D1"_s);
        QCOMPARE(after->status, BatchStatus(BatchStatus::Denied));
        const AssetAnalysis analysis = AssetAnalysis::compute(*bed->assets(u"D1"_s), after->date);
        ApprovalMemo memo;
        memo.batch = *after;
        memo.summary = *afterSummary;
        memo.analysis = &analysis;
        memo.decision = finished.at(0).at(1).value<DecisionOutcome>();
        memo.auditEntry
            = ApprovalMemo::latestDecisionEntry(bed->log().readAll(), SandboxHarness::fund, SandboxHarness::ccbConfig, u"D1"_s);
        QVERIFY(memo.auditEntry);
        QCOMPARE(memo.kind(), ApprovalMemo::Kind::Denial);
        const QString text = memoText(memo);
        QVERIFY2(text.startsWith(u"Denial memo — batch "_s), qPrintable(text));
        QVERIFY(text.contains(u"Lastro insuficiente"_s));
        QVERIFY2(text.contains(before->totalValue.format()), qPrintable(text));
        if (afterSummary->totalValue != before->totalValue)
            QVERIFY2(!text.contains(afterSummary->totalValue.format()), qPrintable(text));
        QVERIFY(!text.contains(u"Approval memo"_s));
        QVERIFY2(uiWordsIn(text).isEmpty(), qPrintable(uiWordsIn(text).join(u", "_s)));
    }

    // The export asks the decider for the full name under the signature once per memo (proposing the
    // stored one) and keeps it in Settings; it never asks on behalf of someone else.
    void exportMemo_signerName_askedOfTheDeciderAndKeptInSettings()
    {
        TextPrompt::setTestMode(true);
        Settings settings(bed->tempPath(u"memo-settings.ini"_s));
        MemoCase c = memoCase(AuditEntry::Action::Approve);
        AuditLog log(bed->tempPath(u"memo-log.jsonl"_s));
        QString error;
        QVERIFY2(log.open(&error), qPrintable(error));
        AuditEntry entry = c.entry;
        entry.userName.clear(); // filled with this computer's user
        entry.fundClassKey = u"f"_s;
        entry.configurationKey = u"k"_s;
        QVERIFY(log.append(entry, &error));
        c.batch.configuration.fund.fundClassKey = u"f"_s;
        c.batch.configuration.key = u"k"_s;

        TextPrompt::queueAnswer(u"  Ana\tMaria Souza "_s);
        FileDialog::queueAnswer(FileDialog::Choice { bed->tempPath(u"signed.pdf"_s), 0 });
        QWidget parent;
        QVERIFY(exportApprovalMemo(&parent, c.batch, c.summary, c.analysis, std::nullopt, &log, &settings));
        QCOMPARE(TextPrompt::labelsShown().size(), 1);
        QCOMPARE(settings.value<QString>(Settings::Key::MemoSignerName), u"Ana Maria Souza"_s);

        // Cancelling the question cancels the export.
        TextPrompt::queueAnswer(std::nullopt);
        FileDialog::queueAnswer(FileDialog::Choice { bed->tempPath(u"cancelled.pdf"_s), 0 });
        QVERIFY(!exportApprovalMemo(&parent, c.batch, c.summary, c.analysis, std::nullopt, &log, &settings));
        QVERIFY(!QFile::exists(bed->tempPath(u"cancelled.pdf"_s)));

        // Decided by another user: their OS user is printed, nobody is asked.
        AuditEntry other = entry;
        other.userName = u"someone-else"_s;
        QVERIFY(log.append(other, &error));
        FileDialog::queueAnswer(FileDialog::Choice { bed->tempPath(u"other.pdf"_s), 0 });
        QVERIFY(exportApprovalMemo(&parent, c.batch, c.summary, c.analysis, std::nullopt, &log, &settings));
        QCOMPARE(TextPrompt::labelsShown().size(), 2);
        TextPrompt::setTestMode(false);
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
