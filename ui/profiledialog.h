#pragma once

#include "qitech/crypto.h"
#include "services/profile.h"
#include "services/profilestore.h"

#include <QDialog>
#include <QNetworkAccessManager>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace cessio {

class WorkspaceSettingsBox;

class ConnectionCheck;
class ProfileStore;
class SecretStore;

// Edits one connection profile: name, environment (QI sandbox, production, custom URL), API client
// key, fund class keys, and the private key (import a PEM or generate a P-521 pair, then save or
// copy the public key for QI Tech). The client key and private key are written only to the
// SecretStore; the rest goes to the settings through ProfileStore. "Check connection" tries every
// fund with the values on screen and explains failures in plain words.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    // `profileName` empty: a new profile. `network` is used only by "Check connection".
    ProfileDialog(ProfileStore &profiles, SecretStore &secrets, QNetworkAccessManager *network, const QString &profileName = {},
                  QWidget *parent = nullptr);
    ~ProfileDialog() override;

    bool isNewProfile() const { return m_originalName.isEmpty(); }
    // The profile as currently entered (normalised).
    Profile profile() const;
    QString clientKey() const;
    // The private key in use: imported, generated, or the stored one once loaded.
    const EcPrivateKey &privateKey() const { return m_key; }

    // Without the file dialogs, for tests: the same as "Import PEM…" / "Generate key pair".
    bool importPem(const QByteArray &pem);
    void generateKeyPair();
    // Starts "Check connection" (results in the check panel).
    void checkConnection();
    ConnectionCheck *connectionCheck() const { return m_check; }

public Q_SLOTS:
    void accept() override; // validates, writes secrets then settings; closes when both are saved
    WorkspaceSettingsBox *workspaceBox() const { return m_workspace; }

Q_SIGNALS:
    void profileSaved(const QString &name);

private:
    QWidget *createKeySection();
    void loadExisting();
    void setKey(const EcPrivateKey &key, const QString &origin);
    void onImportClicked();
    void onSavePublicKeyClicked();
    void onCopyPublicKeyClicked();
    void onEnvironmentChanged();
    void onAddFund();
    void onRemoveFund();
    void showProblem(QWidget *field, const QString &message);
    void storeWorkspacePassword(const Profile &p, ProfileStore::SaveMode mode);

    ProfileStore &m_profiles;
    SecretStore &m_secrets;
    QPointer<QNetworkAccessManager> m_network;
    QString m_originalName;
    EcPrivateKey m_key;
    bool m_keyChanged = false;
    bool m_saving = false;
    ConnectionCheck *m_check = nullptr;

    QLineEdit *m_name = nullptr;
    QComboBox *m_environment = nullptr;
    QLineEdit *m_customUrl = nullptr;
    QLabel *m_customUrlLabel = nullptr;
    QLineEdit *m_clientKey = nullptr;
    QListWidget *m_funds = nullptr;
    QLineEdit *m_newFund = nullptr;
    QPushButton *m_addFund = nullptr;
    QPushButton *m_removeFund = nullptr;
    QLabel *m_keyStatus = nullptr;
    QPushButton *m_importKey = nullptr;
    QPushButton *m_generateKey = nullptr;
    QPushButton *m_savePublicKey = nullptr;
    QPushButton *m_copyPublicKey = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPlainTextEdit *m_checkResults = nullptr;
    QLabel *m_problem = nullptr;
    WorkspaceSettingsBox *m_workspace = nullptr;
    bool m_workspacePasswordStored = false;
};

} // namespace cessio
