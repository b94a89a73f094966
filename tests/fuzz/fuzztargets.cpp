#include "fuzztargets.h"

#include "core/account.h"
#include "core/asset.h"
#include "core/batch.h"
#include "core/configuration.h"
#include "core/documentnumber.h"
#include "core/jsontree.h"
#include "core/money.h"
#include "core/responses.h"
#include "core/webhook.h"
#include "qitech/apierror.h"
#include "qitech/crypto.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cessio::fuzz {

namespace {

template<typename T>
void parse(const QJsonObject &json)
{
    QString error;
    const auto value = T::fromJson(json, &error);
    if (value)
        (void)T::fromJson(value->toJson(), &error); // what we write, we read back
}

template<typename T>
void parseOnly(const QJsonObject &json)
{
    QString error;
    (void)T::fromJson(json, &error);
}

template<typename T>
QString describe(const std::optional<T> &value, const QString &problem)
{
    return value ? QStringLiteral("a value") : QStringLiteral("the problem \"%1\"").arg(problem);
}

template<typename T>
bool same(const T &a, const T &b)
{
    return a == b;
}

template<typename T>
bool same(const Page<T> &a, const Page<T> &b)
{
    return a.items == b.items && a.limit == b.limit && a.page == b.page && a.isLastPage == b.isLastPage;
}

// T read from the object and from the tree: the same value, or the same problem.
template<typename T, typename Read>
QString compare(const char *name, Read read, const QJsonObject &json, const JsonTree &tree)
{
    QString qtProblem, treeProblem;
    const std::optional<T> viaQt = read(JsonReader(json), &qtProblem);
    const std::optional<T> viaTree = read(JsonReader(tree, tree.root()), &treeProblem);
    const bool agree = viaQt.has_value() == viaTree.has_value() && qtProblem == treeProblem && (!viaQt || same(*viaQt, *viaTree));
    if (agree)
        return {};
    return QString::fromLatin1(name) + QStringLiteral(": QJsonDocument gives ") + describe(viaQt, qtProblem)
        + QStringLiteral(", JsonTree ") + describe(viaTree, treeProblem)
        + (viaQt && viaTree ? QStringLiteral(" (the values differ)") : QString());
}

template<typename T>
QString compareType(const char *name, const QJsonObject &json, const JsonTree &tree)
{
    return compare<T>(
        name, [](const JsonReader &reader, QString *problem) { return T::fromJson(reader, problem); }, json, tree);
}

template<typename T>
QString comparePage(const char *name, const QJsonObject &json, const JsonTree &tree)
{
    return compare<Page<T>>(
        name, [](const JsonReader &reader, QString *problem) { return parsePage<T>(reader, problem); }, json, tree);
}

} // namespace

QString compareReadings(const QByteArray &data)
{
    QJsonParseError qtError {};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &qtError);
    QJsonParseError treeError {};
    const JsonTree tree = JsonTree::parse(data, &treeError);
    if (doc.isNull() != tree.isNull())
        return QStringLiteral("QJsonDocument %1, JsonTree %2")
            .arg(doc.isNull() ? qtError.errorString() : QStringLiteral("accepts"),
                 tree.isNull() ? treeError.errorString() : QStringLiteral("accepts"));
    if (doc.isNull())
        return {};
    if (doc.isObject() != (tree.type(tree.root()) == JsonTree::Type::Object))
        return QStringLiteral("QJsonDocument and JsonTree disagree on the top-level type");
    if (!doc.isObject())
        return tree.toJsonValue(tree.root()).toArray() == doc.array() ? QString() : QStringLiteral("arrays differ");
    const QJsonObject json = doc.object();
    if (tree.toJsonValue(tree.root()).toObject() != json)
        return QStringLiteral("the tree's object differs from QJsonDocument's");
    const QString differences[] = {
        compareType<Batch>("Batch", json, tree),
        compareType<BatchListItem>("BatchListItem", json, tree),
        compareType<AssignmentConfiguration>("AssignmentConfiguration", json, tree),
        compareType<Asset>("Asset", json, tree),
        compareType<AssetListItem>("AssetListItem", json, tree),
        compareType<AssetsSummary>("AssetsSummary", json, tree),
        compareType<BatchUpdateResult>("BatchUpdateResult", json, tree),
        compareType<AssetUpdateResult>("AssetUpdateResult", json, tree),
        compareType<CreatedBatch>("CreatedBatch", json, tree),
        compareType<CreatedAsset>("CreatedAsset", json, tree),
        compareType<CreatedDocument>("CreatedDocument", json, tree),
        compareType<TermLinks>("TermLinks", json, tree),
        compareType<QiErrorBody>("QiErrorBody", json, tree),
        compareType<BankAccount>("BankAccount", json, tree),
        compareType<WebhookEvent>("WebhookEvent", json, tree),
        comparePage<AssetListItem>("Page<AssetListItem>", json, tree),
        comparePage<BatchListItem>("Page<BatchListItem>", json, tree),
        comparePage<AssignmentConfiguration>("Page<AssignmentConfiguration>", json, tree),
        comparePage<BankAccount>("Page<BankAccount>", json, tree),
    };
    for (const QString &difference : differences) {
        if (!difference.isEmpty())
            return difference;
    }
    return {};
}

void parseEverything(const QByteArray &data)
{
    const QJsonDocument doc = QJsonDocument::fromJson(data);
    const QJsonObject json = doc.object();
    parse<Batch>(json);
    parseOnly<BatchListItem>(json);
    parseOnly<AssignmentConfiguration>(json);
    parse<Asset>(json);
    parseOnly<AssetListItem>(json);
    parseOnly<AssetsSummary>(json);
    parseOnly<BatchUpdateResult>(json);
    parseOnly<TermLinks>(json);
    parseOnly<QiErrorBody>(json);
    parse<WebhookEvent>(json);
    QString error;
    (void)parsePage<AssetListItem>(json, &error);
    (void)parsePage<BatchListItem>(json, &error);
    const JsonTree tree = JsonTree::parse(data);
    if (!tree.isNull() && tree.type(tree.root()) == JsonTree::Type::Object) {
        (void)AssetListItem::fromJson(JsonReader(tree, tree.root()), &error);
        (void)parsePage<AssetListItem>(JsonReader(tree, tree.root()), &error);
    }
    (void)ApiError::fromHttp(400, data).userMessage();
    for (const auto &value : doc.array())
        (void)Money::fromJson(value);
    const QString text = QString::fromUtf8(data.left(64));
    (void)Money::fromDecimalString(text);
    (void)DocumentNumber::parse(text).formatted();
    (void)Jwt::verifyHs256(data, QByteArrayLiteral("secret"));
    (void)Jwt::base64UrlDecode(data);
}

} // namespace cessio::fuzz
