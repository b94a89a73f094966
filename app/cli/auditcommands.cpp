#include "cli/auditcommands.h"

#include "cli/decisioncommands.h"
#include "cli/exitcodes.h"
#include "cli/profileaccess.h"
#include "cli/recordplace.h"
#include "cli/table.h"
#include "services/auditkeys.h"
#include "services/auditlog.h"
#include "services/auditrecordstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace cessio::cli {

void AuditCommand::start()
{
    locateRecord(options(), auditLogPath(), this, [this](const QString &problem) {
        if (!problem.isEmpty())
            fail(Usage, problem);
        else if (options().arguments.constFirst() == u"verify")
            verify();
        else
            exportCsv(options().arguments.at(1));
    });
}

namespace {

// The record's file, or the workspace it was moved into.
QString placeOf(const QString &path)
{
    const std::shared_ptr<AuditRecordStore> store = AuditRecordStore::of(path);
    return store ? QCoreApplication::translate("cli", "%1 (workspace %2)").arg(path, store->description()) : path;
}

} // namespace

void AuditCommand::verify()
{
    const QString path = auditLogPath();
    AuditSeal seal;
    seal.anchors = AuditAnchorStore::userSettings();
    if (!ConnectionResolver::isDirect(options())) {
        // The record's key is in the keychain the profiles share.
        auto *access = new ProfileAccess(this);
        loadAuditSeal(access->secrets(), path, seal.anchors, AuditKeyUse::Verify, this,
                      [this, path](const AuditSealResult &result) { report(path, result.seal, result.problem); });
        return;
    }
    report(path, seal,
           QCoreApplication::translate("cli",
                                       "The keyed check cannot be done: with --base-url or CESSIO_BASE_URL and no --profile, "
                                       "cessio-cli does not open the keychain, where the record's key is kept. Only the "
                                       "unkeyed check (the chain of hashes) was done."));
}

void AuditCommand::report(const QString &path, const AuditSeal &seal, const QString &keyProblem)
{
    AuditLog log(path);
    log.setSeal(seal);
    const AuditVerification result = log.verify();
    QStringList remarks = result.remarks();
    if (!keyProblem.isEmpty() && result.sealedEntries > 0)
        remarks.prepend(keyProblem);
    if (json()) {
        JsonOut remarkList = JsonOut::array();
        for (const QString &remark : std::as_const(remarks))
            remarkList.append(remark);
        printJson(JsonOut::object()
                      .insert(u"file"_s, path)
                      .insert(u"workspace"_s,
                              AuditRecordStore::of(path) ? JsonOut(AuditRecordStore::of(path)->description()) : JsonOut())
                      .insert(u"ok"_s, result.ok())
                      .insert(u"problem"_s, result.ok() ? JsonOut() : JsonOut(result.problemName()))
                      .insert(u"summary"_s, result.summary())
                      .insert(u"entries_checked"_s, result.entriesChecked)
                      .insert(u"unsealed_entries"_s, result.unsealedEntries)
                      .insert(u"sealed_entries"_s, result.sealedEntries)
                      .insert(u"seals_checked"_s, result.sealsChecked())
                      .insert(u"anchor_checked"_s, result.anchorChecked)
                      .insert(u"first_broken_sequence"_s, result.ok() ? JsonOut() : JsonOut(result.firstBrokenSequence))
                      .insert(u"line"_s, result.ok() || result.lineNumber == 0 ? JsonOut() : JsonOut(result.lineNumber))
                      .insert(u"detail"_s, JsonOut::stringOrNull(result.detail))
                      .insert(u"remarks"_s, remarkList)
                      .insert(u"last_hash"_s, JsonOut::stringOrNull(result.lastHash)));
    } else {
        QList<std::pair<QString, QString>> facts { { QCoreApplication::translate("cli", "Record"), placeOf(path) },
                                                   { QCoreApplication::translate("cli", "Result"), result.summary() } };
        for (const QString &remark : std::as_const(remarks))
            facts.append({ QCoreApplication::translate("cli", "Note"), remark });
        if (!result.ok()) {
            if (result.lineNumber > 0)
                facts.append({ QCoreApplication::translate("cli", "Line"), QLocale().toString(result.lineNumber) });
            if (!result.detail.isEmpty())
                facts.append({ QCoreApplication::translate("cli", "Detail"), result.detail });
        }
        if (!result.lastHash.isEmpty())
            facts.append({ QCoreApplication::translate("cli", "Last good hash"), result.lastHash });
        print(Table::keyValues(facts));
    }
    finish(result.ok() ? Success : ApiFailure);
}

void AuditCommand::exportCsv(const QString &file)
{
    const QString path = auditLogPath();
    if (!AuditRecordStore::of(path) && !QFileInfo::exists(path)) {
        fail(ApiFailure, QCoreApplication::translate("cli", "There is no decision record at %1 yet.").arg(path));
        return;
    }
    QString style = options().style;
    if (style.isEmpty())
        style = QLocale().language() == QLocale::Portuguese ? u"excel"_s : u"plain"_s;
    const AuditLog log(path);
    QString error;
    if (!log.exportCsv(file, style == u"excel" ? AuditCsv::Style::ExcelPtBr : AuditCsv::Style::Plain, &error)) {
        fail(ApiFailure, QCoreApplication::translate("cli", "Could not write %1: %2").arg(file, error));
        return;
    }
    const qsizetype entries = log.readAll().size();
    if (json()) {
        printJson(JsonOut::object().insert(u"file"_s, file).insert(u"style"_s, style).insert(u"entries"_s, qint64(entries)));
    } else {
        print(QCoreApplication::translate("cli", "%Ln record entry(ies) written to %1", nullptr, int(entries)).arg(file) + u'\n');
    }
    finish(Success);
}

} // namespace cessio::cli
