#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace cessio {

class BatchReview;

// The row of actions under a batch's facts: Approve, Deny, Remove ticked assets, the two terms and
// the two exports. Enabled from the review's typed state; while Approve waits for the assets and
// their checks, a line beside it says why and how far along they are.
class ReviewActionBar : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewActionBar(QWidget *parent = nullptr);

    // Enables each action from `review` and the number of ticked assets.
    void update(const BatchReview &review, int ticked);

    // Why Approve is not offered (with progress), or "" when it is. Also the Approve action's tooltip.
    static QString approveBlockText(const BatchReview &review);
    // Why Deny is not offered, or "".
    static QString decideBlockText(const BatchReview &review);

Q_SIGNALS:
    void approveClicked();
    void denyClicked();
    void removeClicked();
    void termClicked(bool signedTerm);
    void exportCsvClicked();
    void exportMemoClicked();

private:
    QPushButton *addButton(const QString &name, const QString &icon, const QString &text, const QString &tip);

    QPushButton *m_approve = nullptr;
    QPushButton *m_deny = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_term = nullptr;
    QPushButton *m_signedTerm = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QPushButton *m_exportMemo = nullptr;
    QLabel *m_approveHint = nullptr;
};

} // namespace cessio
