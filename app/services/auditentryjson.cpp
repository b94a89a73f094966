// The line format of the decision record: canonical JSON written by hand, and its strict reader.
#include "auditentry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

// Compact JSON written by hand: QJsonDocument sorts keys, and the record needs a fixed order.
void appendJsonString(QString &out, QStringView text)
{
    out += u'"';
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += u"\\\"";
            break;
        case u'\\':
            out += u"\\\\";
            break;
        case u'\n':
            out += u"\\n";
            break;
        case u'\r':
            out += u"\\r";
            break;
        case u'\t':
            out += u"\\t";
            break;
        case u'\b':
            out += u"\\b";
            break;
        case u'\f':
            out += u"\\f";
            break;
        default:
            if (c.unicode() < 0x20)
                out += u"\\u00" + QString::number(c.unicode(), 16).rightJustified(2, u'0');
            else
                out += c;
        }
    }
    out += u'"';
}

void writeStringArray(QString &out, const QStringList &strings)
{
    out += u'[';
    for (qsizetype i = 0; i < strings.size(); ++i) {
        if (i > 0)
            out += u',';
        appendJsonString(out, strings.at(i));
    }
    out += u']';
}

class ObjectWriter
{
public:
    explicit ObjectWriter(QString &out)
        : m_out(out)
    {
        m_out += u'{';
    }
    ~ObjectWriter() { m_out += u'}'; }
    ObjectWriter(const ObjectWriter &) = delete;
    ObjectWriter &operator=(const ObjectWriter &) = delete;

    QString &key(QLatin1StringView name)
    {
        if (!m_first)
            m_out += u',';
        m_first = false;
        m_out += u'"' + name + u"\":";
        return m_out;
    }
    QString &escapedKey(QStringView name)
    {
        if (!m_first)
            m_out += u',';
        m_first = false;
        appendJsonString(m_out, name);
        m_out += u':';
        return m_out;
    }
    void string(QLatin1StringView name, QStringView value) { appendJsonString(key(name), value); }
    void integer(QLatin1StringView name, qint64 value) { key(name) += QString::number(value); }
    void optionalInteger(QLatin1StringView name, std::optional<int> value)
    {
        key(name) += value ? QString::number(*value) : u"null"_s;
    }

private:
    QString &m_out;
    bool m_first = true;
};

// Reads fields of one parsed line, remembering the first problem.
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, QString *error)
        : m_object(object)
        , m_error(error)
    { }

    bool ok() const { return m_ok; }
    QJsonObject object(QLatin1StringView name) { return require(name, m_object.value(name).isObject()).toObject(); }
    FieldReader nested(QLatin1StringView name)
    {
        const QJsonObject inner = object(name);
        return FieldReader(inner, m_ok ? m_error : nullptr); // only the first problem is reported
    }
    bool isNull(QLatin1StringView name) const { return m_object.value(name).isNull(); }
    bool has(QLatin1StringView name) const { return m_object.contains(name); }
    QString string(QLatin1StringView name) { return require(name, m_object.value(name).isString()).toString(); }
    qint64 integer(QLatin1StringView name)
    {
        const QJsonValue value = m_object.value(name);
        return require(name, value.isDouble() && value.toDouble() == double(value.toInteger())).toInteger();
    }
    std::optional<int> optionalInteger(QLatin1StringView name)
    {
        if (m_object.value(name).isNull())
            return std::nullopt;
        return int(integer(name));
    }
    QJsonArray array(QLatin1StringView name) { return require(name, m_object.value(name).isArray()).toArray(); }
    QStringList stringList(QLatin1StringView name)
    {
        QStringList strings;
        for (const QJsonValue &value : array(name)) {
            if (!value.isString())
                fail(u"field \"%1\" must hold strings"_s.arg(name));
            strings.append(value.toString());
        }
        return strings;
    }
    void fail(const QString &why)
    {
        if (m_ok && m_error)
            *m_error = why;
        m_ok = false;
    }
    void merge(const FieldReader &inner)
    {
        if (!inner.m_ok)
            m_ok = false;
    }

private:
    QJsonValue require(QLatin1StringView name, bool good)
    {
        if (!good)
            fail(u"field \"%1\" is missing or has the wrong type"_s.arg(name));
        return good ? m_object.value(name) : QJsonValue();
    }

    QJsonObject m_object;
    QString *m_error;
    bool m_ok = true;
};

} // namespace

QByteArray AuditEntry::toCanonicalJson(bool withHash) const
{
    QString out;
    out.reserve(1024);
    {
        ObjectWriter root(out);
        root.integer("v"_L1, version);
        root.integer("seq"_L1, sequence);
        root.string("time"_L1, time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString());
        root.string("user"_L1, userName);
        root.string("host"_L1, hostName);
        root.string("app"_L1, appVersion);
        root.string("profile"_L1, profileName);
        root.string("env"_L1, environmentUrl);
        root.string("fund"_L1, fundClassKey);
        root.string("config"_L1, configurationKey);
        root.string("batch"_L1, batchExternalId);
        root.string("op"_L1, operationId);
        root.integer("relates_to"_L1, relatesTo);
        root.string("action"_L1, actionName(action));
        root.string("outcome"_L1, outcomeName(outcome));
        {
            root.key("shown"_L1);
            ObjectWriter s(out);
            s.optionalInteger("assets"_L1, shown.assetCount);
            s.optionalInteger("approved"_L1, shown.approvedCount);
            s.optionalInteger("denied"_L1, shown.deniedCount);
            if (shown.alertCount) // added later: absent from older entries, so only written when known
                s.integer("alerts"_L1, *shown.alertCount);
            if (shown.total) // a decimal string: no float ever enters the record
                s.string("total"_L1, shown.total->toDecimalString());
            else
                s.key("total"_L1) += u"null";
            s.string("account"_L1, shown.accountKey);
            s.string("account_text"_L1, shown.accountText);
            writeStringArray(s.key("removed"_L1), shown.removedAssetIds);
            if (!shown.assignorDocument.isEmpty())
                s.string("assignor"_L1, shown.assignorDocument);
            if (!shown.accountIdentity.isEmpty())
                s.string("account_id"_L1, shown.accountIdentity);
            if (!shown.payeeFindings.isEmpty())
                writeStringArray(s.key("payee"_L1), shown.payeeFindings);
            if (!shown.portfolioBreaches.isEmpty())
                writeStringArray(s.key("portfolio_breaches"_L1), shown.portfolioBreaches);
            if (!shown.breachJustification.isEmpty())
                s.string("justification"_L1, shown.breachJustification);
            if (!shown.recommendedBy.isEmpty())
                s.string("recommended_by"_L1, shown.recommendedBy);
            if (!shown.recommendation.isEmpty())
                s.string("recommendation"_L1, shown.recommendation);
            if (!shown.agreement.isEmpty())
                s.string("agreement"_L1, shown.agreement);
            if (!shown.disagreementNote.isEmpty())
                s.string("disagreement_note"_L1, shown.disagreementNote);
        }
        root.string("reason"_L1, reason);
        {
            root.key("request"_L1);
            ObjectWriter r(out);
            r.string("method"_L1, request.method);
            r.string("path"_L1, request.path);
            r.string("id"_L1, request.id);
            r.string("body_sha256"_L1, request.bodySha256);
            r.string("body"_L1, request.body);
        }
        {
            root.key("response"_L1);
            ObjectWriter r(out);
            r.optionalInteger("status"_L1, response.httpStatus);
            r.string("qi_code"_L1, response.qiCode);
            r.string("excerpt"_L1, response.excerpt);
            r.key("ids"_L1);
            ObjectWriter ids(out); // QMap: keys sorted, so the order is fixed
            for (auto it = response.ids.cbegin(); it != response.ids.cend(); ++it)
                appendJsonString(ids.escapedKey(it.key()), it.value());
        }
        root.string("note"_L1, note);
        root.string("prev_hash"_L1, previousHash);
        if (withHash)
            root.string("hash"_L1, hash);
    }
    return out.toUtf8();
}

std::optional<AuditEntry> AuditEntry::fromJsonLine(const QByteArray &line, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                ? u"not JSON: %1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset)
                : u"not a JSON object"_s;
        return std::nullopt;
    }
    FieldReader root(document.object(), error);
    const qint64 version = root.integer("v"_L1);
    if (version != unsealedFormatVersion && version != formatVersion) {
        root.fail(u"unsupported format version"_s);
        return std::nullopt;
    }
    AuditEntry e;
    e.version = int(version);
    e.sequence = root.integer("seq"_L1);
    const QString time = root.string("time"_L1);
    if (!time.isEmpty()) {
        e.time = QDateTime::fromString(time, Qt::ISODateWithMs);
        if (!e.time.isValid())
            root.fail(u"field \"time\" is not an ISO 8601 time"_s);
    }
    e.userName = root.string("user"_L1);
    e.hostName = root.string("host"_L1);
    e.appVersion = root.string("app"_L1);
    e.profileName = root.string("profile"_L1);
    e.environmentUrl = root.string("env"_L1);
    e.fundClassKey = root.string("fund"_L1);
    e.configurationKey = root.string("config"_L1);
    e.batchExternalId = root.string("batch"_L1);
    e.operationId = root.string("op"_L1);
    e.relatesTo = root.integer("relates_to"_L1);
    if (const auto action = actionFromName(root.string("action"_L1)))
        e.action = *action;
    else
        root.fail(u"unknown action"_s);
    if (const auto outcome = outcomeFromName(root.string("outcome"_L1)))
        e.outcome = *outcome;
    else
        root.fail(u"unknown outcome"_s);

    FieldReader shown = root.nested("shown"_L1);
    e.shown.assetCount = shown.optionalInteger("assets"_L1);
    e.shown.approvedCount = shown.optionalInteger("approved"_L1);
    e.shown.deniedCount = shown.optionalInteger("denied"_L1);
    if (shown.has("alerts"_L1))
        e.shown.alertCount = shown.optionalInteger("alerts"_L1);
    if (!shown.isNull("total"_L1)) {
        e.shown.total = Money::fromDecimalString(shown.string("total"_L1));
        if (!e.shown.total)
            shown.fail(u"field \"total\" is not a decimal amount"_s);
    }
    e.shown.accountKey = shown.string("account"_L1);
    e.shown.accountText = shown.string("account_text"_L1);
    e.shown.removedAssetIds = shown.stringList("removed"_L1);
    if (shown.has("assignor"_L1))
        e.shown.assignorDocument = shown.string("assignor"_L1);
    if (shown.has("account_id"_L1))
        e.shown.accountIdentity = shown.string("account_id"_L1);
    if (shown.has("payee"_L1))
        e.shown.payeeFindings = shown.stringList("payee"_L1);
    if (shown.has("portfolio_breaches"_L1))
        e.shown.portfolioBreaches = shown.stringList("portfolio_breaches"_L1);
    if (shown.has("justification"_L1))
        e.shown.breachJustification = shown.string("justification"_L1);
    if (shown.has("recommended_by"_L1))
        e.shown.recommendedBy = shown.string("recommended_by"_L1);
    if (shown.has("recommendation"_L1))
        e.shown.recommendation = shown.string("recommendation"_L1);
    if (shown.has("agreement"_L1))
        e.shown.agreement = shown.string("agreement"_L1);
    if (shown.has("disagreement_note"_L1))
        e.shown.disagreementNote = shown.string("disagreement_note"_L1);
    root.merge(shown);

    e.reason = root.string("reason"_L1);

    FieldReader request = root.nested("request"_L1);
    e.request.method = request.string("method"_L1);
    e.request.path = request.string("path"_L1);
    e.request.id = request.string("id"_L1);
    e.request.bodySha256 = request.string("body_sha256"_L1);
    e.request.body = request.string("body"_L1);
    root.merge(request);

    FieldReader response = root.nested("response"_L1);
    e.response.httpStatus = response.optionalInteger("status"_L1);
    e.response.qiCode = response.string("qi_code"_L1);
    e.response.excerpt = response.string("excerpt"_L1);
    const QJsonObject ids = response.object("ids"_L1);
    for (auto it = ids.constBegin(); it != ids.constEnd(); ++it) {
        if (!it.value().isString())
            response.fail(u"field \"ids\" must hold strings"_s);
        e.response.ids.insert(it.key(), it.value().toString());
    }
    root.merge(response);

    e.note = root.string("note"_L1);
    e.previousHash = root.string("prev_hash"_L1);
    e.hash = root.string("hash"_L1);
    if (!root.ok())
        return std::nullopt;
    return e;
}

} // namespace cessio
