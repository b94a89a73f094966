#include "exports.h"

#include "approvalmemo.h"
#include "filedialog.h"
#include "messagebox.h"
#include "services/assetcsv.h"
#include "services/auditlog.h"
#include "services/ownerfiles.h"
#include "services/settings.h"
#include "textprompt.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QLocale>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#include <vector>
#endif

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

QString suggestedPath(const Batch &batch, const QString &suffix)
{
    const QString label = batch.number.isEmpty() ? batch.externalId : batch.number;
    QString name = QCoreApplication::translate("Exports", "batch-%1-%2").arg(label, suffix);
    // Keep the name portable: no path separators or characters Windows refuses.
    static const QString bad = u"\\/:*?\"<>|"_s;
    for (QChar &c : name) {
        if (bad.contains(c))
            c = u'_';
    }
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name);
}

void tellResult(QWidget *parent, const QString &title, bool ok, const QString &okText, const QString &error)
{
    MessageBox::open(parent,
                     { ok ? MessageBox::Kind::Information : MessageBox::Kind::Critical,
                       title,
                       ok ? okText : QCoreApplication::translate("Exports", "The export failed: %1").arg(error),
                       {},
                       {},
                       QMessageBox::Ok,
                       QMessageBox::Ok,
                       {},
                       u"exportResultBox"_s });
}

// The full name of the OS account, where the system keeps one (the GECOS field on Unix).
QString accountFullName()
{
#ifdef Q_OS_UNIX
    std::vector<char> buffer(16384);
    passwd entry {};
    passwd *found = nullptr;
    if (getpwuid_r(geteuid(), &entry, buffer.data(), buffer.size(), &found) == 0 && found && found->pw_gecos)
        return QString::fromLocal8Bit(found->pw_gecos).section(u',', 0, 0).trimmed();
#endif
    return {};
}

} // namespace

bool exportAssetsCsv(QWidget *parent, const Batch &batch, const QList<AssetListItem> &assets, const AssetChecks *checks)
{
    const QStringList filters { QCoreApplication::translate("Exports", "Excel (pt-BR) (*.csv)"),
                                QCoreApplication::translate("Exports", "Plain CSV (*.csv)") };
    const auto choice = FileDialog::saveFile(parent, QCoreApplication::translate("Exports", "Export assets"),
                                             suggestedPath(batch, u"assets.csv"_s), filters, 0);
    if (!choice)
        return false;
    QString path = choice->path;
    if (!path.endsWith(u".csv"_s, Qt::CaseInsensitive))
        path += u".csv"_s;
    const auto style = choice->filterIndex == 1 ? AssetCsv::Style::Plain : AssetCsv::Style::ExcelPtBr;
    QString error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    bool ok = AssetCsv::write(path, batch.externalId, assets, style, &error, checks);
    QString done = QCoreApplication::translate("Exports", "%Ln asset(s) exported to %1.", nullptr, int(assets.size()))
                       .arg(QDir::toNativeSeparators(path));
    if (ok && checks && checks->hasFundRules) {
        const QString rulesPath = AssetCsv::fundRulesPath(path);
        ok = AssetCsv::writeFundRules(rulesPath, batch.externalId, *checks, style, &error);
        done += u' '
            + QCoreApplication::translate("Exports", "The fund rules' verdicts are in %1.")
                  .arg(QDir::toNativeSeparators(rulesPath));
    } else if (ok && !checks) {
        done += u' ' + QCoreApplication::translate("Exports", "The checks had not finished: no alerts are in the file.");
    }
    QGuiApplication::restoreOverrideCursor();
    tellResult(parent, QCoreApplication::translate("Exports", "Export assets"), ok, done, error);
    return ok;
}

bool exportApprovalMemo(QWidget *parent, const Batch &batch, const AssetsSummary &summary, const AssetAnalysis &analysis,
                        const std::optional<DecisionOutcome> &decision, const AuditLog *log, Settings *settings,
                        const ProForma::Result *proForma)
{
    const auto choice = FileDialog::saveFile(parent, QCoreApplication::translate("Exports", "Export decision memo"),
                                             suggestedPath(batch, u"memo.pdf"_s),
                                             { QCoreApplication::translate("Exports", "PDF documents (*.pdf)") });
    if (!choice)
        return false;
    QString path = choice->path;
    if (!path.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        path += u".pdf"_s;

    ApprovalMemo memo;
    memo.batch = batch;
    memo.summary = summary;
    memo.analysis = &analysis;
    memo.decision = decision;
    if (proForma)
        memo.proForma = *proForma;
    if (log) {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        memo.auditEntry = ApprovalMemo::latestDecisionEntry(log->readAll(), batch.configuration.fund.fundClassKey,
                                                            batch.configuration.key, batch.externalId);
        QGuiApplication::restoreOverrideCursor();
    }
    // The full name under the signature is asked only of the person who decided (or prepares an undecided
    // memo): another user's name is not ours to type; their OS user is printed.
    if (settings && (!memo.auditEntry || memo.auditEntry->userName == AuditEntry::currentUserName())) {
        QString proposed = settings->value<QString>(Settings::Key::MemoSignerName);
        if (proposed.isEmpty())
            proposed = accountFullName();
        const auto name = TextPrompt::ask(
            parent, QCoreApplication::translate("Exports", "Export decision memo"),
            QCoreApplication::translate("Exports", "Your full name, printed under your signature on the memo:"), proposed);
        if (!name)
            return false;
        settings->setValue(Settings::Key::MemoSignerName, *name);
        settings->sync();
        memo.signerFullName = settings->value<QString>(Settings::Key::MemoSignerName);
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    // Owner-only before the PDF goes in (QPdfWriter keeps the permissions of the file it overwrites).
    QString error = ownerfiles::prepareFile(path);
    const bool ok = error.isEmpty() && memo.writePdf(path, &error);
    QGuiApplication::restoreOverrideCursor();
    tellResult(parent, QCoreApplication::translate("Exports", "Export decision memo"), ok,
               QCoreApplication::translate("Exports", "The memo was saved to %1.").arg(QDir::toNativeSeparators(path)), error);
    return ok;
}

} // namespace cessio
