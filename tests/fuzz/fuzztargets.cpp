#include "fuzztargets.h"

#include "core/account.h"
#include "core/asset.h"
#include "core/batch.h"
#include "core/configuration.h"
#include "core/documentnumber.h"
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

} // namespace

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
