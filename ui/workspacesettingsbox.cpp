#include "workspacesettingsbox.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

WorkspaceSettingsBox::WorkspaceSettingsBox(QWidget *parent)
    : QGroupBox(tr("Workspace"), parent)
{
    setObjectName(u"workspaceBox"_s);
    auto *layout = new QVBoxLayout(this);
    m_local = new QRadioButton(tr("On this computer (one person)"), this);
    m_local->setObjectName(u"workspaceLocalRadio"_s);
    m_team = new QRadioButton(tr("The team's PostgreSQL server (record, rules, four-eyes and portfolios shared)"), this);
    m_team->setObjectName(u"workspaceTeamRadio"_s);
    layout->addWidget(m_local);
    layout->addWidget(m_team);
    m_teamFields = new QWidget(this);
    auto *form = new QFormLayout(m_teamFields);
    form->setContentsMargins(0, 0, 0, 0);
    m_host = new QLineEdit(m_teamFields);
    m_host->setObjectName(u"workspaceHostEdit"_s);
    m_port = new QSpinBox(m_teamFields);
    m_port->setObjectName(u"workspacePortSpin"_s);
    m_port->setRange(1, 65535);
    m_database = new QLineEdit(m_teamFields);
    m_database->setObjectName(u"workspaceDatabaseEdit"_s);
    m_user = new QLineEdit(m_teamFields);
    m_user->setObjectName(u"workspaceUserEdit"_s);
    m_sslMode = new QComboBox(m_teamFields);
    m_sslMode->setObjectName(u"workspaceSslModeCombo"_s);
    m_sslMode->addItems(WorkspaceSettings::sslModes());
    m_sslMode->setToolTip(tr("verify-full checks the server's certificate and its name: the safe choice over any network"));
    m_password = new QLineEdit(m_teamFields);
    m_password->setObjectName(u"workspacePasswordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Server"), m_host);
    form->addRow(tr("Port"), m_port);
    form->addRow(tr("Database"), m_database);
    form->addRow(tr("Your login"), m_user);
    form->addRow(tr("TLS"), m_sslMode);
    form->addRow(tr("Password"), m_password);
    layout->addWidget(m_teamFields);
    connect(m_team, &QRadioButton::toggled, this, &WorkspaceSettingsBox::onBackendChanged);
    setSettings({});
}

void WorkspaceSettingsBox::setSettings(const WorkspaceSettings &settings)
{
    m_base = settings;
    const bool team = settings.backend == WorkspaceSettings::Backend::PostgreSql;
    (team ? m_team : m_local)->setChecked(true);
    m_host->setText(settings.host);
    m_port->setValue(settings.port);
    m_database->setText(settings.database);
    m_user->setText(settings.user);
    m_sslMode->setCurrentText(settings.sslMode);
    m_password->clear();
    setPasswordStored(false);
    onBackendChanged();
}

void WorkspaceSettingsBox::setPasswordStored(bool stored)
{
    m_password->setPlaceholderText(stored ? tr("kept in the keychain; type to change it") : tr("stored only in the keychain"));
}

void WorkspaceSettingsBox::onBackendChanged()
{
    m_teamFields->setVisible(m_team->isChecked()); // a single user sees two lines
}

bool WorkspaceSettingsBox::isTeam() const
{
    return m_team->isChecked();
}

WorkspaceSettings WorkspaceSettingsBox::settings() const
{
    WorkspaceSettings out = m_base;
    out.backend = isTeam() ? WorkspaceSettings::Backend::PostgreSql : WorkspaceSettings::Backend::Sqlite;
    out.host = m_host->text().trimmed();
    out.port = m_port->value();
    out.database = m_database->text().trimmed();
    out.user = m_user->text().trimmed();
    out.sslMode = m_sslMode->currentText();
    return out;
}

QString WorkspaceSettingsBox::password() const
{
    return isTeam() ? m_password->text() : QString();
}

QString WorkspaceSettingsBox::problem(QWidget **field, bool passwordNeeded) const
{
    if (!isTeam())
        return {};
    const std::pair<QLineEdit *, QString> required[] = {
        { m_host, tr("Type the workspace server's address (or the folder of its socket).") },
        { m_database, tr("Type the workspace's database name.") },
        { m_user, tr("Type your login on the workspace server.") },
    };
    for (const auto &[edit, message] : required) {
        if (edit->text().trimmed().isEmpty()) {
            *field = edit;
            return message;
        }
    }
    if (passwordNeeded && m_password->text().isEmpty()) {
        *field = m_password;
        return tr("Type your password on the workspace server: it is kept only in the keychain.");
    }
    return {};
}

} // namespace cessio
