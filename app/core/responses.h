#pragma once

#include "core/jsonreader.h"
#include "core/money.h"
#include "core/statuses.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <algorithm>
#include <optional>

namespace cessio {

// GET …/assignment/{ext}/assets_summary (§5.8).
struct AssetsSummary
{
    QString externalId; // assignment_external_id
    BatchStatus status; // assignment_status
    int numberOfAssets = 0;
    int numberOfApprovedAssets = 0;
    int numberOfDeniedAssets = 0;
    Money totalValue; // assignment_total_value

    // The count is the server's word: shown, never trusted to size memory (a server may say
    // 2,147,483,647). Room is reserved ahead for at most this many assets.
    static constexpr int maxAssetsReserved = 25000;
    int assetsToReserve() const { return std::clamp(numberOfAssets, 0, maxAssetsReserved); }

    static std::optional<AssetsSummary> fromJson(const QJsonObject &json, QString *error = nullptr);
    static std::optional<AssetsSummary> fromJson(const JsonReader &reader, QString *error = nullptr);
    QJsonObject toJson() const;

    friend bool operator==(const AssetsSummary &, const AssetsSummary &) = default;
};

// The response of every PUT on a batch: close, reopen, approve, deny (§5.9–5.11).
struct BatchUpdateResult
{
    QString assignmentKey;
    QString externalId;
    BatchStatus status;
    std::optional<int> numberOfApprovedAssets;
    std::optional<Money> totalValue; // assignment_total_value

    static std::optional<BatchUpdateResult> fromJson(const QJsonObject &json, QString *error = nullptr);
    static std::optional<BatchUpdateResult> fromJson(const JsonReader &reader, QString *error = nullptr);
    QJsonObject toJson() const;

    friend bool operator==(const BatchUpdateResult &, const BatchUpdateResult &) = default;
};

// PUT …/asset/{asset_external_id} {"asset_status":"denied"} → {"external_id","status"} (§5.10).
struct AssetUpdateResult
{
    QString externalId;
    AssetStatus status;

    static std::optional<AssetUpdateResult> fromJson(const QJsonObject &json, QString *error = nullptr);
    static std::optional<AssetUpdateResult> fromJson(const JsonReader &reader, QString *error = nullptr);
    QJsonObject toJson() const;

    friend bool operator==(const AssetUpdateResult &, const AssetUpdateResult &) = default;
};

// 201 of POST …/assignment (§5.2). Old pages omit external_id.
struct CreatedBatch
{
    QString assignmentKey; // required
    QString externalId;
    BatchStatus status;

    static std::optional<CreatedBatch> fromJson(const QJsonObject &json, QString *error = nullptr);
    static std::optional<CreatedBatch> fromJson(const JsonReader &reader, QString *error = nullptr);
    QJsonObject toJson() const;

    friend bool operator==(const CreatedBatch &, const CreatedBatch &) = default;
};

// 201 of POST …/asset: not captured, assumed {asset_key, external_id, status} [I] (§5.5),
// so nothing is required.
struct CreatedAsset
{
    QString assetKey;
    QString externalId;
    AssetStatus status;

    static std::optional<CreatedAsset> fromJson(const QJsonObject &json, QString *error = nullptr);
    static std::optional<CreatedAsset> fromJson(const JsonReader &reader, QString *error = nullptr);
    QJsonObject toJson() const;

    friend bool operator==(const CreatedAsset &, const CreatedAsset &) = default;
};

// 201 of POST …/document (§5.6).
struct CreatedDocument
{
    QString documentKey; // required

    static std::optional<CreatedDocument> fromJson(const QJsonObject &json, QString *error = nullptr);
    static std::optional<CreatedDocument> fromJson(const JsonReader &reader, QString *error = nullptr);
    QJsonObject toJson() const;

    friend bool operator==(const CreatedDocument &, const CreatedDocument &) = default;
};

// GET …/assignment_term_link (§5.12). null, "" and "None" mean "not there yet".
struct TermLinks
{
    QUrl termUrl; // assignment_term_url
    QUrl signedTermUrl; // signed_assignment_term_url

    bool isSigned() const { return !signedTermUrl.isEmpty(); }

    static std::optional<TermLinks> fromJson(const QJsonObject &json, QString *error = nullptr);
    static std::optional<TermLinks> fromJson(const JsonReader &reader, QString *error = nullptr);
    QJsonObject toJson() const; // an absent URL is written as null

    friend bool operator==(const TermLinks &, const TermLinks &) = default;
};

// The QI error body {"title","description","translation","code"} (§3, §8). Any field may be missing.
struct QiErrorBody
{
    QString title;
    QString description; // English
    QString translation; // Portuguese
    QString code; // e.g. TRC000024

    bool isEmpty() const { return title.isEmpty() && description.isEmpty() && translation.isEmpty() && code.isEmpty(); }

    static std::optional<QiErrorBody> fromJson(const QJsonObject &json, QString *error = nullptr);
    static std::optional<QiErrorBody> fromJson(const JsonReader &reader, QString *error = nullptr);
    QJsonObject toJson() const;

    friend bool operator==(const QiErrorBody &, const QiErrorBody &) = default;
};

// One page of a list endpoint: {"data":[…], "limit":10, "page":0, "is_last_page":true} (§3).
template<typename T>
struct Page
{
    QList<T> items;
    int limit = 10;
    int page = 0; // 0-based
    bool isLastPage = true;

    QJsonObject toJson() const
    {
        QJsonArray data;
        for (const T &item : items)
            data.append(item.toJson());
        return QJsonObject { { QLatin1StringView("data"), data },
                             { QLatin1StringView("limit"), limit },
                             { QLatin1StringView("page"), page },
                             { QLatin1StringView("is_last_page"), isLastPage } };
    }
};

namespace detail {

struct PageEnvelope
{
    QList<std::optional<JsonReader>> items; // nullopt: an item that is not an object
    int limit = 10;
    int page = 0;
    std::optional<bool> isLastPage;
};

std::optional<PageEnvelope> parsePageEnvelope(const JsonReader &reader, QString *error);
// "data[3]: not an object" / "data[3].status: missing".
QString pageItemProblem(qsizetype index, const QString &innerProblem);

} // namespace detail

// Maps every item with T::fromJson; the first bad item fails the page with its path.
// limit defaults to 10 (documented default), page to 0; a missing is_last_page is inferred as
// items.size() < limit [I].
template<typename T>
std::optional<Page<T>> parsePage(const JsonReader &reader, QString *error = nullptr)
{
    const auto envelope = detail::parsePageEnvelope(reader, error);
    if (!envelope)
        return std::nullopt;
    Page<T> result;
    result.limit = envelope->limit;
    result.page = envelope->page;
    result.items.reserve(envelope->items.size());
    for (qsizetype i = 0; i < envelope->items.size(); ++i) {
        const std::optional<JsonReader> &item = envelope->items.at(i);
        QString problem;
        std::optional<T> value = item ? T::fromJson(*item, &problem) : std::nullopt;
        if (!value) {
            if (error)
                *error = detail::pageItemProblem(i, problem);
            return std::nullopt;
        }
        result.items.append(std::move(*value));
    }
    result.isLastPage = envelope->isLastPage.value_or(result.items.size() < result.limit);
    return result;
}

template<typename T>
std::optional<Page<T>> parsePage(const QJsonObject &json, QString *error = nullptr)
{
    return parsePage<T>(JsonReader(json), error);
}

} // namespace cessio
