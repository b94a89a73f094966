#pragma once

#include "services/assetchecks.h"

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace cessio {

// "Checks" in the Analysis tab: how many of the assets being bought each data-sanity rule flagged,
// why each rule matters, what could not be checked, how the batch fares against the fund's own rules
// (measured, limit, headroom), and buttons to list the flagged assets and to edit the fund's rules.
class ChecksPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit ChecksPanel(QWidget *parent = nullptr);

    void setComputing();
    void setChecks(const AssetChecks &checks);
    QString summaryText() const; // the plain text shown, for tests

Q_SIGNALS:
    void showFlaggedRequested();
    void editFundRulesRequested();

private:
    QString fundRulesHtml(const AssetChecks &checks) const;

    QLabel *m_summary = nullptr;
    QPushButton *m_showFlagged = nullptr;
    QPushButton *m_editRules = nullptr;
};

} // namespace cessio
