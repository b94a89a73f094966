#pragma once

#include "services/inboxservice.h"

#include <QObject>
#include <QPointer>

class QStatusBar;
class QSystemTrayIcon;

namespace cessio {

// Tells the manager that new batches need a decision: a desktop notification through the system
// tray where there is one, a status-bar message otherwise (and always, so it is never missed).
class Notifier : public QObject
{
    Q_OBJECT

public:
    Notifier(QStatusBar *statusBar, QObject *parent = nullptr);
    ~Notifier() override;

    bool usesTray() const { return m_tray != nullptr; }
    void notifyNewBatches(const QList<InboxEntry> &entries);
    // The text of the last notification, for tests.
    QString lastTitle() const { return m_lastTitle; }
    QString lastMessage() const { return m_lastMessage; }

    static QString titleFor(const QList<InboxEntry> &entries);
    static QString messageFor(const QList<InboxEntry> &entries);
    // The message as the system tray shows it: on Linux the desktop's notification server reads the
    // body as markup (freedesktop "body-markup": links, images), so an assignor named "<a href=…>" would
    // become a link there; it is escaped. Windows and macOS show the body as plain text already.
    static QString trayBodyFor(const QString &message);

Q_SIGNALS:
    void notified(const QString &title, const QString &message);
    void activated(); // the user clicked the notification or the tray icon

private:
    QPointer<QStatusBar> m_statusBar;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastTitle;
    QString m_lastMessage;
};

} // namespace cessio
