#pragma once

#include "services/workspace/workspacesettings.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace cessio {

// A manager's connection to QI Tech: which environment, which funds. The API client key and the
// private key belong to the profile too but live only in the SecretStore (credentials.h).
struct Profile
{
    enum class Environment { QiSandbox, QiProduction, Custom };

    QString name;
    Environment environment = Environment::QiSandbox;
    QUrl customBaseUrl; // used only for Custom (a simulator, a proxy)
    QStringList fundClassKeys;
    WorkspaceSettings workspace; // the gestora's shared store; its password only in the keychain

    // The QI manager host for the first two environments (endpoints.h Hosts), customBaseUrl else.
    QUrl baseUrl() const;
    // Name trimmed, fund keys trimmed, without blanks or repeats (first occurrence kept).
    Profile normalised() const;

    // "qi_sandbox" | "qi_production" | "custom": how the environment is written in settings.
    static QString environmentId(Environment environment);
    static std::optional<Environment> environmentFromId(const QString &id);
    static QString environmentDisplayName(Environment environment); // translated

    // Plain http is accepted only for these hosts (127.0.0.1, ::1, localhost).
    static bool isLoopbackHost(const QString &host);

    friend bool operator==(const Profile &, const Profile &) = default;
};

} // namespace cessio
