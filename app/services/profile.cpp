#include "services/profile.h"

#include "qitech/endpoints.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

QUrl Profile::baseUrl() const
{
    switch (environment) {
    case Environment::QiSandbox:
        return QUrl(QString::fromUtf16(Hosts::managerSandbox));
    case Environment::QiProduction:
        return QUrl(QString::fromUtf16(Hosts::managerProduction));
    case Environment::Custom:
        return customBaseUrl;
    }
    return {};
}

Profile Profile::normalised() const
{
    Profile result = *this;
    result.name = name.trimmed();
    result.fundClassKeys.clear();
    for (const QString &key : fundClassKeys) {
        const QString trimmed = key.trimmed();
        if (!trimmed.isEmpty() && !result.fundClassKeys.contains(trimmed))
            result.fundClassKeys.append(trimmed);
    }
    return result;
}

QString Profile::environmentId(Environment environment)
{
    switch (environment) {
    case Environment::QiSandbox:
        return u"qi_sandbox"_s;
    case Environment::QiProduction:
        return u"qi_production"_s;
    case Environment::Custom:
        return u"custom"_s;
    }
    return {};
}

std::optional<Profile::Environment> Profile::environmentFromId(const QString &id)
{
    for (const Environment environment : { Environment::QiSandbox, Environment::QiProduction, Environment::Custom }) {
        if (environmentId(environment) == id)
            return environment;
    }
    return std::nullopt;
}

QString Profile::environmentDisplayName(Environment environment)
{
    switch (environment) {
    case Environment::QiSandbox:
        return QCoreApplication::translate("Profile", "QI Tech sandbox");
    case Environment::QiProduction:
        return QCoreApplication::translate("Profile", "QI Tech production");
    case Environment::Custom:
        return QCoreApplication::translate("Profile", "Custom server");
    }
    return {};
}

bool Profile::isLoopbackHost(const QString &host)
{
    return host == "127.0.0.1"_L1 || host == "::1"_L1 || host.compare("localhost"_L1, Qt::CaseInsensitive) == 0;
}

} // namespace cessio
