#include "services/auditkeys.h"

#include "services/auditlog.h"
#include "services/secretstore.h"

#include <QCoreApplication>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

QString auditKeyName(const QString &recordPath)
{
    // Profile names cannot hold ':', so this never meets a profile's "cessio:<profile>:<purpose>".
    return u"cessio:record:"_s + AuditAnchorStore::recordId(recordPath);
}

void loadAuditSeal(SecretStore &store, const QString &recordPath, std::shared_ptr<AuditAnchorStore> anchors, AuditKeyUse use,
                   const QObject *context, std::function<void(const AuditSealResult &)> done)
{
    QPointer<SecretStore> storeRef(&store);
    const QString name = auditKeyName(recordPath);
    store.read(name, context, [=](const SecretResult &read) {
        AuditSealResult result;
        result.seal.anchors = anchors;
        if (read.ok()) {
            if (const auto key = AuditKey::fromStored(read.value)) {
                result.seal.key = *key;
                result.seal.keyState = AuditSeal::KeyState::Loaded;
            } else {
                result.seal.keyState = AuditSeal::KeyState::Missing;
                result.problem = QCoreApplication::translate("AuditLog",
                                                             "The keychain holds something else than the decision "
                                                             "record's key under %1.")
                                     .arg(name);
            }
            done(result);
            return;
        }
        if (read.error != SecretError::NotFound) {
            result.problem = QCoreApplication::translate("AuditLog",
                                                         "The key that seals the decision record could not be read from "
                                                         "the keychain: %1")
                                 .arg(read.message);
            done(result);
            return;
        }
        result.seal.keyState = AuditSeal::KeyState::Missing;
        const bool sealed = AuditLog::isSealed(recordPath, anchors.get());
        if (sealed && use == AuditKeyUse::Append) {
            result.problem = QCoreApplication::translate("AuditLog",
                                                         "The decision record %1 is sealed, but its key is missing from "
                                                         "the keychain. Nothing can be recorded until the key is restored.")
                                 .arg(recordPath);
        }
        if (sealed || use == AuditKeyUse::Verify || !storeRef) {
            done(result);
            return;
        }
        // A record not sealed yet: it gets its key now, and is sealed from its next entry on.
        const AuditKey key = AuditKey::generate();
        storeRef->write(name, key.toStored(), context, [=](const SecretResult &written) mutable {
            if (written.ok()) {
                result.seal.key = key;
                result.seal.keyState = AuditSeal::KeyState::Loaded;
            } else {
                result.problem = QCoreApplication::translate("AuditLog",
                                                             "A key to seal the decision record could not be kept in the "
                                                             "keychain: %1")
                                     .arg(written.message);
            }
            done(result);
        });
    });
}

} // namespace cessio
