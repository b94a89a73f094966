#include "cli/recordplace.h"

#include "cli/profileaccess.h"
#include "cli/workspacegate.h"
#include "services/auditrecordstore.h"
#include "services/secretstore.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cessio::cli {

namespace {

// The SQLite workspace beside the record, when it holds the record already (not while the record is
// still only in its file).
void besideTheRecord(const QString &recordPath)
{
    const WorkspaceSettings beside = workspaceSettingsFor(Connection(), recordPath);
    if (!QFileInfo::exists(beside.sqlitePath()))
        return;
    AuditRecordStore::attach(recordPath, beside, {});
    const auto last = AuditRecordStore::of(recordPath)->last();
    if (last.ok() && last.value->sequence == 0 && QFileInfo(recordPath).size() > 0)
        AuditRecordStore::detach(recordPath);
}

} // namespace

void locateRecord(const CliOptions &options, const QString &recordPath, QObject *owner,
                  std::function<void(const QString &problem)> done)
{
    // The profile the other commands would use: --profile, else (no connection flags) the active one.
    QString name = options.profile;
    ProfileAccess *access = nullptr;
    if (name.isEmpty() && !ConnectionResolver::isDirect(options)) {
        access = new ProfileAccess(owner);
        name = access->profiles().activeProfileName();
    }
    if (name.isEmpty()) {
        besideTheRecord(recordPath);
        done({});
        return;
    }
    if (!access)
        access = new ProfileAccess(owner);
    const std::optional<Profile> profile = access->profiles().load(name);
    if (!profile) {
        done(QCoreApplication::translate("cli", "There is no profile named %1 (see cessio-cli profile list).").arg(name));
        return;
    }
    const WorkspaceSettings settings = profile->workspace;
    if (settings.backend == WorkspaceSettings::Backend::Sqlite) {
        if (settings.sqliteFile.isEmpty())
            besideTheRecord(recordPath);
        else
            AuditRecordStore::attach(recordPath, settings, {});
        done({});
        return;
    }
    access->secrets().read(SecretStore::key(profile->name, SecretPurpose::WorkspacePassword), owner,
                           [recordPath, settings, done](const SecretResult &password) {
                               // None stored: the server may not need one (a peer or certificate login).
                               AuditRecordStore::attach(recordPath, settings,
                                                        password.ok() ? QString::fromUtf8(password.value) : QString());
                               done({});
                           });
}

} // namespace cessio::cli
