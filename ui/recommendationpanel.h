#pragma once

#include "models/teamactivitytext.h"
#include "services/auditentry.h"
#include "services/workspace/foureyespolicy.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace cessio {

// A colleague's recommendation in the approve and deny dialogs (issue 10, four-eyes): who recommended
// what and when, the account in words and the note; when the decision being taken differs from it
// (another account, deny instead of approve) a written disagreement note is required first. When the
// fund's four-eyes policy applies and nobody else has recommended, it says so and holds the decision.
// Hidden while there is nothing to say. Everything from the workspace is shown as plain text.
class RecommendationPanel : public QWidget
{
    Q_OBJECT

public:
    // A note shorter than this (trimmed) is not taken, as for a portfolio justification.
    static constexpr int minimumNote = 20;

    explicit RecommendationPanel(QWidget *parent = nullptr);

    // Until set(), the decision waits for the workspace's answer.
    void awaitAnswer();
    // The workspace's answer for this batch and round (nullopt: it could not be asked; the decision
    // gate says so when sending).
    void set(const std::optional<FourEyesVerdict> &verdict, const TeamActivityText::AccountText &accountText);
    // What the decider is about to do (approve: into `accountKey`, "" = the contract's default).
    void setDecision(workspace::RecommendedAction action, const QString &accountKey = {});

    bool agrees() const;
    bool isSatisfied() const; // answered, not held by the policy, and any disagreement explained
    bool isAnswered() const { return m_answered; } // the workspace said whether a recommendation exists
    QString note() const; // trimmed
    void setEditable(bool editable);
    // recommended_by, recommendation, agreement, disagreement_note: only when there is a recommendation.
    void fill(AuditEntry::Shown &shown) const;

Q_SIGNALS:
    void changed();

private:
    void update();

    bool m_answered = true;
    std::optional<FourEyesVerdict> m_verdict;
    QString m_text; // the recommendation in words
    workspace::RecommendedAction m_action = workspace::RecommendedAction::Approve;
    QString m_accountKey;
    QLabel *m_label = nullptr;
    QLabel *m_noteLabel = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace cessio
