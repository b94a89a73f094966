#include "inboxservice.h"

#include "services/settings.h"

#include <QSettings>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

QString placeOf(const QString &fund, const QString &configuration)
{
    return fund + u'|' + configuration;
}

// Tracked batches are written "fund|configuration|external id": keys are UUIDs without '|', and the
// external id, which could hold one, comes last.
QString encodeRef(const BatchRef &ref)
{
    return ref.fundClassKey + u'|' + ref.configurationKey + u'|' + ref.externalId;
}

std::optional<BatchRef> decodeRef(const QString &text)
{
    const qsizetype first = text.indexOf(u'|');
    const qsizetype second = first < 0 ? -1 : text.indexOf(u'|', first + 1);
    if (second < 0 || second + 1 >= text.size())
        return std::nullopt;
    return BatchRef { text.left(first), text.mid(first + 1, second - first - 1), text.mid(second + 1) };
}

} // namespace

QString InboxEntry::keyOf(const BatchRef &ref)
{
    return encodeRef(ref);
}

InboxService::InboxService(ApiClient *client, Settings *settings, const QString &profileName, const QStringList &fundClassKeys,
                           QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_settings(settings)
    , m_profileName(profileName)
    , m_funds(fundClassKeys)
    , m_locator(client)
{
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &InboxService::refresh);
    connect(&m_locator, &BatchLocator::finished, this, [this](const BatchLocation &location) {
        if (location.found()) {
            const bool known
                = std::any_of(m_tracked.cbegin(), m_tracked.cend(), [&](const BatchRef &ref) { return ref == location.ref; });
            if (!known) {
                m_tracked.append(location.ref);
                saveTracked();
            }
        }
        Q_EMIT trackingFinished(location);
        if (location.found() && !refresh())
            refreshAfterThisPoll(); // the poll running may have started before the batch was tracked
    });
    if (m_settings) {
        connect(m_settings, &Settings::changed, this, [this](Settings::Key key) {
            if (key == Settings::Key::PollIntervalSeconds)
                applyInterval();
        });
    }
    loadTracked();
    applyInterval();
}

InboxService::~InboxService()
{
    ++m_generation;
    if (m_query)
        m_query->cancel();
}

void InboxService::start()
{
    applyInterval();
    m_timer.start();
    refresh();
}

void InboxService::stop()
{
    m_timer.stop();
}

void InboxService::setPollInterval(std::chrono::milliseconds interval)
{
    m_intervalOverride = interval;
    applyInterval();
}

std::chrono::milliseconds InboxService::pollInterval() const
{
    if (m_intervalOverride)
        return *m_intervalOverride;
    const int seconds = m_settings ? m_settings->value<int>(Settings::Key::PollIntervalSeconds)
                                   : Settings::defaultValue(Settings::Key::PollIntervalSeconds).toInt();
    return std::chrono::seconds(seconds);
}

void InboxService::applyInterval()
{
    m_timer.setInterval(pollInterval());
}

bool InboxService::refresh()
{
    if (m_polling) {
        ++m_skipped;
        return false;
    }
    m_polling = true;
    m_catchingUp = std::exchange(m_catchUpRequested, false);
    ++m_generation;
    m_queryResult.reset();
    m_trackedReads.clear();
    Q_EMIT refreshStarted();

    auto *query = new InboxQuery(m_client, this);
    m_query = query;
    const quint64 generation = m_generation;
    connect(query, &InboxQuery::finished, this, [this, query, generation](const InboxResult &result) {
        query->deleteLater();
        if (generation == m_generation)
            onQueryFinished(result);
    });
    // No status filter: every stage in one pass, so each view is current [I].
    if (!query->start(m_funds, QString())) {
        query->deleteLater();
        m_queryResult = InboxResult {};
    }
    for (const BatchRef &ref : std::as_const(m_tracked))
        readTracked(ref);
    finishIfDone();
    return true;
}

void InboxService::onQueryFinished(const InboxResult &result)
{
    m_queryResult = result;
    finishIfDone();
}

void InboxService::readTracked(const BatchRef &ref)
{
    const QString key = encodeRef(ref);
    m_trackedReads.insert(key, TrackedRead {});
    const quint64 generation = m_generation;
    m_client->batch(ref, this, [this, key, generation](const ApiResult<Batch> &result) {
        if (generation != m_generation)
            return;
        TrackedRead &read = m_trackedReads[key];
        if (result.ok())
            read.batch = *result.value;
        else
            read.error = result.error;
        --read.pending;
        finishIfDone();
    });
    m_client->assetsSummary(ref, this, [this, key, generation](const ApiResult<AssetsSummary> &result) {
        if (generation != m_generation)
            return;
        TrackedRead &read = m_trackedReads[key];
        if (result.ok())
            read.summary = *result.value;
        --read.pending;
        finishIfDone();
    });
}

void InboxService::finishIfDone()
{
    if (!m_polling || !m_queryResult)
        return;
    for (const TrackedRead &read : std::as_const(m_trackedReads)) {
        if (read.pending > 0)
            return;
    }
    applyPoll();
}

void InboxService::applyPoll()
{
    const InboxResult result = *std::exchange(m_queryResult, std::nullopt);
    m_polling = false;

    QSet<QString> failedPlaces;
    int listingsUnavailable = 0;
    for (const InboxFailure &failure : result.failures) {
        failedPlaces.insert(placeOf(failure.fundClassKey, failure.configurationKey));
        if (failure.listingUnavailable())
            ++listingsUnavailable;
    }
    const auto placeFailed = [&](const QSet<QString> &places, const BatchRef &ref) {
        return places.contains(placeOf(ref.fundClassKey, QString()))
            || places.contains(placeOf(ref.fundClassKey, ref.configurationKey));
    };

    QList<InboxEntry> entries;
    QHash<QString, qsizetype> index;
    const auto put = [&](const InboxEntry &entry) {
        if (const auto it = index.constFind(entry.key()); it != index.constEnd()) {
            entries[*it] = entry;
            return;
        }
        index.insert(entry.key(), entries.size());
        entries.append(entry);
    };
    for (const InboxRow &row : result.rows) {
        InboxEntry entry;
        entry.ref = BatchRef { row.fundClassKey, row.configuration.key, row.batch.externalId };
        entry.fundName = row.configuration.fund.name;
        entry.fundDocument = row.configuration.fund.documentNumber;
        entry.configurationName = row.configuration.name;
        entry.assignor = row.configuration.assignor;
        entry.batch = row.batch;
        put(entry);
    }
    // A place that could not be read keeps its previous rows: a glitch should not empty the inbox.
    for (const InboxEntry &old : std::as_const(m_entries)) {
        if (!old.tracked && placeFailed(failedPlaces, old.ref))
            put(old);
    }

    QList<InboxFailure> failures = result.failures;
    QSet<QString> trackedRead;
    int trackedFailures = 0;
    for (const BatchRef &ref : std::as_const(m_tracked)) {
        const QString key = encodeRef(ref);
        const TrackedRead read = m_trackedReads.value(key);
        if (read.batch) {
            trackedRead.insert(key);
            InboxEntry entry;
            entry.ref = ref;
            entry.fundName = read.batch->configuration.fund.name;
            entry.fundDocument = read.batch->configuration.fund.documentNumber;
            entry.configurationName = read.batch->configuration.name;
            entry.assignor = read.batch->configuration.assignor;
            entry.batch = BatchListItem::fromBatch(*read.batch);
            if (read.summary) {
                entry.batch.numberOfAssets = read.summary->numberOfAssets;
                entry.batch.numberOfApprovedAssets = read.summary->numberOfApprovedAssets;
                entry.batch.totalValue = read.summary->totalValue;
            }
            // Keep what the listing knew when the batch's own copy is thinner (old servers).
            if (const auto it = index.constFind(key); it != index.constEnd()) {
                const InboxEntry &listed = entries.at(*it);
                if (entry.fundName.isEmpty())
                    entry.fundName = listed.fundName;
                if (entry.fundDocument.isEmpty())
                    entry.fundDocument = listed.fundDocument;
                if (entry.configurationName.isEmpty())
                    entry.configurationName = listed.configurationName;
                if (entry.assignor.isEmpty())
                    entry.assignor = listed.assignor;
            }
            entry.tracked = true;
            put(entry);
        } else {
            ++trackedFailures;
            failures.append(InboxFailure { ref.fundClassKey, ref.configurationKey, QString(), read.error });
            for (const InboxEntry &old : std::as_const(m_entries)) {
                if (old.key() == key)
                    put(old);
            }
        }
    }

    // Newly awaiting the manager, from places the previous poll could read.
    QList<InboxEntry> arrived;
    QSet<QString> pending;
    for (const InboxEntry &entry : std::as_const(entries)) {
        if (entry.batch.status.value() != BatchStatus::PendingManagerApproval)
            continue;
        pending.insert(entry.key());
        if (!m_hadPoll || m_pending.contains(entry.key()))
            continue;
        const bool readBefore = entry.tracked ? m_trackedRead.contains(entry.key()) : !placeFailed(m_failedPlaces, entry.ref);
        if (readBefore)
            arrived.append(entry);
    }
    // Still pending where this poll could not look: remember them, so they do not count as new later.
    for (const QString &key : std::as_const(m_pending)) {
        if (const auto ref = decodeRef(key); ref && placeFailed(failedPlaces, *ref))
            pending.insert(key);
    }

    const int failed = int(result.failures.size()) - listingsUnavailable + trackedFailures;
    const bool nothingRead = result.configurationsListed == 0 && trackedRead.isEmpty();
    m_state = failed == 0 ? ConnectionState::Connected : nothingRead ? ConnectionState::Offline : ConnectionState::Partial;
    m_listingUnavailable = result.configurationsListed == 0 && listingsUnavailable > 0;
    m_failures = failures;
    m_entries = entries;
    m_pending = pending;
    m_failedPlaces = failedPlaces;
    m_trackedRead = trackedRead;
    m_lastRefresh = QDateTime::currentDateTime();
    const bool catchingUp = std::exchange(m_catchingUp, false);
    const bool quiet = !m_hadPoll || catchingUp;
    m_hadPoll = true;

    Q_EMIT entriesChanged();
    if (!quiet && !arrived.isEmpty())
        Q_EMIT newBatchesAwaitingDecision(arrived);
    Q_EMIT refreshFinished();
}

void InboxService::catchUp()
{
    m_catchUpRequested = true;
    if (!refresh())
        refreshAfterThisPoll(); // the poll running may have started before the server had it all
}

void InboxService::refreshAfterThisPoll()
{
    auto *once = new QMetaObject::Connection;
    *once = connect(this, &InboxService::refreshFinished, this, [this, once] {
        disconnect(*once);
        delete once;
        refresh();
    });
}

bool InboxService::trackBatch(const QString &externalId)
{
    const QString id = externalId.trimmed();
    if (id.isEmpty())
        return false;
    return m_locator.locate(m_funds, id);
}

void InboxService::untrackBatch(const BatchRef &ref)
{
    if (m_tracked.removeAll(ref) == 0)
        return;
    saveTracked();
    const QString key = encodeRef(ref);
    m_entries.removeIf([&](const InboxEntry &entry) { return entry.tracked && entry.key() == key; });
    Q_EMIT entriesChanged();
}

QString InboxService::trackedSettingsKey() const
{
    // One list per profile; the name is encoded so any profile name makes a valid key.
    return u"inbox/tracked/"_s + QString::fromLatin1(QUrl::toPercentEncoding(m_profileName));
}

void InboxService::loadTracked()
{
    if (!m_settings)
        return;
    const QStringList stored = m_settings->storage().value(trackedSettingsKey()).toStringList();
    for (const QString &text : stored) {
        if (const auto ref = decodeRef(text); ref && !m_tracked.contains(*ref))
            m_tracked.append(*ref);
    }
}

void InboxService::saveTracked()
{
    if (!m_settings)
        return;
    QStringList list;
    for (const BatchRef &ref : std::as_const(m_tracked))
        list.append(encodeRef(ref));
    if (list.isEmpty())
        m_settings->storage().remove(trackedSettingsKey());
    else
        m_settings->storage().setValue(trackedSettingsKey(), list);
    m_settings->sync();
}

} // namespace cessio
