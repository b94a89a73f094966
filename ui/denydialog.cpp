#include "denydialog.h"

#include "recommendationpanel.h"

#include "batchfacts.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

DenyDialog::DenyDialog(const Batch &batch, const AssetsSummary &summary, QWidget *parent)
    : QDialog(parent)
    , m_batch(batch)
    , m_summary(summary)
{
    setObjectName(u"denyDialog"_s);
    setWindowTitle(tr("Deny batch %1").arg(batch.number.isEmpty() ? batch.externalId : batch.number));
    setAccessibleName(windowTitle());
    setMinimumWidth(520);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Denying ends this batch: none of its assets enter the fund, and the assignor has to "
                                "send a new batch. This cannot be undone."),
                             this);
    intro->setObjectName(u"introLabel"_s);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_summaryBox = BatchFacts::createSummaryBox(batch, summary, this);
    layout->addWidget(m_summaryBox);
    m_changed = new QLabel(this);
    m_changed->setObjectName(u"batchChangedLabel"_s);
    m_changed->setWordWrap(true);
    m_changed->setTextFormat(Qt::PlainText);
    m_changed->hide();
    layout->addWidget(m_changed);

    auto *reasonLabel = new QLabel(tr("&Reason for the denial (required):"), this);
    reasonLabel->setObjectName(u"reasonLabel"_s);
    layout->addWidget(reasonLabel);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(u"reasonEdit"_s);
    m_reason->setAccessibleName(tr("Reason for the denial"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("e.g. concentration in a single debtor above the regulamento's limit"));
    m_reason->setMinimumHeight(80);
    reasonLabel->setBuddy(m_reason);
    layout->addWidget(m_reason);

    auto *recordNote = new QLabel(tr("The reason is kept in Cessio's local decision record only: QI Tech's deny request has "
                                     "no field for it, so the assignor does not see it."),
                                  this);
    recordNote->setObjectName(u"recordNote"_s);
    recordNote->setWordWrap(true);
    QFont small = recordNote->font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    recordNote->setFont(small);
    layout->addWidget(recordNote);

    m_recommendation = new RecommendationPanel(this);
    m_recommendation->setDecision(workspace::RecommendedAction::Deny);
    layout->addWidget(m_recommendation);

    m_confirm = new QCheckBox(tr("I &understand that the whole batch is denied"), this);
    m_confirm->setObjectName(u"confirmCheck"_s);
    m_confirm->setAccessibleName(tr("Confirm the denial"));
    layout->addWidget(m_confirm);

    m_sendingLabel = new QLabel(tr("Sending the denial to QI Tech…"), this);
    m_sendingLabel->setObjectName(u"sendingLabel"_s);
    m_sendingLabel->setVisible(false);
    layout->addWidget(m_sendingLabel);

    m_buttons = new QDialogButtonBox(this);
    m_buttons->setObjectName(u"buttons"_s);
    m_denyButton = m_buttons->addButton(tr("&Deny batch"), QDialogButtonBox::AcceptRole);
    m_denyButton->setObjectName(u"denyButton"_s);
    m_denyButton->setAccessibleName(tr("Deny the batch"));
    m_denyButton->setAutoDefault(false);
    QPushButton *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    cancel->setDefault(true);
    layout->addWidget(m_buttons);

    connect(m_denyButton, &QPushButton::clicked, this, &DenyDialog::onDenyClicked);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &DenyDialog::updateState);
    connect(m_confirm, &QCheckBox::toggled, this, &DenyDialog::updateState);
    connect(m_recommendation, &RecommendationPanel::changed, this, &DenyDialog::updateState);
    updateState();
}

QString DenyDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

AuditEntry::Shown DenyDialog::shown() const
{
    AuditEntry::Shown shown;
    shown.assetCount = m_summary.numberOfAssets;
    shown.approvedCount = m_summary.numberOfApprovedAssets;
    shown.deniedCount = m_summary.numberOfDeniedAssets;
    shown.total = m_summary.totalValue;
    m_recommendation->fill(shown);
    return shown;
}

bool DenyDialog::isReadyToDeny() const
{
    return !m_sent && m_confirm->isChecked() && !reason().isEmpty() && m_recommendation->isSatisfied();
}

void DenyDialog::updateState()
{
    m_denyButton->setEnabled(isReadyToDeny());
}

void DenyDialog::onDenyClicked()
{
    if (!isReadyToDeny())
        return;
    m_sent = true;
    setSending(true);
    Q_EMIT denyConfirmed();
}

void DenyDialog::reject()
{
    if (!m_sending)
        QDialog::reject();
}

void DenyDialog::showBatchChanged(const Batch &batch, const AssetsSummary &summary)
{
    m_batch = batch;
    m_summary = summary;
    QWidget *box = BatchFacts::createSummaryBox(batch, summary, this);
    delete layout()->replaceWidget(m_summaryBox, box);
    m_summaryBox->deleteLater();
    m_summaryBox = box;
    m_changed->setText(tr("⚠ The batch changed at QI Tech while this window was open: the figures above are the new "
                          "ones. Check them and confirm again."));
    m_changed->show();
    m_confirm->setChecked(false);
}

void DenyDialog::setSending(bool sending)
{
    m_sending = sending;
    m_sendingLabel->setVisible(sending);
    m_reason->setReadOnly(sending || m_sent);
    m_confirm->setEnabled(!sending && !m_sent);
    m_recommendation->setEditable(!sending && !m_sent);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!sending);
    updateState();
}

} // namespace cessio
