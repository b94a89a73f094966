#pragma once

#include "qitech/crypto.h"
#include "services/secretstore.h"

#include <QString>

#include <functional>

namespace cessio {

enum class CredentialError {
    None,
    MissingClientKey, // nothing stored: the profile needs its client key
    MissingPrivateKey, // nothing stored: import or generate a key
    InvalidClientKey, // not a UUID
    InvalidPrivateKey, // not a P-521 private key in PEM
    Keychain, // the secret store failed; see secretError
};

struct CredentialsResult
{
    CredentialError error = CredentialError::None;
    SecretError secretError = SecretError::None; // for Keychain
    QString message; // for the user, translated; empty when ok
    RequestSigner signer; // valid when ok

    bool ok() const { return error == CredentialError::None; }
};

using CredentialsCallback = std::function<void(const CredentialsResult &)>;

// Reads the profile's client key and private key from `store` and builds the RequestSigner.
// Asynchronous: `done` runs later on `context`'s thread, unless `context` is destroyed first.
void loadCredentials(SecretStore &store, const QString &profileName, const QObject *context, CredentialsCallback done);

// Checks both (the client key must be a UUID, the key a P-521 private key) and writes them to
// `store`; the key is stored as PKCS#8 PEM whatever form it came in. `done` gets the signer too.
void storeCredentials(SecretStore &store, const QString &profileName, const QString &clientKey, const QByteArray &privateKeyPem,
                      const QObject *context, CredentialsCallback done);

// The user-facing problem with `clientKey`, or "" when it is a UUID.
QString checkClientKey(const QString &clientKey);

} // namespace cessio
