#include "services/inboxquery.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

QString InboxFailure::message() const
{
    if (configurationKey.isEmpty())
        return QCoreApplication::translate("InboxQuery", "Fund %1: its assignment configurations could not be listed: %2")
            .arg(fundClassKey, error.userMessage());
    const QString configuration = configurationName.isEmpty() ? configurationKey : configurationName;
    if (listingUnavailable()) {
        return QCoreApplication::translate(
                   "InboxQuery",
                   "Fund %1, configuration %2: this server does not offer the batch listing (HTTP 404). QI Tech does not "
                   "publish that endpoint and Cessio uses an inferred path; batches can still be opened by their id.")
            .arg(fundClassKey, configuration);
    }
    return QCoreApplication::translate("InboxQuery", "Fund %1, configuration %2: the batches could not be listed: %3")
        .arg(fundClassKey, configuration, error.userMessage());
}

InboxQuery::InboxQuery(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    qRegisterMetaType<cessio::InboxResult>();
}

InboxQuery::~InboxQuery()
{
    cancel();
}

bool InboxQuery::start(const QStringList &funds, const QString &status)
{
    if (m_running)
        return false;
    m_funds.clear();
    for (const QString &fund : funds) {
        if (!fund.isEmpty() && !m_funds.contains(fund))
            m_funds << fund;
    }
    if (m_funds.isEmpty())
        return false;
    m_running = true;
    ++m_generation;
    m_status = status;
    m_slots = QList<QList<Slot>>(m_funds.size());
    m_queue.clear();
    m_failures.clear();
    m_inFlight = 0;
    m_done = 0;
    m_known = 0;
    m_listingsPending = 0;
    for (int i = 0; i < m_funds.size(); ++i)
        listConfigurations(i);
    return true;
}

void InboxQuery::listConfigurations(int fundIndex)
{
    ++m_listingsPending;
    const quint64 generation = m_generation;
    const QString fund = m_funds.at(fundIndex);
    PageFetcher *fetcher = m_client->allConfigurations(
        fund, this, [this, fundIndex, fund, generation](const ApiResult<QList<AssignmentConfiguration>> &result) {
            if (generation != m_generation || !m_running)
                return;
            --m_listingsPending;
            if (!result.ok()) {
                m_failures.append({ fundIndex, -1, { fund, {}, {}, result.error } });
            } else {
                QList<Slot> &fundSlots = m_slots[fundIndex];
                for (const AssignmentConfiguration &configuration : *result.value) {
                    fundSlots.append({ fundIndex, configuration, {}, false, false });
                    m_queue.append({ fundIndex, int(fundSlots.size() - 1) });
                }
                m_known += int(result.value->size());
                Q_EMIT progress(m_done, m_known);
            }
            pump();
            finishIfDone();
        });
    m_fetchers.append(fetcher);
}

void InboxQuery::pump()
{
    while (m_running && m_inFlight < m_maxInFlight && !m_queue.isEmpty()) {
        const auto [fundIndex, slotIndex] = m_queue.takeFirst();
        ++m_inFlight;
        const quint64 generation = m_generation;
        const QString fund = m_funds.at(fundIndex);
        const AssignmentConfiguration configuration = m_slots.at(fundIndex).at(slotIndex).configuration;
        PageFetcher *fetcher = m_client->allBatches(
            fund, configuration.key, m_status, this,
            [this, fundIndex, slotIndex, fund, configuration, generation](const ApiResult<QList<BatchListItem>> &result) {
                if (generation != m_generation || !m_running)
                    return;
                --m_inFlight;
                ++m_done;
                Slot &slot = m_slots[fundIndex][slotIndex];
                slot.done = true;
                slot.failed = !result.ok();
                if (result.ok())
                    slot.batches = *result.value;
                else
                    m_failures.append({ fundIndex, slotIndex, { fund, configuration.key, configuration.name, result.error } });
                Q_EMIT progress(m_done, m_known);
                pump();
                finishIfDone();
            });
        m_fetchers.append(fetcher);
    }
}

void InboxQuery::finishIfDone()
{
    if (!m_running || m_listingsPending > 0 || m_inFlight > 0 || !m_queue.isEmpty())
        return;
    InboxResult result;
    result.status = m_status;
    for (int f = 0; f < m_slots.size(); ++f) {
        for (const Slot &slot : std::as_const(m_slots.at(f))) {
            if (slot.done && !slot.failed)
                ++result.configurationsListed;
            for (const BatchListItem &batch : slot.batches)
                result.rows.append({ m_funds.at(f), slot.configuration, batch });
        }
    }
    std::stable_sort(m_failures.begin(), m_failures.end(), [](const OrderedFailure &a, const OrderedFailure &b) {
        return a.fundIndex != b.fundIndex ? a.fundIndex < b.fundIndex : a.slotIndex < b.slotIndex;
    });
    for (const OrderedFailure &failure : std::as_const(m_failures))
        result.failures.append(failure.failure);
    m_running = false;
    ++m_generation;
    stopAll();
    Q_EMIT finished(result);
}

void InboxQuery::stopAll()
{
    const auto fetchers = std::exchange(m_fetchers, {});
    for (const QPointer<PageFetcher> &fetcher : fetchers) {
        if (fetcher)
            fetcher->cancel();
    }
    m_queue.clear();
    m_inFlight = 0;
    m_listingsPending = 0;
}

void InboxQuery::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    stopAll();
}

} // namespace cessio
