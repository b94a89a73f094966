#include "sandboxharness.h"

#include "core/documentnumber.h"
#include "sandbox/fixtureloader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

using namespace Qt::Literals::StringLiterals;

namespace cessio::testing {

namespace AssetBodies {

QString cnpj(int seed)
{
    const QString base = u"%1"_s.arg(10000000 + (qint64(seed) * 7919) % 89999999, 8, 10, QLatin1Char('0')) + u"0001"_s;
    return DocumentNumber::parse(QString(base + DocumentNumber::checkDigitsFor(base))).formatted();
}

QString cpf(int seed)
{
    const QString base = u"%1"_s.arg(100000000 + (qint64(seed) * 104729) % 899999999, 9, 10, QLatin1Char('0'));
    return DocumentNumber::parse(QString(base + DocumentNumber::checkDigitsFor(base))).formatted();
}

namespace {

QJsonObject borrower(const Spec &spec)
{
    return { { u"name"_s, u"Maria da Silva"_s },
             { u"document_number"_s, spec.borrower.isEmpty() ? cpf(spec.externalId.size() + 3) : spec.borrower },
             { u"person_type"_s, u"natural_person"_s },
             { u"natural_person"_s,
               QJsonObject { { u"mother_name"_s, u"Ana da Silva"_s }, { u"birthdate"_s, u"1980-01-01"_s } } } };
}

QString originator(const Spec &spec)
{
    return spec.originator.isEmpty() ? cnpj(42) : spec.originator;
}

} // namespace

Spec spec(const QString &externalId, qint64 purchaseCentavos, qint64 faceCentavos)
{
    Spec result;
    result.externalId = externalId;
    result.purchaseCentavos = purchaseCentavos;
    result.faceCentavos = faceCentavos;
    return result;
}

QJsonObject ccb(const Spec &spec)
{
    QJsonArray installments;
    for (int i = 0; i < spec.installments; ++i) {
        installments.append(QJsonObject { { u"installment_number"_s, i + 1 },
                                          { u"maturity_date"_s, spec.maturity.addMonths(i).toString(Qt::ISODate) },
                                          { u"face_value"_s, Money::fromCentavos(spec.faceCentavos).toJson() } });
    }
    return { { u"asset_type"_s, u"ccb"_s },
             { u"total_purchase_value"_s, Money::fromCentavos(spec.purchaseCentavos).toJson() },
             { u"premiums"_s, QJsonArray { QJsonObject { { u"premium_type"_s, u"spread"_s }, { u"total_value"_s, 13.38 } } } },
             { u"credit_operation"_s,
               QJsonObject { { u"external_id"_s, spec.externalId },
                             { u"originator_document_number"_s, originator(spec) },
                             { u"amortization_type"_s, u"sac"_s },
                             { u"installments"_s, installments },
                             { u"borrower"_s, borrower(spec) } } } };
}

QJsonObject duplicata(const QString &assetType, const Spec &spec)
{
    return { { u"asset_type"_s, assetType },
             { u"total_purchase_value"_s, Money::fromCentavos(spec.purchaseCentavos).toJson() },
             { u"discounted_credit_right"_s,
               QJsonObject { { u"external_id"_s, spec.externalId },
                             { u"originator_document_number"_s, originator(spec) },
                             { u"maturity_date"_s, spec.maturity.toString(Qt::ISODate) },
                             { u"order_number"_s, u"18923619954796912"_s },
                             { u"face_value"_s, Money::fromCentavos(spec.faceCentavos).toJson() },
                             { u"borrower"_s, borrower(spec) } } } };
}

QJsonObject discountedContract(const Spec &spec)
{
    QJsonObject body = duplicata(u"discounted_contract"_s, spec);
    QJsonObject right = body.value(u"discounted_credit_right"_s).toObject();
    right.insert(u"installment_number"_s, 3);
    right.insert(u"contract"_s, QJsonObject { { u"number_of_installments"_s, 12 }, { u"number"_s, u"CONTR-1"_s } });
    body.insert(u"discounted_credit_right"_s, right);
    return body;
}

QByteArray pdfBase64()
{
    return QByteArrayLiteral("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n").toBase64();
}

} // namespace AssetBodies

namespace {

// One generated key per fixture client, shared by every harness of the test process.
const QMap<QString, EcPrivateKey> &keys()
{
    static const QMap<QString, EcPrivateKey> generated = [] {
        QMap<QString, EcPrivateKey> result;
        for (const QString &name : { u"@MANAGER@"_s, u"@MANAGER_READ@"_s, u"@ASSIGNOR@"_s, u"@CONSULTANT@"_s })
            result.insert(name, EcPrivateKey::generate());
        return result;
    }();
    return generated;
}

} // namespace

EcPrivateKey SandboxHarness::privateKey(const QString &apiClientKey)
{
    const QString placeholder = apiClientKey == managerKey ? u"@MANAGER@"_s
        : apiClientKey == managerReadKey                   ? u"@MANAGER_READ@"_s
        : apiClientKey == assignorKey                      ? u"@ASSIGNOR@"_s
                                                           : u"@CONSULTANT@"_s;
    return keys().value(placeholder);
}

QByteArray SandboxHarness::fixtureJson(const QUrl &webhookUrl)
{
    QFile file(QStringLiteral(CESSIO_SOURCE_DIR "/tests/data/sandbox/world.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray clients = root.value(u"clients"_s).toArray();
    for (auto it = clients.begin(); it != clients.end(); ++it) {
        QJsonObject client = it->toObject();
        const QString placeholder = client.value(u"public_key_pem"_s).toString();
        client.insert(u"public_key_pem"_s, QString::fromLatin1(keys().value(placeholder).publicKeyPem()));
        *it = client;
    }
    root.insert(u"clients"_s, clients);
    QJsonArray configurations = root.value(u"assignment_configurations"_s).toArray();
    for (auto it = configurations.begin(); it != configurations.end(); ++it) {
        QJsonObject configuration = it->toObject();
        if (configuration.value(u"webhook_url"_s).toString() == u"@WEBHOOK_URL@") {
            if (webhookUrl.isValid()) {
                configuration.insert(u"webhook_url"_s, webhookUrl.toString());
            } else {
                configuration.remove(u"webhook_url"_s);
                configuration.remove(u"signature_key"_s);
            }
        }
        *it = configuration;
    }
    root.insert(u"assignment_configurations"_s, configurations);
    return QJsonDocument(root).toJson();
}

SandboxHarness::SandboxHarness(const sandbox::SandboxOptions &options, const QUrl &webhookUrl)
    : m_sandbox(std::make_unique<sandbox::Sandbox>(options))
    , m_webhookUrl(webhookUrl)
{ }

bool SandboxHarness::start()
{
    if (!sandbox::FixtureLoader::loadJson(fixtureJson(m_webhookUrl), m_sandbox->world(), &m_error))
        return false;
    if (!m_sandbox->start(&m_error))
        return false;
    const QUrl base = m_sandbox->baseUrl();
    m_manager = std::make_unique<SignedClient>(base, managerKey, keys().value(u"@MANAGER@"_s));
    m_managerRead = std::make_unique<SignedClient>(base, managerReadKey, keys().value(u"@MANAGER_READ@"_s));
    m_assignor = std::make_unique<SignedClient>(base, assignorKey, keys().value(u"@ASSIGNOR@"_s));
    m_consultant = std::make_unique<SignedClient>(base, consultantKey, keys().value(u"@CONSULTANT@"_s));
    return true;
}

QString SandboxHarness::path(Endpoint endpoint, const QString &configurationKey, const QString &batch, const QString &asset,
                             const QUrlQuery &query)
{
    PathParams params;
    params.fundClassKey = configurationKey == betaConfig ? fundBeta : fund;
    params.configurationKey = configurationKey;
    params.batchExternalId = batch;
    params.assetId = asset;
    params.assignorKey = u"assignor-1"_s;
    return Endpoints::path(endpoint, params, query);
}

void SandboxHarness::tick(int times)
{
    for (int i = 0; i < times; ++i)
        m_sandbox->tick();
}

QJsonObject SandboxHarness::control(const QByteArray &method, const QString &path, const QJsonObject &body, int *status)
{
    return sandboxControl(baseUrl(), method, path, body, status);
}

HttpReply SandboxHarness::createBatch(const QString &configurationKey, const QString &externalId)
{
    return m_assignor->post(path(Endpoint::CreateBatch, configurationKey), { { u"external_id"_s, externalId } });
}

HttpReply SandboxHarness::insertCcb(const QString &batch, const AssetBodies::Spec &spec, bool withDocument)
{
    const HttpReply reply = m_assignor->post(path(Endpoint::InsertAsset, ccbConfig, batch), AssetBodies::ccb(spec));
    if (reply.status != 201 || !withDocument)
        return reply;
    const QJsonObject document { { u"document_type"_s, u"ccb"_s },
                                 { u"document_b64"_s, QString::fromLatin1(AssetBodies::pdfBase64()) } };
    const HttpReply upload = m_assignor->post(path(Endpoint::UploadDocument, ccbConfig, batch, spec.externalId), document);
    return upload.status == 201 ? reply : upload;
}

HttpReply SandboxHarness::setStatus(SignedClient &client, const QString &configurationKey, const QString &batch,
                                    const QJsonObject &body)
{
    return client.put(path(Endpoint::UpdateBatch, configurationKey, batch), body);
}

bool SandboxHarness::prepareForManager(const QString &batch, int assets)
{
    if (createBatch(ccbConfig, batch).status != 201)
        return false;
    for (int i = 0; i < assets; ++i) {
        AssetBodies::Spec spec;
        spec.externalId = batch + u"-A"_s + QString::number(i + 1);
        spec.purchaseCentavos = 100000 + i * 1000;
        if (insertCcb(batch, spec).status != 201)
            return false;
    }
    if (setStatus(*m_assignor, ccbConfig, batch, { { u"assignment_status"_s, u"completed_assets_insertion"_s } }).status != 200)
        return false;
    tick(2); // completed_assets_insertion → pending_eligibility (assets pre_approved) → pending_manager_approval
    return batchStatus(ccbConfig, batch) == u"pending_manager_approval";
}

QString SandboxHarness::batchStatus(const QString &configurationKey, const QString &batch)
{
    return m_manager->get(path(Endpoint::GetBatch, configurationKey, batch)).json().value(u"status"_s).toString();
}

} // namespace cessio::testing
