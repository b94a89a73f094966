// Every dialog of the decision, record and profile parts, rendered offscreen with the demo world in
// English and Brazilian Portuguese, light and dark palettes: each must render (non-empty grab) and,
// with CESSIO_SHOTS_DIR set, is saved as a PNG for people to look at. CESSIO_SHOTS_QM_DIR may name a
// folder with freshly compiled cessio_<lang>.qm files that take precedence over the embedded ones.
#include "approvalmemo.h"
#include "approvedialog.h"
#include "auditlogdialog.h"
#include "connectioncheck.h"
#include "decisioncontroller.h"
#include "denydialog.h"
#include "fundbookdialog.h"
#include "fundrulesdialog.h"
#include "messagebox.h"
#include "models/auditlogmodel.h"
#include "profiledialog.h"
#include "profilelistdialog.h"
#include "qitech/apiclient.h"
#include "qitech/apitransport.h"
#include "sandbox/demoworld.h"
#include "sandbox/sandbox.h"
#include "services/assetanalysis.h"
#include "services/auditlog.h"
#include "services/memorysecretstore.h"
#include "services/profilestore.h"
#include "services/settings.h"
#include "watchlistdialog.h"
#include "welcomedialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEventLoop>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;

namespace {

template<typename T, typename Start>
std::optional<T> await(Start start)
{
    std::optional<T> value;
    bool done = false;
    QEventLoop loop;
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    start([&](const ApiResult<T> &result) {
        if (result.ok())
            value = result.value;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return value;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(45, 45, 48), base(30, 30, 32), text(230, 230, 230), button(60, 60, 64), highlight(42, 130, 218);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(130, 130, 130));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(130, 130, 130));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(130, 130, 130));
    p.setColor(QPalette::Link, QColor(100, 170, 255));
    return p;
}

} // namespace

class TestDialogShots : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    sandbox::DemoCredentials m_demo;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiTransport> m_transport;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<AuditLog> m_log;
    BatchRef m_ref;
    Batch m_batch;
    AssetsSummary m_summary;
    QList<BankAccount> m_accounts;
    QList<AssetListItem> m_assets;
    QList<QTranslator *> m_translators;
    QString m_tag;
    QString m_outDir;

    void setLanguage(const QString &language)
    {
        for (QTranslator *t : std::as_const(m_translators)) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        m_translators.clear();
        const QLocale locale = language == u"pt_BR"_s ? QLocale(QLocale::Portuguese, QLocale::Brazil)
                                                      : QLocale(QLocale::English, QLocale::UnitedStates);
        QLocale::setDefault(locale);
        const auto load = [this](const QString &name, const QString &dir) {
            auto *t = new QTranslator;
            if (t->load(name, dir)) {
                QCoreApplication::installTranslator(t);
                m_translators << t;
            } else {
                delete t;
            }
        };
        load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        const QString fresh = qEnvironmentVariable("CESSIO_SHOTS_QM_DIR");
        if (!fresh.isEmpty() && QFile::exists(QDir(fresh).filePath(u"cessio_"_s + language + u".qm"_s)))
            load(u"cessio_"_s + language, fresh);
        else
            load(u"cessio_"_s + language, u":/i18n"_s);
    }

    void shoot(QWidget *widget, const QString &name)
    {
        widget->show();
        // The offscreen screen is small and adjustSize() keeps a window within 2/3 of it: size to the hint.
        widget->resize(widget->sizeHint().expandedTo(widget->minimumSizeHint()));
        QCoreApplication::processEvents();
        const QPixmap pixmap = widget->grab();
        QVERIFY2(!pixmap.isNull() && pixmap.width() > 100 && pixmap.height() > 60, qPrintable(name));
        if (!m_outDir.isEmpty()) {
            const QString path = QDir(m_outDir).filePath(name + u'-' + m_tag + u".png"_s);
            QVERIFY(pixmap.save(path));
        }
    }

    void shootBox(const MessageBox::Message &message, const QString &name)
    {
        std::unique_ptr<QMessageBox> box(MessageBox::create(nullptr, message));
        shoot(box.get(), name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        MessageBox::setTestMode(true);
        m_outDir = qEnvironmentVariable("CESSIO_SHOTS_DIR");
        if (!m_outDir.isEmpty())
            QDir().mkpath(m_outDir);
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));

        sandbox::SandboxOptions options;
        m_sandbox = std::make_unique<sandbox::Sandbox>(options);
        sandbox::DemoOptions demo;
        demo.largeBatchAssets = 180;
        m_demo = sandbox::DemoWorld::build(m_sandbox->world(), demo);
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));

        m_transport = std::make_unique<ApiTransport>(&m_network);
        m_transport->setBaseUrl(m_sandbox->baseUrl());
        m_transport->setSigner(RequestSigner(m_demo.clientKey, m_demo.privateKey));
        m_client = std::make_unique<ApiClient>(m_transport.get());
        m_ref = { m_demo.largeBatch.fundClassKey, m_demo.largeBatch.configurationKey, m_demo.largeBatch.externalId };

        const auto batch = await<Batch>([&](auto done) { m_client->batch(m_ref, this, done); });
        const auto summary = await<AssetsSummary>([&](auto done) { m_client->assetsSummary(m_ref, this, done); });
        QVERIFY(batch && summary);
        m_batch = *batch;
        m_summary = *summary;
        const auto accounts
            = await<QList<BankAccount>>([&](auto done) { m_client->accounts(m_batch.configuration.assignor.key, this, done); });
        QVERIFY(accounts);
        m_accounts = *accounts;
        const auto count = await<qsizetype>([&](auto done) {
            m_client->allAssets(
                m_ref, this, [this](const QList<AssetListItem> &page) { m_assets += page; }, done);
        });
        QVERIFY(count);

        // A record with a few realistic entries for the viewer.
        m_log = std::make_unique<AuditLog>(m_dir.filePath(u"audit.jsonl"_s));
        QVERIFY(m_log->open());
        AuditEntry e;
        e.profileName = u"Gestora Demo"_s;
        e.environmentUrl = m_sandbox->baseUrl().toString();
        e.fundClassKey = m_ref.fundClassKey;
        e.configurationKey = m_ref.configurationKey;
        e.batchExternalId = m_ref.externalId;
        e.operationId = u"5b0f8a8e-3c8f-4a36-9f0e-4f2b7f6c1d2a"_s;
        e.action = AuditEntry::Action::Approve;
        e.outcome = AuditEntry::Outcome::Pending;
        e.shown.assetCount = m_summary.numberOfAssets;
        e.shown.approvedCount = m_summary.numberOfApprovedAssets;
        e.shown.deniedCount = m_summary.numberOfDeniedAssets;
        e.shown.total = m_summary.totalValue;
        if (!m_accounts.isEmpty()) {
            e.shown.accountKey = m_accounts.constFirst().accountKey;
            e.shown.accountText = m_accounts.constFirst().displayText();
        }
        e.request.method = u"PUT"_s;
        e.request.path = u"/fund_class/%1/assignment_configuration/%2/assignment/%3"_s.arg(
            m_ref.fundClassKey, m_ref.configurationKey, m_ref.externalId);
        e.request.id = u"0d6f3b8e-9f51-4c1f-8d0a-2b7e5f0c9a11"_s;
        e.request.setBody(R"({"assignment_status":"approved","number_of_approved_assets":170})");
        QVERIFY(m_log->append(e));
        e.outcome = AuditEntry::Outcome::Succeeded;
        e.relatesTo = 1;
        e.response.httpStatus = 200;
        e.response.excerpt = uR"({"assignment_key":"…","status":"approved"})"_s;
        QVERIFY(m_log->append(e));
        AuditEntry deny = e;
        deny.batchExternalId = u"LOTE-2026-0417"_s;
        deny.action = AuditEntry::Action::Deny;
        deny.outcome = AuditEntry::Outcome::Failed;
        deny.relatesTo = 0;
        deny.reason = u"Concentração em um único sacado acima do limite do regulamento"_s;
        deny.response.httpStatus = 400;
        deny.response.qiCode = u"TRC000024"_s;
        QVERIFY(m_log->append(deny));
    }

    void cleanupTestCase()
    {
        for (QTranslator *t : std::as_const(m_translators)) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }

    void shots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("dark");
        QTest::newRow("en") << u"en"_s << false;
        QTest::newRow("pt_BR") << u"pt_BR"_s << false;
        QTest::newRow("en-dark") << u"en"_s << true;
        QTest::newRow("pt_BR-dark") << u"pt_BR"_s << true;
    }
    void shots()
    {
        QFETCH(QString, language);
        QFETCH(bool, dark);
        m_tag = QString::fromLatin1(QTest::currentDataTag());
        setLanguage(language);
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());

        {
            WelcomeDialog dialog;
            shoot(&dialog, u"welcome"_s);
        }
        {
            ApproveDialog dialog(m_batch, m_summary, m_accounts);
            dialog.findChild<QCheckBox *>(u"confirmCheck"_s)->setChecked(true);
            shoot(&dialog, u"approve"_s);
            auto *list = dialog.findChild<QListWidget *>(u"accountList"_s);
            for (int i = 0; i < list->count(); ++i) {
                if ((list->item(i)->flags() & Qt::ItemIsEnabled) && !list->item(i)->text().contains(u"—"_s)) {
                    list->setCurrentRow(i);
                    break;
                }
            }
            shoot(&dialog, u"approve-nondefault"_s);
        }
        {
            // A title sent twice: the checks flag both copies, and the dialog says so before the confirmation.
            QList<AssetListItem> withCopy = m_assets;
            AssetListItem copy = m_assets.constFirst();
            copy.externalId += u"-B"_s;
            withCopy.append(copy);
            ApproveDialog dialog(m_batch, m_summary, m_accounts);
            dialog.setChecks(AssetChecks::run(withCopy, m_batch.date, m_batch.configuration.assignor.documentNumber));
            QVERIFY(dialog.findChild<QWidget *>(u"checksWarning"_s)->isVisibleTo(&dialog));
            dialog.findChild<QCheckBox *>(u"confirmCheck"_s)->setChecked(true);
            shoot(&dialog, u"approve-alerts"_s);
        }
        {
            FundRules rules;
            rules.maxTermDays = 360;
            rules.maxBatchValue = Money::fromCentavos(500000000);
            rules.maxDebtorShareBasisPoints = 2000;
            rules.minMonthlyRateBasisPoints = 185;
            rules.companiesOnly = true;
            rules.allowedTypes = { AssetType::DuplicataMercantil, AssetType::DuplicataServicos };
            FundRulesDialog dialog(m_batch.configuration.fund.name, rules);
            shoot(&dialog, u"fund-rules"_s);
        }
        {
            WatchListDialog dialog;
            FundRulesDocument document;
            document.mayEdit = true;
            document.version = 3;
            document.rules.watchList = { { u"04288523"_s, u"Têxtil Exemplo S.A."_s, u"recuperação judicial"_s, false },
                                         { u"52998224725"_s, u"Fulano de Tal"_s, u"sócio do custodiante"_s, false } };
            dialog.setDocument(document);
            shoot(&dialog, u"watch-list"_s);
        }
        {
            QTemporaryDir folder;
            FundBookDialog dialog(PortfolioBook::inFolder(folder.path()), u"fund-class"_s, m_batch.configuration.fund.name);
            QTRY_VERIFY(dialog.isLoaded());
            shoot(&dialog, u"fund-book"_s);
        }
        {
            ApproveDialog dialog(m_batch, m_summary, std::nullopt);
            dialog.findChild<QLineEdit *>(u"accountKeyEdit"_s)->setText(u"3f2b8c1e-0a4d-4e7b-9c55"_s);
            Q_EMIT dialog.findChild<QLineEdit *>(u"accountKeyEdit"_s)->textEdited(u"x"_s);
            shoot(&dialog, u"approve-nolisting"_s);
        }
        {
            DenyDialog dialog(m_batch, m_summary);
            dialog.findChild<QPlainTextEdit *>(u"reasonEdit"_s)
                ->setPlainText(language == u"pt_BR"_s ? u"Concentração em um único sacado acima do limite do regulamento."_s
                                                      : u"Concentration in a single debtor above the regulamento's limit."_s);
            dialog.findChild<QCheckBox *>(u"confirmCheck"_s)->setChecked(true);
            shoot(&dialog, u"deny"_s);
        }
        {
            // The outcome boxes as the controller words them.
            DecisionOutcome unresolved;
            unresolved.result = DecisionOutcome::Result::Unresolved;
            unresolved.error = ApiError::make(ApiError::Category::Timeout, {});
            MessageBox::Message m;
            m.kind = MessageBox::Kind::Warning;
            m.title = DecisionController::tr("Outcome unknown for batch %1").arg(m_batch.number);
            m.text = unresolved.message();
            m.informativeText = unresolved.error.userMessage();
            m.buttons = QMessageBox::Retry | QMessageBox::Close;
            m.defaultButton = QMessageBox::Retry;
            m.buttonTexts = { { QMessageBox::Retry, DecisionController::tr("&Check again") } };
            shootBox(m, u"outcome-unresolved"_s);

            DecisionOutcome rejected;
            rejected.result = DecisionOutcome::Result::Rejected;
            rejected.error = ApiError::fromHttp(
                400,
                R"({"title":"Invalid operation","description":"This assignment can not receive 'approved' status","translation":"Esse lote não pode receber o status 'approved'","code":"TRC000024"})");
            MessageBox::Message r;
            r.kind = MessageBox::Kind::Critical;
            r.title = DecisionController::tr("Batch %1 not approved").arg(m_batch.number);
            r.text = rejected.message();
            r.detailedText = rejected.error.technicalSummary();
            shootBox(r, u"outcome-rejected"_s);

            MessageBox::Message q;
            q.kind = MessageBox::Kind::Question;
            q.title = DecisionController::tr("Remove assets");
            q.text = DecisionController::tr("Remove %n asset(s) worth %1 from batch %2?", nullptr, 3)
                         .arg(Money::fromCentavos(1234567).format(), m_batch.number);
            q.informativeText = DecisionController::tr(
                "Cessio reopens the batch, denies each of these assets and closes the batch again. QI Tech checks the batch once "
                "more and it comes back for your approval without them. If the removal is interrupted, you can finish it later.");
            q.buttons = QMessageBox::Yes | QMessageBox::Cancel;
            q.defaultButton = QMessageBox::Cancel;
            q.buttonTexts = { { QMessageBox::Yes, DecisionController::tr("&Remove %n asset(s)", nullptr, 3) } };
            shootBox(q, u"remove-confirm"_s);
        }
        {
            QProgressDialog progress;
            progress.setWindowTitle(DecisionController::tr("Removing assets from batch %1").arg(m_batch.number));
            progress.setCancelButton(nullptr);
            progress.setRange(0, 12);
            progress.setValue(3);
            progress.setLabelText(DecisionController::tr("%1 of %n asset(s) removed", nullptr, 12).arg(3));
            progress.setMinimumWidth(380);
            shoot(&progress, u"remove-progress"_s);
        }
        {
            AuditLogDialog dialog(m_log.get());
            dialog.resize(1000, 600);
            QTRY_COMPARE(dialog.model()->rowCount(), 3);
            dialog.table()->selectRow(0);
            shoot(&dialog, u"auditlog"_s);
        }
        {
            Settings settings(m_dir.filePath(u"settings-%1.ini"_s.arg(m_tag)));
            MemorySecretStore secrets;
            ProfileStore profiles(settings, secrets);
            ProfileDialog dialog(profiles, secrets, &m_network);
            dialog.findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"Gestora Demo"_s);
            auto *environment = dialog.findChild<QComboBox *>(u"environmentCombo"_s);
            environment->setCurrentIndex(environment->findData(int(Profile::Environment::Custom)));
            dialog.findChild<QLineEdit *>(u"customUrlEdit"_s)->setText(m_sandbox->baseUrl().toString());
            dialog.findChild<QLineEdit *>(u"clientKeyEdit"_s)->setText(m_demo.clientKey);
            for (const QString &fund : m_demo.fundKeys.mid(0, 3))
                dialog.findChild<QListWidget *>(u"fundList"_s)->addItem(fund);
            QVERIFY(dialog.importPem(m_demo.privateKey.privateKeyPem()));
            dialog.checkConnection();
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.connectionCheck()->isRunning(), 20000);
            shoot(&dialog, u"profile"_s);

            Profile p = dialog.profile();
            QVERIFY(profiles.save(p, ProfileStore::SaveMode::Create).isEmpty());
            p.name = u"Gestora — produção"_s;
            p.environment = Profile::Environment::QiProduction;
            QVERIFY(profiles.save(p, ProfileStore::SaveMode::Create).isEmpty());
            profiles.setActiveProfileName(u"Gestora Demo"_s);
            ProfileListDialog list(profiles, secrets, &m_network);
            shoot(&list, u"profiles"_s);
        }
        if (!m_outDir.isEmpty() && !dark) {
            const AssetAnalysis analysis = AssetAnalysis::compute(m_assets, m_batch.date);
            ApprovalMemo memo;
            memo.batch = m_batch;
            memo.summary = m_summary;
            memo.analysis = &analysis;
            memo.auditEntry = m_log->readAll().value(1);
            DecisionOutcome applied;
            applied.result = DecisionOutcome::Result::Applied;
            memo.decision = applied;
            QString error;
            QVERIFY2(memo.writePdf(QDir(m_outDir).filePath(u"memo-"_s + m_tag + u".pdf"_s), &error), qPrintable(error));
        }
    }
};

QTEST_MAIN(TestDialogShots)
#include "tst_dialogshots.moc"
