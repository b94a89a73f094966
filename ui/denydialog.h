#pragma once

#include "core/batch.h"
#include "core/responses.h"
#include "services/auditentry.h"

#include <QDialog>

class QCheckBox;
class QPlainTextEdit;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace cessio {

class RecommendationPanel;

// "Deny batch": a reason (required; kept only in the local record — QI's deny request has no reason
// field) and an explicit confirmation. Emits denyConfirmed() once; the Deny button disables itself.
class DenyDialog : public QDialog
{
    Q_OBJECT

public:
    DenyDialog(const Batch &batch, const AssetsSummary &summary, QWidget *parent = nullptr);

    const Batch &batch() const { return m_batch; }
    QString reason() const; // trimmed
    AuditEntry::Shown shown() const;
    // A colleague's recommendation (four-eyes): a different one needs a written disagreement note.
    RecommendationPanel *recommendation() const { return m_recommendation; }
    bool isReadyToDeny() const;
    void setSending(bool sending);
    bool isSending() const { return m_sending; }
    bool wasSent() const { return m_sent; }
    // The batch changed at QI Tech while the dialog was open (and still awaits a decision): shows the
    // new figures, says so, and asks for the confirmation again.
    void showBatchChanged(const Batch &batch, const AssetsSummary &summary);

public Q_SLOTS:
    void reject() override; // ignored while sending

Q_SIGNALS:
    void denyConfirmed();

private:
    void updateState();
    void onDenyClicked();

    Batch m_batch;
    AssetsSummary m_summary;
    bool m_sent = false;
    bool m_sending = false;
    QWidget *m_summaryBox = nullptr;
    QLabel *m_changed = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    RecommendationPanel *m_recommendation = nullptr;
    QCheckBox *m_confirm = nullptr;
    QLabel *m_sendingLabel = nullptr;
    QPushButton *m_denyButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace cessio
