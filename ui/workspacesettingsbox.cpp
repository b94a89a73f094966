#include "workspacesettingsbox.h"

#include "services/workspace/sqlworkspacestore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

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
    m_test = new QPushButton(tr("&Test the workspace connection"), m_teamFields);
    m_test->setObjectName(u"workspaceTestButton"_s);
    m_test->setAutoDefault(false);
    m_testResult = new QLabel(m_teamFields);
    m_testResult->setObjectName(u"workspaceTestResult"_s);
    m_testResult->setTextFormat(Qt::PlainText); // quotes the server's words
    m_testResult->setWordWrap(true);
    form->addRow(m_test, m_testResult);
    layout->addWidget(m_teamFields);
    connect(m_team, &QRadioButton::toggled, this, &WorkspaceSettingsBox::onBackendChanged);
    connect(m_test, &QPushButton::clicked, this, &WorkspaceSettingsBox::testRequested);
    connect(&m_testing, &QFutureWatcher<QString>::finished, this, [this] {
        m_test->setEnabled(true);
        m_testResult->setText(m_testing.result());
    });
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

void WorkspaceSettingsBox::testConnection(const WorkspaceSettings &settings, const QString &password)
{
    if (m_testing.isRunning())
        return;
    m_test->setEnabled(false);
    m_testResult->setText(tr("Connecting…"));
    // A connection of its own, opened and closed on the worker (Qt SQL connections belong to one thread).
    m_testing.setFuture(QtConcurrent::run([settings, password] {
        const auto opened = SqlWorkspaceStore::open(settings, password);
        if (!opened.ok())
            return opened.error;
        SqlWorkspaceStore &store = **opened.value;
        const auto members = store.members();
        const auto version = store.schemaVersion();
        if (!members.ok() || !version.ok())
            return members.ok() ? version.error : members.error;
        QString role = tr("not a member of this workspace yet: ask its admin to add you");
        for (const workspace::Member &member : *members.value)
            if (member.login == store.login())
                role = roleText(member.role);
        return tr("Connected as %1 (%2); schema version %3.").arg(store.login(), role).arg(*version.value);
    }));
}

QString WorkspaceSettingsBox::roleText(workspace::Role role)
{
    switch (role) {
    case workspace::Role::Analyst:
        return tr("analyst: recommends");
    case workspace::Role::Approver:
        return tr("approver: decides");
    case workspace::Role::Admin:
        break;
    }
    return tr("admin: members, rules and policy");
}

bool WorkspaceSettingsBox::isTesting() const
{
    return m_testing.isRunning();
}

QString WorkspaceSettingsBox::testResult() const
{
    return m_testResult->text();
}

} // namespace cessio
