#pragma once

#include "services/workspace/workspacewatcher.h"

#include <QCoreApplication>
#include <QStringList>

namespace cessio {

// What the team is doing on a batch, in words (plain text: names and notes come from the workspace).
class TeamActivityText
{
    Q_DECLARE_TR_FUNCTIONS(cessio::TeamActivityText)

public:
    // One short line for the inbox's Team column: "Ana Souza reviewing", "Bruno Lima: recommends approve",
    // "Ana Souza approving since 10:02", "approved by Ana Souza 10:05"; "" when nothing is going on.
    static QString summary(const workspace::BatchActivity &activity, const workspace::Snapshot &snapshot);
    // Sentences for the review: who holds the claim, a decision under way or made, each recommendation.
    static QStringList details(const workspace::BatchActivity &activity, const workspace::Snapshot &snapshot);

private:
    static QString timeOf(qint64 ms);
    static QString recommendationLine(const workspace::Recommendation &recommendation, const QString &name);
};

} // namespace cessio
