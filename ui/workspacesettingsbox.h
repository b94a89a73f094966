#pragma once

#include "services/workspace/workspacesettings.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
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

private:
    void onBackendChanged();

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
};

} // namespace cessio
