#include "batchheader.h"

#include "batchfacts.h"
#include "models/formatting.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {
const QString dash = u"—"_s;
} // namespace

BatchHeader::BatchHeader(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"batchHeader"_s);
    // Never squeezed below its wrapped text: the tabs below take what is left.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    auto *titleRow = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(u"batchTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setTextFormat(Qt::PlainText); // every fact here comes from the server
    titleRow->addWidget(m_title);
    m_status = new QLabel(this);
    m_status->setObjectName(u"batchStatus"_s);
    m_status->setFrameShape(QFrame::StyledPanel);
    m_status->setMargin(3);
    m_status->setTextFormat(Qt::PlainText); // an unknown status is shown as the server spelled it
    QFont statusFont = m_status->font();
    statusFont.setBold(true);
    m_status->setFont(statusFont);
    titleRow->addWidget(m_status);
    titleRow->addStretch(1);

    m_total = new QLabel(this);
    m_total->setObjectName(u"fact_total"_s);
    QFont totalFont = m_total->font();
    totalFont.setPointSizeF(totalFont.pointSizeF() * 1.45);
    totalFont.setBold(true);
    m_total->setFont(totalFont);
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_total->setAccessibleName(tr("Total value"));
    titleRow->addWidget(m_total);
    layout->addLayout(titleRow);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(3);
    m_fund = addFact(grid, 0, 0, u"fund"_s, tr("Fund"));
    m_assignor = addFact(grid, 1, 0, u"assignor"_s, tr("Assignor"));
    m_consultant = addFact(grid, 2, 0, u"consultant"_s, tr("Consultant"));
    m_originators = addFact(grid, 3, 0, u"originators"_s, tr("Originators"));
    m_date = addFact(grid, 0, 2, u"date"_s, tr("Assignment date"));
    m_configuration = addFact(grid, 1, 2, u"configuration"_s, tr("Configuration"));
    m_assets = addFact(grid, 2, 2, u"assets"_s, tr("Assets"));
    m_irr = addFact(grid, 3, 2, u"irr"_s, tr("IRR"));
    m_discounts = addFact(grid, 0, 4, u"discounts"_s, tr("Discounts"));
    m_account = addFact(grid, 1, 4, u"account"_s, tr("Disbursement"));
    m_alerts = addFact(grid, 2, 4, u"alerts"_s, tr("Alerts"));
    m_alerts->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_alerts, &QLabel::linkActivated, this, &BatchHeader::showFlaggedRequested);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(3, 2);
    grid->setColumnStretch(5, 3);
    layout->addLayout(grid);
}

QLabel *BatchHeader::addFact(QGridLayout *grid, int row, int column, const QString &name, const QString &label)
{
    auto *caption = new QLabel(label, this);
    caption->setForegroundRole(QPalette::PlaceholderText);
    caption->setAlignment(Qt::AlignRight | Qt::AlignTop);
    auto *value = new QLabel(dash, this);
    value->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    value->setObjectName(u"fact_"_s + name);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse); // copyable, but not a stop in the tab order
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText); // names and texts from the server, shown literally
    value->setAccessibleName(label);
    caption->setBuddy(value);
    grid->addWidget(caption, row, column, Qt::AlignTop);
    grid->addWidget(value, row, column + 1, Qt::AlignTop);
    return value;
}

void BatchHeader::setChecksComputing()
{
    m_alerts->setTextFormat(Qt::PlainText);
    m_alerts->setText(tr("checked once every asset has loaded…"));
}

void BatchHeader::setChecks(const AssetChecks &checks)
{
    const QLocale locale;
    const int flagged = checks.flaggedCount();
    const int broken = checks.brokenFundRuleCount();
    if (flagged == 0 && broken == 0) {
        m_alerts->setTextFormat(Qt::PlainText);
        if (checks.checkedCount == 0)
            m_alerts->setText(checks.uncheckedCount > 0 ? tr("not checked (no asset details)") : dash);
        else
            m_alerts->setText(tr("none in %Ln asset(s) checked", nullptr, checks.checkedCount));
        return;
    }
    QStringList parts;
    if (flagged > 0)
        parts.append(tr("⚠ %Ln asset(s) flagged", nullptr, flagged));
    if (broken > 0)
        parts.append(tr("⚠ %Ln fund rule(s) broken", nullptr, broken));
    m_alerts->setTextFormat(Qt::RichText);
    m_alerts->setText(u"<b>"_s + parts.join(u" · "_s).toHtmlEscaped() + u"</b> · <a href=\"#alerts\">"_s
                      + tr("show them").toHtmlEscaped() + u"</a>"_s);
}

QString BatchHeader::factText(const QString &name) const
{
    const auto *label = findChild<QLabel *>(u"fact_"_s + name);
    return label ? label->text() : QString();
}

void BatchHeader::setBatch(const Batch &batch)
{
    m_batch = batch;
    const QLocale locale;
    const AssignmentConfiguration &configuration = batch.configuration;
    m_title->setText(batch.number.isEmpty() ? tr("Batch %1").arg(batch.externalId)
                                            : tr("Batch %1 · no. %2").arg(batch.externalId, batch.number));
    m_status->setText(batch.status.displayName());
    m_status->setAccessibleName(tr("Status: %1").arg(batch.status.displayName()));
    m_fund->setText(BatchFacts::partyText(configuration.fund.name, configuration.fund.documentNumber));
    m_assignor->setText(BatchFacts::partyText(configuration.assignor.name, configuration.assignor.documentNumber));
    m_consultant->setText(configuration.consultant
                              ? BatchFacts::partyText(configuration.consultant->name, configuration.consultant->documentNumber)
                              : tr("No consultant"));
    QStringList originators;
    for (const Party &originator : configuration.originators)
        originators.append(BatchFacts::partyText(originator.name, originator.documentNumber));
    m_originators->setText(originators.isEmpty() ? tr("None listed") : originators.join(u'\n'));
    m_date->setText(batch.date.isValid() ? locale.toString(batch.date, QLocale::LongFormat) : dash);
    QString configurationText = configuration.name.isEmpty() ? configuration.key : configuration.name;
    if (configuration.assetType.isKnown())
        configurationText = tr("%1 · %2").arg(configurationText, configuration.assetType.displayName());
    m_configuration->setText(configurationText.isEmpty() ? dash : configurationText);
    // [I] QI documents assignment_irr as a number without saying over which period.
    m_irr->setText(batch.irr ? tr("%1%").arg(locale.toString(*batch.irr * 100.0, 'f', 2)) : tr("Not computed yet"));
    m_irr->setToolTip(tr("The rate exactly as QI Tech sends it (assignment_irr); QI does not document its period."));
    if (batch.discounts.isEmpty()) {
        m_discounts->setText(tr("No discounts"));
    } else {
        Money total;
        QStringList lines;
        for (const AssignorDiscount &discount : batch.discounts) {
            total += discount.totalValue;
            lines.append(tr("%1: %2").arg(discount.description.isEmpty() ? discount.type : discount.description,
                                          discount.totalValue.format(locale)));
        }
        m_discounts->setText(tr("%1 in %Ln discount(s)", nullptr, int(batch.discounts.size())).arg(total.format(locale)));
        m_discounts->setToolTip(toolTipFromPlainText(lines.join(u'\n')));
    }
    m_account->setText(batch.disbursementAccount ? BatchFacts::accountText(*batch.disbursementAccount)
                                                 : tr("Not chosen yet (chosen on approval)"));
    updateTotals();
}

void BatchHeader::setSummary(const AssetsSummary &summary)
{
    m_summary = summary;
    updateTotals();
}

void BatchHeader::updateTotals()
{
    const QLocale locale;
    if (m_summary) {
        m_total->setText(m_summary->totalValue.format(locale));
        m_total->setToolTip(tr("Total purchase value of the assets not denied (assets_summary)"));
        QString assets = tr("%Ln approved of %1", nullptr, m_summary->numberOfApprovedAssets)
                             .arg(locale.toString(m_summary->numberOfAssets));
        if (m_summary->numberOfDeniedAssets > 0)
            assets += tr(" · %Ln denied", nullptr, m_summary->numberOfDeniedAssets);
        m_assets->setText(assets);
    } else if (m_batch && m_batch->totalValue) {
        m_total->setText(m_batch->totalValue->format(locale));
    }
}

} // namespace cessio
