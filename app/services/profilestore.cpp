#include "services/profilestore.h"

#include "qitech/apitransport.h"
#include "services/settings.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSettings>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

constexpr QLatin1StringView profilesGroup = "profiles"_L1;
constexpr QLatin1StringView environmentKey = "environment"_L1;
constexpr QLatin1StringView baseUrlKey = "baseUrl"_L1;
constexpr QLatin1StringView fundClassKeysKey = "fundClassKeys"_L1;

QString groupOf(const QString &name)
{
    return QString(profilesGroup % u'/' % name);
}

std::optional<ProfileProblem> checkBaseUrl(const QUrl &url)
{
    using Field = ProfileProblem::Field;
    if (url.isEmpty() || !url.isValid())
        return ProfileProblem { Field::BaseUrl,
                                QCoreApplication::translate(
                                    "ProfileStore", "Enter the server's base URL, for example https://api.example.com.") };
    const QString scheme = url.scheme().toLower();
    if ((scheme != "https"_L1 && scheme != "http"_L1) || url.host().isEmpty())
        return ProfileProblem {
            Field::BaseUrl, QCoreApplication::translate("ProfileStore", "The base URL must start with https:// and name a host.")
        };
    if (scheme == "http"_L1 && !Profile::isLoopbackHost(url.host())) {
        return ProfileProblem { Field::BaseUrl,
                                QCoreApplication::translate(
                                    "ProfileStore",
                                    "Plain http:// is accepted only for this computer (127.0.0.1, ::1 or localhost). "
                                    "Use https:// for %1.")
                                    .arg(url.host()) };
    }
    if (url.hasQuery() || url.hasFragment())
        return ProfileProblem { Field::BaseUrl,
                                QCoreApplication::translate("ProfileStore",
                                                            "The base URL cannot contain a query (?) or a fragment (#).") };
    // Whatever else the transport refuses (a user:password in the address, ...): one rule for all.
    if (QString why; !ApiTransport::isAllowedBaseUrl(url, &why))
        return ProfileProblem { Field::BaseUrl, why };
    return std::nullopt;
}

} // namespace

ProfileStore::ProfileStore(Settings &settings, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
{ }

QStringList ProfileStore::names() const
{
    QSettings &qs = m_settings.storage();
    qs.beginGroup(profilesGroup);
    QStringList names = qs.childGroups();
    qs.endGroup();
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return QString::compare(a, b, Qt::CaseInsensitive) < 0; });
    return names;
}

QString ProfileStore::storedName(const QString &name) const
{
    const QString wanted = name.trimmed();
    const QStringList all = names();
    const auto it = std::find_if(all.begin(), all.end(),
                                 [&](const QString &stored) { return stored.compare(wanted, Qt::CaseInsensitive) == 0; });
    return it == all.end() ? QString() : *it;
}

bool ProfileStore::contains(const QString &name) const
{
    return !storedName(name).isEmpty();
}

std::optional<Profile> ProfileStore::load(const QString &name) const
{
    const QString stored = storedName(name);
    if (stored.isEmpty())
        return std::nullopt;
    QSettings &qs = m_settings.storage();
    qs.beginGroup(groupOf(stored));
    Profile profile;
    profile.name = stored;
    const auto environment = Profile::environmentFromId(qs.value(environmentKey).toString());
    profile.environment = environment.value_or(Profile::Environment::QiSandbox);
    profile.customBaseUrl = QUrl(qs.value(baseUrlKey).toString());
    // INI gives a one-element list back as a plain string; toStringList() covers both.
    profile.fundClassKeys = qs.value(fundClassKeysKey).toStringList();
    profile.workspace = WorkspaceSettings::readFrom(qs);
    qs.endGroup();
    if (!environment) {
        qWarning("Profile %s: unknown environment, using the QI Tech sandbox", qUtf8Printable(stored));
    }
    return profile;
}

QList<ProfileProblem> ProfileStore::validate(const Profile &input, SaveMode mode) const
{
    using Field = ProfileProblem::Field;
    const Profile profile = input.normalised();
    QList<ProfileProblem> problems;

    if (profile.name.isEmpty()) {
        problems.append({ Field::Name, QCoreApplication::translate("ProfileStore", "Give the profile a name.") });
    } else if (profile.name.contains(u'/') || profile.name.contains(u'\\') || profile.name.contains(u':')) {
        // '/' and '\' would open groups in the settings file; ':' separates the parts of secret keys.
        problems.append(
            { Field::Name, QCoreApplication::translate("ProfileStore", "A profile name cannot contain /, \\ or :.") });
    } else if (mode == SaveMode::Create && contains(profile.name)) {
        problems.append(
            { Field::Name,
              QCoreApplication::translate("ProfileStore", "A profile named %1 already exists.").arg(storedName(profile.name)) });
    } else if (mode == SaveMode::Replace && storedName(profile.name) != profile.name) {
        problems.append(
            { Field::Name, QCoreApplication::translate("ProfileStore", "There is no profile named %1.").arg(profile.name) });
    }

    if (profile.environment == Profile::Environment::Custom) {
        if (const auto problem = checkBaseUrl(profile.customBaseUrl))
            problems.append(*problem);
    }

    if (profile.fundClassKeys.isEmpty())
        problems.append(
            { Field::FundClassKeys, QCoreApplication::translate("ProfileStore", "Add the key of at least one fund class.") });
    return problems;
}

QList<ProfileProblem> ProfileStore::save(const Profile &input, SaveMode mode)
{
    QList<ProfileProblem> problems = validate(input, mode);
    if (!problems.isEmpty())
        return problems;
    const Profile profile = input.normalised();

    QSettings &qs = m_settings.storage();
    qs.remove(groupOf(profile.name)); // nothing stale from an earlier version of the profile
    qs.beginGroup(groupOf(profile.name));
    qs.setValue(environmentKey, Profile::environmentId(profile.environment));
    if (profile.environment == Profile::Environment::Custom)
        qs.setValue(baseUrlKey, profile.customBaseUrl.toString());
    qs.setValue(fundClassKeysKey, profile.fundClassKeys);
    profile.workspace.writeTo(qs);
    qs.endGroup();
    if (!m_settings.sync()) {
        problems.append({ ProfileProblem::Field::Storage,
                          QCoreApplication::translate("ProfileStore",
                                                      "The profile could not be saved: the settings file %1 cannot be written.")
                              .arg(qs.fileName()) });
        return problems;
    }
    Q_EMIT profilesChanged();
    return problems;
}

void ProfileStore::remove(const QString &name, const QObject *context, std::function<void(const SecretResult &)> done)
{
    const QString stored = storedName(name);
    const QString profileName = stored.isEmpty() ? name.trimmed() : stored;
    QPointer<const QObject> caller = context;
    auto finish = [caller, done](const SecretResult &result) {
        if (caller && done)
            done(result);
    };
    // Every secret, one after the other (QtKeychain runs one job at a time anyway).
    m_secrets.remove(SecretStore::key(profileName, SecretPurpose::ClientKey), this, [=, this](const SecretResult &first) {
        if (!first.ok()) {
            finish(first);
            return;
        }
        m_secrets.remove(SecretStore::key(profileName, SecretPurpose::PrivateKey), this, [=, this](const SecretResult &second) {
            if (!second.ok()) {
                finish(second);
                return;
            }
            m_secrets.remove(SecretStore::key(profileName, SecretPurpose::WorkspacePassword), this,
                             [=, this](const SecretResult &third) {
                                 // Most profiles have no workspace password: none to remove is fine.
                                 const bool gone = third.ok() || third.error == SecretError::NotFound;
                                 if (gone)
                                     removeSettings(profileName);
                                 finish(gone ? SecretResult::success() : third);
                             });
        });
    });
}

void ProfileStore::removeSettings(const QString &name)
{
    const bool wasActive = activeProfileName() == name;
    m_settings.storage().remove(groupOf(name));
    if (wasActive)
        m_settings.reset(Settings::Key::ActiveProfile);
    m_settings.sync();
    Q_EMIT profilesChanged();
    if (wasActive)
        Q_EMIT activeProfileChanged(QString());
}

QString ProfileStore::activeProfileName() const
{
    return storedName(m_settings.value<QString>(Settings::Key::ActiveProfile));
}

bool ProfileStore::setActiveProfileName(const QString &name)
{
    const QString stored = name.isEmpty() ? QString() : storedName(name);
    if (!name.isEmpty() && stored.isEmpty())
        return false;
    const QString before = activeProfileName();
    m_settings.setValue(Settings::Key::ActiveProfile, stored);
    m_settings.sync();
    if (before != stored)
        Q_EMIT activeProfileChanged(stored);
    return true;
}

} // namespace cessio
