#pragma once

#include "qitech/crypto.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>

// The demonstration world of `cessio-sandbox --demo-data` and `cessio --demo`: four FIDCs of one
// manager, eight assignors with their bank accounts, contracts of every asset type (one with
// consultant approval), 26 batches in every status with waiting times from minutes to weeks,
// one of 20,000 assets, and a demo manager API client whose key material is handed out.
//
//   Sandbox sandbox(options);
//   const DemoCredentials demo = DemoWorld::build(sandbox.world());
//   sandbox.start();
//   DemoAssignor assignor(&sandbox, std::chrono::seconds(120)); assignor.start();
//   // sign requests with demo.clientKey + demo.privateKey, manage demo.fundKeys
namespace cessio::sandbox {

class World;
class DemoLateBatch;

struct DemoOptions
{
    quint32 seed = 20260501; // same seed and `now`: the same world, keys included
    QDateTime now; // the world's present (UTC); invalid: the current time
    int largeBatchAssets = 20000;
};

// A batch by what every path needs.
struct DemoBatchRef
{
    QString fundClassKey;
    QString configurationKey;
    QString externalId;
};

struct DemoCredentials
{
    QString clientKey; // API-CLIENT-KEY of the demo manager (profile manager, permission write)
    EcPrivateKey privateKey; // its P-521 key: derived from the seed, in memory only, never a secret
    QStringList fundKeys; // fund_class_key of every fund of the world
    QString user; // AGENT-USER its decisions are recorded with
    DemoBatchRef largeBatch; // the 20,000-asset batch awaiting the manager (benchmarks, tests)
    int batches = 0;
    int awaitingManager = 0;
    qsizetype assets = 0;

    // For a terminal: what the world holds and the key material, PEM included.
    QString describe() const;
};

class DemoWorld
{
public:
    // Adds the demo world to `world` (meant to be empty) and returns the demo client's credentials.
    // With `later`, the large batch, when made in chunks (above DemoAssetChunks::assetsPerChunk assets), is
    // left out of sight and *later makes it, so the world can be served before it is complete;
    // once *later finishes, the world is the one built without `later`.
    static DemoCredentials build(World &world, const DemoOptions &options = {}, std::unique_ptr<DemoLateBatch> *later = nullptr);

    // A P-521 key whose private scalar comes from `seed`: the same seed gives the same key.
    static EcPrivateKey derivedKey(quint32 seed);
};

} // namespace cessio::sandbox
