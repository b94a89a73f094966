#include "reviewactionbar.h"

#include "icons.h"
#include "models/formatting.h"
#include "services/batchreview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

ReviewActionBar::ReviewActionBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"reviewActions"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_approve = addButton(u"approveButton"_s, u"approve"_s, tr("Approve…"),
                          tr("Approve the batch and choose the account the assignor is paid into (Ctrl+Shift+A)"));
    m_deny = addButton(u"denyButton"_s, u"deny"_s, tr("Deny…"), tr("Deny the whole batch (Ctrl+Shift+D)"));
    m_remove = addButton(u"removeButton"_s, u"remove-assets"_s, tr("Remove ticked assets…"),
                         tr("Take the ticked assets out of the batch before deciding (partial approval)"));
    m_term = addButton(u"termButton"_s, u"term"_s, tr("Assignment term"), tr("Open the assignment term in the browser"));
    m_signedTerm = addButton(u"signedTermButton"_s, u"term-signed"_s, tr("Signed term"),
                             tr("Open the signed assignment term in the browser"));
    m_exportCsv = addButton(u"exportCsvButton"_s, u"export-csv"_s, tr("Export CSV…"), tr("Save every asset of the batch as CSV"));
    m_exportMemo = addButton(u"exportMemoButton"_s, u"export-pdf"_s, tr("Approval memo…"),
                             tr("Save a PDF with the batch facts, totals, charts and decision"));
    QFont bold = m_approve->font();
    bold.setBold(true);
    m_approve->setFont(bold);
    m_approveHint = new QLabel(this);
    m_approveHint->setObjectName(u"approveHint"_s);
    m_approveHint->setTextFormat(Qt::PlainText);
    m_approveHint->setEnabled(false); // the palette's quieter text: a note, not a warning
    m_approveHint->setWordWrap(true); // two short lines rather than buttons pushed out of the window
    m_approveHint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_approveHint->hide();

    layout->addWidget(m_approve);
    layout->addWidget(m_deny);
    layout->addWidget(m_remove);
    layout->addSpacing(12);
    layout->addWidget(m_term);
    layout->addWidget(m_signedTerm);
    layout->addSpacing(12);
    layout->addWidget(m_approveHint, 1);
    layout->addStretch(0); // keeps the buttons their size while the note is hidden
    layout->addWidget(m_exportCsv);
    layout->addWidget(m_exportMemo);

    connect(m_approve, &QPushButton::clicked, this, &ReviewActionBar::approveClicked);
    connect(m_deny, &QPushButton::clicked, this, &ReviewActionBar::denyClicked);
    connect(m_remove, &QPushButton::clicked, this, &ReviewActionBar::removeClicked);
    connect(m_term, &QPushButton::clicked, this, [this] { Q_EMIT termClicked(false); });
    connect(m_signedTerm, &QPushButton::clicked, this, [this] { Q_EMIT termClicked(true); });
    connect(m_exportCsv, &QPushButton::clicked, this, &ReviewActionBar::exportCsvClicked);
    connect(m_exportMemo, &QPushButton::clicked, this, &ReviewActionBar::exportMemoClicked);
}

QPushButton *ReviewActionBar::addButton(const QString &name, const QString &icon, const QString &text, const QString &tip)
{
    auto *button = new QPushButton(Icons::get(icon), text, this);
    button->setObjectName(name);
    button->setToolTip(tip);
    button->setAccessibleDescription(tip);
    return button;
}

QString ReviewActionBar::decideBlockText(const BatchReview &review)
{
    if (review.canDecide())
        return {};
    if (review.batch() && review.summary())
        return tr("Only a batch awaiting your decision can be decided; this one is: %1")
            .arg(review.batch()->status.displayName());
    return tr("Loading the batch…");
}

QString ReviewActionBar::approveBlockText(const BatchReview &review)
{
    const QLocale locale;
    const qsizetype loaded = review.assets().size();
    const int expected = review.summary() ? review.summary()->numberOfAssets : 0;
    switch (review.approveBlock()) {
    case BatchReview::ApproveBlock::None:
        return {};
    case BatchReview::ApproveBlock::LoadingBatch:
    case BatchReview::ApproveBlock::NotAwaitingDecision:
        return decideBlockText(review);
    case BatchReview::ApproveBlock::LoadingAssets:
        if (expected > 0)
            return tr("Approve once every asset is loaded and checked: %1 of %Ln asset(s) loaded (%2%)…", nullptr, expected)
                .arg(locale.toString(loaded), locale.toString(int(100 * std::min<qsizetype>(loaded, expected) / expected)));
        return tr("Approve once every asset is loaded and checked: %Ln asset(s) loaded…", nullptr, int(loaded));
    case BatchReview::ApproveBlock::AssetsIncomplete:
        return tr("Not every asset could be loaded (%1 of %2), so the batch cannot be fully checked. Load all assets to "
                  "approve it.")
            .arg(locale.toString(loaded), locale.toString(expected));
    case BatchReview::ApproveBlock::Checking:
        return tr("Approve once the checks finish: checking %Ln asset(s)…", nullptr, int(loaded));
    case BatchReview::ApproveBlock::LoadingAccounts:
        return tr("Loading the assignor's accounts…");
    }
    return {};
}

void ReviewActionBar::update(const BatchReview &review, int ticked)
{
    const QString whyNotApprove = approveBlockText(review);
    m_approve->setEnabled(whyNotApprove.isEmpty());
    m_approve->setToolTip(whyNotApprove.isEmpty() ? m_approve->accessibleDescription() : toolTipFromPlainText(whyNotApprove));
    // The note beside the buttons only while the batch awaits a decision: otherwise Deny says why.
    m_approveHint->setVisible(review.isAwaitingDecision() && !whyNotApprove.isEmpty());
    m_approveHint->setText(whyNotApprove);
    m_approveHint->setToolTip(toolTipFromPlainText(whyNotApprove));

    const QString whyNotDecide = decideBlockText(review);
    m_deny->setEnabled(whyNotDecide.isEmpty());
    m_deny->setToolTip(whyNotDecide.isEmpty() ? m_deny->accessibleDescription()
                                              : toolTipFromPlainText(whyNotDecide)); // quotes the server
    m_remove->setEnabled(review.canDecide() && ticked > 0);
    m_remove->setText(ticked > 0 ? tr("Remove %Ln ticked asset(s)…", nullptr, ticked) : tr("Remove ticked assets…"));
    m_term->setEnabled(review.hasTerm());
    m_signedTerm->setEnabled(review.hasSignedTerm());
    m_exportCsv->setEnabled(review.canExportCsv());
    m_exportMemo->setEnabled(review.canExportMemo());
}

} // namespace cessio
