// First run and connection profiles: the welcome choice, the profile editor (environment, client
// key, funds, key import/generation), secrets only in the SecretStore, and "Check connection"
// against the real sandbox explaining each failure in plain words.
#include "connectioncheck.h"
#include "filedialog.h"
#include "messagebox.h"
#include "profiledialog.h"
#include "profilelistdialog.h"
#include "sandboxharness.h"
#include "services/memorysecretstore.h"
#include "services/profilestore.h"
#include "services/settings.h"
#include "welcomedialog.h"
#include "workspacesettingsbox.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;
using namespace cessio::testing;

class TestProfileDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_profiles;
    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxHarness> m_sandbox;
    QString m_iniPath;

    // A new-profile dialog filled with the sandbox's address and `fund`.
    std::unique_ptr<ProfileDialog> fillNew(const QString &name, const QString &clientKey,
                                           const QString &fund = SandboxHarness::fund)
    {
        auto dialog = std::make_unique<ProfileDialog>(*m_profiles, *m_secrets, &m_network);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"nameEdit"_s), name);
        auto *environment = dialog->findChild<QComboBox *>(u"environmentCombo"_s);
        environment->setCurrentIndex(environment->findData(int(Profile::Environment::Custom)));
        dialog->findChild<QLineEdit *>(u"customUrlEdit"_s)->setText(m_sandbox->baseUrl().toString());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"clientKeyEdit"_s), clientKey);
        auto *fundEdit = dialog->findChild<QLineEdit *>(u"newFundEdit"_s);
        QTest::keyClicks(fundEdit, fund);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"addFundButton"_s), Qt::LeftButton);
        return dialog;
    }

    QList<ConnectionCheck::FundResult> runCheck(ProfileDialog &dialog)
    {
        QSignalSpy done(dialog.connectionCheck(), &ConnectionCheck::finished);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"checkButton"_s), Qt::LeftButton);
        if (!done.wait(20000))
            return {};
        return dialog.connectionCheck()->results();
    }

private Q_SLOTS:
    void initTestCase()
    {
        MessageBox::setTestMode(true);
        FileDialog::setTestMode(true);
        m_sandbox = std::make_unique<SandboxHarness>();
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
    }

    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_iniPath = m_dir.filePath(u"settings-%1.ini"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
        m_settings = std::make_unique<Settings>(m_iniPath);
        m_secrets = std::make_unique<MemorySecretStore>();
        m_profiles = std::make_unique<ProfileStore>(*m_settings, *m_secrets);
        MessageBox::clearRecords();
    }
    void cleanup()
    {
        m_profiles.reset();
        m_secrets.reset();
        m_settings.reset();
    }

    void welcome_choices_areReported_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<int>("choice");
        QTest::newRow("demo") << u"demoButton"_s << int(WelcomeDialog::Choice::Demo);
        QTest::newRow("set up") << u"setUpButton"_s << int(WelcomeDialog::Choice::SetUp);
    }
    void welcome_choices_areReported()
    {
        QFETCH(QString, button);
        QFETCH(int, choice);
        WelcomeDialog dialog;
        dialog.show();
        QTest::mouseClick(dialog.findChild<QCommandLinkButton *>(button), Qt::LeftButton);
        QCOMPARE(int(dialog.choice()), choice);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void newProfile_generatedKey_secretsOnlyInTheSecretStore()
    {
        const QString clientKey = SandboxHarness::managerKey;
        auto dialog = fillNew(u"Gestora"_s, clientKey);
        dialog->generateKeyPair();
        QVERIFY(!dialog->privateKey().isNull());
        QVERIFY(dialog->findChild<QPushButton *>(u"copyPublicKeyButton"_s)->isEnabled());
        // Save the public key to send to QI Tech.
        const QString pem = m_dir.filePath(u"public.pem"_s);
        FileDialog::queueAnswer(FileDialog::Choice { pem, 0 });
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"savePublicKeyButton"_s), Qt::LeftButton);
        QFile publicFile(pem);
        QVERIFY(publicFile.open(QIODevice::ReadOnly));
        QVERIFY(publicFile.readAll().startsWith("-----BEGIN PUBLIC KEY-----"));

        QSignalSpy saved(dialog.get(), &ProfileDialog::profileSaved);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
        QVERIFY(saved.wait(5000));
        QCOMPARE(saved.at(0).at(0).toString(), u"Gestora"_s);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));

        QCOMPARE(m_secrets->peek(SecretStore::key(u"Gestora"_s, SecretPurpose::ClientKey)), clientKey.toUtf8());
        QVERIFY(m_secrets->peek(SecretStore::key(u"Gestora"_s, SecretPurpose::PrivateKey)).contains("PRIVATE KEY"));
        const auto profile = m_profiles->load(u"Gestora"_s);
        QVERIFY(profile);
        QCOMPARE(profile->fundClassKeys, QStringList { SandboxHarness::fund });
        QCOMPARE(profile->baseUrl(), m_sandbox->baseUrl());
        m_settings->sync();
        QFile ini(m_iniPath);
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray text = ini.readAll();
        QVERIFY(!text.contains(clientKey.toUtf8()));
        QVERIFY(!text.contains("PRIVATE"));
    }

    // A team's PostgreSQL workspace set in the profile: its password only in the keychain, kept when the
    // profile is edited again without retyping it, and removed when the profile goes back to this computer.
    void teamWorkspace_passwordOnlyInTheKeychain_keptWhenEditedAgain()
    {
        auto dialog = fillNew(u"Equipe"_s, SandboxHarness::managerKey);
        dialog->generateKeyPair();
        WorkspaceSettingsBox *box = dialog->workspaceBox();
        box->findChild<QRadioButton *>(u"workspaceTeamRadio"_s)->setChecked(true);
        // Tried before saving: no server there, said in the server library's words, the window never waits.
        QTest::keyClicks(box->findChild<QLineEdit *>(u"workspaceHostEdit"_s), m_dir.filePath(u"no-server-here"_s));
        QTest::keyClicks(box->findChild<QLineEdit *>(u"workspaceDatabaseEdit"_s), u"cessio"_s);
        QTest::keyClicks(box->findChild<QLineEdit *>(u"workspaceUserEdit"_s), u"ana"_s);
        box->findChild<QPushButton *>(u"workspaceTestButton"_s)->click();
        QVERIFY(box->isTesting() || !box->testResult().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!box->isTesting(), 20000);
        QVERIFY2(box->testResult().contains(u"could not be reached"_s), qPrintable(box->testResult()));
        for (const char *field : { "workspaceHostEdit", "workspaceDatabaseEdit", "workspaceUserEdit" })
            box->findChild<QLineEdit *>(QString::fromLatin1(field))->clear();
        QTest::keyClicks(box->findChild<QLineEdit *>(u"workspaceHostEdit"_s), u"pg.gestora.example"_s);
        QTest::keyClicks(box->findChild<QLineEdit *>(u"workspaceDatabaseEdit"_s), u"cessio"_s);
        QTest::keyClicks(box->findChild<QLineEdit *>(u"workspaceUserEdit"_s), u"ana"_s);
        QSignalSpy saved(dialog.get(), &ProfileDialog::profileSaved);
        const auto save
            = [](ProfileDialog &d) { QTest::mouseClick(d.findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton); };
        save(*dialog); // no password yet: said, nothing saved
        auto *problem = dialog->findChild<QLabel *>(u"problemLabel"_s);
        QVERIFY2(problem->text().contains(u"password"_s), qPrintable(problem->text()));
        QVERIFY(!m_profiles->load(u"Equipe"_s));
        QTest::keyClicks(box->findChild<QLineEdit *>(u"workspacePasswordEdit"_s), u"s3cr3t-pg"_s);
        save(*dialog);
        QVERIFY(saved.wait(5000));
        const auto stored = m_profiles->load(u"Equipe"_s);
        QVERIFY(stored);
        QCOMPARE(stored->workspace.backend, WorkspaceSettings::Backend::PostgreSql);
        QCOMPARE(stored->workspace.host, u"pg.gestora.example"_s);
        QCOMPARE(stored->workspace.database, u"cessio"_s);
        QCOMPARE(stored->workspace.user, u"ana"_s);
        QCOMPARE(stored->workspace.sslMode, u"verify-full"_s);
        const QString passwordKey = SecretStore::key(u"Equipe"_s, SecretPurpose::WorkspacePassword);
        QCOMPARE(m_secrets->peek(passwordKey), QByteArray("s3cr3t-pg"));
        m_settings->sync();
        QFile ini(m_iniPath);
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains("s3cr3t-pg"));

        // Edited again without retyping the password: the workspace and its password stay.
        {
            ProfileDialog again(*m_profiles, *m_secrets, &m_network, u"Equipe"_s);
            auto *password = again.workspaceBox()->findChild<QLineEdit *>(u"workspacePasswordEdit"_s);
            QTRY_VERIFY(password->placeholderText().contains(u"type to change"_s));
            QTRY_VERIFY(!again.findChild<QLineEdit *>(u"clientKeyEdit"_s)->text().isEmpty()); // the keychain read
            QVERIFY(again.workspaceBox()->isTeam());
            QSignalSpy savedAgain(&again, &ProfileDialog::profileSaved);
            save(again);
            QVERIFY2(savedAgain.wait(5000), qPrintable(again.findChild<QLabel *>(u"problemLabel"_s)->text()));
        }
        QCOMPARE(m_profiles->load(u"Equipe"_s)->workspace, stored->workspace);
        QCOMPARE(m_secrets->peek(passwordKey), QByteArray("s3cr3t-pg"));

        // Back to this computer's workspace: the password is not left behind.
        ProfileDialog local(*m_profiles, *m_secrets, &m_network, u"Equipe"_s);
        QTRY_VERIFY(!local.findChild<QLineEdit *>(u"clientKeyEdit"_s)->text().isEmpty());
        QVERIFY(local.workspaceBox()->isTeam());
        local.workspaceBox()->findChild<QRadioButton *>(u"workspaceLocalRadio"_s)->setChecked(true);
        QSignalSpy savedLocal(&local, &ProfileDialog::profileSaved);
        save(local);
        QVERIFY(savedLocal.wait(5000));
        QCOMPARE(m_profiles->load(u"Equipe"_s)->workspace.backend, WorkspaceSettings::Backend::Sqlite);
        QVERIFY(m_secrets->peek(passwordKey).isEmpty());
    }

    void save_invalidInputs_pointAtTheField_data()
    {
        QTest::addColumn<QString>("clientKey");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("focus");
        QTest::newRow("client key not a UUID") << u"abc"_s << QString() << u"clientKeyEdit"_s;
        QTest::newRow("plain http to another host")
            << SandboxHarness::managerKey << u"http://example.com"_s << u"customUrlEdit"_s;
    }
    void save_invalidInputs_pointAtTheField()
    {
        QFETCH(QString, clientKey);
        QFETCH(QString, url);
        QFETCH(QString, focus);
        auto dialog = fillNew(u"P"_s, clientKey);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        if (!url.isEmpty())
            dialog->findChild<QLineEdit *>(u"customUrlEdit"_s)->setText(url);
        dialog->generateKeyPair();
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(u"problemLabel"_s)->isVisible());
        QCOMPARE(QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString(), focus);
        QVERIFY(m_profiles->names().isEmpty());
        QCOMPARE(m_secrets->keys().size(), 0);
    }

    void importPem_notAKey_showsTheMessageVerbatim()
    {
        ProfileDialog dialog(*m_profiles, *m_secrets, &m_network);
        QString expected;
        EcPrivateKey::fromPem("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n", &expected);
        QVERIFY(!dialog.importPem("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"));
        QCOMPARE(MessageBox::lastRecord()->message.text, expected);
        QVERIFY(dialog.privateKey().isNull());
        QVERIFY(dialog.importPem(SandboxHarness::managerPrivateKey().privateKeyPem()));
        QVERIFY(!dialog.privateKey().isNull());
    }

    void checkConnection_registeredManager_connects()
    {
        auto dialog = fillNew(u"Ok"_s, SandboxHarness::managerKey);
        QVERIFY(dialog->importPem(SandboxHarness::managerPrivateKey().privateKeyPem()));
        const auto results = runCheck(*dialog);
        QCOMPARE(results.size(), 1);
        QVERIFY2(results.at(0).ok, qPrintable(results.at(0).error.technicalSummary()));
        QVERIFY(results.at(0).configurations > 0);
        QVERIFY(dialog->findChild<QPlainTextEdit *>(u"checkResults"_s)->toPlainText().contains(u"connected"_s));
    }

    void checkConnection_failures_areExplained_data()
    {
        QTest::addColumn<QString>("clientKey");
        QTest::addColumn<bool>("registeredKey");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("words");
        QTest::newRow("unknown client key") << QUuid::createUuid().toString(QUuid::WithoutBraces) << true << QString()
                                            << u"GDF000018"_s << u"does not know this API client key"_s;
        QTest::newRow("key QI does not have")
            << SandboxHarness::managerKey << false << QString() << u"GDF900001"_s // the simulator's code; any 401
            << u"signature"_s;
        QTest::newRow("unreachable host") << SandboxHarness::managerKey << true << u"http://127.0.0.1:1"_s << QString()
                                          << u"could not be reached"_s;
        QTest::newRow("plain http elsewhere")
            << SandboxHarness::managerKey << true << u"http://example.com"_s << QString() << u"only https"_s;
    }
    void checkConnection_failures_areExplained()
    {
        QFETCH(QString, clientKey);
        QFETCH(bool, registeredKey);
        QFETCH(QString, url);
        QFETCH(QString, code);
        QFETCH(QString, words);
        auto dialog = fillNew(u"X"_s, clientKey);
        if (registeredKey)
            QVERIFY(dialog->importPem(SandboxHarness::managerPrivateKey().privateKeyPem()));
        else
            dialog->generateKeyPair();
        if (!url.isEmpty())
            dialog->findChild<QLineEdit *>(u"customUrlEdit"_s)->setText(url);
        const auto results = runCheck(*dialog);
        QCOMPARE(results.size(), 1);
        QVERIFY(!results.at(0).ok);
        QCOMPARE(results.at(0).error.code(), code);
        QVERIFY2(results.at(0).explanation.contains(words), qPrintable(results.at(0).explanation));
        QVERIFY(dialog->findChild<QPlainTextEdit *>(u"checkResults"_s)->toPlainText().contains(words));
    }

    void explain_qiCodes_inPlainWords_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("words");
        QTest::newRow("IP not allow-listed") << 403 << u"GDF000029"_s << u"48 hours"_s;
        QTest::newRow("no permission") << 403 << u"MIT000017"_s << u"MIT000017"_s;
        QTest::newRow("no client key") << 400 << u"GDF000003"_s << u"No API client key was sent"_s;
        QTest::newRow("bad signature") << 401 << u"GDF000014"_s << u"clock"_s;
    }
    void explain_qiCodes_inPlainWords()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, words);
        const QByteArray body = QJsonDocument(QJsonObject { { u"title"_s, u"t"_s },
                                                            { u"description"_s, u"d"_s },
                                                            { u"translation"_s, u"tr"_s },
                                                            { u"code"_s, code } })
                                    .toJson();
        const QString text = ConnectionCheck::explain(ApiError::fromHttp(status, body));
        QVERIFY2(text.contains(words), qPrintable(text));
    }

    void profileList_addEditRemoveSetActive()
    {
        Profile p;
        p.name = u"Alpha"_s;
        p.fundClassKeys = { u"f1"_s };
        QVERIFY(m_profiles->save(p, ProfileStore::SaveMode::Create).isEmpty());
        p.name = u"Beta"_s;
        QVERIFY(m_profiles->save(p, ProfileStore::SaveMode::Create).isEmpty());
        ProfileListDialog dialog(*m_profiles, *m_secrets, &m_network);
        auto *list = dialog.findChild<QListWidget *>(u"profileList"_s);
        QCOMPARE(list->count(), 2);
        list->setCurrentRow(1);
        QCOMPARE(dialog.selectedName(), u"Beta"_s);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"setActiveButton"_s), Qt::LeftButton);
        QCOMPARE(m_profiles->activeProfileName(), u"Beta"_s);
        QVERIFY(list->item(1)->text().contains(u"active"_s));

        QTest::mouseClick(dialog.findChild<QPushButton *>(u"editButton"_s), Qt::LeftButton);
        auto *editor = dialog.findChild<ProfileDialog *>();
        QVERIFY(editor);
        QVERIFY(editor->findChild<QLineEdit *>(u"nameEdit"_s)->isReadOnly());
        QCOMPARE(editor->profile().name, u"Beta"_s);
        editor->reject();

        list->setCurrentRow(0);
        MessageBox::queueAnswer(QMessageBox::Yes);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"removeButton"_s), Qt::LeftButton);
        QTRY_COMPARE(m_profiles->names(), QStringList { u"Beta"_s });
        QTRY_COMPARE(list->count(), 1);
    }
};

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
