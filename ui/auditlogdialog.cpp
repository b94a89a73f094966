#include "auditlogdialog.h"

#include "filedialog.h"
#include "messagebox.h"
#include "models/auditlogmodel.h"
#include "services/auditlog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

// Text matches any column's display text; action and outcome match the machine names (RawRole).
class AuditFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setCriteria(const QString &text, const QString &action, const QString &outcome)
    {
        m_text = text.trimmed();
        m_actionName = action;
        m_outcomeName = outcome;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QAbstractItemModel *model = sourceModel();
        if (!m_actionName.isEmpty()
            && model->index(row, AuditLogModel::Action, parent).data(AuditLogModel::RawRole).toString() != m_actionName)
            return false;
        if (!m_outcomeName.isEmpty()
            && model->index(row, AuditLogModel::Outcome, parent).data(AuditLogModel::RawRole).toString() != m_outcomeName)
            return false;
        if (m_text.isEmpty())
            return true;
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            if (index.data().toString().contains(m_text, Qt::CaseInsensitive)
                || index.data(AuditLogModel::RawRole).toString().contains(m_text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

private:
    QString m_text;
    QString m_actionName;
    QString m_outcomeName;
};

AuditLogDialog::AuditLogDialog(AuditLog *log, QWidget *parent)
    : QDialog(parent)
    , m_log(log)
{
    qRegisterMetaType<cessio::AuditVerification>();
    setObjectName(u"auditLogDialog"_s);
    setWindowTitle(tr("Decision record"));
    setAccessibleName(windowTitle());

    m_model = new AuditLogModel(log->filePath(), log->seal(), this);
    m_proxy = new AuditFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AuditLogModel::RawRole);

    auto *layout = new QVBoxLayout(this);

    // Filter row: text, action, outcome.
    auto *filters = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"searchEdit"_s);
    m_search->setAccessibleName(tr("Search the record"));
    m_search->setPlaceholderText(tr("Batch, user, request id, QI code…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    searchLabel->setBuddy(m_search);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 2);

    auto *actionLabel = new QLabel(tr("A&ction:"), this);
    m_action = new QComboBox(this);
    m_action->setObjectName(u"actionFilter"_s);
    m_action->setAccessibleName(tr("Filter by action"));
    m_action->addItem(tr("All actions"), QString());
    for (auto action :
         { AuditEntry::Action::Approve, AuditEntry::Action::Deny, AuditEntry::Action::Reopen, AuditEntry::Action::RemoveAsset,
           AuditEntry::Action::CloseInsertion, AuditEntry::Action::Reconcile, AuditEntry::Action::Note })
        m_action->addItem(AuditEntry::actionDisplayName(action), AuditEntry::actionName(action));
    actionLabel->setBuddy(m_action);
    filters->addWidget(actionLabel);
    filters->addWidget(m_action, 1);

    auto *outcomeLabel = new QLabel(tr("&Outcome:"), this);
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(u"outcomeFilter"_s);
    m_outcome->setAccessibleName(tr("Filter by outcome"));
    m_outcome->addItem(tr("All outcomes"), QString());
    for (auto outcome : { AuditEntry::Outcome::Pending, AuditEntry::Outcome::Succeeded, AuditEntry::Outcome::Failed,
                          AuditEntry::Outcome::Unknown, AuditEntry::Outcome::ResolvedApplied,
                          AuditEntry::Outcome::ResolvedNotApplied, AuditEntry::Outcome::None })
        m_outcome->addItem(AuditEntry::outcomeDisplayName(outcome), AuditEntry::outcomeName(outcome));
    outcomeLabel->setBuddy(m_outcome);
    filters->addWidget(outcomeLabel);
    filters->addWidget(m_outcome, 1);
    layout->addLayout(filters);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"splitter"_s);
    m_table = new QTableView(splitter);
    m_table->setObjectName(u"auditTable"_s);
    m_table->setAccessibleName(tr("Decision record entries"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AuditLogModel::Time, Qt::DescendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    m_details = new QPlainTextEdit(splitter);
    m_details->setObjectName(u"detailsText"_s);
    m_details->setAccessibleName(tr("Details of the selected entry"));
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select an entry to see what was sent and what QI Tech answered."));
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // may quote the record's own (damaged) text
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"buttons"_s);
    m_refreshButton = buttons->addButton(tr("&Reload"), QDialogButtonBox::ActionRole);
    m_refreshButton->setObjectName(u"refreshButton"_s);
    m_verifyButton = buttons->addButton(tr("&Verify integrity"), QDialogButtonBox::ActionRole);
    m_verifyButton->setObjectName(u"verifyButton"_s);
    m_verifyButton->setToolTip(tr("Check that no entry was changed, removed or reordered since it was written"));
    m_exportButton = buttons->addButton(tr("&Export CSV…"), QDialogButtonBox::ActionRole);
    m_exportButton->setObjectName(u"exportButton"_s);
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"closeButton"_s);
    layout->addWidget(buttons);

    setTabOrder(m_search, m_action);
    setTabOrder(m_action, m_outcome);
    setTabOrder(m_outcome, m_table);
    setTabOrder(m_table, m_details);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_refreshButton, &QPushButton::clicked, this, &AuditLogDialog::refresh);
    connect(m_verifyButton, &QPushButton::clicked, this, &AuditLogDialog::verifyIntegrity);
    connect(m_exportButton, &QPushButton::clicked, this, &AuditLogDialog::onExportClicked);
    connect(m_search, &QLineEdit::textChanged, this, &AuditLogDialog::updateFilter);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditLogDialog::updateFilter);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &AuditLogDialog::updateFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditLogDialog::onSelectionChanged);
    connect(m_model, &AuditLogModel::refreshed, this, [this] {
        m_table->resizeColumnsToContents();
        updateStatus();
        onSelectionChanged();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditLogDialog::onSelectionChanged);
    connect(log, &AuditLog::appended, this, &AuditLogDialog::refresh, Qt::QueuedConnection);
    connect(&m_verifier, &QFutureWatcher<AuditVerification>::finished, this, &AuditLogDialog::onVerified);

    refresh();
}

AuditLogDialog::~AuditLogDialog()
{
    m_verifier.waitForFinished();
}

void AuditLogDialog::refresh()
{
    m_status->setText(tr("Reading the record…"));
    m_model->refresh();
}

void AuditLogDialog::updateFilter()
{
    m_proxy->setCriteria(m_search->text(), m_action->currentData().toString(), m_outcome->currentData().toString());
    updateStatus();
}

void AuditLogDialog::updateStatus()
{
    if (m_model->isRefreshing())
        return;
    const AuditVerification &verification = m_model->verification();
    QString text = tr("Showing %1 of %Ln entries.", nullptr, m_model->rowCount()).arg(QLocale().toString(m_proxy->rowCount()));
    text += u' ' + verification.summary();
    m_status->setText(text);
}

QString AuditLogDialog::detailsText(int row) const
{
    if (row < 0 || row >= m_model->rowCount())
        return {};
    const AuditEntry &e = m_model->entry(row);
    const QLocale locale;
    QStringList lines;
    lines << tr("Entry %1 · %2").arg(e.sequence).arg(locale.toString(e.time.toLocalTime(), QLocale::LongFormat));
    lines << tr("By %1 on %2 (Cessio %3)").arg(e.userName, e.hostName, e.appVersion);
    lines << tr("Profile: %1 · %2").arg(e.profileName, e.environmentUrl);
    lines << tr("Batch: %1 (fund %2, configuration %3)").arg(e.batchExternalId, e.fundClassKey, e.configurationKey);
    QString action
        = tr("Action: %1 · Outcome: %2").arg(AuditEntry::actionDisplayName(e.action), AuditEntry::outcomeDisplayName(e.outcome));
    if (e.relatesTo > 0)
        action += u" · "_s + tr("completes entry %1").arg(e.relatesTo);
    lines << action;
    if (!e.operationId.isEmpty())
        lines << tr("Operation: %1").arg(e.operationId);

    QStringList shown;
    if (e.shown.assetCount)
        shown << tr("%Ln asset(s)", nullptr, *e.shown.assetCount);
    if (e.shown.approvedCount)
        shown << tr("%Ln approved", nullptr, *e.shown.approvedCount);
    if (e.shown.deniedCount)
        shown << tr("%Ln denied", nullptr, *e.shown.deniedCount);
    if (e.shown.alertCount)
        shown << tr("%Ln with alerts", nullptr, *e.shown.alertCount);
    if (e.shown.total)
        shown << tr("total %1").arg(e.shown.total->format(locale));
    if (!shown.isEmpty())
        lines << tr("Shown: %1").arg(shown.join(u", "_s));
    if (!e.shown.accountText.isEmpty() || !e.shown.accountKey.isEmpty())
        lines << tr("Account: %1 %2")
                     .arg(e.shown.accountText, e.shown.accountKey.isEmpty() ? QString() : u'(' + e.shown.accountKey + u')');
    if (!e.shown.removedAssetIds.isEmpty())
        lines << tr("Assets: %1").arg(e.shown.removedAssetIds.join(u", "_s));
    if (!e.reason.isEmpty())
        lines << tr("Reason: %1").arg(e.reason);

    if (!e.request.method.isEmpty()) {
        lines << QString();
        lines << tr("Request: %1 %2").arg(e.request.method, e.request.path);
        if (!e.request.id.isEmpty())
            lines << tr("Request id: %1").arg(e.request.id);
        if (!e.request.body.isEmpty())
            lines << tr("Body: %1").arg(e.request.body);
    }
    if (e.response.httpStatus || !e.response.qiCode.isEmpty() || !e.response.excerpt.isEmpty()) {
        lines << QString();
        QString response = e.response.httpStatus ? tr("Response: HTTP %1").arg(*e.response.httpStatus) : tr("Response: none");
        if (!e.response.qiCode.isEmpty())
            response += u" · "_s + e.response.qiCode;
        lines << response;
        if (!e.response.excerpt.isEmpty())
            lines << e.response.excerpt;
    }
    if (!e.note.isEmpty())
        lines << QString() << tr("Note: %1").arg(e.note);
    lines << QString() << tr("Hash: %1").arg(e.hash) << tr("Previous: %1").arg(e.previousHash);
    return lines.join(u'\n');
}

void AuditLogDialog::onSelectionChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const QModelIndex source = m_proxy->mapToSource(current);
    m_details->setPlainText(source.isValid() ? detailsText(source.row()) : QString());
}

void AuditLogDialog::verifyIntegrity()
{
    if (m_verifier.isRunning())
        return;
    m_verifyButton->setEnabled(false);
    m_status->setText(tr("Verifying the record…"));
    // With the record's key and anchor: a rewritten entry or a cut end is found, not only a broken chain.
    m_verifier.setFuture(QtConcurrent::run([path = m_log->filePath(), seal = m_log->seal()] {
        return AuditReader::read(path, AuditReader::Mode::VerifyOnly, seal).verification;
    }));
}

void AuditLogDialog::onVerified()
{
    m_verifyButton->setEnabled(true);
    const AuditVerification verification = m_verifier.result();
    updateStatus();
    MessageBox::Message message;
    message.objectName = u"verifyBox"_s;
    message.title = tr("Verify integrity");
    message.text = verification.summary();
    QStringList informative = verification.remarks();
    if (verification.ok()) {
        message.kind = MessageBox::Kind::Information;
        if (!verification.lastHash.isEmpty())
            informative << tr("Last entry's hash: %1\nKeep it with the approval memo to show later that "
                              "nothing was cut from the end.")
                               .arg(verification.lastHash);
    } else {
        message.kind = MessageBox::Kind::Critical;
        informative << tr("%Ln entry(ies) before it are intact. Keep the file as it is and tell your auditor.", nullptr,
                          int(verification.entriesChecked));
        message.detailedText = verification.detail;
    }
    message.informativeText = informative.join(u"\n\n"_s);
    MessageBox::open(this, message);
    Q_EMIT verificationFinished(verification);
}

bool AuditLogDialog::exportCsvTo(const QString &path, bool excelStyle, QString *error)
{
    return m_log->exportCsv(path, excelStyle ? AuditCsv::Style::ExcelPtBr : AuditCsv::Style::Plain, error);
}

void AuditLogDialog::onExportClicked()
{
    const QStringList filters { tr("Excel (pt-BR) (*.csv)"), tr("Plain CSV (*.csv)") };
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(u"cessio-record-%1.csv"_s.arg(QDate::currentDate().toString(Qt::ISODate)));
    const auto choice = FileDialog::saveFile(this, tr("Export the decision record"), suggested, filters, 0);
    if (!choice)
        return;
    QString error;
    if (exportCsvTo(choice->path, choice->filterIndex == 0, &error)) {
        MessageBox::open(this,
                         { MessageBox::Kind::Information,
                           tr("Export CSV"),
                           tr("The decision record was exported to %1.").arg(QDir::toNativeSeparators(choice->path)),
                           {},
                           {},
                           QMessageBox::Ok,
                           QMessageBox::Ok,
                           {},
                           u"exportBox"_s });
    } else {
        MessageBox::open(this,
                         { MessageBox::Kind::Critical,
                           tr("Export CSV"),
                           tr("The export failed: %1").arg(error),
                           {},
                           {},
                           QMessageBox::Ok,
                           QMessageBox::Ok,
                           {},
                           u"exportBox"_s });
    }
}

} // namespace cessio
