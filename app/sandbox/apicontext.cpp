#include "apicontext.h"

using namespace Qt::Literals::StringLiterals;

namespace cessio::sandbox {

Actor Actor::of(const Client &client)
{
    return { client.profile, client.permission, client.apiClientKey, client.agentKey, client.user };
}

Actor Actor::inProcess(Profile profile, const QString &user)
{
    return { profile, Permission::Write, {}, {}, user };
}

QJsonObject Actor::selectedAgent(const World &world, const Batch &batch) const
{
    QString key = agentKey;
    if (key.isEmpty()) {
        const Configuration *configuration = world.configuration(batch.configurationKey);
        const Fund *fund = world.fund(batch.fundClassKey);
        switch (profile) {
        case Profile::Manager:
            key = fund ? fund->manager.managerKey : QString();
            break;
        case Profile::Assignor:
            key = configuration ? configuration->assignorKey : QString();
            break;
        case Profile::Consultant:
            key = configuration && configuration->consultant ? configuration->consultant->consultantKey : QString();
            break;
        }
    }
    return { { u"AGENT-TYPE"_s, profileName(profile) },
             { u"AGENT-KEY"_s, key },
             { u"AGENT-USER"_s, user.isEmpty() ? clientKey : user } };
}

std::optional<PageRequest> PageRequest::parse(const QUrlQuery &query, int maxLimit)
{
    PageRequest request;
    const auto read = [&](const QString &name, int fallback, int minimum, int maximum) -> std::optional<int> {
        if (!query.hasQueryItem(name))
            return fallback;
        bool ok = false;
        const int value = query.queryItemValue(name).trimmed().toInt(&ok);
        if (!ok || value < minimum || value > maximum)
            return std::nullopt;
        return value;
    };
    const auto page = read(u"page"_s, 0, 0, 100000000);
    const auto limit = read(u"limit"_s, 10, 1, maxLimit);
    if (!page || !limit)
        return std::nullopt;
    request.page = *page;
    request.limit = *limit;
    return request;
}

QJsonObject PageRequest::envelope(qsizetype count, const std::function<QJsonValue(qsizetype)> &item) const
{
    QJsonArray data;
    const qsizetype begin = qsizetype(page) * limit;
    const qsizetype end = qMin(count, begin + limit);
    for (qsizetype i = begin; i < end; ++i)
        data.append(item(i));
    return { { u"data"_s, data }, { u"limit"_s, limit }, { u"page"_s, page }, { u"is_last_page"_s, end >= count } };
}

QByteArray PageRequest::encodedEnvelope(qsizetype count, const std::function<QByteArray(qsizetype)> &item) const
{
    const qsizetype begin = qsizetype(page) * limit;
    const qsizetype end = qMin(count, begin + limit);
    QByteArray json = QByteArrayLiteral("{\"data\":[");
    for (qsizetype i = begin; i < end; ++i) {
        if (i > begin)
            json += ',';
        json += item(i);
    }
    // QJsonDocument writes an object's keys sorted; so does this.
    json += "],\"is_last_page\":" + QByteArray(end >= count ? "true" : "false") + ",\"limit\":" + QByteArray::number(limit)
        + ",\"page\":" + QByteArray::number(page) + '}';
    return json;
}

} // namespace cessio::sandbox
