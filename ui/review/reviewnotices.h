#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;

namespace cessio {

class BatchReview;

// The lines above a review's actions that tell the manager something happened to the batch: an
// asset removal that stopped midway ("N assets still to remove [Finish removal]"), and a batch that
// changed at QI Tech while the review was open ("now … — reloaded"). Neither is modal.
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

Q_SIGNALS:
    void finishRemovalClicked();

private:
    QWidget *createLine(const QString &name, const QString &icon, QLabel *text);

    QWidget *m_removal = nullptr;
    QLabel *m_removalText = nullptr;
    QWidget *m_change = nullptr;
    QLabel *m_changeText = nullptr;
};

} // namespace cessio
