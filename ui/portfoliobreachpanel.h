#pragma once

#include "services/portfolio/proforma.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace cessio {

// Portfolio limits in the approve dialog (issue 11): the limits this batch breaks once the fund's
// portfolio is counted, named with their excess, and a written justification the manager must give
// before approving anyway. The justification and the limits go into the decision record and the memo.
class PortfolioBreachPanel : public QWidget
{
    Q_OBJECT

public:
    // A justification shorter than this (trimmed) is not taken: a word or two explains nothing.
    static constexpr int minimumJustification = 20;

    explicit PortfolioBreachPanel(const ProForma::Result &proForma, QWidget *parent = nullptr);

    bool isSatisfied() const; // justification long enough
    QStringList breachKeys() const { return m_keys; } // ProForma::Verdict::key of each limit broken
    QString justification() const; // trimmed
    void setEditable(bool editable);

Q_SIGNALS:
    void changed();

private:
    void updateHint();

    QStringList m_keys;
    QPlainTextEdit *m_justification = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace cessio
