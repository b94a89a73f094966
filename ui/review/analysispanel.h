#pragma once

#include "services/assetanalysis.h"

#include <QWidget>

#include <optional>

class QChartView;
class QGridLayout;
class QLabel;
class QTableWidget;

namespace cessio {

class ChecksPanel;

// The Analysis tab of a batch review: the key figures (purchase and face value, discount, weighted
// term, concentration index), the data-sanity checks, the three charts (maturity profile, concentration by debtor, status
// mix) and the top-debtor table with exact amounts. Says plainly what could not be computed.
class AnalysisPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AnalysisPanel(QWidget *parent = nullptr);

    // "Computing…" while the analysis runs on a worker thread.
    void setComputing();
    void setAnalysis(const AssetAnalysis &analysis, bool partialLoad);
    const std::optional<AssetAnalysis> &analysis() const { return m_analysis; }

    QChartView *maturityView() const { return m_maturity; }
    QChartView *concentrationView() const { return m_concentration; }
    QChartView *statusView() const { return m_status; }
    QTableWidget *debtorTable() const { return m_debtors; }
    ChecksPanel *checksPanel() const { return m_checks; }
    // The text of a figure, for tests: "purchase", "face", "discount", "term", "hhi", "debtors".
    QString figureText(const QString &name) const;

private:
    QLabel *addFigure(QGridLayout *grid, int row, int column, const QString &name, const QString &label);
    void fillDebtors(const AssetAnalysis &analysis);

    QLabel *m_note = nullptr;
    ChecksPanel *m_checks = nullptr;
    QChartView *m_maturity = nullptr;
    QChartView *m_concentration = nullptr;
    QChartView *m_status = nullptr;
    QTableWidget *m_debtors = nullptr;
    std::optional<AssetAnalysis> m_analysis;
};

} // namespace cessio
