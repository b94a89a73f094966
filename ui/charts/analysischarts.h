#pragma once

#include "services/assetanalysis.h"

#include <QLocale>

class QChart;

namespace cessio {

// The analysis charts of a batch review, built from AssetAnalysis as plain QChart objects (no
// widgets) so the batch review shows them in a QChartView and the approval memo paints them on a PDF.
// Numbers on the charts are localised; exact amounts belong in the tables next to them.
namespace AnalysisCharts {

struct Style
{
    bool dark = false; // a dark window palette: light text, no white background
    QLocale locale; // numbers and money
    bool transparentBackground = true; // blend into the window; the PDF sets false for white paper
    bool animated = false;
};

// Face value per maturity bucket (days after the batch date), in a unit that fits (R$, thousand, million).
QChart *maturityChart(const AssetAnalysis &analysis, const Style &style);
// Share of face value of the ten largest debtors and of all the others together, largest first.
QChart *concentrationChart(const AssetAnalysis &analysis, const Style &style);
// Assets per status (count), as a ring.
QChart *statusMixChart(const AssetAnalysis &analysis, const Style &style);

// The style for the application's current palette and default locale.
Style currentStyle();

} // namespace AnalysisCharts

} // namespace cessio
