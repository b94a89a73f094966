#include "jsonreader.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>
#include <cstdlib>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

// A number given where text is expected: integral values without a decimal point.
QString numberText(double value)
{
    if (std::isfinite(value) && std::trunc(value) == value && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 17);
}

struct ParsedDateTime
{
    bool valid = false;
    QDate date;
    QTime time;
    std::optional<int> offsetSeconds; // nullopt: the text carried no offset; "Z" is 0

    // UTC times get the Qt::UTC spec, other offsets Qt::OffsetFromUTC; no offset: `fallback`.
    QDateTime toDateTime(const std::optional<QTimeZone> &fallback) const
    {
        if (offsetSeconds)
            return *offsetSeconds == 0 ? QDateTime(date, time, Qt::UTC)
                                       : QDateTime(date, time, Qt::OffsetFromUTC, *offsetSeconds);
        return fallback ? QDateTime(date, time, *fallback) : QDateTime(date, time, Qt::UTC);
    }
};

// "YYYY-MM-DD", "YYYY-MM-DD HH:MM[:SS[.ffffff]]", with 'T' or ' ', optional "Z" / "±hh[:]mm".
ParsedDateTime parseDateTime(const QString &text)
{
    static const QRegularExpression pattern(
        u"^(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?)?\\s*(Z|z|[+-]\\d{2}:?\\d{2})?$"_s);
    ParsedDateTime result;
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return result;
    result.date = QDate::fromString(match.captured(1), Qt::ISODate);
    const int ms = match.captured(5).left(3).leftJustified(3, u'0').toInt();
    result.time = match.capturedLength(2)
        ? QTime(match.captured(2).toInt(), match.captured(3).toInt(), match.captured(4).toInt(), ms)
        : QTime(0, 0);
    const QString zone = match.captured(6);
    if (zone.compare(u"Z"_s, Qt::CaseInsensitive) == 0) {
        result.offsetSeconds = 0;
    } else if (!zone.isEmpty()) {
        QString digits = zone.mid(1);
        digits.remove(u':');
        const int seconds = digits.left(2).toInt() * 3600 + digits.mid(2).toInt() * 60;
        result.offsetSeconds = zone.startsWith(u'-') ? -seconds : seconds;
    }
    constexpr int maxOffset = 14 * 3600;
    result.valid = result.date.isValid() && result.time.isValid() && std::abs(result.offsetSeconds.value_or(0)) <= maxOffset;
    return result;
}

// Absent, null and "" → nullopt without a problem; anything unreadable → `problem` at `key`.
std::optional<ParsedDateTime> readDateTime(const JsonReader &reader, QLatin1StringView key, const char *problem)
{
    const QJsonValue value = reader.raw(key);
    if (value.isNull() || (value.isString() && value.toString().trimmed().isEmpty()))
        return std::nullopt;
    const ParsedDateTime parsed = value.isString() ? parseDateTime(value.toString()) : ParsedDateTime();
    if (!parsed.valid) {
        reader.fail(key, QCoreApplication::translate("JsonReader", problem));
        return std::nullopt;
    }
    return parsed;
}

} // namespace

JsonReader::JsonReader(const QJsonObject &object, const QString &path)
    : JsonReader(object, path, std::make_shared<QString>())
{ }

JsonReader::JsonReader(const QJsonObject &object, const QString &path, std::shared_ptr<QString> problem)
    : m_object(object)
    , m_path(path)
    , m_problem(std::move(problem))
{ }

QString JsonReader::pathOf(QLatin1StringView key) const
{
    return m_path.isEmpty() ? QString(key) : QString(m_path + u'.' + key);
}

bool JsonReader::has(QLatin1StringView key) const
{
    return !present(key).isUndefined();
}

QJsonValue JsonReader::present(QLatin1StringView key) const
{
    const QJsonValue value = m_object.value(key);
    return value.isNull() ? QJsonValue(QJsonValue::Undefined) : value;
}

void JsonReader::fail(QLatin1StringView key, const QString &message) const
{
    failAt(pathOf(key), message);
}

void JsonReader::failAt(const QString &path, const QString &message) const
{
    if (m_problem->isEmpty())
        *m_problem = path.isEmpty() ? message : QString(path + u": "_s + message);
}

void JsonReader::failMissing(QLatin1StringView key) const
{
    fail(key, QCoreApplication::translate("JsonReader", "missing"));
}

QString JsonReader::nestedProblem(const QString &path, const QString &innerProblem)
{
    if (path.isEmpty())
        return innerProblem;
    if (innerProblem.isEmpty())
        return path;
    return path + u'.' + innerProblem;
}

void JsonReader::failNested(const QString &path, const QString &innerProblem) const
{
    if (m_problem->isEmpty())
        *m_problem = nestedProblem(path, innerProblem);
}

QString JsonReader::string(QLatin1StringView key) const
{
    const QJsonValue value = present(key);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return numberText(value.toDouble());
    if (!value.isUndefined())
        fail(key, QCoreApplication::translate("JsonReader", "not text"));
    return QString();
}

QString JsonReader::requiredString(QLatin1StringView key) const
{
    const QString text = string(key);
    if (text.isEmpty() && ok())
        failMissing(key);
    return text;
}

QString JsonReader::firstString(std::initializer_list<QLatin1StringView> keys) const
{
    for (const QLatin1StringView key : keys) {
        if (has(key))
            return string(key);
    }
    return QString();
}

std::optional<Money> JsonReader::money(QLatin1StringView key) const
{
    const QJsonValue value = present(key);
    if (value.isUndefined())
        return std::nullopt;
    const auto amount = Money::fromJson(value);
    if (!amount)
        fail(key, QCoreApplication::translate("JsonReader", "not a two-decimal amount"));
    return amount;
}

Money JsonReader::requiredMoney(QLatin1StringView key) const
{
    if (!has(key)) {
        failMissing(key);
        return Money();
    }
    return money(key).value_or(Money());
}

std::optional<int> JsonReader::integer(QLatin1StringView key) const
{
    const QJsonValue value = present(key);
    if (value.isUndefined())
        return std::nullopt;
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::trunc(number) == number && std::fabs(number) <= double(std::numeric_limits<int>::max()))
            return int(number);
    } else if (value.isString()) {
        bool ok = false;
        const int number = value.toString().trimmed().toInt(&ok);
        if (ok)
            return number;
    }
    fail(key, QCoreApplication::translate("JsonReader", "not an integer"));
    return std::nullopt;
}

std::optional<double> JsonReader::number(QLatin1StringView key) const
{
    const QJsonValue value = present(key);
    if (value.isUndefined())
        return std::nullopt;
    if (value.isDouble() && std::isfinite(value.toDouble()))
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double number = value.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(number))
            return number;
    }
    fail(key, QCoreApplication::translate("JsonReader", "not a number"));
    return std::nullopt;
}

std::optional<bool> JsonReader::boolean(QLatin1StringView key) const
{
    const QJsonValue value = present(key);
    if (value.isUndefined())
        return std::nullopt;
    if (value.isBool())
        return value.toBool();
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.compare(u"true"_s, Qt::CaseInsensitive) == 0)
            return true;
        if (text.compare(u"false"_s, Qt::CaseInsensitive) == 0)
            return false;
    }
    fail(key, QCoreApplication::translate("JsonReader", "not true or false"));
    return std::nullopt;
}

QDate JsonReader::date(QLatin1StringView key) const
{
    const auto parsed = readDateTime(*this, key, QT_TRANSLATE_NOOP("JsonReader", "not a date (YYYY-MM-DD)"));
    return parsed ? parsed->date : QDate();
}

QDate JsonReader::requiredDate(QLatin1StringView key) const
{
    const QDate value = date(key);
    if (!value.isValid() && ok())
        failMissing(key);
    return value;
}

QDateTime JsonReader::localDateTime(QLatin1StringView key) const
{
    const auto parsed = readDateTime(*this, key, QT_TRANSLATE_NOOP("JsonReader", "not a date and time (YYYY-MM-DD HH:MM:SS)"));
    return parsed ? parsed->toDateTime(json::apiTimeZone()) : QDateTime();
}

QDateTime JsonReader::isoDateTime(QLatin1StringView key) const
{
    const auto parsed = readDateTime(*this, key, QT_TRANSLATE_NOOP("JsonReader", "not an ISO 8601 date and time"));
    return parsed ? parsed->toDateTime(std::nullopt) : QDateTime();
}

QUrl JsonReader::url(QLatin1StringView key) const
{
    const QString text = string(key).trimmed();
    if (text.isEmpty() || text == u"None"_s || text == u"null"_s)
        return QUrl();
    const QUrl url(text); // tolerant mode: presigned links are taken as QI sends them
    if (!url.isValid()) {
        fail(key, QCoreApplication::translate("JsonReader", "not a URL"));
        return QUrl();
    }
    return url;
}

QJsonValue JsonReader::raw(QLatin1StringView key) const
{
    const QJsonValue value = m_object.value(key);
    return value.isUndefined() ? QJsonValue() : value;
}

QJsonObject JsonReader::rawObject(QLatin1StringView key) const
{
    const QJsonValue value = present(key);
    if (!value.isUndefined() && !value.isObject())
        fail(key, QCoreApplication::translate("JsonReader", "not an object"));
    return value.toObject();
}

QJsonArray JsonReader::rawArray(QLatin1StringView key) const
{
    const QJsonValue value = present(key);
    if (!value.isUndefined() && !value.isArray())
        fail(key, QCoreApplication::translate("JsonReader", "not a list"));
    return value.toArray();
}

std::optional<JsonReader> JsonReader::object(QLatin1StringView key) const
{
    const QJsonValue value = present(key);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isObject()) {
        fail(key, QCoreApplication::translate("JsonReader", "not an object"));
        return std::nullopt;
    }
    return JsonReader(value.toObject(), pathOf(key), m_problem);
}

QList<JsonReader> JsonReader::objects(QLatin1StringView key) const
{
    QList<JsonReader> result;
    const QJsonArray array = rawArray(key);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = pathOf(key) + u'[' + QString::number(i) + u']';
        if (!array.at(i).isObject()) {
            failAt(itemPath, QCoreApplication::translate("JsonReader", "not an object"));
            continue;
        }
        result.append(JsonReader(array.at(i).toObject(), itemPath, m_problem));
    }
    return result;
}

namespace json {

QTimeZone apiTimeZone()
{
    // Brazil has kept UTC-3 all year since 2019; the fixed offset is the fallback when the
    // platform's tz database lacks the IANA id.
    static const QTimeZone zone = [] {
        QTimeZone saoPaulo(QByteArrayLiteral("America/Sao_Paulo"));
        return saoPaulo.isValid() ? saoPaulo : QTimeZone(-3 * 3600);
    }();
    return zone;
}

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString localDateTimeText(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toTimeZone(apiTimeZone()).toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}

QString isoDateTimeText(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s) : QString();
}

void insertText(QJsonObject &object, QLatin1StringView key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

void insertDate(QJsonObject &object, QLatin1StringView key, QDate date)
{
    if (date.isValid())
        object.insert(key, dateText(date));
}

void insertMoney(QJsonObject &object, QLatin1StringView key, const std::optional<Money> &money)
{
    if (money)
        object.insert(key, money->toJson());
}

void insertInt(QJsonObject &object, QLatin1StringView key, const std::optional<int> &value)
{
    if (value)
        object.insert(key, *value);
}

void insertNumber(QJsonObject &object, QLatin1StringView key, const std::optional<double> &value)
{
    if (value)
        object.insert(key, *value);
}

void insertObject(QJsonObject &object, QLatin1StringView key, const QJsonObject &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

} // namespace json

} // namespace cessio
