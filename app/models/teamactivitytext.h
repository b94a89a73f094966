#pragma once

#include "services/workspace/workspacewatcher.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace cessio {

// What the team is doing on a batch, in words (plain text: names and notes come from the workspace).
class TeamActivityText
{
    Q_DECLARE_TR_FUNCTIONS(cessio::TeamActivityText)

public:
    // One short line for the inbox's Team column: "Ana Souza reviewing", "Bruno Lima: recommends approve",
    // "Ana Souza approving since 10:02", "approved by Ana Souza 10:05"; "" when nothing is going on.
    static QString summary(const workspace::BatchActivity &activity, const workspace::Snapshot &snapshot);
    // An account key in words ("Itaú · ag. 0001 · cc 12345-6"), "" when the review does not know it.
    using AccountText = std::function<QString(const QString &accountKey)>;
    // Sentences for the review: who holds the claim, a decision under way or made, each recommendation.
    static QStringList details(const workspace::BatchActivity &activity, const workspace::Snapshot &snapshot,
                               const AccountText &accountText = {});
    // "Ana Souza recommends approving into Itaú · ag. 0001 · cc 12345-6 (10:02). Note: ...": the review's
    // line and what the approve and deny dialogs show and record.
    static QString recommendationLine(const workspace::Recommendation &recommendation, const QString &name,
                                      const AccountText &accountText = {});

private:
    static QString timeOf(qint64 ms);
};

} // namespace cessio
