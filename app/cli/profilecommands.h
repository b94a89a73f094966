#pragma once

#include "cli/command.h"
#include "services/secretstore.h"

namespace cessio::cli {

class ProfileAccess;

// profile add NAME [--base-url URL] [--client-key UUID] [--private-key PEMFILE] [--fund KEY]...
//   [--workspace SPEC [--workspace-password-stdin]]
//   creates the profile, or updates the parts given when it exists; the keys and the workspace's
//   password (read from stdin, never a flag: flags show in process lists and shell history) go to the
//   OS keychain;
// profile list; profile remove NAME (its keys too). The same profiles as the desktop app.
class ProfileCommand : public Command
{
    Q_OBJECT
public:
    explicit ProfileCommand(const CliOptions &options, QObject *parent = nullptr);
    Needs needs() const override { return Needs::Nothing; }
    void start() override;

private:
    void add(const QString &name);
    struct Secret
    {
        SecretPurpose purpose;
        QByteArray value;
    };
    // Writes `secrets` to the keychain one after the other, then reports.
    void storeSecrets(const QString &name, QList<Secret> secrets, bool created);
    void list();
    void remove(const QString &name);

    ProfileAccess *m_access = nullptr;
};

// keygen --public-out FILE [--yes]: a new P-521 key pair for the profile (--profile, else the active
// one). The private key goes only to the profile's keychain entry; the public PEM to FILE, to send to
// QI Tech. An existing private key is replaced only with --yes.
class KeygenCommand : public Command
{
    Q_OBJECT
public:
    explicit KeygenCommand(const CliOptions &options, QObject *parent = nullptr);
    Needs needs() const override { return Needs::Nothing; }
    void start() override;

private:
    void generate(const QString &profile);

    ProfileAccess *m_access = nullptr;
};

} // namespace cessio::cli
