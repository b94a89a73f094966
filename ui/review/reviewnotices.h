#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace cessio {

class BatchReview;
struct BatchChange;

// The lines above a review's actions that tell the manager something happened to the batch: an
// asset removal that stopped midway ("N assets still to remove [Finish removal]"), and a batch that
// changed at QI Tech while the review was open ("now … — reloaded"), and what changed since the last
// review kept in the workspace ("Since your review on …", with its list on request). None is modal.
class ReviewNotices : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewNotices(QWidget *parent = nullptr);

    // Shows or hides the removal line from the review's remaining assets.
    void showRemaining(const QStringList &remainingAssets);
    // "This batch changed at QI Tech: now …": the review's batch and summary as just re-read.
    void showChangedAtQi(const BatchReview &review);
    QString changeText() const;
    // "Since your review on 05/12 10:02: 3 assets added, … — +R$ 12.345,67" and, behind a button, the list.
    void showSinceReview(const BatchChange &change);
    QString sinceReviewText() const; // "" when hidden
    QString sinceReviewList() const; // the list, as shown when asked for

Q_SIGNALS:
    void finishRemovalClicked();

private:
    QWidget *createLine(const QString &name, const QString &icon, QLabel *text);

    QWidget *m_removal = nullptr;
    QLabel *m_removalText = nullptr;
    QWidget *m_change = nullptr;
    QLabel *m_changeText = nullptr;
    QWidget *m_since = nullptr;
    QLabel *m_sinceText = nullptr;
    QPushButton *m_sinceListButton = nullptr;
    QPlainTextEdit *m_sinceList = nullptr;
};

} // namespace cessio
