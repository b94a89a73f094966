#pragma once

#include <QDialog>
#include <QNetworkAccessManager>
#include <QPointer>

class QListWidget;
class QPushButton;

namespace cessio {

class ProfileStore;
class SecretStore;

// The connection profiles: add, edit, remove, set the active one.
class ProfileListDialog : public QDialog
{
    Q_OBJECT

public:
    ProfileListDialog(ProfileStore &profiles, SecretStore &secrets, QNetworkAccessManager *network, QWidget *parent = nullptr);

    QString selectedName() const;
    QSize sizeHint() const override { return { 560, 340 }; }

private:
    void reload();
    void updateButtons();
    void onAdd();
    void onEdit();
    void onRemove();
    void onSetActive();

    ProfileStore &m_profiles;
    SecretStore &m_secrets;
    QPointer<QNetworkAccessManager> m_network;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_setActive = nullptr;
};

} // namespace cessio
