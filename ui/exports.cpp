#include "exports.h"

#include "approvalmemo.h"
#include "filedialog.h"
#include "messagebox.h"
#include "services/assetcsv.h"
#include "services/auditlog.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QLocale>
#include <QStandardPaths>

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

} // namespace

bool exportAssetsCsv(QWidget *parent, const Batch &batch, const QList<AssetListItem> &assets)
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
    const bool ok = AssetCsv::write(path, batch.externalId, assets, style, &error);
    QGuiApplication::restoreOverrideCursor();
    tellResult(parent, QCoreApplication::translate("Exports", "Export assets"), ok,
               QCoreApplication::translate("Exports", "%Ln asset(s) exported to %1.", nullptr, int(assets.size()))
                   .arg(QDir::toNativeSeparators(path)),
               error);
    return ok;
}

bool exportApprovalMemo(QWidget *parent, const Batch &batch, const AssetsSummary &summary, const AssetAnalysis &analysis,
                        const std::optional<DecisionOutcome> &decision, const AuditLog *log)
{
    const auto choice = FileDialog::saveFile(parent, QCoreApplication::translate("Exports", "Export approval memo"),
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
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    if (log) {
        memo.auditEntry = ApprovalMemo::latestDecisionEntry(log->readAll(), batch.configuration.fund.fundClassKey,
                                                            batch.configuration.key, batch.externalId);
    }
    QString error;
    const bool ok = memo.writePdf(path, &error);
    QGuiApplication::restoreOverrideCursor();
    tellResult(parent, QCoreApplication::translate("Exports", "Export approval memo"), ok,
               QCoreApplication::translate("Exports", "The approval memo was saved to %1.").arg(QDir::toNativeSeparators(path)),
               error);
    return ok;
}

} // namespace cessio
