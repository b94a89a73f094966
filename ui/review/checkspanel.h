#pragma once

#include "services/assetchecks.h"

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace cessio {

// "Checks" in the Analysis tab: how many of the assets being bought each data-sanity rule flagged,
// why each rule matters, what could not be checked, and a button to list the flagged assets.
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

private:
    QLabel *m_summary = nullptr;
    QPushButton *m_showFlagged = nullptr;
};

} // namespace cessio
