#include "startupprobe.h"

#include "inboxview.h"
#include "mainwindow.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTableView>

#include <cstdio>

namespace cessio {

namespace {

// Waits for the inbox table's first paint after the session's first refresh.
class InboxPaintFilter : public QObject
{
public:
    InboxPaintFilter(MainWindow *window, QElapsedTimer clock, bool quit)
        : QObject(window)
        , m_window(window)
        , m_clock(clock)
        , m_quit(quit)
    { }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_window->hasLoadedInbox()) {
            std::fprintf(stderr, "cessio-startup: inbox-painted %lld\n", static_cast<long long>(m_clock.elapsed()));
            std::fflush(stderr);
            watched->removeEventFilter(this);
            if (m_quit)
                QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
        }
        return false;
    }

private:
    MainWindow *m_window;
    QElapsedTimer m_clock;
    bool m_quit;
};

} // namespace

StartupProbe::StartupProbe()
{
    const QByteArray setting = qgetenv("CESSIO_STARTUP_PROBE");
    m_on = !setting.isEmpty() && setting != "0";
    m_quit = setting == "quit";
    m_clock.start();
}

void StartupProbe::mark(const char *step) const
{
    if (m_on)
        std::fprintf(stderr, "cessio-startup: %s %lld\n", step, static_cast<long long>(m_clock.elapsed()));
}

void StartupProbe::watch(MainWindow *window) const
{
    if (m_on)
        window->inboxView()->table()->viewport()->installEventFilter(new InboxPaintFilter(window, m_clock, m_quit));
}

} // namespace cessio
