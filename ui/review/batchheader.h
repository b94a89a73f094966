#pragma once

#include "core/batch.h"
#include "core/responses.h"
#include "services/assetchecks.h"

#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;

namespace cessio {

// The key facts of a batch at the top of its review: who (fund, assignor, consultant, originators),
// which (number, date, configuration, status), how much (totals and counts from assets_summary, IRR,
// discounts), where the money goes (the disbursement account, once chosen) and whether the checks
// flagged any asset. Every value is
// selectable text, so a manager can copy a CNPJ or an amount.
class BatchHeader : public QWidget
{
    Q_OBJECT

public:
    explicit BatchHeader(QWidget *parent = nullptr);

    void setBatch(const Batch &batch);
    void setSummary(const AssetsSummary &summary);
    // The checks' verdict in a line, with a link to the flagged assets; "…" while they run.
    void setChecks(const AssetChecks &checks);
    void setChecksComputing();

    // The text of a fact, for tests: "fund", "assignor", "total", "assets", "irr", "alerts", ...
    QString factText(const QString &name) const;

Q_SIGNALS:
    void showFlaggedRequested();

private:
    QLabel *addFact(QGridLayout *grid, int row, int column, const QString &name, const QString &label);
    void updateTotals();

    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_fund = nullptr;
    QLabel *m_assignor = nullptr;
    QLabel *m_consultant = nullptr;
    QLabel *m_originators = nullptr;
    QLabel *m_date = nullptr;
    QLabel *m_configuration = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_assets = nullptr;
    QLabel *m_irr = nullptr;
    QLabel *m_discounts = nullptr;
    QLabel *m_account = nullptr;
    QLabel *m_alerts = nullptr;
    std::optional<Batch> m_batch;
    std::optional<AssetsSummary> m_summary;
};

} // namespace cessio
