#include "demoworld.h"

#include "demobatches.h"
#include "democast.h"
#include "world.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace cessio::sandbox {

namespace {

constexpr int brasiliaOffsetSeconds = -3 * 3600;

QString typeLabel(AssetType type)
{
    switch (type.value()) {
    case AssetType::Ccb:
        return u"CCB"_s;
    case AssetType::DuplicataMercantil:
        return u"Duplicatas mercantis"_s;
    case AssetType::DuplicataServicos:
        return u"Duplicatas de serviço"_s;
    case AssetType::DiscountedContract:
        return u"Recebíveis de contratos"_s;
    case AssetType::Check:
        return u"Cheques"_s;
    case AssetType::PromissoryNote:
        return u"Notas promissórias"_s;
    default:
        return type.apiName();
    }
}

// "Metalúrgica Vale do Aço Ltda." → "Metalúrgica Vale do Aço"; a fund → its first two words.
QString shortName(const QString &name, int words = 0)
{
    QStringList parts = name.split(u' ');
    if (words > 0)
        return QStringList(parts.mid(0, words)).join(u' ');
    while (parts.size() > 1 && (parts.back() == u"Ltda." || parts.back() == u"S.A."))
        parts.removeLast();
    return parts.join(u' ');
}

Account account(DemoRandom &random, const QString &bankCode, bool isDefault)
{
    const auto &banks = DemoNames::banks();
    const auto bank = std::find_if(banks.cbegin(), banks.cend(), [&](const DemoNames::Bank &b) { return b.code == bankCode; });
    Account result;
    result.accountKey = random.uuid();
    result.branch = random.digits(4);
    result.number = random.digits(random.between(5, 8));
    result.digit = bankCode == u"001" && random.chance(0.2) ? u"X"_s : random.digits(1); // Banco do Brasil uses X
    result.institutionCode = bankCode;
    result.institutionIspb = bank != banks.cend() ? bank->ispb : QString();
    result.isDefault = isDefault;
    return result;
}

// An SEC1 DER "EC PRIVATE KEY" of the scalar, with the public point when it is known.
QByteArray sec1Pem(const QByteArray &scalar, const QByteArray &point = {})
{
    static const QByteArray curve = QByteArray::fromHex("a00706052b81040023"); // [0] OID secp521r1
    QByteArray body = QByteArray::fromHex("0201010442") + scalar + curve;
    if (point.size() == 133) // [1] BIT STRING 04||X||Y
        body += QByteArray::fromHex("a1818903818600") + point;
    const QByteArray length = body.size() < 128 ? QByteArray(1, char(body.size())) : "\x81" + QByteArray(1, char(body.size()));
    const QByteArray der = "\x30" + length + body;
    const QByteArray base64 = der.toBase64();
    QByteArray pem = "-----BEGIN EC PRIVATE KEY-----\n";
    for (qsizetype i = 0; i < base64.size(); i += 64)
        pem += base64.mid(i, 64) + '\n';
    return pem + "-----END EC PRIVATE KEY-----\n";
}

} // namespace

EcPrivateKey DemoWorld::derivedKey(quint32 seed)
{
    // 66 bytes with a zero first byte: below 2^520, so always below the P-521 group order.
    DemoRandom random(seed ^ 0x5eedca11u);
    QByteArray scalar(66, '\0');
    for (qsizetype i = 1; i < scalar.size(); ++i)
        scalar[i] = char(random.between(0, 255));
    scalar[65] = char(scalar[65] | 1); // never zero
    // OpenSSL computes the public point of a scalar-only key; read it back (the last 133 bytes of
    // the SubjectPublicKeyInfo) and store it in the key, as every generated key has it.
    const EcPrivateKey bare = EcPrivateKey::fromPem(sec1Pem(scalar));
    QByteArray spki = bare.publicKeyPem();
    spki.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "");
    const QByteArray point = QByteArray::fromBase64(spki.simplified().replace(' ', "")).right(133);
    const EcPrivateKey full = EcPrivateKey::fromPem(sec1Pem(scalar, point));
    return full.isNull() ? bare : full;
}

DemoCredentials DemoWorld::build(World &world, const DemoOptions &options, std::unique_ptr<DemoLateBatch> *later)
{
    const QDateTime now = options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();
    const QDate accountingDate = now.toOffsetFromUtc(brasiliaOffsetSeconds).date();
    DemoRandom random(options.seed);
    DemoCredentials credentials;

    Manager manager { random.uuid(), DemoNames::cnpj(random), DemoCast::managerName() };
    QList<Fund *> funds;
    for (const DemoCast::FundRole &role : DemoCast::funds()) {
        const QString key = random.uuid();
        funds.append(&world.addFund({ key, role.name, DemoNames::cnpj(random, role.alphanumericCnpj), accountingDate, manager }));
        credentials.fundKeys.append(key);
    }

    QList<Assignor *> assignors;
    for (const DemoCast::AssignorRole &role : DemoCast::assignors()) {
        Assignor assignor;
        assignor.assignorKey = random.uuid();
        assignor.documentNumber = DemoNames::cnpj(random);
        assignor.name = role.name;
        for (const QString &bank : role.banks)
            assignor.accounts.append(account(random, bank, assignor.accounts.isEmpty()));
        if (role.inactiveAccount) {
            Account closed = account(random, u"033"_s, false);
            closed.status = u"inactive"_s;
            assignor.accounts.append(closed);
        }
        assignors.append(&world.addAssignor(assignor));
    }

    const Consultant consultant { random.uuid(), DemoNames::cnpj(random), DemoCast::consultantName() };
    QList<Configuration *> configurations;
    for (const DemoCast::ContractRole &role : DemoCast::contracts()) {
        Configuration configuration;
        configuration.configurationKey = random.uuid();
        configuration.fundClassKey = funds.at(role.fund)->fundClassKey;
        configuration.assignorKey = assignors.at(role.assignor)->assignorKey;
        configuration.name = shortName(assignors.at(role.assignor)->name) + u" | "_s + typeLabel(role.type) + u" | "_s
            + shortName(funds.at(role.fund)->name, 2) + (role.active ? QString() : u" (contrato 2024)"_s);
        configuration.assetType = role.type;
        configuration.consultantDecisionType = role.manualApproval ? u"manual_approval"_s : u"automatic_approval"_s;
        configuration.active = role.active;
        if (role.type.value() == AssetType::DiscountedContract)
            configuration.documentsRequired = { u"discounted_contract"_s }; // [I] set per assignment contract
        if (role.manualApproval)
            configuration.consultant = consultant;
        configuration.assignmentContractKey = random.uuid();
        configuration.validationConfigurationKey = random.uuid();
        configurations.append(&world.addConfiguration(configuration));
    }

    Client client;
    client.apiClientKey = random.uuid();
    credentials.clientKey = client.apiClientKey;
    credentials.privateKey = derivedKey(options.seed);
    credentials.user = DemoCast::managerUser();
    client.publicKeyPem = credentials.privateKey.publicKeyPem();
    client.publicKey = EcPublicKey::fromPem(client.publicKeyPem);
    client.profile = Profile::Manager;
    client.permission = Permission::Write;
    client.agentKey = manager.managerKey;
    client.user = credentials.user;
    world.addClient(client);

    // Each assignor's numbering, discount rate and debtors.
    std::vector<DemoAssetFactory> factories;
    std::vector<DebtorPool> pools;
    factories.reserve(std::size_t(assignors.size()));
    pools.reserve(std::size_t(assignors.size()));
    for (qsizetype i = 0; i < assignors.size(); ++i) {
        const DemoCast::AssignorRole &role = DemoCast::assignors().at(i);
        factories.emplace_back(assignors.at(i)->documentNumber, role.stateCode, role.monthlyRate);
        pools.push_back(DemoCast::debtorsOf(role, assignors.at(i)->documentNumber));
    }
    const auto contextOf = [&](int contract) {
        const int index = DemoCast::contracts().at(contract).assignor;
        const DemoCast::AssignorRole &role = DemoCast::assignors().at(index);
        return DemoAssignorContext { assignors.at(index), role.code, DemoCast::assignorUser(role.name),
                                     &factories[std::size_t(index)], &pools[std::size_t(index)] };
    };

    // Timelines first, then the batches oldest first, so assignment numbers follow creation.
    DemoBatchBuilder builder(world, random, now, credentials.user);
    const QList<DemoBatchPlan> plans = demoBatchPlans(options.largeBatchAssets);
    QList<QList<StatusEvent>> timelines;
    for (const DemoBatchPlan &plan : plans)
        timelines.append(builder.timeline(plan, *configurations.at(plan.contract), contextOf(plan.contract)));
    std::vector<qsizetype> order(std::size_t(plans.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return timelines.at(a).constFirst().at < timelines.at(b).constFirst().at; });
    for (const qsizetype index : order) {
        const DemoBatchPlan &plan = plans.at(index);
        const Configuration &configuration = *configurations.at(plan.contract);
        const Batch &batch = builder.build(plan, configuration, contextOf(plan.contract), timelines.at(index),
                                           index == 0 ? later : nullptr); // only the large batch waits
        ++credentials.batches;
        credentials.assets += plan.assets; // made now or by *later
        if (batch.status.value() == BatchStatus::PendingManagerApproval)
            ++credentials.awaitingManager;
        if (index == 0) // the first plan is the large batch
            credentials.largeBatch = { configuration.fundClassKey, configuration.configurationKey, batch.externalId };
    }
    return credentials;
}

QString DemoCredentials::describe() const
{
    // Each count with its own plural and the locale's thousands separator.
    QString text = QCoreApplication::translate("DemoWorld", "Demo world: %1, %2 (%3 awaiting the manager), %4.")
                       .arg(QCoreApplication::translate("DemoWorld", "%Ln fund(s)", nullptr, int(fundKeys.size())),
                            QCoreApplication::translate("DemoWorld", "%Ln batch(es)", nullptr, batches),
                            QLocale().toString(awaitingManager),
                            QCoreApplication::translate("DemoWorld", "%Ln asset(s)", nullptr, int(assets)))
        + u'\n';
    text += QCoreApplication::translate("DemoWorld", "Demo manager API client (profile manager, permission write):") + u'\n';
    text += u"  API-CLIENT-KEY: "_s + clientKey + u'\n';
    text += u"  AGENT-USER: "_s + user + u'\n';
    text += QCoreApplication::translate("DemoWorld", "  Fund class keys:") + u'\n';
    for (const QString &key : fundKeys)
        text += u"    "_s + key + u'\n';
    text += QCoreApplication::translate("DemoWorld", "  Private key (P-521, a throwaway demonstration key):") + u'\n';
    text += QString::fromLatin1(privateKey.privateKeyPem());
    return text;
}

} // namespace cessio::sandbox
