#include "teamactivitytext.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

using namespace workspace;

QString TeamActivityText::timeOf(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().time(), QLocale::ShortFormat);
}

QString TeamActivityText::summary(const BatchActivity &activity, const Snapshot &snapshot)
{
    if (const auto &decided = activity.decided) {
        const QString name = snapshot.nameOf(decided->who);
        return decided->action == IntentAction::Deny ? tr("denied by %1 %2").arg(name, timeOf(decided->sinceMs))
                                                     : tr("approved by %1 %2").arg(name, timeOf(decided->sinceMs));
    }
    if (const auto &sending = activity.sending) {
        const QString name = snapshot.nameOf(sending->who);
        switch (sending->action) {
        case IntentAction::Approve:
            return tr("%1 approving since %2").arg(name, timeOf(sending->sinceMs));
        case IntentAction::Deny:
            return tr("%1 denying since %2").arg(name, timeOf(sending->sinceMs));
        case IntentAction::RemoveAssets:
            return tr("%1 removing assets since %2").arg(name, timeOf(sending->sinceMs));
        }
    }
    QStringList parts;
    if (const auto &claim = activity.claim)
        parts.append(claim->who == snapshot.me ? tr("you are reviewing") : tr("%1 reviewing").arg(snapshot.nameOf(claim->who)));
    if (!activity.recommendations.isEmpty()) {
        const Recommendation &latest = activity.recommendations.constLast();
        const QString name = snapshot.nameOf(latest.who);
        switch (latest.action) {
        case RecommendedAction::Approve:
            parts.append(tr("%1: recommends approve").arg(name));
            break;
        case RecommendedAction::Deny:
            parts.append(tr("%1: recommends deny").arg(name));
            break;
        case RecommendedAction::RemoveAssets:
            parts.append(tr("%1: recommends removing assets").arg(name));
            break;
        }
    }
    return parts.join(u" · "_s);
}

QString TeamActivityText::recommendationLine(const Recommendation &r, const QString &name, const AccountText &accountText)
{
    QString line;
    switch (r.action) {
    case RecommendedAction::Approve: {
        const QString words = r.accountKey.isEmpty() || !accountText ? QString() : accountText(r.accountKey);
        line = r.accountKey.isEmpty()
            ? tr("%1 recommends approving into the contract's default account (%2).").arg(name, timeOf(r.createdMs))
            : words.isEmpty() ? tr("%1 recommends approving into account %2 (%3).").arg(name, r.accountKey, timeOf(r.createdMs))
                              : tr("%1 recommends approving into %2 (%3).").arg(name, words, timeOf(r.createdMs));
        break;
    }
    case RecommendedAction::Deny:
        line = r.reason.isEmpty() ? tr("%1 recommends denying (%2).").arg(name, timeOf(r.createdMs))
                                  : tr("%1 recommends denying: %2 (%3).").arg(name, r.reason, timeOf(r.createdMs));
        break;
    case RecommendedAction::RemoveAssets:
        line = tr("%1 recommends removing %Ln asset(s) (%2).", nullptr, int(r.assetIds.size())).arg(name, timeOf(r.createdMs));
        break;
    }
    if (!r.note.isEmpty())
        line += u' ' + tr("Note: %1").arg(r.note);
    return line;
}

QStringList TeamActivityText::details(const BatchActivity &activity, const Snapshot &snapshot, const AccountText &accountText)
{
    QStringList lines;
    if (const auto &decided = activity.decided) {
        const QString name = snapshot.nameOf(decided->who);
        lines.append(decided->action == IntentAction::Deny
                         ? tr("%1 denied this batch at %2.").arg(name, timeOf(decided->sinceMs))
                         : tr("%1 approved this batch at %2.").arg(name, timeOf(decided->sinceMs)));
    } else if (const auto &sending = activity.sending) {
        const QString name = snapshot.nameOf(sending->who);
        switch (sending->action) {
        case IntentAction::Approve:
            lines.append(tr("%1 is approving this batch since %2.").arg(name, timeOf(sending->sinceMs)));
            break;
        case IntentAction::Deny:
            lines.append(tr("%1 is denying this batch since %2.").arg(name, timeOf(sending->sinceMs)));
            break;
        case IntentAction::RemoveAssets:
            lines.append(tr("%1 is removing assets from this batch since %2.").arg(name, timeOf(sending->sinceMs)));
            break;
        }
    }
    if (const auto &claim = activity.claim)
        lines.append(claim->who == snapshot.me
                         ? tr("You are reviewing this batch since %1; the team sees it.").arg(timeOf(claim->sinceMs))
                         : tr("%1 is reviewing this batch since %2.").arg(snapshot.nameOf(claim->who), timeOf(claim->sinceMs)));
    for (const Recommendation &r : activity.recommendations)
        lines.append(recommendationLine(r, snapshot.nameOf(r.who), accountText));
    return lines;
}

} // namespace cessio
