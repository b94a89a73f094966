#include "analysispanel.h"

#include "charts/analysischarts.h"
#include "checkspanel.h"
#include "core/documentnumber.h"
#include "scrollingpanel.h"

#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

QChartView *newChartView(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    view->setFrameShape(QFrame::NoFrame);
    return view;
}

void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old; // setChart releases the old chart without deleting it
}

QString percent(double fraction, const QLocale &locale)
{
    return locale.toString(fraction * 100.0, 'f', 1) + u"\u00a0%"_s;
}

} // namespace

AnalysisPanel::AnalysisPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"analysisPanel"_s);
    auto *layout = review::scrollingContent(this);
    QWidget *content = layout->parentWidget();

    auto *figures = new QGridLayout;
    figures->setHorizontalSpacing(14);
    addFigure(figures, 0, 0, u"purchase"_s, tr("Purchase value"));
    addFigure(figures, 1, 0, u"face"_s, tr("Face value"));
    addFigure(figures, 0, 3, u"discount"_s, tr("Discount"));
    addFigure(figures, 1, 3, u"term"_s, tr("Weighted average term"));
    addFigure(figures, 0, 6, u"debtors"_s, tr("Debtors"));
    addFigure(figures, 1, 6, u"hhi"_s, tr("Concentration (HHI)"));
    const QString rateConvention = tr("The rate at which each asset's installments, discounted over business days "
                                      "(national holidays, 252 a year), are worth what the fund pays: effective, per "
                                      "month of 21 business days.");
    addFigure(figures, 2, 0, u"rate"_s, tr("Implied rate"))->setToolTip(rateConvention);
    addFigure(figures, 2, 3, u"rateRange"_s, tr("Rate range"))->setToolTip(rateConvention);
    addFigure(figures, 2, 6, u"rateMedian"_s, tr("Median rate"))->setToolTip(rateConvention);
    figures->setColumnMinimumWidth(2, 32);
    figures->setColumnMinimumWidth(5, 32);
    figures->setColumnStretch(8, 1);

    layout->addLayout(figures);

    m_note = review::plainNote(content, u"analysisNote"_s);
    m_note->hide();
    layout->addWidget(m_note);

    m_checks = new ChecksPanel(content);
    layout->addWidget(m_checks);

    auto *charts = new QGridLayout;
    m_maturity = newChartView(u"maturityChart"_s, tr("Maturity profile chart"), content);
    m_concentration = newChartView(u"concentrationChart"_s, tr("Concentration by debtor chart"), content);
    m_concentration->setMinimumHeight(340); // eleven named bars
    m_status = newChartView(u"statusChart"_s, tr("Assets by status chart"), content);
    m_debtors = new QTableWidget(0, 4, content);
    m_debtors->setObjectName(u"debtorTable"_s);
    m_debtors->setAccessibleName(tr("Largest debtors"));
    m_debtors->setHorizontalHeaderLabels({ tr("Debtor"), tr("CPF/CNPJ"), tr("Face value"), tr("Share") });
    m_debtors->verticalHeader()->hide();
    m_debtors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_debtors->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_debtors->setAlternatingRowColors(true);
    m_debtors->setShowGrid(false);
    m_debtors->setWordWrap(false);
    m_debtors->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column : { 1, 2, 3 })
        m_debtors->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    charts->addWidget(m_maturity, 0, 0);
    charts->addWidget(m_status, 0, 1);
    charts->addWidget(m_concentration, 1, 0);
    charts->addWidget(m_debtors, 1, 1);
    charts->setColumnStretch(0, 3);
    charts->setColumnStretch(1, 2);
    layout->addLayout(charts, 1);
    setComputing();
}

QLabel *AnalysisPanel::addFigure(QGridLayout *grid, int row, int column, const QString &name, const QString &label)
{
    auto *caption = new QLabel(label, this);
    caption->setForegroundRole(QPalette::PlaceholderText);
    caption->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    auto *value = new QLabel(u"—"_s, this);
    value->setObjectName(u"figure_"_s + name);
    value->setAccessibleName(label);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse); // copyable, but not a stop in the tab order
    value->setTextFormat(Qt::PlainText);
    QFont font = value->font();
    font.setBold(true);
    value->setFont(font);
    caption->setBuddy(value);
    grid->addWidget(caption, row, column);
    grid->addWidget(value, row, column + 1);
    return value;
}

QString AnalysisPanel::figureText(const QString &name) const
{
    const auto *label = findChild<QLabel *>(u"figure_"_s + name);
    return label ? label->text() : QString();
}

void AnalysisPanel::setComputing()
{
    m_note->setText(tr("The analysis is computed once every asset has loaded…"));
    m_note->show();
    m_checks->setComputing();
}

void AnalysisPanel::setAnalysis(const AssetAnalysis &analysis, bool partialLoad)
{
    m_analysis = analysis;
    const QLocale locale;
    const auto set = [this](const QString &name, const QString &text) {
        if (auto *label = findChild<QLabel *>(u"figure_"_s + name))
            label->setText(text);
    };
    const QString dash = u"—"_s;
    set(u"purchase"_s, analysis.purchaseValue.format(locale));
    set(u"face"_s, analysis.hasDetail() ? analysis.faceValue.format(locale) : dash);
    set(u"discount"_s,
        analysis.discount()
            ? tr("%1 (%2 of face)")
                  .arg(analysis.discount()->format(locale), percent(analysis.discountRate().value_or(0.0), locale))
            : dash);
    set(u"term"_s,
        analysis.weightedAverageTermDays ? tr("%Ln days", nullptr, int(std::lround(*analysis.weightedAverageTermDays))) : dash);
    set(u"debtors"_s, analysis.debtorCount > 0 ? locale.toString(analysis.debtorCount) : dash);
    if (analysis.herfindahl) {
        const int points = int(std::lround(*analysis.herfindahl * 10000.0));
        const QString level = points < 1500 ? tr("unconcentrated") : points <= 2500 ? tr("moderate") : tr("high");
        set(u"hhi"_s, tr("%1 (%2)").arg(locale.toString(points), level));
    } else {
        set(u"hhi"_s, dash);
    }

    const BatchPricing &pricing = analysis.pricing();
    set(u"rate"_s,
        pricing.batchMonthlyRate
            ? tr("%1 (%2)").arg(BatchPricing::monthlyText(*pricing.batchMonthlyRate, locale),
                                BatchPricing::annualText(BatchPricing::annualFromMonthly(*pricing.batchMonthlyRate), locale))
            : dash);
    set(u"rateRange"_s,
        pricing.lowestMonthlyRate && pricing.highestMonthlyRate
            ? tr("%1 to %2")
                  .arg(BatchPricing::monthlyText(*pricing.lowestMonthlyRate, locale),
                       BatchPricing::monthlyText(*pricing.highestMonthlyRate, locale))
            : dash);
    set(u"rateMedian"_s, pricing.medianMonthlyRate ? BatchPricing::monthlyText(*pricing.medianMonthlyRate, locale) : dash);

    QStringList notes;
    if (pricing.unpricedCount > 0)
        notes.append(tr("%Ln asset(s) have no implied rate: an installment is due on or before the assignment date, or "
                        "nothing is paid for it. The rates cover the others.",
                        nullptr, pricing.unpricedCount));
    if (partialLoad)
        notes.append(tr("Not every asset was loaded: these figures cover only the %Ln asset(s) in the table.", nullptr,
                        int(analysis.assetCount)));
    if (!analysis.isComplete()) {
        notes.append(analysis.hasDetail()
                         ? tr("%Ln of %1 assets came without their debtor and installments; face value, maturities and "
                              "concentration cover only the others.",
                              nullptr, int(analysis.analysedCount - analysis.assetsWithDetail))
                               .arg(locale.toString(analysis.analysedCount))
                         : tr("QI Tech's asset listing does not include debtors or installments, so face value, discount and "
                              "concentration cannot be computed from it."));
    }
    if (analysis.maturityBasis == AssetAnalysis::MaturityBasis::FinalMaturity)
        notes.append(
            tr("The maturity profile uses each asset's final maturity (the listing's duration), weighted by purchase value."));
    else if (analysis.maturityBasis == AssetAnalysis::MaturityBasis::None)
        notes.append(tr("No maturity information is available for a maturity profile."));
    if (analysis.analysedCount < analysis.assetCount)
        notes.append(tr("Denied and discarded assets are left out of the figures and charts except the status mix."));
    m_note->setText(notes.join(u'\n'));
    m_note->setVisible(!notes.isEmpty());
    m_checks->setChecks(analysis.checks);

    const AnalysisCharts::Style style = AnalysisCharts::currentStyle();
    replaceChart(m_maturity, AnalysisCharts::maturityChart(analysis, style));
    replaceChart(m_concentration, AnalysisCharts::concentrationChart(analysis, style));
    replaceChart(m_status, AnalysisCharts::statusMixChart(analysis, style));
    fillDebtors(analysis);
}

void AnalysisPanel::fillDebtors(const AssetAnalysis &analysis)
{
    const QLocale locale;
    m_debtors->setRowCount(0);
    const auto addRow = [&](const QString &name, const QString &document, Money value, double share) {
        const int row = m_debtors->rowCount();
        m_debtors->insertRow(row);
        m_debtors->setItem(row, 0, new QTableWidgetItem(name));
        m_debtors->setItem(row, 1, new QTableWidgetItem(document));
        auto *amount = new QTableWidgetItem(value.format(locale));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_debtors->setItem(row, 2, amount);
        auto *shareItem = new QTableWidgetItem(percent(share, locale));
        shareItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_debtors->setItem(row, 3, shareItem);
    };
    for (const AssetAnalysis::Debtor &debtor : analysis.topDebtors)
        addRow(debtor.name, debtor.document.isEmpty() ? QString() : DocumentNumber::parse(debtor.document).formatted(),
               debtor.faceValue, debtor.share);
    if (analysis.otherDebtors.assets > 0)
        addRow(tr("All %Ln other debtors", nullptr, analysis.debtorCount - int(analysis.topDebtors.size())), QString(),
               analysis.otherDebtors.faceValue, analysis.otherDebtors.share);
}

} // namespace cessio
