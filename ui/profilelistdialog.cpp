#include "profilelistdialog.h"

#include "messagebox.h"
#include "profiledialog.h"
#include "services/profilestore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {
constexpr int NameRole = Qt::UserRole;
}

ProfileListDialog::ProfileListDialog(ProfileStore &profiles, SecretStore &secrets, QNetworkAccessManager *network,
                                     QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_network(network)
{
    setObjectName(u"profileListDialog"_s);
    setWindowTitle(tr("Connection profiles"));
    setAccessibleName(windowTitle());

    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Profiles (the active one is used for the inbox and decisions):"), this);
    layout->addWidget(label);
    auto *row = new QHBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(u"profileList"_s);
    m_list->setAccessibleName(tr("Connection profiles"));
    label->setBuddy(m_list);
    row->addWidget(m_list, 1);

    auto *side = new QVBoxLayout;
    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(u"addButton"_s);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(u"editButton"_s);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(u"removeButton"_s);
    m_setActive = new QPushButton(tr("&Use this profile"), this);
    m_setActive->setObjectName(u"setActiveButton"_s);
    for (QPushButton *button : { m_add, m_edit, m_remove, m_setActive }) {
        button->setAutoDefault(false);
        side->addWidget(button);
    }
    side->addStretch(1);
    row->addLayout(side);
    layout->addLayout(row, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"buttons"_s);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &ProfileListDialog::onAdd);
    connect(m_edit, &QPushButton::clicked, this, &ProfileListDialog::onEdit);
    connect(m_remove, &QPushButton::clicked, this, &ProfileListDialog::onRemove);
    connect(m_setActive, &QPushButton::clicked, this, &ProfileListDialog::onSetActive);
    connect(m_list, &QListWidget::currentRowChanged, this, &ProfileListDialog::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, &ProfileListDialog::onEdit);
    connect(&m_profiles, &ProfileStore::profilesChanged, this, &ProfileListDialog::reload);
    connect(&m_profiles, &ProfileStore::activeProfileChanged, this, &ProfileListDialog::reload);
    reload();
}

QString ProfileListDialog::selectedName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(NameRole).toString() : QString();
}

void ProfileListDialog::reload()
{
    const QString selected = selectedName();
    const QString active = m_profiles.activeProfileName();
    m_list->clear();
    for (const QString &name : m_profiles.names()) {
        const auto profile = m_profiles.load(name);
        QString text = name;
        if (profile)
            text += u" — "_s + Profile::environmentDisplayName(profile->environment);
        if (name == active)
            text += u" — "_s + tr("active");
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(NameRole, name);
        if (name == active) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
        if (name == selected || (selected.isEmpty() && name == active))
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

void ProfileListDialog::updateButtons()
{
    const bool has = !selectedName().isEmpty();
    m_edit->setEnabled(has);
    m_remove->setEnabled(has);
    m_setActive->setEnabled(has && selectedName() != m_profiles.activeProfileName());
}

void ProfileListDialog::onAdd()
{
    auto *dialog = new ProfileDialog(m_profiles, m_secrets, m_network, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProfileDialog::profileSaved, this, [this](const QString &name) {
        if (m_profiles.activeProfileName().isEmpty())
            m_profiles.setActiveProfileName(name);
        reload();
    });
    dialog->open();
}

void ProfileListDialog::onEdit()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    auto *dialog = new ProfileDialog(m_profiles, m_secrets, m_network, name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProfileDialog::profileSaved, this, &ProfileListDialog::reload);
    dialog->open();
}

void ProfileListDialog::onRemove()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    MessageBox::Message message { MessageBox::Kind::Question,
                                  tr("Remove profile"),
                                  tr("Remove the profile %1?").arg(name),
                                  tr("Its API client key and private key are deleted from the system keychain. The decision "
                                     "record is kept."),
                                  {},
                                  QMessageBox::Yes | QMessageBox::Cancel,
                                  QMessageBox::Cancel,
                                  { { QMessageBox::Yes, tr("&Remove") } },
                                  u"removeProfileBox"_s };
    MessageBox::open(this, message, [this, name](MessageBox::Button answer) {
        if (answer != QMessageBox::Yes)
            return;
        m_remove->setEnabled(false);
        m_profiles.remove(name, this, [this, name](const SecretResult &result) {
            reload();
            if (!result.ok())
                MessageBox::open(this,
                                 { MessageBox::Kind::Warning,
                                   tr("Remove profile"),
                                   tr("The profile %1 could not be removed: %2").arg(name, result.message),
                                   {},
                                   result.detail,
                                   QMessageBox::Ok,
                                   QMessageBox::Ok,
                                   {},
                                   u"removeFailedBox"_s });
        });
    });
}

void ProfileListDialog::onSetActive()
{
    const QString name = selectedName();
    if (!name.isEmpty())
        m_profiles.setActiveProfileName(name);
    reload();
}

} // namespace cessio
