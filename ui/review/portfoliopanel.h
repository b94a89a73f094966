#pragma once

#include "services/portfolio/batchproforma.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace cessio {

// The Portfolio tab of a batch review (issue 11): the fund's portfolio before and after this batch
// against its net assets (PL) — each portfolio limit with its headroom or, in red, its excess; credit
// rights and their share of PL, HHI, weighted average term; the ten largest debtors and assignors; the
// CVM maturity buckets. Shows BatchProForma as computed on a worker; says plainly when the fund has no
// book or no PL yet, and how to add them.
class PortfolioPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PortfolioPanel(QWidget *parent = nullptr);

    void setComputing();
    // Before every asset is in: the pro-forma needs the whole batch.
    void setWaiting();
    void setProForma(const BatchProForma &proForma);

    QString noteText() const;
    QTableWidget *limitsTable() const { return m_limits; }
    QTableWidget *figuresTable() const { return m_figures; }
    QTableWidget *debtorsTable() const { return m_debtors; }
    QTableWidget *assignorsTable() const { return m_assignors; }
    QTableWidget *bucketsTable() const { return m_buckets; }

Q_SIGNALS:
    void fundBookRequested(); // "Fund portfolio…": the fund's book in FundBookDialog

private:
    void showNote(const QString &text);
    void clearTables();
    void fillLimits(const ProForma::Result &result);
    void fillFigures(const ProForma::Result &result);
    void fillExposures(QTableWidget *table, const ProForma::Result &result, bool debtors);
    void fillBuckets(const ProForma::Result &result);

    QLabel *m_note = nullptr;
    QLabel *m_limitsTitle = nullptr;
    QTableWidget *m_limits = nullptr;
    QTableWidget *m_figures = nullptr;
    QTableWidget *m_debtors = nullptr;
    QTableWidget *m_assignors = nullptr;
    QTableWidget *m_buckets = nullptr;
};

} // namespace cessio
