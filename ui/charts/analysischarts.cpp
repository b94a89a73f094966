#include "analysischarts.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QPalette>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace cessio::AnalysisCharts {

namespace {

// One brand teal for amounts, an amber for concentration; the status colours are paired with labels
// (never colour alone). All readable on light and dark backgrounds.
const QColor teal(0x2a, 0x8c, 0x74);
const QColor amber(0xd9, 0x9a, 0x1e);
const QColor grey(0x8a, 0x8f, 0x94);

QColor statusColour(AssetStatus::Value status)
{
    switch (status) {
    case AssetStatus::PreApproved:
        return QColor(0x2a, 0x8c, 0x74);
    case AssetStatus::Completed:
        return QColor(0x3b, 0x7d, 0xc4);
    case AssetStatus::PendingEligibility:
    case AssetStatus::PendingDocumentation:
        return QColor(0xd9, 0x9a, 0x1e);
    case AssetStatus::Denied:
        return QColor(0xc8, 0x4b, 0x4b);
    case AssetStatus::Discarded:
    case AssetStatus::Unknown:
        return grey;
    }
    return grey;
}

QChart *newChart(const Style &style, const QString &title)
{
    auto *chart = new QChart;
    chart->setTheme(style.dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setLocale(style.locale);
    chart->setLocalizeNumbers(true);
    chart->setAnimationOptions(style.animated ? QChart::SeriesAnimations : QChart::NoAnimation);
    if (style.transparentBackground) {
        chart->setBackgroundVisible(false);
        chart->setPlotAreaBackgroundVisible(false);
    }
    chart->setTitle(title);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(std::max(9.0, titleFont.pointSizeF()));
    chart->setTitleFont(titleFont);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->legend()->setVisible(false);
    return chart;
}

// The unit that keeps axis numbers short.
struct Unit
{
    double divisor = 100.0; // centavos per unit
    QString title;
};

Unit unitFor(qint64 maxCentavos)
{
    if (maxCentavos >= 100'000'000'00LL)
        return { 100'000'000.0, QCoreApplication::translate("AnalysisCharts", "R$ million") };
    if (maxCentavos >= 100'000'00LL)
        return { 100'000.0, QCoreApplication::translate("AnalysisCharts", "R$ thousand") };
    return { 100.0, QCoreApplication::translate("AnalysisCharts", "R$") };
}

// A value axis from zero to a round number just above `max`.
QValueAxis *valueAxis(double max, const QString &title, const QString &format)
{
    auto *axis = new QValueAxis;
    axis->setRange(0.0, max <= 0.0 ? 1.0 : max * 1.08);
    axis->applyNiceNumbers();
    axis->setLabelFormat(format);
    axis->setTitleText(title);
    return axis;
}

QString shortened(const QString &text, int length)
{
    return text.size() <= length ? text : text.left(length - 1) + u'…';
}

// QtCharts draws axis labels, legend entries and slice labels as HTML: a debtor's name or a status the
// server made up goes in escaped, so it shows as written and never as markup.
QString label(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

Style currentStyle()
{
    const QPalette palette = QApplication::palette();
    Style style;
    style.dark = palette.color(QPalette::Window).lightness() < 128;
    style.locale = QLocale();
    return style;
}

QChart *maturityChart(const AssetAnalysis &analysis, const Style &style)
{
    QChart *chart = newChart(style, QCoreApplication::translate("AnalysisCharts", "Maturity profile"));
    qint64 max = 0;
    for (const auto &bucket : analysis.maturity)
        max = std::max(max, bucket.value.centavos());
    const Unit unit = unitFor(max);

    auto *set = new QBarSet(analysis.maturityBasis == AssetAnalysis::MaturityBasis::FinalMaturity
                                ? QCoreApplication::translate("AnalysisCharts", "Purchase value by final maturity")
                                : QCoreApplication::translate("AnalysisCharts", "Face value due"));
    set->setColor(teal);
    set->setBorderColor(teal);
    QStringList categories;
    for (int i = 0; i < AssetAnalysis::bucketCount; ++i) {
        categories.append(AssetAnalysis::bucketShortLabel(AssetAnalysis::Bucket(i)));
        set->append(double(analysis.maturity[std::size_t(i)].value.centavos()) / unit.divisor);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.65);
    chart->addSeries(series);

    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setTitleText(QCoreApplication::translate("AnalysisCharts", "Days after the batch date"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    QValueAxis *axisY = valueAxis(double(max) / unit.divisor, unit.title, u"%.0f"_s);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    return chart;
}

QChart *concentrationChart(const AssetAnalysis &analysis, const Style &style)
{
    QChart *chart = newChart(style, QCoreApplication::translate("AnalysisCharts", "Concentration by debtor"));
    auto *set = new QBarSet(QCoreApplication::translate("AnalysisCharts", "Share of face value (%)"));
    set->setColor(amber);
    set->setBorderColor(amber);
    QStringList categories;
    // Horizontal bars are drawn bottom-up: append the smallest first so the largest is on top.
    if (analysis.otherDebtors.assets > 0) {
        categories.append(QCoreApplication::translate("AnalysisCharts", "Others (%Ln debtors)", nullptr,
                                                      analysis.debtorCount - int(analysis.topDebtors.size())));
        set->append(std::round(analysis.otherDebtors.share * 1000.0) / 10.0);
    }
    for (auto it = analysis.topDebtors.crbegin(); it != analysis.topDebtors.crend(); ++it) {
        categories.append(label(shortened(it->name.isEmpty() ? it->document : it->name, 30)));
        set->append(std::round(it->share * 1000.0) / 10.0);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsFormat(u"@value %"_s);
    series->setLabelsPrecision(4);
    set->setLabelColor(style.dark ? QColor(0xe8, 0xe8, 0xe8) : QColor(0x20, 0x20, 0x20));
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);

    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    double max = analysis.otherDebtors.share;
    for (const auto &debtor : analysis.topDebtors)
        max = std::max(max, debtor.share);
    QValueAxis *axisX = valueAxis(std::min(100.0, max * 100.0 * 1.15),
                                  QCoreApplication::translate("AnalysisCharts", "% of face value"), u"%.0f"_s);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    return chart;
}

QChart *statusMixChart(const AssetAnalysis &analysis, const Style &style)
{
    QChart *chart = newChart(style, QCoreApplication::translate("AnalysisCharts", "Assets by status"));
    auto *series = new QPieSeries;
    series->setHoleSize(0.5);
    series->setPieSize(0.72);
    for (const AssetAnalysis::StatusTotal &total : analysis.statusMix) {
        QPieSlice *slice = series->append(label(QCoreApplication::translate("AnalysisCharts", "%1: %2")
                                                    .arg(total.status.displayName(), style.locale.toString(total.count))),
                                          total.count);
        slice->setColor(statusColour(total.status.value()));
        slice->setBorderColor(style.dark ? QColor(0x2b, 0x2b, 0x2b) : Qt::white);
        slice->setLabelVisible(false);
    }
    chart->addSeries(series);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

} // namespace cessio::AnalysisCharts
