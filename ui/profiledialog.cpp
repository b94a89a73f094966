#include "profiledialog.h"

#include "connectioncheck.h"
#include "filedialog.h"
#include "messagebox.h"
#include "services/credentials.h"
#include "services/profilestore.h"
#include "workspacesettingsbox.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

constexpr qint64 maxPemBytes = 64 * 1024; // a P-521 PEM is under 1 KB; anything this big is not one

QString environmentName(Profile::Environment environment)
{
    return Profile::environmentDisplayName(environment);
}

} // namespace

ProfileDialog::ProfileDialog(ProfileStore &profiles, SecretStore &secrets, QNetworkAccessManager *network,
                             const QString &profileName, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_network(network)
    , m_originalName(profileName)
{
    setObjectName(u"profileDialog"_s);
    setWindowTitle(isNewProfile() ? tr("New connection profile") : tr("Edit profile %1").arg(profileName));
    setAccessibleName(windowTitle());
    setMinimumWidth(600);

    m_check = new ConnectionCheck(network, this);

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_name = new QLineEdit(this);
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setAccessibleName(tr("Profile name"));
    m_name->setPlaceholderText(tr("e.g. Gestora — production"));
    m_name->setReadOnly(!isNewProfile()); // the secrets are stored under the name: no renaming
    form->addRow(tr("&Name:"), m_name);

    m_environment = new QComboBox(this);
    m_environment->setObjectName(u"environmentCombo"_s);
    m_environment->setAccessibleName(tr("Environment"));
    for (auto environment : { Profile::Environment::QiSandbox, Profile::Environment::QiProduction, Profile::Environment::Custom })
        m_environment->addItem(environmentName(environment), int(environment));
    form->addRow(tr("&Environment:"), m_environment);

    m_customUrl = new QLineEdit(this);
    m_customUrl->setObjectName(u"customUrlEdit"_s);
    m_customUrl->setAccessibleName(tr("Server address"));
    m_customUrl->setPlaceholderText(u"https://…"_s);
    m_customUrl->setToolTip(tr("https is required; plain http only for this computer (127.0.0.1, localhost)."));
    m_customUrlLabel = new QLabel(tr("Server &address:"), this);
    m_customUrlLabel->setBuddy(m_customUrl);
    form->addRow(m_customUrlLabel, m_customUrl);

    m_clientKey = new QLineEdit(this);
    m_clientKey->setObjectName(u"clientKeyEdit"_s);
    m_clientKey->setAccessibleName(tr("API client key"));
    m_clientKey->setPlaceholderText(u"xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"_s);
    m_clientKey->setToolTip(tr("The integration's API-CLIENT-KEY, a UUID given by QI Tech. Kept in the system keychain."));
    form->addRow(tr("API &client key:"), m_clientKey);

    // Fund class keys: a list with add/remove.
    auto *fundsWidget = new QWidget(this);
    auto *fundsLayout = new QVBoxLayout(fundsWidget);
    fundsLayout->setContentsMargins(0, 0, 0, 0);
    m_funds = new QListWidget(fundsWidget);
    m_funds->setObjectName(u"fundList"_s);
    m_funds->setAccessibleName(tr("Fund class keys"));
    m_funds->setMaximumHeight(100);
    fundsLayout->addWidget(m_funds);
    auto *fundRow = new QHBoxLayout;
    m_newFund = new QLineEdit(fundsWidget);
    m_newFund->setObjectName(u"newFundEdit"_s);
    m_newFund->setAccessibleName(tr("New fund class key"));
    m_newFund->setPlaceholderText(tr("Fund class key"));
    m_addFund = new QPushButton(tr("A&dd"), fundsWidget);
    m_addFund->setObjectName(u"addFundButton"_s);
    m_addFund->setAutoDefault(false);
    m_removeFund = new QPushButton(tr("Re&move"), fundsWidget);
    m_removeFund->setObjectName(u"removeFundButton"_s);
    m_removeFund->setAutoDefault(false);
    fundRow->addWidget(m_newFund, 1);
    fundRow->addWidget(m_addFund);
    fundRow->addWidget(m_removeFund);
    fundsLayout->addLayout(fundRow);
    auto *fundsLabel = new QLabel(tr("&Fund class keys:"), this);
    fundsLabel->setBuddy(m_newFund);
    form->addRow(fundsLabel, fundsWidget);
    layout->addLayout(form);

    layout->addWidget(createKeySection());
    m_workspace = new WorkspaceSettingsBox(this);
    layout->addWidget(m_workspace);
    connect(m_workspace, &WorkspaceSettingsBox::testRequested, this, [this] {
        // The password typed now, else the keychain's (under the name the profile had when opened).
        if (!m_workspace->password().isEmpty() || isNewProfile()) {
            m_workspace->testConnection(m_workspace->settings(), m_workspace->password());
            return;
        }
        m_secrets.read(
            SecretStore::key(m_originalName, SecretPurpose::WorkspacePassword), this, [this](const SecretResult &result) {
                m_workspace->testConnection(m_workspace->settings(), result.ok() ? QString::fromUtf8(result.value) : QString());
            });
    });

    // Connection check.
    auto *checkBox = new QGroupBox(tr("Connection"), this);
    checkBox->setObjectName(u"checkBox"_s);
    auto *checkLayout = new QVBoxLayout(checkBox);
    m_checkButton = new QPushButton(tr("Check co&nnection"), checkBox);
    m_checkButton->setObjectName(u"checkButton"_s);
    m_checkButton->setAutoDefault(false);
    m_checkButton->setToolTip(tr("Sends one signed read request per fund with the values above"));
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_checkButton);
    checkRow->addStretch(1);
    checkLayout->addLayout(checkRow);
    m_checkResults = new QPlainTextEdit(checkBox);
    m_checkResults->setObjectName(u"checkResults"_s);
    m_checkResults->setAccessibleName(tr("Connection check results"));
    m_checkResults->setReadOnly(true);
    m_checkResults->setPlaceholderText(tr("Check the connection before saving: each fund is tried with these values."));
    m_checkResults->setMinimumHeight(110);
    m_checkResults->setMaximumHeight(160);
    checkLayout->addWidget(m_checkResults);
    layout->addWidget(checkBox);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problemLabel"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText); // quotes the server's and the keychain's words
    m_problem->setVisible(false);
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"buttons"_s);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_s);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_environment, &QComboBox::currentIndexChanged, this, &ProfileDialog::onEnvironmentChanged);
    connect(m_addFund, &QPushButton::clicked, this, &ProfileDialog::onAddFund);
    connect(m_newFund, &QLineEdit::returnPressed, this, &ProfileDialog::onAddFund);
    connect(m_removeFund, &QPushButton::clicked, this, &ProfileDialog::onRemoveFund);
    connect(m_funds, &QListWidget::currentRowChanged, this, [this] { m_removeFund->setEnabled(m_funds->currentRow() >= 0); });
    connect(m_checkButton, &QPushButton::clicked, this, &ProfileDialog::checkConnection);
    connect(m_check, &ConnectionCheck::fundChecked, this, [this](const ConnectionCheck::FundResult &result) {
        QString line = result.ok ? tr("✔ %1: connected (%Ln configuration(s) on the first page).", nullptr, result.configurations)
                                       .arg(result.fundClassKey)
                                 : tr("✘ %1: %2").arg(result.fundClassKey, result.explanation);
        if (!result.ok)
            line += u"\n   "_s + result.error.technicalSummary();
        m_checkResults->appendPlainText(line);
    });
    connect(m_check, &ConnectionCheck::finished, this, [this] { m_checkButton->setEnabled(true); });

    onEnvironmentChanged();
    m_removeFund->setEnabled(false);
    if (!isNewProfile())
        loadExisting();
    else
        setKey({}, {});
}

ProfileDialog::~ProfileDialog() = default;

QWidget *ProfileDialog::createKeySection()
{
    auto *box = new QGroupBox(tr("Private key (ECDSA P-521)"), this);
    box->setObjectName(u"keyBox"_s);
    auto *layout = new QVBoxLayout(box);
    m_keyStatus = new QLabel(box);
    m_keyStatus->setObjectName(u"keyStatus"_s);
    m_keyStatus->setWordWrap(true);
    m_keyStatus->setTextFormat(Qt::PlainText); // quotes the keychain's words
    layout->addWidget(m_keyStatus);
    auto *row = new QHBoxLayout;
    m_importKey = new QPushButton(tr("&Import PEM…"), box);
    m_importKey->setObjectName(u"importKeyButton"_s);
    m_generateKey = new QPushButton(tr("&Generate key pair"), box);
    m_generateKey->setObjectName(u"generateKeyButton"_s);
    m_savePublicKey = new QPushButton(tr("&Save public key…"), box);
    m_savePublicKey->setObjectName(u"savePublicKeyButton"_s);
    m_copyPublicKey = new QPushButton(tr("Co&py public key"), box);
    m_copyPublicKey->setObjectName(u"copyPublicKeyButton"_s);
    for (QPushButton *button : { m_importKey, m_generateKey, m_savePublicKey, m_copyPublicKey }) {
        button->setAutoDefault(false);
        row->addWidget(button);
    }
    row->addStretch(1);
    layout->addLayout(row);
    auto *note = new QLabel(tr("The private key never leaves this computer: it is kept in the system keychain. Send QI Tech "
                               "only the public key."),
                            box);
    note->setObjectName(u"keyNote"_s);
    note->setWordWrap(true);
    layout->addWidget(note);

    connect(m_importKey, &QPushButton::clicked, this, &ProfileDialog::onImportClicked);
    connect(m_generateKey, &QPushButton::clicked, this, [this] {
        if (!m_key.isNull()
            && MessageBox::question(this, tr("Generate key pair"),
                                    tr("Replace the current key? QI Tech will refuse requests until it has the new public key."),
                                    QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
                != QMessageBox::Yes)
            return;
        generateKeyPair();
    });
    connect(m_savePublicKey, &QPushButton::clicked, this, &ProfileDialog::onSavePublicKeyClicked);
    connect(m_copyPublicKey, &QPushButton::clicked, this, &ProfileDialog::onCopyPublicKeyClicked);
    return box;
}

void ProfileDialog::loadExisting()
{
    const auto stored = m_profiles.load(m_originalName);
    if (!stored)
        return;
    m_name->setText(stored->name);
    m_environment->setCurrentIndex(m_environment->findData(int(stored->environment)));
    m_customUrl->setText(stored->customBaseUrl.toString());
    for (const QString &fund : stored->fundClassKeys)
        m_funds->addItem(fund);
    m_workspace->setSettings(stored->workspace); // kept as it is unless changed here
    m_secrets.read(SecretStore::key(m_originalName, SecretPurpose::WorkspacePassword), this, [this](const SecretResult &result) {
        m_workspacePasswordStored = result.ok() && !result.value.isEmpty();
        m_workspace->setPasswordStored(m_workspacePasswordStored);
    });
    m_keyStatus->setText(tr("Reading the keychain…"));
    loadCredentials(m_secrets, m_originalName, this, [this](const CredentialsResult &result) {
        if (result.ok() && m_clientKey->text().isEmpty())
            m_clientKey->setText(result.signer.clientKey());
        if (!result.ok() && m_key.isNull() && !m_keyChanged)
            m_keyStatus->setText(result.message);
    });
    // The stored PEM, for the public key buttons and the connection check.
    m_secrets.read(SecretStore::key(m_originalName, SecretPurpose::PrivateKey), this, [this](const SecretResult &result) {
        if (!result.ok() || m_keyChanged)
            return;
        const EcPrivateKey key = EcPrivateKey::fromPem(result.value);
        if (!key.isNull()) {
            m_key = key;
            m_keyStatus->setText(tr("A private key is stored in the system keychain."));
            m_savePublicKey->setEnabled(true);
            m_copyPublicKey->setEnabled(true);
        }
    });
}

void ProfileDialog::setKey(const EcPrivateKey &key, const QString &origin)
{
    m_key = key;
    const bool has = !key.isNull();
    m_keyStatus->setText(has ? origin
                             : tr("No key yet: import the PEM file of the integration's private key, or generate a new "
                                  "pair and send the public key to QI Tech."));
    m_savePublicKey->setEnabled(has);
    m_copyPublicKey->setEnabled(has);
}

bool ProfileDialog::importPem(const QByteArray &pem)
{
    QString error;
    const EcPrivateKey key = EcPrivateKey::fromPem(pem, &error);
    if (key.isNull()) {
        // EcPrivateKey's messages are already in the user's language: shown as they are.
        MessageBox::warning(this, tr("Import PEM"), error);
        return false;
    }
    m_keyChanged = true;
    setKey(key, tr("Private key imported. It will be stored in the system keychain when you save."));
    return true;
}

void ProfileDialog::generateKeyPair()
{
    QString error;
    const EcPrivateKey key = EcPrivateKey::generate(&error);
    if (key.isNull()) {
        MessageBox::critical(this, tr("Generate key pair"), error);
        return;
    }
    m_keyChanged = true;
    setKey(key,
           tr("New key pair generated. Save or copy the public key and send it to QI Tech; the private key is stored "
              "in the system keychain when you save."));
}

void ProfileDialog::onImportClicked()
{
    const auto choice = FileDialog::openFile(this, tr("Import private key"), QDir::homePath(),
                                             { tr("PEM files (*.pem *.key)"), tr("All files (*)") });
    if (!choice)
        return;
    QFile file(choice->path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::warning(this, tr("Import PEM"), tr("The file could not be read: %1").arg(file.errorString()));
        return;
    }
    if (file.size() > maxPemBytes) {
        MessageBox::warning(this, tr("Import PEM"), tr("This file is too large to be a private key."));
        return;
    }
    importPem(file.readAll());
}

void ProfileDialog::onSavePublicKeyClicked()
{
    if (m_key.isNull())
        return;
    const QString name = m_name->text().trimmed().isEmpty() ? u"cessio"_s : m_name->text().trimmed();
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name + u"-public-key.pem"_s);
    const auto choice = FileDialog::saveFile(this, tr("Save public key"), suggested, { tr("PEM files (*.pem)") });
    if (!choice)
        return;
    QSaveFile file(choice->path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_key.publicKeyPem()) < 0 || !file.commit()) {
        MessageBox::warning(this, tr("Save public key"), tr("The file could not be written: %1").arg(file.errorString()));
        return;
    }
    MessageBox::information(this, tr("Save public key"),
                            tr("Public key saved to %1. Send this file to QI Tech to register the integration's key.")
                                .arg(QDir::toNativeSeparators(choice->path)));
}

void ProfileDialog::onCopyPublicKeyClicked()
{
    if (m_key.isNull())
        return;
    QGuiApplication::clipboard()->setText(QString::fromLatin1(m_key.publicKeyPem()));
    m_keyStatus->setText(tr("Public key copied to the clipboard."));
}

void ProfileDialog::onEnvironmentChanged()
{
    const bool custom = Profile::Environment(m_environment->currentData().toInt()) == Profile::Environment::Custom;
    m_customUrl->setVisible(custom);
    m_customUrlLabel->setVisible(custom);
}

void ProfileDialog::onAddFund()
{
    const QString fund = m_newFund->text().trimmed();
    if (fund.isEmpty())
        return;
    if (m_funds->findItems(fund, Qt::MatchFixedString).isEmpty())
        m_funds->addItem(fund);
    m_newFund->clear();
    m_newFund->setFocus();
}

void ProfileDialog::onRemoveFund()
{
    delete m_funds->takeItem(m_funds->currentRow());
}

Profile ProfileDialog::profile() const
{
    Profile profile;
    profile.name = m_name->text();
    profile.workspace = m_workspace->settings();
    profile.environment = Profile::Environment(m_environment->currentData().toInt());
    if (profile.environment == Profile::Environment::Custom)
        profile.customBaseUrl = QUrl(m_customUrl->text().trimmed());
    for (int i = 0; i < m_funds->count(); ++i)
        profile.fundClassKeys << m_funds->item(i)->text();
    // A key typed but not added yet counts too: people forget the Add button.
    if (!m_newFund->text().trimmed().isEmpty())
        profile.fundClassKeys << m_newFund->text().trimmed();
    return profile.normalised();
}

QString ProfileDialog::clientKey() const
{
    return m_clientKey->text().trimmed();
}

void ProfileDialog::showProblem(QWidget *field, const QString &message)
{
    m_problem->setText(message.isEmpty() ? QString() : QString(u"⚠ "_s + message));
    m_problem->setVisible(!message.isEmpty());
    if (field) {
        field->setFocus();
        m_problem->setAccessibleDescription(message);
    }
}

void ProfileDialog::checkConnection()
{
    m_checkResults->clear();
    const QString keyProblem = checkClientKey(clientKey());
    if (!keyProblem.isEmpty()) {
        showProblem(m_clientKey, keyProblem);
        return;
    }
    if (m_key.isNull()) {
        showProblem(m_importKey, tr("Import or generate the private key first."));
        return;
    }
    const Profile p = profile();
    if (p.fundClassKeys.isEmpty()) {
        showProblem(m_newFund, tr("Add the key of at least one fund class."));
        return;
    }
    showProblem(nullptr, {});
    m_checkButton->setEnabled(false);
    m_checkResults->appendPlainText(tr("Checking %1…").arg(p.baseUrl().toString()));
    m_check->start(p.baseUrl(), RequestSigner(clientKey(), m_key), p.fundClassKeys);
}

void ProfileDialog::accept()
{
    if (m_saving)
        return;
    const Profile p = profile();
    const auto mode = isNewProfile() ? ProfileStore::SaveMode::Create : ProfileStore::SaveMode::Replace;
    const QList<ProfileProblem> problems = m_profiles.validate(p, mode);
    if (!problems.isEmpty()) {
        const ProfileProblem &first = problems.constFirst();
        QWidget *field = first.field == ProfileProblem::Field::Name ? static_cast<QWidget *>(m_name)
            : first.field == ProfileProblem::Field::BaseUrl         ? static_cast<QWidget *>(m_customUrl)
            : first.field == ProfileProblem::Field::FundClassKeys   ? static_cast<QWidget *>(m_newFund)
                                                                    : nullptr;
        showProblem(field, first.message);
        return;
    }
    const QString keyProblem = checkClientKey(clientKey());
    if (!keyProblem.isEmpty()) {
        showProblem(m_clientKey, keyProblem);
        return;
    }
    if (m_key.isNull()) {
        showProblem(m_importKey, tr("Import or generate the private key first."));
        return;
    }
    // A team server's password: typed once; again when the profile is renamed (the keychain entry
    // belongs to the name).
    const bool renamed = !isNewProfile() && p.name != m_originalName;
    QWidget *workspaceField = nullptr;
    if (const QString problem = m_workspace->problem(&workspaceField, !m_workspacePasswordStored || renamed);
        !problem.isEmpty()) {
        showProblem(workspaceField, problem);
        return;
    }
    showProblem(nullptr, {});
    m_saving = true;
    setEnabled(false);
    // Secrets first: a profile in the settings without its secrets would be unusable.
    storeCredentials(m_secrets, p.name, clientKey(), m_key.privateKeyPem(), this,
                     [this, p, mode](const CredentialsResult &result) {
                         m_saving = false;
                         setEnabled(true);
                         if (!result.ok()) {
                             showProblem(nullptr, result.message);
                             return;
                         }
                         storeWorkspacePassword(p, mode);
                     });
}

// Then the workspace's password (only in the keychain), then the profile's settings.
void ProfileDialog::storeWorkspacePassword(const Profile &p, ProfileStore::SaveMode mode)
{
    const auto saveProfile = [this, p, mode] {
        m_saving = false;
        setEnabled(true);
        const QList<ProfileProblem> saveProblems = m_profiles.save(p, mode);
        if (!saveProblems.isEmpty()) {
            showProblem(nullptr, saveProblems.constFirst().message);
            return;
        }
        Q_EMIT profileSaved(p.name);
        QDialog::accept();
    };
    const QString key = SecretStore::key(p.name, SecretPurpose::WorkspacePassword);
    const QString password = m_workspace->password();
    m_saving = true;
    setEnabled(false);
    if (!m_workspace->isTeam()) { // a password no longer used is not left behind
        m_secrets.remove(key, this, [saveProfile](const SecretResult &) { saveProfile(); });
        return;
    }
    if (password.isEmpty()) {
        saveProfile();
        return;
    }
    m_secrets.write(key, password.toUtf8(), this, [this, saveProfile](const SecretResult &result) {
        if (!result.ok()) {
            m_saving = false;
            setEnabled(true);
            showProblem(nullptr, result.message);
            return;
        }
        saveProfile();
    });
}

} // namespace cessio
