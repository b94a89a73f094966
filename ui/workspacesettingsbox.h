#pragma once

#include "services/workspace/workspacesettings.h"
#include "services/workspace/workspacetypes.h"

#include <QFutureWatcher>
#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace cessio {

// Where a profile keeps its workspace (issue 10): this computer's file (one person), or the team's
// PostgreSQL server with host, port, database, login and TLS mode. The password is typed here and goes
// only to the keychain; left empty, the stored one is kept.
class WorkspaceSettingsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit WorkspaceSettingsBox(QWidget *parent = nullptr);

    // What the profile has; what this box does not show (a SQLite file's path and login) is kept.
    void setSettings(const WorkspaceSettings &settings);
    void setPasswordStored(bool stored); // the keychain holds one: an empty field keeps it
    WorkspaceSettings settings() const;
    bool isTeam() const;
    QString password() const; // typed now ("" = keep the stored one)
    // What is missing for a team server (translated), with the field to show; "" when nothing.
    QString problem(QWidget **field, bool passwordNeeded) const;

    // Connects to the server with `settings` and `password` on a worker (the schema is brought up to date,
    // as any desktop opening it would) and shows who the server says this login is, or why not.
    void testConnection(const WorkspaceSettings &settings, const QString &password);
    bool isTesting() const;
    QString testResult() const;

Q_SIGNALS:
    // The Test button: the dialog supplies the password (typed, or the keychain's) and calls testConnection().
    void testRequested();

private:
    void onBackendChanged();
    static QString roleText(workspace::Role role); // a translated role and what it may do

    WorkspaceSettings m_base;
    QRadioButton *m_local = nullptr;
    QRadioButton *m_team = nullptr;
    QWidget *m_teamFields = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    QFutureWatcher<QString> m_testing;
};

} // namespace cessio
