#include "notifier.h"

#include <QApplication>
#include <QLocale>
#include <QStatusBar>
#include <QSystemTrayIcon>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

Notifier::Notifier(QStatusBar *statusBar, QObject *parent)
    : QObject(parent)
    , m_statusBar(statusBar)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QApplication::applicationDisplayName());
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &Notifier::activated);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                Q_EMIT activated();
        });
        m_tray->show();
    }
}

Notifier::~Notifier() = default;

QString Notifier::titleFor(const QList<InboxEntry> &entries)
{
    return tr("%Ln new batch(es) awaiting your decision", nullptr, int(entries.size()));
}

QString Notifier::messageFor(const QList<InboxEntry> &entries)
{
    const QLocale locale;
    QStringList lines;
    for (qsizetype i = 0; i < entries.size() && i < 3; ++i) {
        const InboxEntry &entry = entries.at(i);
        const QString value = entry.batch.totalValue ? entry.batch.totalValue->format(locale) : QString();
        lines.append(value.isEmpty() ? tr("%1 — %2").arg(entry.assignor.name, entry.batch.externalId)
                                     : tr("%1 — %2, %3").arg(entry.assignor.name, entry.batch.externalId, value));
    }
    if (entries.size() > 3)
        lines.append(tr("and %Ln more", nullptr, int(entries.size() - 3)));
    return lines.join(u'\n');
}

QString Notifier::trayBodyFor(const QString &message)
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return message;
#else
    return message.toHtmlEscaped();
#endif
}

void Notifier::notifyNewBatches(const QList<InboxEntry> &entries)
{
    if (entries.isEmpty())
        return;
    m_lastTitle = titleFor(entries);
    m_lastMessage = messageFor(entries);
    if (m_tray)
        m_tray->showMessage(m_lastTitle, trayBodyFor(m_lastMessage), QApplication::windowIcon(), 10000);
    if (m_statusBar)
        m_statusBar->showMessage(m_lastTitle, 30000);
    QApplication::alert(m_statusBar ? m_statusBar->window() : nullptr);
    Q_EMIT notified(m_lastTitle, m_lastMessage);
}

} // namespace cessio
