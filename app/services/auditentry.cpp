#include "auditentry.h"

#include "services/auditseal.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#include <vector>
#endif

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

template<typename V>
struct Name
{
    V value;
    const char16_t *machine;
    const char *display; // QT_TRANSLATE_NOOP, translated on use
};

// The single place each action and outcome is spelled. Machine names are part of the file format.
constexpr Name<AuditEntry::Action> actionNames[] = {
    { AuditEntry::Action::Approve, u"approve", QT_TRANSLATE_NOOP("AuditEntry", "Approval") },
    { AuditEntry::Action::Deny, u"deny", QT_TRANSLATE_NOOP("AuditEntry", "Denial") },
    { AuditEntry::Action::Reopen, u"reopen", QT_TRANSLATE_NOOP("AuditEntry", "Reopening") },
    { AuditEntry::Action::RemoveAsset, u"remove_asset", QT_TRANSLATE_NOOP("AuditEntry", "Asset removal") },
    { AuditEntry::Action::CloseInsertion, u"close_insertion", QT_TRANSLATE_NOOP("AuditEntry", "Closing asset insertion") },
    { AuditEntry::Action::Reconcile, u"reconcile", QT_TRANSLATE_NOOP("AuditEntry", "Reconciliation") },
    { AuditEntry::Action::Note, u"note", QT_TRANSLATE_NOOP("AuditEntry", "Note") },
};

constexpr Name<AuditEntry::Outcome> outcomeNames[] = {
    { AuditEntry::Outcome::Pending, u"pending", QT_TRANSLATE_NOOP("AuditEntry", "Request started") },
    { AuditEntry::Outcome::Succeeded, u"succeeded", QT_TRANSLATE_NOOP("AuditEntry", "Succeeded") },
    { AuditEntry::Outcome::Failed, u"failed", QT_TRANSLATE_NOOP("AuditEntry", "Failed") },
    { AuditEntry::Outcome::Unknown, u"unknown", QT_TRANSLATE_NOOP("AuditEntry", "Outcome unknown") },
    { AuditEntry::Outcome::ResolvedApplied, u"resolved_applied", QT_TRANSLATE_NOOP("AuditEntry", "Confirmed: took effect") },
    { AuditEntry::Outcome::ResolvedNotApplied, u"resolved_not_applied",
      QT_TRANSLATE_NOOP("AuditEntry", "Confirmed: did not take effect") },
    { AuditEntry::Outcome::None, u"none", nullptr } // shown as a dash,
};

template<typename V, std::size_t N>
const Name<V> *findValue(V value, const Name<V> (&names)[N])
{
    for (const auto &name : names) {
        if (name.value == value)
            return &name;
    }
    return nullptr;
}

template<typename V, std::size_t N>
std::optional<V> findMachine(QStringView machine, const Name<V> (&names)[N])
{
    for (const auto &name : names) {
        if (machine == QStringView(name.machine))
            return name.value;
    }
    return std::nullopt;
}

} // namespace

void AuditEntry::Request::setBody(const QByteArray &bytes)
{
    body = QString::fromUtf8(bytes);
    bodySha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString AuditEntry::Response::excerptOf(const QByteArray &body)
{
    QString text = QString::fromUtf8(body);
    if (text.size() <= excerptLimit)
        return text;
    qsizetype cut = excerptLimit;
    if (text.at(cut - 1).isHighSurrogate())
        --cut; // never split a surrogate pair
    return text.left(cut) + u'\u2026';
}

QString AuditEntry::computeHash(const QString &previousHash, const QByteArray &body)
{
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(previousHash.toLatin1());
    sha.addData(body);
    return QString::fromLatin1(sha.result().toHex());
}

QString AuditEntry::computeSeal(const AuditKey &key, const QString &previousHash, const QByteArray &body)
{
    return key.mac(QByteArray(previousHash.toLatin1() + body));
}

QString AuditEntry::genesisHash()
{
    return QString(64, u'0');
}

QString AuditEntry::actionName(Action action)
{
    const auto *name = findValue(action, actionNames);
    return name ? QString::fromUtf16(name->machine) : QString();
}

std::optional<AuditEntry::Action> AuditEntry::actionFromName(QStringView name)
{
    return findMachine(name, actionNames);
}

QString AuditEntry::actionDisplayName(Action action)
{
    const auto *name = findValue(action, actionNames);
    return name ? QCoreApplication::translate("AuditEntry", name->display) : QString();
}

QString AuditEntry::outcomeName(Outcome outcome)
{
    const auto *name = findValue(outcome, outcomeNames);
    return name ? QString::fromUtf16(name->machine) : QString();
}

std::optional<AuditEntry::Outcome> AuditEntry::outcomeFromName(QStringView name)
{
    return findMachine(name, outcomeNames);
}

QString AuditEntry::outcomeDisplayName(Outcome outcome)
{
    const auto *name = findValue(outcome, outcomeNames);
    if (!name)
        return QString();
    return name->display ? QCoreApplication::translate("AuditEntry", name->display) : u"\u2014"_s;
}

QString AuditEntry::currentUserName()
{
    static const QString name = [] {
#ifdef Q_OS_UNIX
        // The account the process runs as, not $USER (which any shell can set to anything).
        std::vector<char> buffer(16384);
        passwd entry {};
        passwd *found = nullptr;
        if (getpwuid_r(geteuid(), &entry, buffer.data(), buffer.size(), &found) == 0 && found && found->pw_name)
            return QString::fromLocal8Bit(found->pw_name);
#endif
        QString name = qEnvironmentVariable("USERNAME"); // Windows
        if (name.isEmpty())
            name = qEnvironmentVariable("USER");
        return name;
    }(); // the account cannot change while the program runs
    return name;
}

QString AuditEntry::currentHostName()
{
    static const QString name = QSysInfo::machineHostName();
    return name;
}

} // namespace cessio
