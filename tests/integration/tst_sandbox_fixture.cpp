// --fixture files: every error names the field and the problem; and the cessio-sandbox program
// itself, started with a fixture, prints "listening on http://HOST:PORT" and answers signed requests.
#include "sandbox/fixtureloader.h"
#include "sandboxharness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;
using namespace cessio::testing;

using Mutation = std::function<void(QJsonObject &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

// Applies `change` to element `index` of array `name` (and writes it back).
void editItem(QJsonObject &root, const QString &name, int index, const std::function<void(QJsonObject &)> &change)
{
    QJsonArray array = root.value(name).toArray();
    QJsonObject item = array.at(index).toObject();
    change(item);
    array.replace(index, item);
    root.insert(name, array);
}

Mutation set(const QString &array, int index, const QString &field, const QJsonValue &value)
{
    return [=](QJsonObject &root) { editItem(root, array, index, [&](QJsonObject &item) { item.insert(field, value); }); };
}

Mutation drop(const QString &array, int index, const QString &field)
{
    return [=](QJsonObject &root) { editItem(root, array, index, [&](QJsonObject &item) { item.remove(field); }); };
}

} // namespace

class TestSandboxFixture : public QObject
{
    Q_OBJECT

    static QString writeFixture(const QTemporaryDir &dir, const QByteArray &json)
    {
        const QString path = dir.filePath(u"fixture.json"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void validFixture_loadsEverything()
    {
        sandbox::World world;
        QString error;
        QVERIFY2(sandbox::FixtureLoader::loadJson(SandboxHarness::fixtureJson(), world, &error), qPrintable(error));
        QCOMPARE(world.funds().size(), 2);
        QCOMPARE(world.assignor(u"assignor-1"_s)->accounts.size(), 3);
        QCOMPARE(world.configurations().size(), 6);
        QCOMPARE(world.clients().size(), 4);
        QVERIFY(world.configuration(u"cfg-dup"_s)->requiresConsultantApproval());
        QCOMPARE(world.configuration(u"cfg-svc"_s)->assetType, AssetType(AssetType::DuplicataServicos));
        QCOMPARE(world.configuration(u"cfg-dc"_s)->documentsRequired, QStringList({ u"discounted_contract"_s }));
        QCOMPARE(world.fund(u"fund-alpha"_s)->accountingDate, QDate(2026, 11, 23));
    }

    void invalidFixture_errorNamesTheField_data()
    {
        QTest::addColumn<Mutation>("mutation");
        QTest::addColumn<QString>("expected");
        const QString funds = u"funds"_s, assignors = u"assignors"_s, configs = u"assignment_configurations"_s,
                      clients = u"clients"_s;
        QTest::newRow("date format") << set(funds, 0, u"accounting_date"_s, u"23/11/2026"_s)
                                     << u"funds[0].accounting_date: expected YYYY-MM-DD"_s;
        QTest::newRow("missing name") << drop(funds, 0, u"name"_s) << u"funds[0].name: required"_s;
        QTest::newRow("number instead of string") << set(funds, 1, u"name"_s, 7) << u"funds[1].name: expected a string"_s;
        QTest::newRow("bad CNPJ") << set(funds, 0, u"document_number"_s, u"12.345.678/0001-00"_s)
                                  << u"funds[0].document_number: "_s;
        QTest::newRow("manager key") << Mutation([](QJsonObject &root) {
            editItem(root, u"funds"_s, 1, [](QJsonObject &fund) {
                fund.insert(u"manager"_s, QJsonObject { { u"manager_name"_s, u"X"_s } });
            });
        }) << u"funds[1].manager.manager_key: required"_s;
        QTest::newRow("account flag") << Mutation([](QJsonObject &root) {
            editItem(root, u"assignors"_s, 0, [](QJsonObject &assignor) {
                QJsonArray accounts = assignor.value(u"accounts"_s).toArray();
                QJsonObject account = accounts.at(1).toObject();
                account.insert(u"default_account"_s, u"yes"_s);
                accounts.replace(1, account);
                assignor.insert(u"accounts"_s, accounts);
            });
        }) << u"assignors[0].accounts[1].default_account: expected true or false"_s;
        QTest::newRow("unknown fund") << set(configs, 2, u"fund_class_key"_s, u"nope"_s)
                                      << u"assignment_configurations[2].fund_class_key: unknown fund 'nope'"_s;
        QTest::newRow("unknown assignor") << set(configs, 0, u"assignor_key"_s, u"nope"_s)
                                          << u"assignment_configurations[0].assignor_key: unknown assignor 'nope'"_s;
        QTest::newRow("asset type") << set(configs, 0, u"asset_type"_s, u"boleto"_s)
                                    << u"assignment_configurations[0].asset_type: unknown asset type 'boleto'"_s;
        QTest::newRow("decision type")
            << set(configs, 1, u"consultant_decision_type"_s, u"maybe"_s)
            << u"assignment_configurations[1].consultant_decision_type: expected automatic_approval, auto_approval or manual_approval"_s;
        QTest::newRow("active flag") << set(configs, 0, u"active"_s, u"true"_s)
                                     << u"assignment_configurations[0].active: expected true or false"_s;
        QTest::newRow("webhook scheme") << set(configs, 0, u"webhook_url"_s, u"ftp://example.com/x"_s)
                                        << u"assignment_configurations[0].webhook_url: not an http or https URL"_s;
        QTest::newRow("webhook without key") << set(configs, 3, u"webhook_url"_s, u"http://127.0.0.1:9/hooks"_s)
                                             << u"assignment_configurations[3].signature_key: required when webhook_url is set"_s;
        QTest::newRow("duplicate configuration")
            << set(configs, 1, u"assignment_configuration_key"_s, u"cfg-ccb"_s)
            << u"assignment_configurations[1].assignment_configuration_key: duplicate key 'cfg-ccb'"_s;
        QTest::newRow("public key") << set(clients, 2, u"public_key_pem"_s,
                                           u"-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"_s)
                                    << u"clients[2].public_key_pem: not a P-521 public key"_s;
        QTest::newRow("profile") << set(clients, 0, u"profile"_s, u"admin"_s)
                                 << u"clients[0].profile: expected manager, assignor or consultant"_s;
        QTest::newRow("permission") << set(clients, 3, u"permission"_s, u"all"_s)
                                    << u"clients[3].permission: expected read or write"_s;
        QTest::newRow("funds not an array") << Mutation([](QJsonObject &root) { root.insert(u"funds"_s, QJsonObject()); })
                                            << u"funds: expected an array"_s;
    }
    void invalidFixture_errorNamesTheField()
    {
        QFETCH(Mutation, mutation);
        QFETCH(QString, expected);
        QJsonObject root = QJsonDocument::fromJson(SandboxHarness::fixtureJson(QUrl(u"http://127.0.0.1:9/hooks"_s))).object();
        mutation(root);
        sandbox::World world;
        QString error;
        QVERIFY(!sandbox::FixtureLoader::loadJson(QJsonDocument(root).toJson(), world, &error));
        QVERIFY2(error.startsWith(expected), qPrintable(error));
        QVERIFY(world.funds().isEmpty()); // nothing half-loaded
        QVERIFY(world.clients().isEmpty());
    }

    void notJson_errorSaysWhere()
    {
        sandbox::World world;
        QString error;
        QVERIFY(!sandbox::FixtureLoader::loadJson("{\"funds\": [", world, &error));
        QVERIFY2(error.contains(u"not valid JSON"_s), qPrintable(error));
    }

    void program_withFixture_printsListeningLine_andAnswersSignedRequests()
    {
        QTemporaryDir dir;
        const QString fixture = writeFixture(dir, SandboxHarness::fixtureJson());
        QVERIFY(!fixture.isEmpty());
        QProcess process;
        process.start(QStringLiteral(CESSIO_SANDBOX_EXE),
                      { u"--fixture"_s, fixture, u"--port"_s, u"0"_s, u"--max-page-limit"_s, u"5"_s });
        QVERIFY(process.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 20000);
        const QString line = QString::fromUtf8(process.readLine());
        static const QRegularExpression pattern(u"^listening on http://127\\.0\\.0\\.1:(\\d+)\\n$"_s);
        const QRegularExpressionMatch match = pattern.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        const QUrl base(u"http://127.0.0.1:"_s + match.captured(1));

        SignedClient manager(base, SandboxHarness::managerKey, SandboxHarness::managerPrivateKey());
        HttpReply reply = manager.get(SandboxHarness::path(Endpoint::ListConfigurations, SandboxHarness::ccbConfig));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"data"_s).toArray().size(), 5);
        reply = manager.get(
            SandboxHarness::path(Endpoint::ListConfigurations, SandboxHarness::ccbConfig, {}, {}, QUrlQuery(u"limit=6"_s)));
        QCOMPARE(reply.code(), u"QIT000010"_s); // --max-page-limit 5
        process.kill();
        process.waitForFinished(10000);
    }

    void program_badFixture_printsTheFieldAndExits2_data()
    {
        QTest::addColumn<QByteArray>("fixture");
        QTest::addColumn<QString>("expected");
        QByteArray bad = SandboxHarness::fixtureJson();
        bad.replace("\"2026-11-23\"", "\"tomorrow\"");
        QTest::newRow("field") << bad << u"funds[0].accounting_date: expected YYYY-MM-DD"_s;
        QTest::newRow("not JSON") << "{"_ba << u"not valid JSON"_s;
    }
    void program_badFixture_printsTheFieldAndExits2()
    {
        QFETCH(QByteArray, fixture);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QProcess process;
        process.start(QStringLiteral(CESSIO_SANDBOX_EXE), { u"--fixture"_s, writeFixture(dir, fixture) });
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardOutput().isEmpty());
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(expected), qPrintable(err));
    }

    void program_badOptions_exit2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("both sources") << QStringList { u"--demo-data"_s, u"--fixture"_s, u"x.json"_s };
        QTest::newRow("fault rate") << QStringList { u"--fault-rate"_s, u"2"_s };
        QTest::newRow("port") << QStringList { u"--port"_s, u"70000"_s };
        QTest::newRow("missing file") << QStringList { u"--fixture"_s, u"/nonexistent/x.json"_s };
    }
    void program_badOptions_exit2()
    {
        QFETCH(QStringList, arguments);
        QProcess process;
        process.start(QStringLiteral(CESSIO_SANDBOX_EXE), arguments);
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(!process.readAllStandardError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxFixture)
#include "tst_sandbox_fixture.moc"
