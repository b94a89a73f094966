#include "services/batchlocator.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

// QI answers a batch that is not in a configuration with 400 TRC000018 [C] or a plain 404 [I];
// ApiError files both as NotFound.
bool isNotFound(const ApiError &error)
{
    return error.category() == ApiError::Category::NotFound;
}

} // namespace

QString BatchLocation::message() const
{
    switch (status) {
    case Status::Found:
        return QCoreApplication::translate("BatchLocator", "Batch %1 is in configuration %2 of fund %3.")
            .arg(ref.externalId, ref.configurationKey, ref.fundClassKey);
    case Status::NotFound: {
        if (configurationsTried == 0)
            return QCoreApplication::translate("BatchLocator",
                                               "Batch %1 was not found: the fund has no assignment configurations.")
                .arg(ref.externalId);
        QString text = QCoreApplication::translate("BatchLocator", "Batch %1 was not found in the %Ln configuration(s) tried.",
                                                   nullptr, configurationsTried)
                           .arg(ref.externalId);
        QStringList answers;
        for (const ApiError &answer : notFoundAnswers) {
            if (const QString said = answer.serverAnswer(); !said.isEmpty() && !answers.contains(said))
                answers.append(said);
        }
        if (!answers.isEmpty())
            text += u'\n' + QCoreApplication::translate("BatchLocator", "QI Tech answered: %1").arg(answers.join(u"; "_s));
        return text;
    }
    case Status::Failed:
        break;
    }
    QStringList lines;
    lines << QCoreApplication::translate("BatchLocator", "Batch %1 was not found, and some places could not be checked:")
                 .arg(ref.externalId);
    for (const Failure &failure : failures) {
        if (failure.configurationKey.isEmpty())
            lines << QCoreApplication::translate("BatchLocator", "fund %1, listing its configurations: %2")
                         .arg(failure.fundClassKey, failure.error.userMessage());
        else
            lines << QCoreApplication::translate("BatchLocator", "fund %1, configuration %2: %3")
                         .arg(failure.fundClassKey, failure.configurationKey, failure.error.userMessage());
    }
    return lines.join(u"\n  "_s);
}

BatchLocator::BatchLocator(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    qRegisterMetaType<cessio::BatchLocation>();
}

BatchLocator::~BatchLocator()
{
    cancel();
}

bool BatchLocator::locate(const QStringList &funds, const QString &externalId, const QString &configurationKey)
{
    if (m_running || funds.isEmpty() || externalId.isEmpty())
        return false;
    m_running = true;
    ++m_generation;
    m_externalId = externalId;
    m_result = BatchLocation();
    m_result.ref.externalId = externalId;
    m_queue.clear();
    m_listingsPending = 0;
    m_inFlight = 0;

    QStringList unique;
    for (const QString &fund : funds) {
        if (!fund.isEmpty() && !unique.contains(fund))
            unique << fund;
    }
    if (unique.isEmpty()) {
        m_running = false;
        return false;
    }
    if (!configurationKey.isEmpty()) {
        for (const QString &fund : std::as_const(unique))
            m_queue.append({ fund, std::nullopt, configurationKey });
        pump();
    } else {
        for (const QString &fund : std::as_const(unique))
            listConfigurations(fund);
    }
    return true;
}

void BatchLocator::listConfigurations(const QString &fund)
{
    ++m_listingsPending;
    const quint64 generation = m_generation;
    PageFetcher *fetcher = m_client->allConfigurations(
        fund, this, [this, fund, generation](const ApiResult<QList<AssignmentConfiguration>> &result) {
            if (generation != m_generation || !m_running)
                return;
            --m_listingsPending;
            if (!result.ok()) {
                m_result.failures.append({ fund, {}, result.error });
            } else {
                for (const AssignmentConfiguration &configuration : *result.value)
                    m_queue.append({ fund, configuration, configuration.key });
            }
            pump();
            finishIfDone();
        });
    m_fetchers.append(fetcher);
}

void BatchLocator::pump()
{
    while (m_running && m_inFlight < m_maxInFlight && !m_queue.isEmpty()) {
        const Candidate candidate = m_queue.takeFirst();
        ++m_inFlight;
        ++m_result.configurationsTried;
        const quint64 generation = m_generation;
        const BatchRef ref { candidate.fundClassKey, candidate.configurationKey, m_externalId };
        ApiCall *call = m_client->batch(ref, this, [this, candidate, generation](const ApiResult<Batch> &result) {
            if (generation != m_generation || !m_running)
                return;
            onBatch(candidate, result);
        });
        m_calls.append(call);
    }
}

void BatchLocator::onBatch(const Candidate &candidate, const ApiResult<Batch> &result)
{
    --m_inFlight;
    if (result.ok()) {
        m_result.ref = { candidate.fundClassKey, candidate.configurationKey, m_externalId };
        m_result.batch = result.value;
        m_result.configuration = candidate.configuration;
        complete(BatchLocation::Status::Found);
        return;
    }
    if (!isNotFound(result.error)) {
        m_result.failures.append({ candidate.fundClassKey, candidate.configurationKey, result.error });
    } else if (std::none_of(m_result.notFoundAnswers.cbegin(), m_result.notFoundAnswers.cend(), [&](const ApiError &seen) {
                   return seen.code() == result.error.code() && seen.serverAnswer() == result.error.serverAnswer();
               })) {
        m_result.notFoundAnswers.append(result.error);
    }
    pump();
    finishIfDone();
}

void BatchLocator::finishIfDone()
{
    if (!m_running || m_listingsPending > 0 || m_inFlight > 0 || !m_queue.isEmpty())
        return;
    complete(m_result.failures.isEmpty() ? BatchLocation::Status::NotFound : BatchLocation::Status::Failed);
}

void BatchLocator::complete(BatchLocation::Status status)
{
    m_result.status = status;
    m_running = false;
    ++m_generation; // answers still coming belong to a finished search and are ignored
    // Requests still in flight are left to finish rather than aborted: aborting a reply whose answer
    // is already on its way makes Qt warn, and at most maxInFlight - 1 of them are left.
    m_calls.clear();
    m_fetchers.clear();
    m_queue.clear();
    m_inFlight = 0;
    m_listingsPending = 0;
    const BatchLocation result = m_result;
    Q_EMIT finished(result);
}

void BatchLocator::stopAll()
{
    const auto calls = std::exchange(m_calls, {});
    for (const QPointer<ApiCall> &call : calls) {
        if (call)
            call->cancel();
    }
    const auto fetchers = std::exchange(m_fetchers, {});
    for (const QPointer<PageFetcher> &fetcher : fetchers) {
        if (fetcher)
            fetcher->cancel();
    }
    m_queue.clear();
    m_inFlight = 0;
    m_listingsPending = 0;
}

void BatchLocator::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    stopAll();
}

} // namespace cessio
