#pragma once

#include "services/keychainsecretstore.h"
#include "services/profilestore.h"
#include "services/settings.h"

#include <QObject>

namespace cessio::cli {

// The desktop app's saved profiles, seen from the command line: its settings file (the profile list)
// and the OS keychain (client keys and private keys). Created only by commands that need them, so
// commands run with flags or environment variables never touch the keychain.
class ProfileAccess : public QObject
{
public:
    explicit ProfileAccess(QObject *parent = nullptr)
        : QObject(parent)
        , m_settings(this)
        , m_secrets(this)
        , m_profiles(m_settings, m_secrets, this)
    { }

    Settings &settings() { return m_settings; }
    SecretStore &secrets() { return m_secrets; }
    ProfileStore &profiles() { return m_profiles; }

private:
    Settings m_settings;
    KeychainSecretStore m_secrets;
    ProfileStore m_profiles;
};

} // namespace cessio::cli
