#pragma once

#include "services/profile.h"
#include "services/secretstore.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace cessio {

class Settings;

// Why a profile cannot be saved; `field` tells a dialog which input to point at.
struct ProfileProblem
{
    enum class Field { Name, BaseUrl, FundClassKeys, Storage };
    Field field = Field::Name;
    QString message; // for the user, translated
};

// The profiles, kept in the settings file under "profiles/<name>". Only the non-secret part is
// stored there; the client key and private key are in the SecretStore (credentials.h). Names are
// unique regardless of case (the Windows registry does not tell case apart).
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    enum class SaveMode {
        Create, // the name must be new
        Replace, // a profile with exactly this name must exist (renaming would orphan its secrets)
    };

    ProfileStore(Settings &settings, SecretStore &secrets, QObject *parent = nullptr);

    QStringList names() const; // sorted, case-insensitively
    bool contains(const QString &name) const; // case-insensitive
    std::optional<Profile> load(const QString &name) const;

    // Empty when `profile` (normalised) may be saved with `mode`.
    QList<ProfileProblem> validate(const Profile &profile, SaveMode mode) const;
    // Validates and writes the normalised profile; empty on success. Synchronous: a small INI write.
    QList<ProfileProblem> save(const Profile &profile, SaveMode mode);
    // Removes the profile's secrets first, then (only if that worked) its settings, so a locked
    // keychain never leaves secrets without a profile to remove them from. `done` runs on
    // `context`'s thread, later, unless `context` is destroyed first.
    void remove(const QString &name, const QObject *context, std::function<void(const SecretResult &)> done);

    // The stored active profile if it still exists, else "".
    QString activeProfileName() const;
    // False (and nothing changes) when no profile has that name; "" clears the choice.
    bool setActiveProfileName(const QString &name);

Q_SIGNALS:
    void profilesChanged();
    void activeProfileChanged(const QString &name);

private:
    QString storedName(const QString &name) const; // the stored spelling of `name`, or ""
    void removeSettings(const QString &name);

    Settings &m_settings;
    SecretStore &m_secrets;
};

} // namespace cessio
