// JsonTree, the one-pass parser the asset pages are read from, and JsonReader over it: accepts and
// refuses exactly what QJsonDocument does, decodes strings the same way, and maps domain types with
// the same values and the same problems (JSON paths included) as the QJsonObject reading.
// tst_fuzzregression compares both readings on thousands of mutated answers.
#include "core/asset.h"
#include "core/batch.h"
#include "core/jsonreader.h"
#include "core/jsontree.h"
#include "core/responses.h"
#include "jsonfixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;

namespace {

// The tree as Qt values, walked node by node (toJsonValue() hands containers to QJsonDocument,
// which would make the comparison circular).
QJsonValue walk(const JsonTree &tree, JsonTree::Index node)
{
    switch (tree.type(node)) {
    case JsonTree::Type::Null:
        return QJsonValue(QJsonValue::Null);
    case JsonTree::Type::False:
        return false;
    case JsonTree::Type::True:
        return true;
    case JsonTree::Type::Number:
        return tree.toJsonValue(node); // an integer beyond 2^53 kept exact, as QJsonDocument keeps it
    case JsonTree::Type::String:
        return tree.toString(node);
    case JsonTree::Type::Array: {
        QJsonArray array;
        JsonTree::Index item = tree.first(node);
        for (qsizetype i = 0; i < tree.size(node); ++i, item = tree.next(item))
            array.append(walk(tree, item));
        return array;
    }
    case JsonTree::Type::Object: {
        QJsonObject object;
        JsonTree::Index key = tree.first(node);
        for (qsizetype i = 0; i < tree.size(node); ++i) {
            object.insert(tree.toString(key), walk(tree, key + 1)); // a repeated key: the last one stays
            key = tree.next(key + 1);
        }
        return object;
    }
    }
    return {};
}

QJsonValue documentValue(const QJsonDocument &doc)
{
    return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
}

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestJsonTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsWhatQJsonDocumentAccepts_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QList<QByteArray> texts = {
            R"({"a":1})",
            R"( {"a":[1,2,{"b":null}],"c":true,"d":false} )",
            R"([])",
            R"({})",
            R"({"a":1,"a":2})", // a repeated key: the last one
            R"({"a":-0})",
            R"({"a":9007199254740993})",
            R"({"a":-9223372036854775808})",
            R"({"a":9223372036854775808})",
            R"({"a":1E2,"b":1.5e3,"c":0.1e-2,"d":1.0})",
            R"({"a":.5e1})", // QJsonDocument reads these leniently
            R"({"a":1.})",
            R"({"a":4.9e-324,"b":1e-320})", // denormals
            R"({"a":1e400})", // out of range: refused
            R"({"a":1e-400})",
            R"({"a":-1e400})",
            R"({"a":+1})",
            R"({"a":-})",
            R"({"a":01})",
            R"({"a":-01})",
            R"({"a":0x1})",
            R"({"a":1e+})",
            R"({"a":e5})",
            R"({"a":Infinity})",
            R"({"a":NaN})",
            R"({"a":1-2})",
            R"({"a":1e5.5})",
            R"({"a":tru})",
            R"({"a":nulll})",
            "{\"a\":\"\\u00e9\\uD83D\\uDE00\"}",
            "{\"a\":\"\\ud800\",\"b\":\"\\uDE00\\uD83D\",\"c\":\"\\uD83Dx\"}", // lone surrogates are kept
            "{\"a\":\"\\u12\"}",
            "{\"a\":\"\\uZZZZ\"}",
            "{\"a\":\"\\x\"}", // an unknown escape is the character itself
            "{\"a\":\"\\/\\b\\f\\n\\r\\t\\\"\\\\\"}",
            "{\"\\u0061\":1,\"a\\\"b\":2,\"\":3}",
            "{\"a\":\"\x01\x7f\"}", // raw control characters are taken
            "{\"a\":\"\xef\xbf\xbe\xef\xbf\xbf\xf0\x9f\x98\x80\"}",
            "{\"a\":\"\xff\"}", // invalid UTF-8: refused
            "{\"a\":\"\xc0\x80\"}",
            "{\"a\":\"\xed\xa0\x80\"}",
            "{\"a\":\"\xf4\x90\x80\x80\"}",
            "{\"a\":\"\xe0\x80\x80\"}",
            "{\"a\":\"\xc3\"}",
            "{\"\xff\":1}",
            "\xef\xbb\xbf{\"a\":1}", // a byte order mark first
            "\xef\xbb\xbf",
            "{\"a\":1}\xef\xbb\xbf",
            "{\"a\"\t:\n1\r}",
            R"(5)",
            R"("x")",
            R"()",
            R"(   )",
            R"({"a":1} x)",
            R"({"a":1}{)",
            R"({"a":1,})",
            R"({"a":[1,]})",
            R"({a:1})",
            R"({"a" 1})",
            R"({"a":1 "b":2})",
            "{\"a\":\"x",
            R"({"a")",
            R"({"a":)",
            R"([1,2)",
            nested(1024),
            nested(1025),
        };
        for (const QByteArray &text : texts)
            QTest::newRow(text.left(40).toPercentEncoding(" {}[]\":,.-+").constData()) << text;
    }

    void acceptsWhatQJsonDocumentAccepts()
    {
        QFETCH(QByteArray, json);
        QJsonParseError qtError {};
        const QJsonDocument doc = QJsonDocument::fromJson(json, &qtError);
        QJsonParseError treeError {};
        const JsonTree tree = JsonTree::parse(json, &treeError);
        QCOMPARE(tree.isNull(), doc.isNull());
        QCOMPARE(treeError.error == QJsonParseError::NoError, qtError.error == QJsonParseError::NoError);
        if (doc.isNull())
            return;
        QCOMPARE(walk(tree, tree.root()), documentValue(doc));
        QCOMPARE(tree.toJsonValue(tree.root()), documentValue(doc));
    }

    void strings_decodedOnlyWhenRead()
    {
        const JsonTree tree
            = JsonTree::parse("{\"plain\":\"Ação\",\"escaped\":\"a\\\"b\\\\c\\nd\\u00e9\\uD83D\\uDE00\",\"empty\":\"\"}");
        QVERIFY(!tree.isNull());
        QCOMPARE(tree.toString(tree.member(tree.root(), "plain"_L1)), u"Ação"_s);
        QCOMPARE(tree.toString(tree.member(tree.root(), "escaped"_L1)), u"a\"b\\c\ndé\U0001F600"_s);
        QCOMPARE(tree.toString(tree.member(tree.root(), "empty"_L1)), QString());
        QCOMPARE(tree.member(tree.root(), "absent"_L1), JsonTree::npos);
    }

    void keys_escapedAndRepeated()
    {
        const JsonTree tree = JsonTree::parse("{\"st\\u0061tus\":\"first\",\"status\":\"second\",\"x\":{\"status\":\"inner\"}}");
        QCOMPARE(tree.toString(tree.member(tree.root(), "status"_L1)), u"second"_s); // as QJsonDocument: the last
        const JsonTree::Index inner = tree.member(tree.root(), "x"_L1);
        QCOMPARE(tree.toString(tree.member(inner, "status"_L1)), u"inner"_s);
        QCOMPARE(tree.size(tree.root()), 3);
    }

    void containers_textAndSkipping()
    {
        const QByteArray json = R"({"a":[1,{"b":[2,3]},"x"],"c":{"d":null},"e":4})";
        const JsonTree tree = JsonTree::parse(json);
        const JsonTree::Index a = tree.member(tree.root(), "a"_L1);
        QCOMPARE(tree.text(a), QByteArrayView(R"([1,{"b":[2,3]},"x"])"));
        QCOMPARE(tree.size(a), 3);
        QCOMPARE(tree.toDouble(tree.member(tree.root(), "e"_L1)), 4.0); // found past the nested containers
        QCOMPARE(tree.toJsonValue(tree.member(tree.root(), "c"_L1)).toObject(), QJsonObject({ { u"d"_s, QJsonValue::Null } }));
    }

    // The reader over a tree: unknown fields ignored, null = absent, numbers where text is expected,
    // and the same problem texts with their JSON paths as over a QJsonObject.
    void reader_sameRulesAsOverAnObject()
    {
        const QByteArray json = R"({"unknown":{"deep":[1,2]},"name":null,"number_as_text":12345,"amount":"10.50",
                                    "integer":"42","flag":"TRUE","date":" 2024-02-29 ","when":"2024-04-01 16:00:00",
                                    "iso":"2024-04-23T15:08:30Z","object":{"inner":{"amount":"1.234"}},
                                    "list":[{"x":1},2]})";
        const JsonTree tree = JsonTree::parse(json);
        QVERIFY(!tree.isNull());
        const JsonReader viaTree(tree, tree.root());
        const JsonReader viaObject(QJsonDocument::fromJson(json).object());
        for (const JsonReader *reader : { &viaTree, &viaObject }) {
            QVERIFY(!reader->has("unknown_absent"_L1));
            QVERIFY(!reader->has("name"_L1));
            QCOMPARE(reader->string("name"_L1), QString());
            QCOMPARE(reader->string("number_as_text"_L1), u"12345"_s);
            QCOMPARE(reader->money("amount"_L1), Money::fromCentavos(1050));
            QCOMPARE(reader->integer("integer"_L1), 42);
            QCOMPARE(reader->boolean("flag"_L1), true);
            QCOMPARE(reader->date("date"_L1), QDate(2024, 2, 29));
            QCOMPARE(reader->localDateTime("when"_L1), QDateTime(QDate(2024, 4, 1), QTime(16, 0), json::apiTimeZone()));
            QCOMPARE(reader->isoDateTime("iso"_L1), QDateTime(QDate(2024, 4, 23), QTime(15, 8, 30), Qt::UTC));
            QCOMPARE(reader->rawObject("unknown"_L1).value(u"deep"_s).toArray().size(), 2);
            QVERIFY(reader->ok());
            const auto inner = reader->object("object"_L1)->object("inner"_L1);
            QVERIFY(inner);
            (void)inner->money("amount"_L1);
            QCOMPARE(reader->problem(), u"object.inner.amount: not a two-decimal amount"_s);
        }
        for (const JsonReader &reader : { JsonReader(tree, tree.root()), JsonReader(QJsonDocument::fromJson(json).object()) }) {
            QCOMPARE(reader.objects("list"_L1).size(), 1);
            QCOMPARE(reader.problem(), u"list[1]: not an object"_s);
        }
    }

    // A page of assets with a bad installment deep inside: the same path either way.
    void page_problemPathThroughTheTree()
    {
        QJsonObject page = loadQiFixture(u"assets_page_old.json"_s);
        QVERIFY(!page.isEmpty());
        QJsonArray data = page.value(u"data"_s).toArray();
        QJsonObject item = loadQiFixture(u"asset_ccb.json"_s); // the old listing embedded the whole asset
        item.insert(u"status"_s, u"pre_approved"_s);
        QJsonObject operation = item.value(u"credit_operation"_s).toObject();
        QJsonArray installments = operation.value(u"installments"_s).toArray();
        QVERIFY(installments.size() >= 2);
        QJsonObject second = installments.at(1).toObject();
        second.insert(u"face_value"_s, u"12,50"_s);
        installments.replace(1, second);
        operation.insert(u"installments"_s, installments);
        item.insert(u"credit_operation"_s, operation);
        data.append(item);
        page.insert(u"data"_s, data);
        const QByteArray json = compact(page);
        const JsonTree tree = JsonTree::parse(json);
        QString viaTree, viaObject;
        QVERIFY(!parsePage<AssetListItem>(JsonReader(tree, tree.root()), &viaTree));
        QVERIFY(!parsePage<AssetListItem>(page, &viaObject));
        const QString expected
            = u"data[%1].credit_operation.installments[1].face_value: not a two-decimal amount"_s.arg(data.size() - 1);
        QCOMPARE(viaTree, expected);
        QCOMPARE(viaObject, expected);
    }

    // Every fixture of the reference, mapped through the tree, equals the QJsonObject mapping.
    void fixtures_sameValuesBothWays()
    {
        // Empty when both readings give the same value.
        const auto check = [](const QString &name, auto read) -> QString {
            const QJsonObject object = loadQiFixture(name);
            const JsonTree tree = JsonTree::parse(compact(object));
            QString a, b;
            const auto viaObject = read(JsonReader(object), &a);
            const auto viaTree = read(JsonReader(tree, tree.root()), &b);
            if (!viaObject || !viaTree)
                return name + u": "_s + a + u" / "_s + b;
            return viaObject == viaTree ? QString() : name + u": the values differ"_s;
        };
        const auto asset = [](const JsonReader &r, QString *e) { return Asset::fromJson(r, e); };
        for (const QString &name : { u"asset_ccb.json"_s, u"asset_check.json"_s, u"asset_discounted_contract.json"_s,
                                     u"asset_duplicata_mercantil.json"_s, u"asset_duplicata_servicos.json"_s })
            QCOMPARE(check(name, asset), QString());
        const auto assets = [](const JsonReader &r, QString *e) {
            const auto page = parsePage<AssetListItem>(r, e);
            return page ? std::optional(page->items) : std::nullopt;
        };
        QCOMPARE(check(u"assets_page.json"_s, assets), QString());
        QCOMPARE(check(u"assets_page_old.json"_s, assets), QString());
        QCOMPARE(check(u"batch_seed002.json"_s, [](const JsonReader &r, QString *e) { return Batch::fromJson(r, e); }),
                 QString());
    }

    // The date and amount readers are hand-written now (they run for every asset of every page):
    // the formats they accepted before, and digits other than ASCII refused.
    void datesAndAmounts_formats()
    {
        const auto date = [](const QString &text) {
            const JsonReader reader(QJsonObject { { u"d"_s, text } });
            const QDateTime value = reader.isoDateTime("d"_L1);
            return reader.ok() ? value : QDateTime();
        };
        QCOMPARE(date(u"2024-04-23"_s), QDateTime(QDate(2024, 4, 23), QTime(0, 0), Qt::UTC));
        QCOMPARE(date(u"2024-04-23 15:08"_s), QDateTime(QDate(2024, 4, 23), QTime(15, 8), Qt::UTC));
        QCOMPARE(date(u"2024-04-23T15:08:30.5Z"_s), QDateTime(QDate(2024, 4, 23), QTime(15, 8, 30, 500), Qt::UTC));
        QCOMPARE(date(u"2024-04-23T15:08:30,123456 +03:00"_s),
                 QDateTime(QDate(2024, 4, 23), QTime(15, 8, 30, 123), Qt::OffsetFromUTC, 3 * 3600));
        QCOMPARE(date(u"2024-04-23 -0300"_s), QDateTime(QDate(2024, 4, 23), QTime(0, 0), Qt::OffsetFromUTC, -3 * 3600));
        QCOMPARE(date(u"2024-04-23z"_s), QDateTime(QDate(2024, 4, 23), QTime(0, 0), Qt::UTC));
        for (const QString &bad : { u"2024-4-23"_s, u"2024-04-23T15"_s, u"2024-04-23T15:08:3"_s, u"2024-04-23T15:08:30."_s,
                                    u"2024-02-30"_s, u"2024-04-23T24:00"_s, u"2024-04-23+15:00"_s, u"2024-04-23 +03:"_s,
                                    u"2024-04-23x"_s, u"\u0662\u0660\u0662\u0664-04-23"_s, u"2024-04-23T\u0661\u0662:00"_s })
            QVERIFY2(!date(bad).isValid(), qPrintable(bad));

        QCOMPARE(Money::fromDecimalString(u"1234.5"), Money::fromCentavos(123450));
        QCOMPARE(Money::fromDecimalString(u"-0.05"), Money::fromCentavos(-5));
        QCOMPARE(Money::fromDecimalString(u"+7"), Money::fromCentavos(700));
        QCOMPARE(Money::fromDecimalString(u"9999999999999999.99"), std::nullopt); // beyond 2^53 centavos
        for (const QString &bad : { u""_s, u"."_s, u"1."_s, u".5"_s, u"1.234"_s, u"12345678901234567"_s, u"1,5"_s, u"--1"_s,
                                    u"\u0661\u0662"_s, u"1 "_s })
            QVERIFY2(!Money::fromDecimalString(bad), qPrintable(bad));
    }
};

QTEST_GUILESS_MAIN(TestJsonTree)
#include "tst_jsontree.moc"
