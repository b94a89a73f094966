#pragma once

#include "qitech/endpoints.h"
#include "sandbox/sandbox.h"
#include "signedclient.h"

#include <QDate>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <memory>

// The real sandbox, in-process on a loopback port, loaded with tests/data/sandbox/world.json
// (P-521 keys generated at test time), plus one signed client per fixture client.
namespace cessio::testing {

// Valid asset bodies in the shapes of the reference's examples (§5.5), with valid CPF/CNPJ.
namespace AssetBodies {

QString cnpj(int seed); // a valid, formatted CNPJ that depends on `seed`
QString cpf(int seed); // a valid, formatted CPF

struct Spec
{
    QString externalId;
    qint64 purchaseCentavos = 100000;
    qint64 faceCentavos = 120000; // per installment for a CCB
    QDate maturity = QDate(2027, 6, 1);
    int installments = 1;
    QString borrower; // empty: a valid CPF
    QString originator; // empty: a valid CNPJ
};
Spec spec(const QString &externalId, qint64 purchaseCentavos = 100000, qint64 faceCentavos = 120000);
QJsonObject ccb(const Spec &spec);
QJsonObject duplicata(const QString &assetType, const Spec &spec); // duplicata_mercantil / duplicata_servicos
QJsonObject discountedContract(const Spec &spec);
QByteArray pdfBase64(); // a tiny PDF, base64

} // namespace AssetBodies

class SandboxHarness
{
public:
    // Fixture keys (tests/data/sandbox/world.json).
    static inline const QString fund = QStringLiteral("fund-alpha");
    static inline const QString fundBeta = QStringLiteral("fund-beta");
    static inline const QString ccbConfig = QStringLiteral("cfg-ccb");
    static inline const QString dupConfig = QStringLiteral("cfg-dup"); // manual consultant approval
    static inline const QString svcConfig = QStringLiteral("cfg-svc");
    static inline const QString dcConfig = QStringLiteral("cfg-dc");
    static inline const QString inactiveConfig = QStringLiteral("cfg-inactive");
    static inline const QString betaConfig = QStringLiteral("cfg-beta");
    static inline const QString accountingDate = QStringLiteral("2026-11-23");
    static inline const QString managerKey = QStringLiteral("11111111-1111-4111-8111-111111111111");
    static inline const QString managerReadKey = QStringLiteral("22222222-2222-4222-8222-222222222222");
    static inline const QString assignorKey = QStringLiteral("33333333-3333-4333-8333-333333333333");
    static inline const QString consultantKey = QStringLiteral("44444444-4444-4444-8444-444444444444");

    explicit SandboxHarness(const sandbox::SandboxOptions &options = {}, const QUrl &webhookUrl = {});

    bool start(); // false with error() set
    QString error() const { return m_error; }

    sandbox::Sandbox &sandbox() { return *m_sandbox; }
    QUrl baseUrl() const { return m_sandbox->baseUrl(); }
    SignedClient &manager() { return *m_manager; }
    SignedClient &managerReadOnly() { return *m_managerRead; }
    SignedClient &assignor() { return *m_assignor; }
    SignedClient &consultant() { return *m_consultant; }
    static EcPrivateKey privateKey(const QString &apiClientKey); // of a fixture client
    static EcPrivateKey managerPrivateKey() { return privateKey(managerKey); }

    // The fixture with keys (and the webhook URL, when given) filled in.
    static QByteArray fixtureJson(const QUrl &webhookUrl = {});

    // A path of the Endpoints table for configuration `configurationKey` (its fund is derived).
    static QString path(Endpoint endpoint, const QString &configurationKey, const QString &batch = {}, const QString &asset = {},
                        const QUrlQuery &query = {});

    void tick(int times = 1);
    QJsonObject control(const QByteArray &method, const QString &path, const QJsonObject &body = {}, int *status = nullptr);

    // Common steps, as the assignor: create a batch, insert CCB assets (with documents), close.
    HttpReply createBatch(const QString &configurationKey, const QString &externalId);
    HttpReply insertCcb(const QString &batch, const AssetBodies::Spec &spec, bool withDocument = true);
    HttpReply setStatus(SignedClient &client, const QString &configurationKey, const QString &batch, const QJsonObject &body);
    // Creates `assets` valid CCBs in a cfg-ccb batch, closes it and ticks it to pending_manager_approval.
    bool prepareForManager(const QString &batch, int assets = 3);
    QString batchStatus(const QString &configurationKey, const QString &batch);

private:
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<SignedClient> m_manager, m_managerRead, m_assignor, m_consultant;
    QUrl m_webhookUrl;
    QString m_error;
};

} // namespace cessio::testing
