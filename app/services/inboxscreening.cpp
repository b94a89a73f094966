#include "inboxscreening.h"

#include "services/freedmemory.h"
#include "services/fundrules.h"
#include "services/settings.h"
#include "services/titleindex.h"
#include "services/workspace/fundrulesdocument.h"
#include "services/workspace/workspacerunner.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <climits>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

InboxScreening::Result InboxScreening::Result::of(const AssetChecks &checks)
{
    Result result;
    result.checkedCount = checks.checkedCount;
    result.uncheckedCount = checks.uncheckedCount;
    result.flaggedCount = checks.flaggedCount();
    result.assetsPerRule = checks.assetsPerRule;
    for (const FundRules::Verdict &verdict : checks.fundRuleVerdicts) {
        if (!verdict.passed)
            result.brokenFundRules.append(AssetChecks::tr("%1: %2").arg(verdict.name, verdict.outcome()));
    }
    result.fundRulesProblem = checks.fundRulesProblem;
    return result;
}

InboxScreening::InboxScreening(ApiClient *client, Settings *settings, std::shared_ptr<TitleIndex> titleIndex, QObject *parent)
    : QObject(parent)
    , m_client(new ApiClient(client->transport(), this))
    , m_settings(settings)
    , m_titleIndex(std::move(titleIndex))
{
    m_client->setPageSize(client->pageSize());
    m_client->setPagesInFlight(2);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &InboxScreening::onChecked);
    if (m_settings) {
        connect(m_settings, &Settings::changed, this, [this](Settings::Key key, const QString &suffix) {
            if (key == Settings::Key::FundRules)
                fundRulesChanged(suffix);
        });
    }
}

InboxScreening::~InboxScreening()
{
    ++m_generation;
    if (m_current && m_current->fetcher)
        m_current->fetcher->cancel();
}

void InboxScreening::setPagesInFlight(int pages)
{
    m_client->setPagesInFlight(std::max(1, pages));
}

QString InboxScreening::signatureOf(const InboxEntry &entry)
{
    return entry.batch.status.apiName() + u'|' + QString::number(entry.batch.numberOfAssets.value_or(-1)) + u'|'
        + (entry.batch.totalValue ? QString::number(entry.batch.totalValue->centavos()) : u"-"_s);
}

void InboxScreening::screen(const QList<InboxEntry> &entries)
{
    QHash<QString, InboxEntry> pending;
    for (const InboxEntry &entry : entries) {
        if (entry.batch.status.value() == BatchStatus::PendingManagerApproval)
            pending.insert(entry.key(), entry);
    }
    // Forget what is no longer awaiting, or has changed since it was checked.
    QStringList changed;
    for (auto it = m_known.begin(); it != m_known.end();) {
        const auto now = pending.constFind(it.key());
        if (now == pending.constEnd() || signatureOf(*now) != it->signature) {
            changed.append(it.key());
            it = m_known.erase(it);
        } else {
            ++it;
        }
    }
    for (auto it = m_failed.begin(); it != m_failed.end();) { // failed ones are tried again
        changed.append(it.key());
        it = m_failed.erase(it);
    }
    if (m_current) {
        const auto now = pending.constFind(m_current->entry.key());
        if (now == pending.constEnd() || signatureOf(*now) != m_current->signature) {
            changed.append(m_current->entry.key());
            stopCurrent();
        }
    }
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (!pending.contains(it.key()))
            changed.append(it.key());
    }
    m_pending = pending;

    // Small batches first: most alerts show within seconds, the largest batch comes last.
    QList<InboxEntry> waiting;
    for (const InboxEntry &entry : std::as_const(pending)) {
        if (!m_known.contains(entry.key()) && !(m_current && m_current->entry.key() == entry.key()))
            waiting.append(entry);
    }
    std::sort(waiting.begin(), waiting.end(), [](const InboxEntry &a, const InboxEntry &b) {
        const int countA = a.batch.numberOfAssets.value_or(INT_MAX), countB = b.batch.numberOfAssets.value_or(INT_MAX);
        return countA != countB ? countA < countB : a.key() < b.key();
    });
    m_queue.clear();
    for (const InboxEntry &entry : std::as_const(waiting))
        m_queue.append(entry.key());

    changed.removeDuplicates();
    for (const QString &key : std::as_const(changed))
        Q_EMIT statusChanged(key);
    if (!m_current)
        startNext();
}

void InboxScreening::cancel()
{
    m_queue.clear();
    if (m_current) {
        const QString key = m_current->entry.key();
        stopCurrent();
        Q_EMIT statusChanged(key);
    }
}

InboxScreening::Status InboxScreening::status(const QString &entryKey) const
{
    if (!m_pending.contains(entryKey))
        return {};
    if (const auto it = m_known.constFind(entryKey); it != m_known.constEnd())
        return { State::Checked, it->result, {} };
    if (m_current && m_current->entry.key() == entryKey)
        return { State::Checking, std::nullopt, {} };
    if (const auto it = m_failed.constFind(entryKey); it != m_failed.constEnd())
        return { State::Failed, std::nullopt, *it };
    return { State::NotChecked, std::nullopt, {} };
}

void InboxScreening::takeReviewChecks(const BatchRef &ref, const AssetChecks &checks)
{
    const QString key = InboxEntry::keyOf(ref);
    const auto entry = m_pending.constFind(key);
    if (entry == m_pending.constEnd())
        return; // not awaiting the manager in the inbox: nothing to show
    if (m_current && m_current->entry.key() == key) {
        stopCurrent();
        QMetaObject::invokeMethod(this, &InboxScreening::startNext, Qt::QueuedConnection);
    }
    m_queue.removeAll(key);
    m_failed.remove(key);
    m_known.insert(key, Known { signatureOf(*entry), Result::of(checks) });
    Q_EMIT statusChanged(key);
}

void InboxScreening::fundRulesChanged(const QString &fundClassKey)
{
    // Results of that fund (of every fund, for the list for every fund) were measured against the old
    // rules: check them again.
    const auto affected
        = [&fundClassKey](const QString &fund) { return fundClassKey == FundRules::everyFundKey() || fund == fundClassKey; };
    QList<InboxEntry> entries = m_pending.values();
    for (auto it = m_known.begin(); it != m_known.end();) {
        if (affected(m_pending.value(it.key()).ref.fundClassKey))
            it = m_known.erase(it);
        else
            ++it;
    }
    if (m_current && affected(m_current->entry.ref.fundClassKey))
        stopCurrent();
    screen(entries);
}

void InboxScreening::startNext()
{
    if (m_current)
        return;
    if (m_queue.isEmpty()) {
        Q_EMIT idle();
        return;
    }
    const QString key = m_queue.takeFirst();
    m_current = Current { m_pending.value(key), signatureOf(m_pending.value(key)), {}, {}, false };
    const quint64 generation = ++m_generation;
    ++m_batchesRead;
    m_current->fetcher = m_client->allAssets(
        m_current->entry.ref, this,
        [this, generation](const QList<AssetListItem> &page) {
            if (generation == m_generation && m_current)
                m_current->pages.append(page); // shared, not copied: the pages are joined on the worker
        },
        [this, generation](const ApiResult<qsizetype> &result) {
            if (generation == m_generation && m_current)
                onAssetsRead(result);
        });
    Q_EMIT statusChanged(key);
}

void InboxScreening::onAssetsRead(const ApiResult<qsizetype> &result)
{
    Current &current = *m_current;
    current.fetcher = nullptr;
    if (!result.ok()) {
        m_failed.insert(current.entry.key(), result.error.userMessage());
        finishCurrent();
        return;
    }
    QString problem;
    const QString fund = current.entry.ref.fundClassKey;
    const std::shared_ptr<WorkspaceRunner> workspace = m_workspace.lock();
    // Settings' rules: what the store imports once for the fund, or (no store) the rules themselves.
    const QString legacyRules = m_settings ? m_settings->value<QString>(Settings::Key::FundRules, fund) : QString();
    const FundRules settingsRules
        = m_settings && !workspace ? FundRules::load(*m_settings, fund, &problem).value_or(FundRules {}) : FundRules {};
    // Read on the store's thread (the job holds no runner); the worker below waits for the answer.
    QFuture<StoreResult<FundRulesDocument>> fromStore;
    const bool rulesFromStore = bool(workspace);
    if (workspace)
        fromStore = workspace->run([fund, legacyRules, imports = m_imports](WorkspaceStore &store) {
            return FundRulesDocument::read(store, fund, legacyRules, imports.get());
        });
    const QDate date = current.entry.batch.date;
    const QString assignor = current.entry.assignor.documentNumber;
    const QString batchId = TitleIndex::Batch {
        current.entry.ref.fundClassKey, current.entry.ref.configurationKey, current.entry.ref.externalId, {}, {}
    }.id();
    current.computing = true;
    // The assets leave with the task and are freed on the worker when it ends: only the counts come back.
    // Joined there too: growing one list of 20,000 assets on the UI thread moves them all at every step.
    m_watcher.setFuture(QtConcurrent::run([pages = std::exchange(current.pages, {}), date, assignor, rules = settingsRules,
                                           rulesFromStore, fromStore, index = m_titleIndex, batchId, problem]() mutable {
        Result result;
        if (rulesFromStore) {
            const StoreResult<FundRulesDocument> document = fromStore.result();
            rules = document.ok() ? document.value->effective() : FundRules {};
            problem = document.ok() ? document.value->problem : document.error;
        }
        {
            QList<AssetListItem> assets;
            for (const QList<AssetListItem> &page : std::as_const(pages))
                assets += page;
            pages = {};
            const auto earlier = index ? index->snapshot() : nullptr;
            AssetChecks checks = AssetChecks::run(assets, date, assignor, rules, earlier.get(), batchId);
            checks.fundRulesProblem = problem;
            result = Result::of(checks);
        }
        freedmemory::release(); // the checked batch's assets, on this worker
        return result;
    }));
}

void InboxScreening::onChecked()
{
    // A late signal of an abandoned check must not be taken for this one's (nor block on result()).
    if (!m_current || !m_current->computing || !m_watcher.future().isFinished() || m_watcher.future().isCanceled())
        return;
    m_known.insert(m_current->entry.key(), Known { m_current->signature, m_watcher.result() });
    finishCurrent();
}

void InboxScreening::finishCurrent()
{
    const QString key = m_current->entry.key();
    m_current.reset();
    Q_EMIT statusChanged(key);
    startNext();
}

void InboxScreening::stopCurrent()
{
    if (!m_current)
        return;
    ++m_generation;
    if (m_current->fetcher)
        m_current->fetcher->cancel();
    m_current.reset(); // a check already on the worker runs to its end; its result is dropped
}

} // namespace cessio
