#include "world.h"

#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace cessio::sandbox {

QString profileName(Profile profile)
{
    switch (profile) {
    case Profile::Manager:
        return u"manager"_s;
    case Profile::Assignor:
        return u"assignor"_s;
    case Profile::Consultant:
        return u"consultant"_s;
    }
    return {};
}

std::optional<Profile> profileFromName(QStringView name)
{
    for (const Profile profile : { Profile::Manager, Profile::Assignor, Profile::Consultant }) {
        if (name == profileName(profile))
            return profile;
    }
    return std::nullopt;
}

Account *Assignor::account(QStringView accountKey)
{
    for (Account &account : accounts) {
        if (account.accountKey == accountKey)
            return &account;
    }
    return nullptr;
}

const Account *Assignor::defaultAccount() const
{
    for (const Account &account : accounts) {
        if (account.isDefault && account.isActive())
            return &account;
    }
    return nullptr;
}

bool Asset::hasDocument(QStringView type) const
{
    return std::any_of(documents.cbegin(), documents.cend(), [&](const Document &d) { return d.documentType == type; });
}

Asset *Batch::asset(QStringView externalIdOrKey)
{
    return const_cast<Asset *>(std::as_const(*this).asset(externalIdOrKey));
}

const Asset *Batch::asset(QStringView externalIdOrKey) const
{
    const QString key = externalIdOrKey.toString();
    if (auto it = m_byExternalId.constFind(key); it != m_byExternalId.constEnd())
        return &assets[std::size_t(*it)];
    if (auto it = m_byKey.constFind(key); it != m_byKey.constEnd())
        return &assets[std::size_t(*it)];
    return nullptr;
}

Asset &Batch::appendAsset(Asset asset)
{
    const qsizetype index = qsizetype(assets.size());
    m_byExternalId.insert(asset.externalId, index);
    m_byKey.insert(asset.assetKey, index);
    assets.push_back(std::move(asset));
    return assets.back();
}

Batch::Tally Batch::tally() const
{
    Tally tally;
    for (const Asset &asset : assets) {
        if (!asset.status.countsTowardTotal()) {
            ++tally.denied;
            continue;
        }
        tally.totalValue += asset.totalPurchaseValue;
        if (asset.status.value() == AssetStatus::PreApproved || asset.status.value() == AssetStatus::Completed)
            ++tally.approved;
    }
    return tally;
}

QDateTime Batch::statusSince() const
{
    return events.isEmpty() ? QDateTime() : events.constLast().at;
}

World::World(quint32 seed)
    : m_random(seed)
{ }

Fund &World::addFund(Fund fund)
{
    const QString key = fund.fundClassKey;
    return m_funds.put(key, std::move(fund));
}

Assignor &World::addAssignor(Assignor assignor)
{
    const QString key = assignor.assignorKey;
    return m_assignors.put(key, std::move(assignor));
}

Configuration &World::addConfiguration(Configuration configuration)
{
    const QString key = configuration.configurationKey;
    return m_configurations.put(key, std::move(configuration));
}

Client &World::addClient(Client client)
{
    const QString key = client.apiClientKey;
    return m_clients.put(key, std::move(client));
}

Configuration *World::configuration(QStringView fundClassKey, QStringView configurationKey) const
{
    Configuration *configuration = m_configurations.find(configurationKey);
    return configuration && configuration->fundClassKey == fundClassKey ? configuration : nullptr;
}

Batch &World::addBatch(const Configuration &configuration, const QString &externalId, QDate date, const QDateTime &createdAt)
{
    Batch batch;
    batch.assignmentKey = newKey();
    batch.externalId = externalId;
    batch.number = u"%1"_s.arg(++m_lastNumber, 8, 10, QLatin1Char('0'));
    batch.name = u"ASSIGNMENT #"_s + batch.number;
    batch.fundClassKey = configuration.fundClassKey;
    batch.configurationKey = configuration.configurationKey;
    batch.date = date;
    batch.status = BatchStatus::PendingAssetsInsertion;
    batch.events.append({ batch.status.apiName(), createdAt.toUTC(), {} });
    Batch &stored = m_batches.put(externalId, std::move(batch));
    m_batchesByConfiguration[configuration.configurationKey].append(&stored);
    return stored;
}

namespace {

QList<Batch *> visibleOnly(QList<Batch *> batches)
{
    batches.removeIf([](const Batch *batch) { return !batch->visible; });
    return batches;
}

} // namespace

Batch *World::batch(QStringView externalId) const
{
    Batch *batch = m_batches.find(externalId);
    return batch && batch->visible ? batch : nullptr;
}

Batch *World::batch(QStringView configurationKey, QStringView externalId) const
{
    Batch *found = batch(externalId);
    return found && found->configurationKey == configurationKey ? found : nullptr;
}

QList<Batch *> World::batches() const
{
    return visibleOnly(m_batches.all());
}

QList<Batch *> World::batches(QStringView configurationKey) const
{
    return visibleOnly(m_batchesByConfiguration.value(configurationKey.toString()));
}

Batch *World::batchByTermKey(QStringView termKey) const
{
    if (termKey.isEmpty())
        return nullptr;
    const QList<Batch *> all = batches();
    const auto it = std::find_if(all.cbegin(), all.cend(), [&](const Batch *b) { return b->termKey == termKey; });
    return it == all.cend() ? nullptr : *it;
}

QString World::newKey()
{
    // A version-4 UUID from the seeded generator (QUuid::createUuid() would not be reproducible).
    quint32 words[4];
    m_random.fillRange(words);
    QByteArray bytes(reinterpret_cast<const char *>(words), sizeof words);
    bytes[6] = char((bytes[6] & 0x0f) | 0x40);
    bytes[8] = char((bytes[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

} // namespace cessio::sandbox
