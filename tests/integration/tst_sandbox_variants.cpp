// Paging (envelope, limits, QIT000010), the documented path and spelling variants, the
// configuration listing, the assignor's accounts and the authentication test route.
#include "sandboxharness.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;
using namespace cessio::testing;

class TestSandboxVariants : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxHarness> h;

    QString assets(const QUrlQuery &query, bool withConfiguration = false)
    {
        if (!withConfiguration)
            return SandboxHarness::path(Endpoint::ListAssets, SandboxHarness::ccbConfig, u"P"_s, {}, query);
        // The variant with the configuration segment (Endpoints::alternativeTemplates) [I].
        QString path = Endpoints::alternativeTemplates(Endpoint::ListAssets).constFirst();
        path.replace(u"{fund_class_key}"_s, SandboxHarness::fund)
            .replace(u"{assignment_configuration_key}"_s, SandboxHarness::ccbConfig)
            .replace(u"{assignment_external_id}"_s, u"P"_s);
        return query.isEmpty() ? path : path + u'?' + query.toString(QUrl::FullyEncoded);
    }

    static QUrlQuery query(const QString &text) { return QUrlQuery(text); }

private Q_SLOTS:
    void initTestCase()
    {
        sandbox::SandboxOptions options;
        options.maxPageLimit = 20;
        h = std::make_unique<SandboxHarness>(options);
        QVERIFY2(h->start(), qPrintable(h->error()));
        QCOMPARE(h->createBatch(SandboxHarness::ccbConfig, u"P"_s).status, 201);
        for (int i = 0; i < 25; ++i)
            QCOMPARE(h->insertCcb(u"P"_s, AssetBodies::spec(u"P-%1"_s.arg(i, 2, 10, QLatin1Char('0'))), false).status, 201);
        QVERIFY(h->prepareForManager(u"Q"_s, 1));
        QVERIFY(h->prepareForManager(u"R"_s, 1));
        QCOMPARE(
            h->setStatus(h->manager(), SandboxHarness::ccbConfig, u"R"_s, { { u"assignment_status"_s, u"denied"_s } }).status,
            200);
    }
    void cleanupTestCase() { h.reset(); }

    void paging_envelope_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("withConfiguration");
        QTest::addColumn<int>("page");
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("last");
        QTest::addColumn<QString>("first");
        QTest::newRow("defaults") << QString() << false << 0 << 10 << 10 << false << u"P-00"_s;
        QTest::newRow("second page") << u"page=1&limit=10"_s << false << 1 << 10 << 10 << false << u"P-10"_s;
        QTest::newRow("last page") << u"page=2&limit=10"_s << false << 2 << 10 << 5 << true << u"P-20"_s;
        QTest::newRow("beyond the end") << u"page=9"_s << false << 9 << 10 << 0 << true << QString();
        QTest::newRow("maximum limit") << u"limit=20"_s << false << 0 << 20 << 20 << false << u"P-00"_s;
        QTest::newRow("with configuration segment") << u"page=2&limit=10"_s << true << 2 << 10 << 5 << true << u"P-20"_s;
    }
    void paging_envelope()
    {
        QFETCH(QString, query);
        QFETCH(bool, withConfiguration);
        QFETCH(int, page);
        QFETCH(int, limit);
        QFETCH(int, count);
        QFETCH(bool, last);
        QFETCH(QString, first);
        const HttpReply reply = h->manager().get(assets(QUrlQuery(query), withConfiguration));
        QCOMPARE(reply.status, 200);
        const QJsonObject body = reply.json();
        QCOMPARE(body.keys(), QStringList({ u"data"_s, u"is_last_page"_s, u"limit"_s, u"page"_s }));
        QCOMPARE(body.value(u"page"_s).toInt(), page);
        QCOMPARE(body.value(u"limit"_s).toInt(), limit);
        QCOMPARE(body.value(u"is_last_page"_s).toBool(), last);
        const QJsonArray data = body.value(u"data"_s).toArray();
        QCOMPARE(data.size(), count);
        if (count > 0) {
            QCOMPARE(data.first()[u"external_id"_s].toString(), first);
            QVERIFY(!data.first()[u"asset_key"_s].toString().isEmpty());
            QVERIFY(data.first()[u"credit_operation"_s].isObject()); // the asset as submitted
            QCOMPARE(data.first()[u"duration"_s].toInt(), int(QDate(2026, 11, 23).daysTo(QDate(2027, 6, 1))));
        }
    }

    void paging_badValues_QIT000010_data()
    {
        QTest::addColumn<QString>("query");
        for (const char *q : { "page=-1", "page=abc", "page=", "limit=0", "limit=-5", "limit=21", "limit=ten", "limit=1.5" })
            QTest::newRow(q) << QString::fromLatin1(q);
    }
    void paging_badValues_QIT000010()
    {
        QFETCH(QString, query);
        for (const QString &path :
             { assets(QUrlQuery(query)),
               SandboxHarness::path(Endpoint::ListBatches, SandboxHarness::ccbConfig, {}, {}, QUrlQuery(query)),
               SandboxHarness::path(Endpoint::ListConfigurations, SandboxHarness::ccbConfig, {}, {}, QUrlQuery(query)) }) {
            const HttpReply reply = h->manager().get(path);
            QCOMPARE(reply.status, 400);
            QCOMPARE(reply.code(), u"QIT000010"_s);
            QCOMPARE(reply.json().value(u"title"_s).toString(), u"Search Params Error"_s);
        }
    }

    void batchListing_bothPaths_statusFilter_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("all") << QString() << QStringList({ u"P"_s, u"Q"_s, u"R"_s });
        QTest::newRow("waiting for the manager") << u"pending_manager_approval"_s << QStringList({ u"Q"_s });
        QTest::newRow("reproved means denied") << u"reproved"_s << QStringList({ u"R"_s });
        QTest::newRow("several") << u"pending_assets_insertion,denied"_s << QStringList({ u"P"_s, u"R"_s });
    }
    void batchListing_bothPaths_statusFilter()
    {
        QFETCH(QString, status);
        QFETCH(QStringList, expected);
        QUrlQuery query;
        if (!status.isEmpty())
            query.addQueryItem(u"status"_s, status);
        QString alternative = Endpoints::alternativeTemplates(Endpoint::ListBatches).constFirst();
        alternative.replace(u"{fund_class_key}"_s, SandboxHarness::fund)
            .replace(u"{assignment_configuration_key}"_s, SandboxHarness::ccbConfig);
        if (!query.isEmpty())
            alternative += u'?' + query.toString(QUrl::FullyEncoded);
        for (const QString &path :
             { SandboxHarness::path(Endpoint::ListBatches, SandboxHarness::ccbConfig, {}, {}, query), alternative }) {
            const HttpReply reply = h->manager().get(path);
            QCOMPARE(reply.status, 200);
            QStringList ids;
            for (const QJsonValue &batch : reply.json().value(u"data"_s).toArray())
                ids.append(batch[u"external_id"_s].toString());
            QCOMPARE(ids, expected);
        }
    }

    void configurationListing_filters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("all of the fund") << QString()
                                         << QStringList(
                                                { u"cfg-ccb"_s, u"cfg-dup"_s, u"cfg-svc"_s, u"cfg-dc"_s, u"cfg-inactive"_s });
        QTest::newRow("asset type, new spelling") << u"asset_type=duplicata_servicos"_s << QStringList({ u"cfg-svc"_s });
        QTest::newRow("assignor document unformatted")
            << u"assignor_document_number=98765432000198"_s
            << QStringList({ u"cfg-ccb"_s, u"cfg-dup"_s, u"cfg-svc"_s, u"cfg-dc"_s, u"cfg-inactive"_s });
        QTest::newRow("another assignor") << u"assignor_document_number=11.111.111/0001-91"_s << QStringList();
    }
    void configurationListing_filters()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        const HttpReply reply = h->manager().get(
            SandboxHarness::path(Endpoint::ListConfigurations, SandboxHarness::ccbConfig, {}, {}, QUrlQuery(query)));
        QCOMPARE(reply.status, 200);
        QStringList keys;
        for (const QJsonValue &configuration : reply.json().value(u"data"_s).toArray())
            keys.append(configuration[u"assignment_configuration_key"_s].toString());
        QCOMPARE(keys, expected);
        if (!keys.isEmpty()) {
            const QJsonObject first = reply.json().value(u"data"_s).toArray().first().toObject();
            QCOMPARE(first[u"fund_class"_s][u"manager"_s][u"manager_key"_s].toString(), u"manager-key-1"_s);
            QCOMPARE(first[u"assignor"_s][u"assignor_key"_s].toString(), u"assignor-1"_s);
        }
    }

    void accounts_listAddUpdate()
    {
        PathParams params;
        params.assignorKey = u"assignor-1"_s;
        const QString list = Endpoints::path(Endpoint::ListAccounts, params);
        QCOMPARE(h->manager().get(list).json().value(u"data"_s).toArray().size(), 3);
        const QJsonObject account { { u"account_number"_s, u"445566"_s },
                                    { u"account_digit"_s, u"7"_s },
                                    { u"account_branch"_s, u"0042"_s },
                                    { u"account_type"_s, u"checking_account"_s },
                                    { u"financial_institution_code"_s, u"341"_s },
                                    { u"default_account"_s, true } };
        QCOMPARE(h->assignor().post(Endpoints::path(Endpoint::AddAccount, params), account).code(), u"AIT900018"_s);
        QJsonObject shortBranch = account;
        shortBranch.insert(u"account_branch"_s, u"42"_s);
        QCOMPARE(h->manager().post(Endpoints::path(Endpoint::AddAccount, params), shortBranch).code(), u"QIT000001"_s);
        const HttpReply added = h->manager().post(Endpoints::path(Endpoint::AddAccount, params), account);
        QCOMPARE(added.status, 201);
        QCOMPARE(added.json().value(u"financial_institution_ispb"_s).toString(), u"60701190"_s);
        QCOMPARE(added.json().value(u"status"_s).toString(), u"active"_s);
        params.accountKey = added.json().value(u"account_key"_s).toString();
        const QString update = Endpoints::path(Endpoint::UpdateAccount, params);
        QCOMPARE(h->manager().put(update, { { u"default_account"_s, false } }).code(), u"ASR900003"_s);
        params.accountKey = u"account-default"_s; // demoted by the new default
        const HttpReply promoted
            = h->manager().put(Endpoints::path(Endpoint::UpdateAccount, params), { { u"default_account"_s, true } });
        QCOMPARE(promoted.status, 200);
        QVERIFY(promoted.json().value(u"default_account"_s).toBool());
        params.accountKey = u"nope"_s;
        QCOMPARE(h->manager().put(Endpoints::path(Endpoint::UpdateAccount, params), { { u"status"_s, u"inactive"_s } }).code(),
                 u"ASR900002"_s);
    }

    void authenticationTest_answersWhoSigned()
    {
        const HttpReply reply
            = h->managerReadOnly().post(Endpoints::path(Endpoint::AuthenticationTest, {}), { { u"name"_s, u"QI Tech"_s } });
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"api_client_key"_s).toString(), SandboxHarness::managerReadKey);
        QCOMPARE(reply.json().value(u"permission"_s).toString(), u"read"_s);
    }
};

QTEST_GUILESS_MAIN(TestSandboxVariants)
#include "tst_sandbox_variants.moc"
