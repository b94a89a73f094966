#include "recommendationpanel.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

using namespace workspace;

RecommendationPanel::RecommendationPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"recommendationPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_label->setObjectName(u"recommendationText"_s);
    m_label->setTextFormat(Qt::PlainText); // names, accounts and notes from the team's workspace
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_noteLabel = new QLabel(tr("Your decision differs from this recommendation. &Why (goes into the decision record and "
                                "the memo):"),
                             this);
    m_noteLabel->setWordWrap(true);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(u"disagreementNoteEdit"_s);
    m_note->setAccessibleName(tr("Why the decision differs from the recommendation"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    m_noteLabel->setBuddy(m_note);
    m_hint = new QLabel(this);
    m_hint->setObjectName(u"disagreementNoteHint"_s);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_label);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_note);
    layout->addWidget(m_hint);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        update();
        Q_EMIT changed();
    });
    update();
}

void RecommendationPanel::awaitAnswer()
{
    m_answered = false;
    update();
    Q_EMIT changed();
}

void RecommendationPanel::set(const std::optional<FourEyesVerdict> &verdict, const TeamActivityText::AccountText &accountText)
{
    m_answered = true;
    m_verdict = verdict;
    m_text = verdict && verdict->recommendation
        ? TeamActivityText::recommendationLine(*verdict->recommendation, verdict->recommenderName, accountText)
        : QString();
    update();
    Q_EMIT changed();
}

void RecommendationPanel::setDecision(RecommendedAction action, const QString &accountKey)
{
    m_action = action;
    m_accountKey = accountKey;
    update(); // no changed(): the dialog calls this while updating its own state
}

bool RecommendationPanel::agrees() const
{
    if (!m_verdict || !m_verdict->recommendation)
        return true;
    const Recommendation &r = *m_verdict->recommendation;
    return r.action == m_action && (m_action != RecommendedAction::Approve || r.accountKey == m_accountKey);
}

QString RecommendationPanel::note() const
{
    return m_note->toPlainText().trimmed();
}

bool RecommendationPanel::isSatisfied() const
{
    if (!m_answered || (m_verdict && !m_verdict->satisfied()))
        return false;
    return agrees() || note().size() >= minimumNote;
}

void RecommendationPanel::setEditable(bool editable)
{
    m_note->setReadOnly(!editable);
}

void RecommendationPanel::fill(AuditEntry::Shown &shown) const
{
    if (!m_verdict || !m_verdict->recommendation)
        return;
    shown.recommendedBy = m_verdict->recommenderName == m_verdict->recommendation->who
        ? m_verdict->recommenderName
        : tr("%1 (%2)").arg(m_verdict->recommenderName, m_verdict->recommendation->who);
    shown.recommendation = m_text;
    shown.agreement = agrees() ? u"agrees"_s : u"disagrees"_s;
    if (!agrees())
        shown.disagreementNote = note();
}

void RecommendationPanel::update()
{
    const bool differs = !agrees();
    if (!m_answered)
        m_label->setText(tr("Asking the team workspace for a colleague's recommendation…"));
    else if (m_verdict && !m_verdict->satisfied())
        m_label->setText(m_verdict->refusal());
    else
        m_label->setText(m_text);
    const int missing = minimumNote - int(note().size());
    m_noteLabel->setVisible(differs);
    m_note->setVisible(differs);
    m_hint->setText(missing > 0 ? tr("At least %Ln more character(s).", nullptr, missing) : QString());
    m_hint->setVisible(differs && missing > 0);
    setVisible(!m_label->text().isEmpty());
}

} // namespace cessio
