#include "screenshot.h"

#include "mainwindow.h"
#include "review/batchreviewview.h"
#include "services/batchreview.h"
#include "services/inboxscreening.h"
#include "services/inboxservice.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

constexpr int paintDelayMs = 400; // let the last layout and chart animations settle
constexpr int giveUpMs = 180000;

void saveAndQuit(MainWindow *window, const QString &file)
{
    QTimer::singleShot(paintDelayMs, window, [window, file] {
        const bool saved = window->grab().save(file);
        if (!saved)
            std::fprintf(stderr, "%s\n", qUtf8Printable(QCoreApplication::translate("main", "Could not save %1").arg(file)));
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

void fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qUtf8Printable(message));
    QCoreApplication::exit(1);
}

} // namespace

std::optional<Screenshot> Screenshot::fromOptions(const QString &file, const QString &batch, const QString &tab)
{
    Screenshot shot;
    shot.file = file;
    shot.batchExternalId = batch;
    const QString name = tab.trimmed().toLower();
    if (name.isEmpty() || name == u"assets")
        shot.tab = int(BatchReviewView::Tab::Assets);
    else if (name == u"analysis")
        shot.tab = int(BatchReviewView::Tab::Analysis);
    else if (name == u"portfolio")
        shot.tab = int(BatchReviewView::Tab::Portfolio);
    else if (name == u"timeline")
        shot.tab = int(BatchReviewView::Tab::Timeline);
    else
        return std::nullopt;
    return shot;
}

void Screenshot::attach(MainWindow *window) const
{
    if (file.isEmpty() && batchExternalId.isEmpty())
        return;
    const Screenshot plan = *this;
    if (afterMs > 0 && !file.isEmpty() && batchExternalId.isEmpty()) {
        QTimer::singleShot(afterMs, window, [window, plan] { saveAndQuit(window, plan.file); });
        return;
    }
    const auto onInbox = [window, plan] {
        if (plan.batchExternalId.isEmpty()) {
            if (plan.file.isEmpty())
                return;
            // The inbox a moment later, as a manager sees it: its background checks done.
            InboxScreening *screening = window->screening();
            if (!screening || screening->isIdle())
                saveAndQuit(window, plan.file);
            else
                QObject::connect(
                    screening, &InboxScreening::idle, window, [window, plan] { saveAndQuit(window, plan.file); },
                    Qt::SingleShotConnection);
            return;
        }
        const auto &entries = window->inbox()->entries();
        const auto it = std::find_if(entries.cbegin(), entries.cend(),
                                     [&](const InboxEntry &entry) { return entry.ref.externalId == plan.batchExternalId; });
        if (it == entries.cend()) {
            fail(QCoreApplication::translate("main", "Batch %1 is not in the inbox.").arg(plan.batchExternalId));
            return;
        }
        BatchReviewView *review = window->openBatch(it->ref);
        review->setTab(BatchReviewView::Tab(plan.tab));
        if (plan.file.isEmpty())
            return;
        // With --quit-after, the review that long after it opened (the demo's books written meanwhile).
        const auto shoot = [window, plan] {
            if (plan.afterMs > 0)
                QTimer::singleShot(plan.afterMs, window, [window, plan] { saveAndQuit(window, plan.file); });
            else
                saveAndQuit(window, plan.file);
        };
        if (review->batchReview()->isFullyLoaded())
            shoot();
        else
            QObject::connect(review->batchReview(), &BatchReview::fullyLoaded, window, shoot, Qt::SingleShotConnection);
    };
    QObject::connect(window, &MainWindow::inboxLoaded, window, onInbox, Qt::SingleShotConnection);
    if (!file.isEmpty()) {
        QTimer::singleShot(giveUpMs, window,
                           [] { fail(QCoreApplication::translate("main", "Gave up waiting for the window to load.")); });
    }
}

} // namespace cessio
