// Every translation context of translations/cessio_pt_BR.ts (read at test time) must reach the person
// in Portuguese: lupdate files a string under the context it sees in the source, tr() looks it up
// under the context the class gives at run time, and when the two differ (ApiError once: lupdate said
// "cessio::ApiError", the code asked for "ApiError") the string silently stays English.
// For a class with its own tr() (Q_OBJECT or Q_DECLARE_TR_FUNCTIONS) every message of its context is
// looked up through that tr(); every other context is reached through a real code path that shows one
// of its strings. A context the test does not know fails the test, so no new context can miss.
#include "approvalmemo.h"
#include "approvedialog.h"
#include "auditlogdialog.h"
#include "batchfacts.h"
#include "charts/analysischarts.h"
#include "cli/format.h"
#include "connectioncheck.h"
#include "core/account.h"
#include "core/configuration.h"
#include "core/documentnumber.h"
#include "core/jsonreader.h"
#include "core/localization.h"
#include "core/statuses.h"
#include "core/urlpolicy.h"
#include "decisioncontroller.h"
#include "demo/democolleague.h"
#include "demo/demosession.h"
#include "denydialog.h"
#include "exports.h"
#include "filedialog.h"
#include "fundbookdialog.h"
#include "fundrulesdialog.h"
#include "inboxview.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "models/assettablemodel.h"
#include "models/auditlogmodel.h"
#include "models/inboxfiltermodel.h"
#include "models/inboxmodel.h"
#include "models/teamactivitytext.h"
#include "notifier.h"
#include "payeesafetypanel.h"
#include "portfoliobreachpanel.h"
#include "positionimportpage.h"
#include "profiledialog.h"
#include "profilelistdialog.h"
#include "qitech/apierror.h"
#include "qitech/apitransport.h"
#include "qitech/crypto.h"
#include "qitech/pagefetcher.h"
#include "recommendationpanel.h"
#include "review/analysispanel.h"
#include "review/assetdetailhtml.h"
#include "review/assetmarking.h"
#include "review/assetspanel.h"
#include "review/batchheader.h"
#include "review/batchreviewview.h"
#include "review/checkspanel.h"
#include "review/portfoliopanel.h"
#include "review/reviewactionbar.h"
#include "review/reviewnotices.h"
#include "review/timelinepanel.h"
#include "sandbox/demoworld.h"
#include "sandbox/fixtureloader.h"
#include "sandbox/world.h"
#include "services/assetanalysis.h"
#include "services/assetchecks.h"
#include "services/assetcsv.h"
#include "services/auditcsv.h"
#include "services/auditentry.h"
#include "services/auditlog.h"
#include "services/auditreader.h"
#include "services/batchlocator.h"
#include "services/batchreview.h"
#include "services/credentials.h"
#include "services/decisionservice.h"
#include "services/fundrules.h"
#include "services/inboxquery.h"
#include "services/keychainsecretstore.h"
#include "services/memorysecretstore.h"
#include "services/portfolio/batchhistory.h"
#include "services/portfolio/payeesafety.h"
#include "services/portfolio/portfoliobook.h"
#include "services/portfolio/portfolioworkspace.h"
#include "services/portfolio/positionimport.h"
#include "services/portfolio/proforma.h"
#include "services/portfolio/xlsxreader.h"
#include "services/profile.h"
#include "services/profilestore.h"
#include "services/secretstore.h"
#include "services/session.h"
#include "services/settings.h"
#include "services/titleindex.h"
#include "services/workspace/decisiongate.h"
#include "services/workspace/fundrulesdocument.h"
#include "services/workspace/sqlworkspacestore.h"
#include "services/workspace/workspacerunner.h"
#include "services/workspace/workspacesettings.h"
#include "watchlistdialog.h"
#include "welcomedialog.h"
#include "workspacesettingsbox.h"

#include <QChart>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;

namespace {

struct Message
{
    QString source;
    QString comment;
    bool numerus = false;
    QStringList translations; // one, or the numerus forms
};

// context -> its messages, as translations/cessio_pt_BR.ts has them.
QHash<QString, QList<Message>> readTs(const QString &path, QString *error)
{
    QHash<QString, QList<Message>> contexts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"name") {
                context = xml.readElementText();
                contexts[context];
            } else if (xml.name() == u"message") {
                message = Message();
                message.numerus = xml.attributes().value(u"numerus"_s) == u"yes";
            } else if (xml.name() == u"source") {
                message.source = xml.readElementText();
            } else if (xml.name() == u"comment") {
                message.comment = xml.readElementText();
            } else if (xml.name() == u"translation" && !message.numerus) {
                message.translations = { xml.readElementText() };
            } else if (xml.name() == u"numerusform") {
                message.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            contexts[context].append(message);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return contexts;
}

// The fixed words of a translation (what is left around its %1, %L1, %Ln … placeholders).
QStringList fragments(const QString &text)
{
    static const QRegularExpression placeholder(u"%L?(?:\\d+|n)"_s);
    QStringList result;
    for (const QString &part : text.split(placeholder)) {
        if (part.trimmed().size() >= 3)
            result.append(part);
    }
    return result;
}

bool containsAll(const QString &shown, const QStringList &parts)
{
    return !parts.isEmpty()
        && std::all_of(parts.cbegin(), parts.cend(), [&shown](const QString &part) { return shown.contains(part); });
}

using TrFunction = QString (*)(const char *, const char *, int);

// A real code path for a context without a class tr(): what it shows, and the message it should show.
struct Probe
{
    QString source; // the message (English source) the path shows
    std::function<QString()> shown;
};

} // namespace

class TestTranslationContexts : public QObject
{
    Q_OBJECT

    QHash<QString, QList<Message>> m_ts;
    QTemporaryDir m_dir;

    // Classes whose tr() carries the context: every message of the context goes through it.
    static QHash<QString, TrFunction> classTr()
    {
        return {
            { u"cessio::AnalysisPanel"_s, &AnalysisPanel::tr },
            { u"cessio::ApiError"_s, &ApiError::tr },
            { u"cessio::ApproveDialog"_s, &ApproveDialog::tr },
            { u"cessio::AssetChecks"_s, &AssetChecks::tr },
            { u"cessio::AssetMarking"_s, &AssetMarking::tr },
            { u"cessio::AssetTableModel"_s, &AssetTableModel::tr },
            { u"cessio::AssetsPanel"_s, &AssetsPanel::tr },
            { u"cessio::AuditLogDialog"_s, &AuditLogDialog::tr },
            { u"cessio::AuditLogModel"_s, &AuditLogModel::tr },
            { u"cessio::BatchChange"_s, &BatchChange::tr },
            { u"cessio::BatchPricing"_s, &BatchPricing::tr },
            { u"cessio::BatchHeader"_s, &BatchHeader::tr },
            { u"cessio::BatchReview"_s, &BatchReview::tr },
            { u"cessio::BatchReviewView"_s, &BatchReviewView::tr },
            { u"cessio::ChecksPanel"_s, &ChecksPanel::tr },
            { u"cessio::PortfolioPanel"_s, &PortfolioPanel::tr },
            { u"cessio::PortfolioBreachPanel"_s, &PortfolioBreachPanel::tr },
            { u"cessio::ConnectionCheck"_s, &ConnectionCheck::tr },
            { u"cessio::DecisionController"_s, &DecisionController::tr },
            { u"cessio::DecisionGate"_s, &DecisionGate::tr },
            { u"cessio::DemoSession"_s, &DemoSession::tr },
            { u"cessio::DemoColleague"_s, &DemoColleague::tr },
            { u"cessio::TeamActivityText"_s, &TeamActivityText::tr },
            { u"cessio::DenyDialog"_s, &DenyDialog::tr },
            { u"cessio::FundRules"_s, &FundRules::tr },
            { u"cessio::FundRulesDialog"_s, &FundRulesDialog::tr },
            { u"cessio::WatchListDialog"_s, &WatchListDialog::tr },
            { u"cessio::FundBookDialog"_s, &FundBookDialog::tr },
            { u"cessio::PositionImportPage"_s, &PositionImportPage::tr },
            { u"cessio::FourEyesPolicy"_s, &FourEyesPolicy::tr },
            { u"cessio::FourEyesVerdict"_s, &FourEyesVerdict::tr },
            { u"cessio::RecommendationPanel"_s, &RecommendationPanel::tr },
            { u"cessio::InboxFilterModel"_s, &InboxFilterModel::tr },
            { u"cessio::InboxModel"_s, &InboxModel::tr },
            { u"cessio::InboxView"_s, &InboxView::tr },
            { u"cessio::KeychainSecretStore"_s, &KeychainSecretStore::tr },
            { u"cessio::MainActions"_s, &MainActions::tr },
            { u"cessio::MainWindow"_s, &MainWindow::tr },
            { u"cessio::Notifier"_s, &Notifier::tr },
            { u"cessio::PayeeSafety"_s, &PayeeSafety::tr },
            { u"cessio::PayeeSafetyPanel"_s, &PayeeSafetyPanel::tr },
            { u"cessio::PositionImport"_s, &PositionImport::tr },
            { u"cessio::ProForma"_s, &ProForma::tr },
            { u"cessio::PortfolioFileStorage"_s, &PortfolioFileStorage::tr },
            { u"cessio::PortfolioWorkspaceStorage"_s, &PortfolioWorkspaceStorage::tr },
            { u"cessio::XlsxReader"_s, &XlsxReader::tr },
            { u"cessio::CsvTable"_s, &CsvTable::tr },
            { u"cessio::PageFetcher"_s, &PageFetcher::tr },
            { u"cessio::ProfileDialog"_s, &ProfileDialog::tr },
            { u"cessio::WorkspaceSettingsBox"_s, &WorkspaceSettingsBox::tr },
            { u"cessio::ProfileListDialog"_s, &ProfileListDialog::tr },
            { u"cessio::ReviewActionBar"_s, &ReviewActionBar::tr },
            { u"cessio::ReviewNotices"_s, &ReviewNotices::tr },
            { u"cessio::Session"_s, &Session::tr },
            { u"cessio::TimelinePanel"_s, &TimelinePanel::tr },
            { u"cessio::TitleIndex"_s, &TitleIndex::tr },
            { u"cessio::FundRulesDocument"_s, &FundRulesDocument::tr },
            { u"cessio::UrlPolicy"_s, &UrlPolicy::tr },
            { u"cessio::WelcomeDialog"_s, &WelcomeDialog::tr },
            { u"cessio::WorkspaceRunner"_s, &WorkspaceRunner::tr },
            { u"cessio::WorkspaceSettings"_s, &WorkspaceSettings::tr },
            { u"ApprovalMemo"_s, &ApprovalMemo::tr },
            { u"BatchFacts"_s, &BatchFacts::tr },
        };
    }

    // Runs one of the programs with --lang pt_BR --help and returns what it printed.
    static QString helpOf(const QString &program)
    {
        QProcess process;
        process.start(program, { u"--lang"_s, u"pt_BR"_s, u"--help"_s });
        if (!process.waitForFinished(30000))
            return {};
        return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    }

    // Real code paths for the contexts named in QCoreApplication::translate() calls.
    QHash<QString, Probe> probes()
    {
        const QString missingFolder = m_dir.filePath(u"file-not-folder"_s);
        return {
            { u"AnalysisCharts"_s,
              { u"Maturity profile"_s,
                [] {
                    std::unique_ptr<QChart> chart(
                        AnalysisCharts::maturityChart(AssetAnalysis {}, AnalysisCharts::currentStyle()));
                    return chart->title();
                } } },
            { u"ApiTransport"_s,
              { u"The server address is not a valid URL."_s,
                [] {
                    QString why;
                    ApiTransport::isAllowedBaseUrl(QUrl(u"https://"_s), &why);
                    return why;
                } } },
            { u"AssetAnalysis"_s,
              { u"Overdue or at date"_s, [] { return AssetAnalysis::bucketLabel(AssetAnalysis::Bucket::AtOrBeforeDate); } } },
            { u"AssetCsv"_s, { u"Asset key"_s, [] { return AssetCsv::header(AssetCsv::Style::ExcelPtBr).join(u';'); } } },
            { u"AssetDetails"_s, { u"Purchase value"_s, [] { return assetDetailHtml(Asset {}, QLocale()); } } },
            { u"AssetStatus"_s,
              { u"Eligibility check"_s, [] { return AssetStatus(AssetStatus::PendingEligibility).displayName(); } } },
            { u"AssetType"_s, { u"Trade duplicata"_s, [] { return AssetType(AssetType::DuplicataMercantil).displayName(); } } },
            { u"AuditCsv"_s, { u"Sequence"_s, [] { return AuditCsv::header(AuditCsv::Style::ExcelPtBr).join(u';'); } } },
            { u"AuditEntry"_s, { u"Approval"_s, [] { return AuditEntry::actionDisplayName(AuditEntry::Action::Approve); } } },
            { u"AuditLog"_s,
              { u"Could not create the folder %1."_s,
                [missingFolder] {
                    QFile blocker(missingFolder);
                    if (blocker.open(QIODevice::WriteOnly))
                        blocker.close();
                    AuditLog log(missingFolder + u"/inside/audit.jsonl"_s);
                    QString error;
                    log.open(&error);
                    return error;
                } } },
            { u"AuditVerification"_s,
              { u"The record is intact: %Ln entries checked."_s,
                [] {
                    AuditVerification verification;
                    verification.entriesChecked = 12;
                    return verification.summary();
                } } },
            { u"BankAccount"_s, { u"Unknown bank"_s, [] { return BankAccount {}.bankName(); } } },
            { u"BatchLocator"_s,
              { u"Batch %1 was not found: the fund has no assignment configurations."_s,
                [] {
                    BatchLocation location;
                    location.status = BatchLocation::Status::NotFound;
                    location.ref.externalId = u"B-1"_s;
                    return location.message();
                } } },
            { u"BatchStatus"_s,
              { u"Open for assets"_s, [] { return BatchStatus(BatchStatus::PendingAssetsInsertion).displayName(); } } },
            { u"ConsultantDecision"_s,
              { u"Consultant approves manually"_s, [] { return consultantDecisionDisplayName(ConsultantDecision::Manual); } } },
            { u"Credentials"_s, { u"Enter the API client key QI Tech gave you."_s, [] { return checkClientKey({}); } } },
            { u"Crypto"_s,
              { u"The file does not contain a PEM private key."_s,
                [] {
                    QString error;
                    EcPrivateKey::fromPem("not a key", &error);
                    return error;
                } } },
            { u"DecisionService"_s,
              { u"Not sent: a decision on this batch is already in progress or was already made."_s,
                [] {
                    DecisionOutcome outcome;
                    outcome.result = DecisionOutcome::Result::Refused;
                    return outcome.message();
                } } },
            { u"DemoWorld"_s,
              { u"Demo manager API client (profile manager, permission write):"_s,
                [] { return sandbox::DemoCredentials {}.describe(); } } },
            { u"DocumentNumber"_s, { u"The CPF/CNPJ is empty."_s, [] { return DocumentNumber::parse({}).problemText(); } } },
            { u"Exports"_s,
              { u"The export failed: %1"_s,
                [this] {
                    // The CSV export into a folder that does not exist: the box says it failed.
                    MessageBox::clearRecords();
                    FileDialog::setTestMode(true);
                    FileDialog::queueAnswer(FileDialog::Choice { m_dir.filePath(u"no/such/folder/assets.csv"_s), 0 });
                    exportAssetsCsv(nullptr, Batch {}, {});
                    FileDialog::setTestMode(false);
                    const auto record = MessageBox::lastRecord();
                    return record ? record->message.text : QString();
                } } },
            { u"FixtureLoader"_s,
              { u"the fixture must be a JSON object"_s,
                [] {
                    sandbox::World world;
                    QString error;
                    sandbox::FixtureLoader::loadJson("[]", world, &error);
                    return error;
                } } },
            { u"InboxQuery"_s,
              { u"Fund %1: its assignment configurations could not be listed: %2"_s,
                [] {
                    InboxFailure failure;
                    failure.fundClassKey = u"F"_s;
                    failure.error = ApiError::make(ApiError::Category::Server, {}, 500);
                    return failure.message();
                } } },
            { u"JsonReader"_s,
              { u"missing"_s,
                [] {
                    JsonReader reader(QJsonObject {});
                    reader.requiredString("name"_L1);
                    return reader.problem();
                } } },
            { u"Profile"_s,
              { u"QI Tech sandbox"_s, [] { return Profile::environmentDisplayName(Profile::Environment::QiSandbox); } } },
            { u"ProfileStore"_s,
              { u"Give the profile a name."_s,
                [this] {
                    Settings settings(m_dir.filePath(u"settings.ini"_s));
                    MemorySecretStore secrets;
                    ProfileStore store(settings, secrets);
                    Profile profile;
                    QStringList messages;
                    for (const ProfileProblem &problem : store.validate(profile, ProfileStore::SaveMode::Create))
                        messages.append(problem.message);
                    return messages.join(u'\n');
                } } },
            { u"SecretStore"_s,
              { u"No credentials are stored in the system keychain for this profile."_s,
                [] { return SecretStore::messageFor(SecretError::NotFound); } } },
            { u"WorkspaceStore"_s,
              { u"The workspace database could not be reached: %1"_s,
                [missingFolder] {
                    QFile blocker(missingFolder);
                    if (blocker.open(QIODevice::WriteOnly))
                        blocker.close();
                    WorkspaceSettings settings;
                    settings.sqliteFile = missingFolder + u"/inside/workspace.sqlite"_s;
                    return SqlWorkspaceStore::open(settings, {}).error;
                } } },
            { u"cli"_s, { u"%Ln asset(s)"_s, [] { return cli::Format::assetCounts(20000, 19990, 10); } } },
            { u"main"_s,
              { u"Review and decide QI Tech assignment batches."_s, [] { return helpOf(QStringLiteral(CESSIO_APP_EXE)); } } },
            { u"sandbox"_s,
              { u"Local simulator of the QI Tech trade_receivables API."_s,
                [] { return helpOf(QStringLiteral(CESSIO_SANDBOX_EXE)); } } },
        };
    }

    const Message *find(const QString &context, const QString &source) const
    {
        const auto it = m_ts.constFind(context);
        if (it == m_ts.constEnd())
            return nullptr;
        for (const Message &message : *it) {
            if (message.source == source)
                return &message;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_ts = readTs(QStringLiteral(CESSIO_PT_BR_TS), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_ts.size() > 20);
        QVERIFY(Localization::apply(*QCoreApplication::instance(), u"pt_BR"_s));
        MessageBox::setTestMode(true);
    }

    // The test knows every context the .ts has: a new one must be added to classTr() or probes().
    void everyContext_isCovered()
    {
        const QHash<QString, TrFunction> classes = classTr();
        const QHash<QString, Probe> paths = probes();
        QStringList uncovered;
        for (auto it = m_ts.cbegin(); it != m_ts.cend(); ++it) {
            if (!classes.contains(it.key()) && !paths.contains(it.key()))
                uncovered.append(it.key());
        }
        uncovered.sort();
        QVERIFY2(uncovered.isEmpty(),
                 qPrintable(u"translation contexts this test does not reach (add them to classTr() or probes()): "_s
                            + uncovered.join(u", "_s)));
    }

    // Every message of a class's context, through the class's own tr().
    void classTr_everyMessage_isPortuguese_data()
    {
        QTest::addColumn<QString>("context");
        const QHash<QString, TrFunction> classes = classTr();
        for (auto it = classes.cbegin(); it != classes.cend(); ++it)
            QTest::newRow(qPrintable(it.key())) << it.key();
    }
    void classTr_everyMessage_isPortuguese()
    {
        QFETCH(QString, context);
        QVERIFY2(m_ts.contains(context), "the context is gone from the .ts: remove it from classTr()");
        const TrFunction tr = classTr().value(context);
        QStringList english;
        for (const Message &message : m_ts.value(context)) {
            const QByteArray source = message.source.toUtf8();
            const QByteArray comment = message.comment.toUtf8();
            const int n = message.numerus ? 7 : -1;
            QString expected = message.translations.value(message.numerus ? 1 : 0);
            if (message.numerus)
                expected.replace(u"%Ln"_s, u"7"_s).replace(u"%n"_s, u"7"_s);
            const QString shown = tr(source.constData(), comment.isEmpty() ? nullptr : comment.constData(), n);
            if (shown != expected)
                english.append(shown);
        }
        QVERIFY2(english.isEmpty(), qPrintable(u"not found through %1::tr(): "_s.arg(context) + english.join(u" | "_s)));
    }

    // A real code path for every other context, under pt_BR.
    void realPath_showsPortuguese_data()
    {
        QTest::addColumn<QString>("context");
        const QHash<QString, Probe> paths = probes();
        for (auto it = paths.cbegin(); it != paths.cend(); ++it)
            QTest::newRow(qPrintable(it.key())) << it.key();
    }
    void realPath_showsPortuguese()
    {
        QFETCH(QString, context);
        const Probe probe = probes().value(context);
        const Message *message = find(context, probe.source);
        QVERIFY2(message, qPrintable(u"%1 has no message \"%2\": update the probe"_s.arg(context, probe.source)));
        // Only a translation that differs from the English can show which language came out.
        QVERIFY2(fragments(message->translations.join(u' ')) != fragments(message->source),
                 "choose a message whose Portuguese differs from its English");
        const QString shown = probe.shown();
        const bool portuguese = std::any_of(message->translations.cbegin(), message->translations.cend(),
                                            [&](const QString &form) { return containsAll(shown, fragments(form)); });
        QVERIFY2(portuguese, qPrintable(u"%1 showed: %2"_s.arg(context, shown)));
    }

    // ApiError's own explanations (the context that was lost) through its real entry points.
    void apiError_explanationsAndCode_arePortuguese()
    {
        const Message *network
            = find(u"cessio::ApiError"_s, u"Could not reach QI Tech. Check the internet connection, proxy or VPN."_s);
        QVERIFY(network);
        QCOMPARE(ApiError::make(ApiError::Category::Network, {}).userMessage(), network->translations.constFirst());
        const ApiError withCode = ApiError::fromHttp(409, R"({"code":"TRC000024"})");
        QVERIFY2(withCode.userMessage().contains(u"(código TRC000024)"_s), qPrintable(withCode.userMessage()));
        ApiError unknown = ApiError::make(ApiError::Category::Timeout, {});
        unknown.setOutcomeUnknown(true);
        const Message *message
            = find(u"cessio::ApiError"_s, u"The request may have reached QI Tech; Cessio will check what actually happened."_s);
        QVERIFY(message);
        QVERIFY2(unknown.userMessage().contains(message->translations.constFirst()), qPrintable(unknown.userMessage()));
    }

    void cleanupTestCase()
    {
        MessageBox::setTestMode(false);
        QVERIFY(Localization::apply(*QCoreApplication::instance(), u"en"_s));
    }
};

QTEST_MAIN(TestTranslationContexts)
#include "tst_translationcontexts.moc"
