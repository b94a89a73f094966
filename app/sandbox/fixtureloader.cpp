#include "fixtureloader.h"

#include "core/documentnumber.h"
#include "world.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace cessio::sandbox {

namespace {

// Reads fields of one object, remembering the first problem as "<path>.<field>: <problem>".
class Reader
{
public:
    explicit Reader(QString *error)
        : m_error(error)
    { }

    bool failed() const { return !m_error->isEmpty(); }
    void fail(const QString &path, const QString &problem)
    {
        if (!failed())
            *m_error = path + u": "_s + problem;
    }

    QString string(const QJsonObject &object, const QString &path, const QString &name, bool required = true)
    {
        const QJsonValue value = object.value(name);
        const QString field = path + u'.' + name;
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(field, QCoreApplication::translate("FixtureLoader", "required"));
            return {};
        }
        if (!value.isString()) {
            fail(field, QCoreApplication::translate("FixtureLoader", "expected a string"));
            return {};
        }
        if (required && value.toString().trimmed().isEmpty())
            fail(field, QCoreApplication::translate("FixtureLoader", "must not be empty"));
        return value.toString();
    }

    bool boolean(const QJsonObject &object, const QString &path, const QString &name, bool fallback)
    {
        const QJsonValue value = object.value(name);
        if (value.isUndefined() || value.isNull())
            return fallback;
        if (!value.isBool())
            fail(path + u'.' + name, QCoreApplication::translate("FixtureLoader", "expected true or false"));
        return value.toBool(fallback);
    }

    QString document(const QJsonObject &object, const QString &path, const QString &name)
    {
        const QString text = string(object, path, name);
        if (failed())
            return text;
        const DocumentNumber number = DocumentNumber::parse(text);
        if (!number.isValid())
            fail(path + u'.' + name, number.problemText());
        return text;
    }

    QJsonArray array(const QJsonObject &object, const QString &path, const QString &name)
    {
        const QJsonValue value = object.value(name);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isArray())
            fail(path.isEmpty() ? name : path + u'.' + name, QCoreApplication::translate("FixtureLoader", "expected an array"));
        return value.toArray();
    }

    QJsonObject object(const QJsonValue &value, const QString &path)
    {
        if (!value.isObject())
            fail(path, QCoreApplication::translate("FixtureLoader", "expected an object"));
        return value.toObject();
    }

    void unique(QSet<QString> &seen, const QString &key, const QString &field)
    {
        if (seen.contains(key))
            fail(field, QCoreApplication::translate("FixtureLoader", "duplicate key '%1'").arg(key));
        seen.insert(key);
    }

private:
    QString *m_error;
};

struct Staged
{
    QList<Fund> funds;
    QList<Assignor> assignors;
    QList<Configuration> configurations;
    QList<Client> clients;
};

void readFunds(Reader &r, const QJsonObject &root, Staged &staged)
{
    QSet<QString> keys;
    const QJsonArray funds = r.array(root, {}, u"funds"_s);
    for (qsizetype i = 0; i < funds.size() && !r.failed(); ++i) {
        const QString path = u"funds[%1]"_s.arg(i);
        const QJsonObject json = r.object(funds[i], path);
        Fund fund;
        fund.fundClassKey = r.string(json, path, u"fund_class_key"_s);
        r.unique(keys, fund.fundClassKey, path + u".fund_class_key"_s);
        fund.name = r.string(json, path, u"name"_s);
        fund.documentNumber = r.document(json, path, u"document_number"_s);
        const QString date = r.string(json, path, u"accounting_date"_s);
        fund.accountingDate = QDate::fromString(date, u"yyyy-MM-dd"_s);
        if (!r.failed() && !fund.accountingDate.isValid())
            r.fail(path + u".accounting_date"_s, QCoreApplication::translate("FixtureLoader", "expected YYYY-MM-DD"));
        const QString managerPath = path + u".manager"_s;
        const QJsonObject manager = r.object(json.value(u"manager"_s), managerPath);
        fund.manager.managerKey = r.string(manager, managerPath, u"manager_key"_s);
        fund.manager.documentNumber = r.document(manager, managerPath, u"document_number"_s);
        fund.manager.managerName = r.string(manager, managerPath, u"manager_name"_s);
        staged.funds.append(fund);
    }
}

void readAssignors(Reader &r, const QJsonObject &root, Staged &staged)
{
    QSet<QString> keys;
    const QJsonArray assignors = r.array(root, {}, u"assignors"_s);
    for (qsizetype i = 0; i < assignors.size() && !r.failed(); ++i) {
        const QString path = u"assignors[%1]"_s.arg(i);
        const QJsonObject json = r.object(assignors[i], path);
        Assignor assignor;
        assignor.assignorKey = r.string(json, path, u"assignor_key"_s);
        r.unique(keys, assignor.assignorKey, path + u".assignor_key"_s);
        assignor.documentNumber = r.document(json, path, u"document_number"_s);
        assignor.name = r.string(json, path, u"name"_s);
        const QJsonArray accounts = r.array(json, path, u"accounts"_s);
        for (qsizetype j = 0; j < accounts.size() && !r.failed(); ++j) {
            const QString accountPath = path + u".accounts[%1]"_s.arg(j);
            const QJsonObject a = r.object(accounts[j], accountPath);
            Account account;
            account.accountKey = r.string(a, accountPath, u"account_key"_s);
            account.accountType = r.string(a, accountPath, u"account_type"_s, false);
            if (account.accountType.isEmpty())
                account.accountType = u"checking_account"_s;
            account.branch = r.string(a, accountPath, u"account_branch"_s);
            account.number = r.string(a, accountPath, u"account_number"_s);
            account.digit = r.string(a, accountPath, u"account_digit"_s);
            account.institutionCode = r.string(a, accountPath, u"financial_institution_code"_s);
            account.institutionIspb = r.string(a, accountPath, u"financial_institution_ispb"_s, false);
            account.isDefault = r.boolean(a, accountPath, u"default_account"_s, false);
            account.status = r.string(a, accountPath, u"status"_s, false);
            if (account.status.isEmpty())
                account.status = u"active"_s;
            assignor.accounts.append(account);
        }
        staged.assignors.append(assignor);
    }
}

QList<WebhookTarget> readWebhooks(Reader &r, const QJsonObject &json, const QString &path, const QString &assignorKey)
{
    QList<WebhookTarget> targets;
    auto readOne = [&](const QJsonObject &object, const QString &objectPath) {
        WebhookTarget target;
        const QString url = r.string(object, objectPath, u"webhook_url"_s);
        target.url = QUrl(url, QUrl::StrictMode);
        if (!r.failed() && (!target.url.isValid() || (target.url.scheme() != u"http" && target.url.scheme() != u"https")))
            r.fail(objectPath + u".webhook_url"_s, QCoreApplication::translate("FixtureLoader", "not an http or https URL"));
        if (!r.failed() && object.value(u"signature_key"_s).toString().isEmpty())
            r.fail(objectPath + u".signature_key"_s,
                   QCoreApplication::translate("FixtureLoader", "required when webhook_url is set"));
        target.signatureKey = r.string(object, objectPath, u"signature_key"_s);
        target.agentType = r.string(object, objectPath, u"agent_type"_s, false);
        if (target.agentType.isEmpty())
            target.agentType = u"assignor"_s;
        target.agentKey = r.string(object, objectPath, u"agent_key"_s, false);
        if (target.agentKey.isEmpty() && target.agentType == u"assignor")
            target.agentKey = assignorKey;
        targets.append(target);
    };
    if (json.contains(u"webhook_url"_s) && !json.value(u"webhook_url"_s).isNull())
        readOne(json, path);
    const QJsonArray more = r.array(json, path, u"webhooks"_s);
    for (qsizetype i = 0; i < more.size() && !r.failed(); ++i)
        readOne(r.object(more[i], path + u".webhooks[%1]"_s.arg(i)), path + u".webhooks[%1]"_s.arg(i));
    return targets;
}

void readConfigurations(Reader &r, const QJsonObject &root, Staged &staged)
{
    QSet<QString> keys, funds, assignors;
    for (const Fund &fund : std::as_const(staged.funds))
        funds.insert(fund.fundClassKey);
    for (const Assignor &assignor : std::as_const(staged.assignors))
        assignors.insert(assignor.assignorKey);
    const QJsonArray configurations = r.array(root, {}, u"assignment_configurations"_s);
    for (qsizetype i = 0; i < configurations.size() && !r.failed(); ++i) {
        const QString path = u"assignment_configurations[%1]"_s.arg(i);
        const QJsonObject json = r.object(configurations[i], path);
        Configuration c;
        c.configurationKey = r.string(json, path, u"assignment_configuration_key"_s);
        r.unique(keys, c.configurationKey, path + u".assignment_configuration_key"_s);
        c.fundClassKey = r.string(json, path, u"fund_class_key"_s);
        if (!r.failed() && !funds.contains(c.fundClassKey))
            r.fail(path + u".fund_class_key"_s,
                   QCoreApplication::translate("FixtureLoader", "unknown fund '%1'").arg(c.fundClassKey));
        c.assignorKey = r.string(json, path, u"assignor_key"_s);
        if (!r.failed() && !assignors.contains(c.assignorKey))
            r.fail(path + u".assignor_key"_s,
                   QCoreApplication::translate("FixtureLoader", "unknown assignor '%1'").arg(c.assignorKey));
        c.name = r.string(json, path, u"assignment_configuration_name"_s);
        const QString assetType = r.string(json, path, u"asset_type"_s);
        c.assetType = AssetType::fromApi(assetType);
        if (!r.failed() && !c.assetType.isKnown())
            r.fail(path + u".asset_type"_s,
                   QCoreApplication::translate("FixtureLoader", "unknown asset type '%1'").arg(assetType));
        const QString decision = r.string(json, path, u"consultant_decision_type"_s, false);
        if (!decision.isEmpty()) {
            if (decision != u"automatic_approval" && decision != u"auto_approval" && decision != u"manual_approval")
                r.fail(path + u".consultant_decision_type"_s,
                       QCoreApplication::translate("FixtureLoader",
                                                   "expected automatic_approval, auto_approval or manual_approval"));
            c.consultantDecisionType = decision;
        }
        c.active = r.boolean(json, path, u"active"_s, true);
        const QJsonValue documents = json.value(u"documents_required"_s);
        if (documents.isBool() && documents.toBool())
            c.documentsRequired = { u"discounted_contract"_s }; // `true`: one document of the asset's own type [I]
        else if (documents.isArray())
            for (const QJsonValue &type : documents.toArray())
                c.documentsRequired.append(type.toString());
        else if (!documents.isUndefined() && !documents.isNull() && !documents.isBool())
            r.fail(path + u".documents_required"_s,
                   QCoreApplication::translate("FixtureLoader", "expected true, false or an array of document types"));
        c.webhooks = readWebhooks(r, json, path, c.assignorKey);
        if (json.value(u"consultant"_s).isObject()) {
            const QString consultantPath = path + u".consultant"_s;
            const QJsonObject consultant = json.value(u"consultant"_s).toObject();
            c.consultant = Consultant { r.string(consultant, consultantPath, u"consultant_key"_s),
                                        r.string(consultant, consultantPath, u"document_number"_s, false),
                                        r.string(consultant, consultantPath, u"name"_s, false) };
        }
        c.assignmentContractKey = r.string(json, path, u"assignment_contract_key"_s, false);
        staged.configurations.append(c);
    }
}

void readClients(Reader &r, const QJsonObject &root, Staged &staged)
{
    QSet<QString> keys;
    const QJsonArray clients = r.array(root, {}, u"clients"_s);
    for (qsizetype i = 0; i < clients.size() && !r.failed(); ++i) {
        const QString path = u"clients[%1]"_s.arg(i);
        const QJsonObject json = r.object(clients[i], path);
        Client client;
        client.apiClientKey = r.string(json, path, u"api_client_key"_s);
        r.unique(keys, client.apiClientKey, path + u".api_client_key"_s);
        client.publicKeyPem = r.string(json, path, u"public_key_pem"_s).toUtf8();
        if (!r.failed()) {
            QString problem;
            client.publicKey = EcPublicKey::fromPem(client.publicKeyPem, &problem);
            if (client.publicKey.isNull())
                r.fail(path + u".public_key_pem"_s,
                       QCoreApplication::translate("FixtureLoader", "not a P-521 public key: %1").arg(problem));
        }
        const QString profile = r.string(json, path, u"profile"_s);
        if (!r.failed()) {
            const auto parsed = profileFromName(profile);
            if (!parsed)
                r.fail(path + u".profile"_s,
                       QCoreApplication::translate("FixtureLoader", "expected manager, assignor or consultant"));
            client.profile = parsed.value_or(Profile::Manager);
        }
        const QString permission = r.string(json, path, u"permission"_s);
        if (!r.failed() && permission != u"read" && permission != u"write")
            r.fail(path + u".permission"_s, QCoreApplication::translate("FixtureLoader", "expected read or write"));
        client.permission = permission == u"write" ? Permission::Write : Permission::Read;
        client.agentKey = r.string(json, path, u"agent_key"_s, false);
        client.user = r.string(json, path, u"user"_s, false);
        staged.clients.append(client);
    }
}

} // namespace

bool FixtureLoader::loadFile(const QString &path, World &world, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error
            = path + u": "_s + QCoreApplication::translate("FixtureLoader", "cannot read the file: %1").arg(file.errorString());
        return false;
    }
    return loadJson(file.readAll(), world, error);
}

bool FixtureLoader::loadJson(const QByteArray &json, World &world, QString *error)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QCoreApplication::translate("FixtureLoader", "not valid JSON at offset %1: %2")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return false;
    }
    if (!document.isObject()) {
        *error = QCoreApplication::translate("FixtureLoader", "the fixture must be a JSON object");
        return false;
    }
    QString problem;
    Reader reader(&problem);
    Staged staged;
    const QJsonObject root = document.object();
    readFunds(reader, root, staged);
    readAssignors(reader, root, staged);
    readConfigurations(reader, root, staged);
    readClients(reader, root, staged);
    if (reader.failed()) {
        *error = problem;
        return false;
    }
    for (Fund &fund : staged.funds)
        world.addFund(std::move(fund));
    for (Assignor &assignor : staged.assignors)
        world.addAssignor(std::move(assignor));
    for (Configuration &configuration : staged.configurations)
        world.addConfiguration(std::move(configuration));
    for (Client &client : staged.clients)
        world.addClient(std::move(client));
    return true;
}

} // namespace cessio::sandbox
