#include "responses.h"

#include "jsonreader.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

std::optional<AssetsSummary> AssetsSummary::fromJson(const QJsonObject &json, QString *error)
{
    return fromJson(JsonReader(json), error);
}

std::optional<AssetsSummary> AssetsSummary::fromJson(const JsonReader &reader, QString *error)
{
    AssetsSummary summary;
    summary.externalId = reader.string("assignment_external_id"_L1);
    summary.status = BatchStatus::fromApi(reader.string("assignment_status"_L1));
    summary.numberOfAssets = reader.integer("number_of_assets"_L1).value_or(0);
    summary.numberOfApprovedAssets = reader.integer("number_of_approved_assets"_L1).value_or(0);
    summary.numberOfDeniedAssets = reader.integer("number_of_denied_assets"_L1).value_or(0);
    summary.totalValue = reader.money("assignment_total_value"_L1).value_or(Money());
    return reader.finish(summary, error);
}

QJsonObject AssetsSummary::toJson() const
{
    return QJsonObject { { "assignment_external_id"_L1, externalId },
                         { "assignment_status"_L1, status.apiName() },
                         { "number_of_assets"_L1, numberOfAssets },
                         { "number_of_approved_assets"_L1, numberOfApprovedAssets },
                         { "number_of_denied_assets"_L1, numberOfDeniedAssets },
                         { "assignment_total_value"_L1, totalValue.toJson() } };
}

std::optional<BatchUpdateResult> BatchUpdateResult::fromJson(const QJsonObject &json, QString *error)
{
    return fromJson(JsonReader(json), error);
}

std::optional<BatchUpdateResult> BatchUpdateResult::fromJson(const JsonReader &reader, QString *error)
{
    BatchUpdateResult result;
    result.assignmentKey = reader.string("assignment_key"_L1);
    result.externalId = reader.string("external_id"_L1);
    result.status = BatchStatus::fromApi(reader.string("status"_L1));
    result.numberOfApprovedAssets = reader.integer("number_of_approved_assets"_L1);
    result.totalValue = reader.money("assignment_total_value"_L1);
    return reader.finish(result, error);
}

QJsonObject BatchUpdateResult::toJson() const
{
    QJsonObject json { { "assignment_key"_L1, assignmentKey },
                       { "external_id"_L1, externalId },
                       { "status"_L1, status.apiName() } };
    json::insertInt(json, "number_of_approved_assets"_L1, numberOfApprovedAssets);
    json::insertMoney(json, "assignment_total_value"_L1, totalValue);
    return json;
}

std::optional<AssetUpdateResult> AssetUpdateResult::fromJson(const QJsonObject &json, QString *error)
{
    return fromJson(JsonReader(json), error);
}

std::optional<AssetUpdateResult> AssetUpdateResult::fromJson(const JsonReader &reader, QString *error)
{
    AssetUpdateResult result;
    result.externalId = reader.string("external_id"_L1);
    result.status = AssetStatus::fromApi(reader.string("status"_L1));
    return reader.finish(result, error);
}

QJsonObject AssetUpdateResult::toJson() const
{
    return QJsonObject { { "external_id"_L1, externalId }, { "status"_L1, status.apiName() } };
}

std::optional<CreatedBatch> CreatedBatch::fromJson(const QJsonObject &json, QString *error)
{
    return fromJson(JsonReader(json), error);
}

std::optional<CreatedBatch> CreatedBatch::fromJson(const JsonReader &reader, QString *error)
{
    CreatedBatch created;
    created.assignmentKey = reader.requiredString("assignment_key"_L1);
    created.externalId = reader.string("external_id"_L1);
    created.status = BatchStatus::fromApi(reader.string("status"_L1));
    return reader.finish(created, error);
}

QJsonObject CreatedBatch::toJson() const
{
    QJsonObject json { { "assignment_key"_L1, assignmentKey } };
    json::insertText(json, "external_id"_L1, externalId);
    json.insert("status"_L1, status.apiName());
    return json;
}

std::optional<CreatedAsset> CreatedAsset::fromJson(const QJsonObject &json, QString *error)
{
    return fromJson(JsonReader(json), error);
}

std::optional<CreatedAsset> CreatedAsset::fromJson(const JsonReader &reader, QString *error)
{
    CreatedAsset created;
    created.assetKey = reader.string("asset_key"_L1);
    created.externalId = reader.string("external_id"_L1);
    created.status = AssetStatus::fromApi(reader.string("status"_L1));
    return reader.finish(created, error);
}

QJsonObject CreatedAsset::toJson() const
{
    return QJsonObject { { "asset_key"_L1, assetKey }, { "external_id"_L1, externalId }, { "status"_L1, status.apiName() } };
}

std::optional<CreatedDocument> CreatedDocument::fromJson(const QJsonObject &json, QString *error)
{
    return fromJson(JsonReader(json), error);
}

std::optional<CreatedDocument> CreatedDocument::fromJson(const JsonReader &reader, QString *error)
{
    CreatedDocument created;
    created.documentKey = reader.requiredString("document_key"_L1);
    return reader.finish(created, error);
}

QJsonObject CreatedDocument::toJson() const
{
    return QJsonObject { { "document_key"_L1, documentKey } };
}

std::optional<TermLinks> TermLinks::fromJson(const QJsonObject &json, QString *error)
{
    return fromJson(JsonReader(json), error);
}

std::optional<TermLinks> TermLinks::fromJson(const JsonReader &reader, QString *error)
{
    TermLinks links;
    links.termUrl = reader.url("assignment_term_url"_L1);
    links.signedTermUrl = reader.url("signed_assignment_term_url"_L1);
    return reader.finish(links, error);
}

QJsonObject TermLinks::toJson() const
{
    const auto urlValue = [](const QUrl &url) { return url.isEmpty() ? QJsonValue() : QJsonValue(url.toString()); };
    return QJsonObject { { "assignment_term_url"_L1, urlValue(termUrl) },
                         { "signed_assignment_term_url"_L1, urlValue(signedTermUrl) } };
}

std::optional<QiErrorBody> QiErrorBody::fromJson(const QJsonObject &json, QString *error)
{
    return fromJson(JsonReader(json), error);
}

std::optional<QiErrorBody> QiErrorBody::fromJson(const JsonReader &reader, QString *error)
{
    QiErrorBody body;
    body.title = reader.string("title"_L1);
    body.description = reader.string("description"_L1);
    body.translation = reader.string("translation"_L1);
    body.code = reader.string("code"_L1);
    return reader.finish(body, error);
}

QJsonObject QiErrorBody::toJson() const
{
    return QJsonObject {
        { "title"_L1, title }, { "description"_L1, description }, { "translation"_L1, translation }, { "code"_L1, code }
    };
}

namespace detail {

std::optional<PageEnvelope> parsePageEnvelope(const JsonReader &reader, QString *error)
{
    PageEnvelope envelope;
    if (!reader.has("data"_L1))
        reader.failMissing("data"_L1);
    envelope.items = reader.detachedItems("data"_L1);
    envelope.limit = reader.integer("limit"_L1).value_or(10); // the documented default
    envelope.page = reader.integer("page"_L1).value_or(0);
    envelope.isLastPage = reader.boolean("is_last_page"_L1);
    if (reader.ok() && envelope.limit <= 0)
        reader.fail("limit"_L1, QCoreApplication::translate("JsonReader", "not a positive number"));
    return reader.finish(envelope, error);
}

QString pageItemProblem(qsizetype index, const QString &innerProblem)
{
    const QString path = u"data["_s + QString::number(index) + u']';
    if (innerProblem.isEmpty())
        return path + u": "_s + QCoreApplication::translate("JsonReader", "not an object");
    return JsonReader::nestedProblem(path, innerProblem);
}

} // namespace detail

} // namespace cessio
