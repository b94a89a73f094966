#include "services/credentials.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <QUuid>

namespace cessio {

namespace {

CredentialsResult failure(CredentialError error, const QString &message, SecretError secretError = SecretError::None)
{
    CredentialsResult result;
    result.error = error;
    result.secretError = secretError;
    result.message = message;
    return result;
}

CredentialsResult keychainFailure(const SecretResult &secret)
{
    return failure(CredentialError::Keychain, secret.messageWithDetail(), secret.error);
}

// Answers through the event loop of `context`'s thread, as the store would.
void answerLater(const QObject *context, const CredentialsCallback &done, const CredentialsResult &result)
{
    QTimer::singleShot(0, context, [done, result] { done(result); });
}

} // namespace

QString checkClientKey(const QString &clientKey)
{
    if (clientKey.trimmed().isEmpty())
        return QCoreApplication::translate("Credentials", "Enter the API client key QI Tech gave you.");
    if (QUuid::fromString(clientKey.trimmed()).isNull()) {
        return QCoreApplication::translate("Credentials",
                                           "The API client key is a UUID, like 123e4567-e89b-12d3-a456-426614174000.");
    }
    return {};
}

void loadCredentials(SecretStore &store, const QString &profileName, const QObject *context, CredentialsCallback done)
{
    QPointer<SecretStore> secrets = &store;
    // The store answers only while `context` lives, so the chain stops by itself if it dies.
    store.read(SecretStore::key(profileName, SecretPurpose::ClientKey), context, [=](const SecretResult &client) {
        if (!client.ok()) {
            done(client.error == SecretError::NotFound
                     ? failure(CredentialError::MissingClientKey,
                               QCoreApplication::translate("Credentials",
                                                           "No API client key is stored for the profile %1. "
                                                           "Enter it in the profile's settings.")
                                   .arg(profileName))
                     : keychainFailure(client));
            return;
        }
        if (!secrets)
            return;
        secrets->read(SecretStore::key(profileName, SecretPurpose::PrivateKey), context, [=](const SecretResult &stored) {
            if (!stored.ok()) {
                done(stored.error == SecretError::NotFound
                         ? failure(CredentialError::MissingPrivateKey,
                                   QCoreApplication::translate("Credentials",
                                                               "No private key is stored for the profile %1. "
                                                               "Import or generate one in the profile's settings.")
                                       .arg(profileName))
                         : keychainFailure(stored));
                return;
            }
            const QString clientKey = QString::fromUtf8(client.value).trimmed();
            if (const QString problem = checkClientKey(clientKey); !problem.isEmpty()) {
                done(failure(CredentialError::InvalidClientKey, problem));
                return;
            }
            // Parsing a P-521 PEM takes well under a millisecond: fine on this thread.
            QString error;
            EcPrivateKey key = EcPrivateKey::fromPem(stored.value, &error);
            if (key.isNull()) {
                done(failure(
                    CredentialError::InvalidPrivateKey,
                    QCoreApplication::translate("Credentials", "The private key stored for the profile %1 cannot be used: %2")
                        .arg(profileName, error)));
                return;
            }
            CredentialsResult result;
            result.signer = RequestSigner(clientKey, std::move(key));
            done(result);
        });
    });
}

void storeCredentials(SecretStore &store, const QString &profileName, const QString &clientKey, const QByteArray &privateKeyPem,
                      const QObject *context, CredentialsCallback done)
{
    Q_ASSERT(context);
    const QString trimmedClientKey = clientKey.trimmed();
    if (const QString problem = checkClientKey(trimmedClientKey); !problem.isEmpty()) {
        answerLater(context, done, failure(CredentialError::InvalidClientKey, problem));
        return;
    }
    QString error;
    const EcPrivateKey key = EcPrivateKey::fromPem(privateKeyPem, &error);
    if (key.isNull()) {
        answerLater(context, done,
                    failure(CredentialError::InvalidPrivateKey,
                            QCoreApplication::translate("Credentials", "This private key cannot be used: %1").arg(error)));
        return;
    }

    QPointer<SecretStore> secrets = &store;
    const QByteArray pkcs8 = key.privateKeyPem();
    store.write(SecretStore::key(profileName, SecretPurpose::ClientKey), trimmedClientKey.toUtf8(), context,
                [=](const SecretResult &client) {
                    if (!client.ok()) {
                        done(keychainFailure(client));
                        return;
                    }
                    if (!secrets)
                        return;
                    secrets->write(SecretStore::key(profileName, SecretPurpose::PrivateKey), pkcs8, context,
                                   [=](const SecretResult &written) {
                                       if (!written.ok()) {
                                           done(keychainFailure(written));
                                           return;
                                       }
                                       CredentialsResult result;
                                       result.signer = RequestSigner(trimmedClientKey, key);
                                       done(result);
                                   });
                });
}

} // namespace cessio
