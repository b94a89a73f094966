#pragma once

#include "services/auditreader.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace cessio {

class AuditLog;
class AuditLogModel;
class AuditFilterProxy;

// The decision record viewer: the entries (read off the UI thread), a filter (text, action,
// outcome), the details of the selected entry, "Verify integrity" and "Export CSV…".
class AuditLogDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AuditLogDialog(AuditLog *log, QWidget *parent = nullptr);
    ~AuditLogDialog() override;
    QSize sizeHint() const override { return { 1000, 640 }; }

    AuditLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Checks the whole file off the UI thread; verificationFinished() and a message box tell the result.
    void verifyIntegrity();
    // Exports to `path` without asking (the button asks for the path and the style first).
    bool exportCsvTo(const QString &path, bool excelStyle, QString *error = nullptr);
    // The details text of a source-model row (what the details pane shows).
    QString detailsText(int row) const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void verificationFinished(const cessio::AuditVerification &verification);

private:
    void onSelectionChanged();
    void onExportClicked();
    void onVerified();
    void updateFilter();
    void updateStatus();

    AuditLog *m_log;
    AuditLogModel *m_model = nullptr;
    AuditFilterProxy *m_proxy = nullptr;
    QFutureWatcher<AuditVerification> m_verifier;
    QLineEdit *m_search = nullptr;
    QComboBox *m_action = nullptr;
    QComboBox *m_outcome = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_verifyButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
};

} // namespace cessio

Q_DECLARE_METATYPE(cessio::AuditVerification)
