#pragma once

#include "services/auditseal.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace cessio {

class SecretStore;

struct AuditSealResult
{
    AuditSeal seal;
    QString problem; // for the user, translated; "" when the seal is as it should be
};

// Finds the key that seals the record at `recordPath` in `store` ("cessio:record:<id>", see
// auditKeyName). When there is none:
//  - Append: creates and stores one for a record that is not sealed yet (new, or unsealed entries only);
//    a sealed record without its key is a problem (nothing may be added to it then);
//  - Verify: never creates one; the key is reported Missing.
// Asynchronous like the store: `done` runs later on `context`'s thread, unless it is destroyed first.
enum class AuditKeyUse { Append, Verify };
void loadAuditSeal(SecretStore &store, const QString &recordPath, std::shared_ptr<AuditAnchorStore> anchors, AuditKeyUse use,
                   const QObject *context, std::function<void(const AuditSealResult &)> done);

// The secret store's name for the key of the record at `recordPath`.
QString auditKeyName(const QString &recordPath);

} // namespace cessio
