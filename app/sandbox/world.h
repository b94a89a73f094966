#pragma once

#include "core/money.h"
#include "core/statuses.h"
#include "qitech/crypto.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>
#include <vector>

// The simulator's own state: the things QI Tech knows about (funds, assignors, configurations,
// API clients) and the batches and assets the clients create. Plain structs with public fields
// so a data generator can build any world; World keeps them addressable by key.
// Kept apart from the client's domain types in app/core on purpose: the sandbox stores what it
// was sent (asset bodies as JSON) and answers the way QI Tech answers.
namespace cessio::sandbox {

enum class Profile { Manager, Assignor, Consultant };
enum class Permission { Read, Write };

QString profileName(Profile profile); // "manager", "assignor", "consultant"
std::optional<Profile> profileFromName(QStringView name);

struct Manager
{
    QString managerKey;
    QString documentNumber;
    QString managerName;
};

struct Fund
{
    QString fundClassKey;
    QString name;
    QString documentNumber;
    QDate accountingDate; // assignment_date must equal it; maturities must be after it
    Manager manager;
};

struct Account
{
    QString accountKey;
    QString accountType = QStringLiteral("checking_account");
    QString branch;
    QString number;
    QString digit;
    QString institutionCode;
    QString institutionIspb;
    bool isDefault = false;
    QString status = QStringLiteral("active");

    bool isActive() const { return status == u"active"; }
};

struct Assignor
{
    QString assignorKey;
    QString documentNumber;
    QString name;
    QList<Account> accounts;

    Account *account(QStringView accountKey);
    const Account *defaultAccount() const; // the active default account, if any
};

struct Consultant
{
    QString consultantKey;
    QString documentNumber;
    QString name;
};

// One webhook_configuration_bond: where a configuration's events go and how they are signed.
struct WebhookTarget
{
    QString webhookConfigurationKey;
    QString agentType = QStringLiteral("assignor");
    QString agentKey;
    QString signatureKey; // HS256 secret of the SIGNATURE header
    QUrl url;
};

struct Configuration
{
    QString configurationKey;
    QString fundClassKey;
    QString assignorKey;
    QString name;
    AssetType assetType;
    QString consultantDecisionType = QStringLiteral("automatic_approval"); // or auto_approval, manual_approval
    bool active = true;
    QStringList documentsRequired; // document types a discounted_contract needs [I]
    QList<WebhookTarget> webhooks;
    std::optional<Consultant> consultant;
    QString assignmentContractKey;
    QString validationConfigurationKey;
    QString registryType = QStringLiteral("internal_registry");
    QString configurationType = QStringLiteral("standard");

    bool requiresConsultantApproval() const { return consultantDecisionType == u"manual_approval"; }
};

struct Client
{
    QString apiClientKey;
    QByteArray publicKeyPem;
    EcPublicKey publicKey; // parsed once, used for every request
    Profile profile = Profile::Manager;
    Permission permission = Permission::Read;
    QString agentKey; // optional: AGENT-KEY of status_events[].selected_agent
    QString user; // optional: AGENT-USER of status_events[].selected_agent
};

struct StatusEvent
{
    QString status;
    QDateTime at; // UTC
    QJsonObject selectedAgent; // {"AGENT-TYPE","AGENT-KEY","AGENT-USER"} on manual transitions
};

struct Document
{
    QString documentKey;
    QString documentType;
    bool isPdf = false; // a document that is not a PDF gets the asset denied by "document"
    QDateTime at;
};

struct Asset
{
    QString assetKey;
    QString externalId;
    AssetType type;
    Money totalPurchaseValue;
    AssetStatus status = AssetStatus::PendingEligibility;
    QString deniedBy; // "eligibility", "document", "manager" [I except "document"]
    QString denialReason;
    QJsonObject body; // the asset exactly as submitted
    QList<Document> documents;
    QDateTime createdAt;
    qint64 lastChangeMs = 0; // Pipeline clock: when the previous step happened
    // The listing item, rendered once per state: a 20,000-asset batch is listed page after page.
    struct ListingCache
    {
        AssetStatus status;
        QString deniedBy;
        QString denialReason;
        QDate accountingDate;
        QJsonObject json;
        mutable QByteArray encoded; // json as compact bytes, made when a page first serves it
    };
    mutable std::optional<ListingCache> listingCache;

    bool hasDocument(QStringView type) const;
};

struct Discount
{
    QString discountKey;
    QString type = QStringLiteral("flat_rate");
    QString status = QStringLiteral("approved");
    Money totalValue;
    QString description;
};

struct Batch
{
    QString assignmentKey;
    QString externalId;
    QString name;
    QString number; // assignment_number, zero-padded sequence
    QString fundClassKey;
    QString configurationKey;
    QDate date;
    BatchStatus status = BatchStatus::PendingAssetsInsertion;
    QList<StatusEvent> events;
    QString disbursementAccountKey; // empty until approval
    QString termKey; // empty until the term is generated
    bool termSigned = false;
    bool reopened = false; // assets may be removed only while reopened
    QString originType = QStringLiteral("client");
    QList<Discount> discounts;
    QList<QJsonObject> repurchasedAssets; // substitution batches [I]
    // The monthly IRR walks every installment of every asset; WorldJson keeps its last result here,
    // valid while the counted assets, their total and the accounting date are unchanged.
    struct IrrCache
    {
        qsizetype counted = -1;
        qint64 paidCentavos = 0;
        QDate accountingDate;
        std::optional<double> value;
    };
    mutable IrrCache irrCache;
    std::vector<Asset> assets;
    qint64 lastChangeMs = 0;
    // False while the simulator still makes its assets (the demo's large batch, DemoLateBatch): no
    // lookup or listing of the World sees it until then. Not a QI Tech state.
    bool visible = true;

    Asset *asset(QStringView externalIdOrKey);
    const Asset *asset(QStringView externalIdOrKey) const;
    Asset &appendAsset(Asset asset); // indexes it by external id and key

    // Totals as QI Tech reports them (assets_summary, approval response), in one pass over the
    // assets: a 20,000-asset batch is summarised on every poll.
    struct Tally
    {
        Money totalValue; // total_purchase_value of the assets not denied/discarded
        int approved = 0; // pre_approved or completed
        int denied = 0; // denied or discarded
    };
    Tally tally() const;
    Money totalValue() const { return tally().totalValue; }
    int approvedCount() const { return tally().approved; }
    int deniedCount() const { return tally().denied; }
    QDateTime statusSince() const;

private:
    QHash<QString, qsizetype> m_byExternalId;
    QHash<QString, qsizetype> m_byKey;
};

// A keyed collection with stable addresses: items live as long as the World.
template<typename T>
class Registry
{
public:
    T &put(const QString &key, T item)
    {
        if (auto it = m_index.constFind(key); it != m_index.constEnd()) {
            *m_items[*it] = std::move(item);
            return *m_items[*it];
        }
        m_index.insert(key, m_items.size());
        m_items.push_back(std::make_unique<T>(std::move(item)));
        return *m_items.back();
    }
    T *find(QStringView key) const
    {
        const auto it = m_index.constFind(key.toString());
        return it == m_index.constEnd() ? nullptr : m_items[*it].get();
    }
    QList<T *> all() const
    {
        QList<T *> result;
        result.reserve(qsizetype(m_items.size()));
        for (const auto &item : m_items)
            result.append(item.get());
        return result;
    }
    qsizetype size() const { return qsizetype(m_items.size()); }

private:
    std::vector<std::unique_ptr<T>> m_items;
    QHash<QString, std::size_t> m_index;
};

class World
{
public:
    // `seed` makes generated keys (UUIDs) reproducible, so a generated world is the same every run.
    explicit World(quint32 seed = 20240401);

    // Population. An item with a key that exists replaces the old one.
    Fund &addFund(Fund fund);
    Assignor &addAssignor(Assignor assignor);
    Configuration &addConfiguration(Configuration configuration);
    Client &addClient(Client client);

    Fund *fund(QStringView fundClassKey) const { return m_funds.find(fundClassKey); }
    Assignor *assignor(QStringView assignorKey) const { return m_assignors.find(assignorKey); }
    Configuration *configuration(QStringView configurationKey) const { return m_configurations.find(configurationKey); }
    // The configuration only when it belongs to that fund (what every path checks).
    Configuration *configuration(QStringView fundClassKey, QStringView configurationKey) const;
    const Client *client(QStringView apiClientKey) const { return m_clients.find(apiClientKey); }

    QList<Fund *> funds() const { return m_funds.all(); }
    QList<Assignor *> assignors() const { return m_assignors.all(); }
    QList<Configuration *> configurations() const { return m_configurations.all(); }
    QList<Client *> clients() const { return m_clients.all(); }

    // A new batch in pending_assets_insertion with its first status event at `createdAt`.
    // The caller checks that the external id is free (batch(externalId) == nullptr).
    Batch &addBatch(const Configuration &configuration, const QString &externalId, QDate date,
                    const QDateTime &createdAt = QDateTime::currentDateTimeUtc());
    Batch *batch(QStringView externalId) const; // ids are unique in the world
    Batch *batch(QStringView configurationKey, QStringView externalId) const;
    QList<Batch *> batches() const;
    QList<Batch *> batches(QStringView configurationKey) const;
    Batch *batchByTermKey(QStringView termKey) const;

    // A random (seeded) UUID string, lowercase, without braces.
    QString newKey();

private:
    Registry<Fund> m_funds;
    Registry<Assignor> m_assignors;
    Registry<Configuration> m_configurations;
    Registry<Client> m_clients;
    Registry<Batch> m_batches;
    QHash<QString, QList<Batch *>> m_batchesByConfiguration;
    QRandomGenerator m_random;
    int m_lastNumber = 0;
};

} // namespace cessio::sandbox
