#include "jsonreader.h"

#include <QCoreApplication>

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

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// `count` ASCII digits at text[*at] as a number (advancing *at), or -1.
int digits(QStringView text, qsizetype *at, int count)
{
    if (*at + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text[*at + i];
        if (!isAsciiDigit(c))
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    *at += count;
    return value;
}

// "YYYY-MM-DD", "YYYY-MM-DD HH:MM[:SS[.ffffff]]", with 'T' or ' ', optional "Z" / "±hh[:]mm"
// (whitespace allowed before the zone), already trimmed. ASCII digits only. By hand: every asset
// carries several dates.
std::optional<JsonReader::DateTimeText> parseDateTime(QStringView text)
{
    qsizetype at = 0;
    const auto skip = [&](QChar c) {
        if (at < text.size() && text[at] == c) {
            ++at;
            return true;
        }
        return false;
    };
    const int year = digits(text, &at, 4);
    if (year < 0 || !skip(u'-'))
        return std::nullopt;
    const int month = digits(text, &at, 2);
    if (month < 0 || !skip(u'-'))
        return std::nullopt;
    const int day = digits(text, &at, 2);
    if (day < 0)
        return std::nullopt;
    JsonReader::DateTimeText result;
    result.date = QDate(year, month, day);
    result.time = QTime(0, 0);
    // The time, when a 'T' or ' ' is followed by HH:MM.
    if (at + 6 <= text.size() && (text[at] == u'T' || text[at] == u' ') && isAsciiDigit(text[at + 1])) {
        qsizetype t = at + 1;
        const int hour = digits(text, &t, 2);
        const bool colon = t < text.size() && text[t] == u':';
        const int minute = colon ? (++t, digits(text, &t, 2)) : -1;
        if (hour >= 0 && minute >= 0) {
            at = t;
            int second = 0;
            int ms = 0;
            if (at + 2 < text.size() && text[at] == u':' && isAsciiDigit(text[at + 1]) && isAsciiDigit(text[at + 2])) {
                ++at;
                second = digits(text, &at, 2);
                if (at + 1 < text.size() && (text[at] == u'.' || text[at] == u',') && isAsciiDigit(text[at + 1])) {
                    ++at;
                    int places = 0; // milliseconds: the first three digits, "5" is 500
                    for (; at < text.size() && isAsciiDigit(text[at]); ++at, ++places) {
                        if (places < 3)
                            ms = ms * 10 + (text[at].unicode() - u'0');
                    }
                    for (; places < 3; ++places)
                        ms *= 10;
                }
            }
            result.time = QTime(hour, minute, second, ms);
        }
    }
    while (at < text.size() && text[at].isSpace())
        ++at;
    if (at < text.size()) {
        const QChar sign = text[at];
        if (sign == u'Z' || sign == u'z') {
            ++at;
            result.offsetSeconds = 0;
        } else if (sign == u'+' || sign == u'-') {
            ++at;
            const int hours = digits(text, &at, 2);
            skip(u':');
            const int minutes = hours < 0 ? -1 : digits(text, &at, 2);
            if (minutes < 0)
                return std::nullopt;
            const int seconds = hours * 3600 + minutes * 60;
            result.offsetSeconds = sign == u'-' ? -seconds : seconds;
        }
    }
    constexpr int maxOffset = 14 * 3600;
    if (at != text.size() || !result.date.isValid() || !result.time.isValid()
        || std::abs(result.offsetSeconds.value_or(0)) > maxOffset)
        return std::nullopt;
    return result;
}

} // namespace

JsonReader::JsonReader(const QJsonObject &object, const QString &path)
    : JsonReader(object, nullptr, JsonTree::npos, path, std::make_shared<QString>())
{ }

JsonReader::JsonReader(const JsonTree &tree, JsonTree::Index object, const QString &path)
    : JsonReader(QJsonObject(), &tree, object, path, std::make_shared<QString>())
{ }

JsonReader::JsonReader(const QJsonObject &object, const JsonTree *tree, JsonTree::Index node, const QString &path,
                       std::shared_ptr<QString> problem)
    : m_object(object)
    , m_tree(tree)
    , m_node(node)
    , m_path(path)
    , m_problem(std::move(problem))
{ }

QJsonObject JsonReader::json() const
{
    return m_tree ? m_tree->toJsonValue(m_node).toObject() : m_object;
}

JsonReader JsonReader::detached() const
{
    return JsonReader(m_object, m_tree, m_node, QString(), std::make_shared<QString>());
}

JsonReader::Field JsonReader::field(QLatin1StringView key) const
{
    Field field;
    if (m_tree) {
        field.node = m_tree->member(m_node, key);
        if (field.node == JsonTree::npos)
            return field;
        switch (m_tree->type(field.node)) {
        case JsonTree::Type::Null:
            field.kind = Field::Kind::Null;
            break;
        case JsonTree::Type::False:
        case JsonTree::Type::True:
            field.kind = Field::Kind::Bool;
            break;
        case JsonTree::Type::Number:
            field.kind = Field::Kind::Number;
            break;
        case JsonTree::Type::String:
            field.kind = Field::Kind::String;
            break;
        case JsonTree::Type::Array:
            field.kind = Field::Kind::Array;
            break;
        case JsonTree::Type::Object:
            field.kind = Field::Kind::Object;
            break;
        }
        return field;
    }
    field.qt = m_object.value(key);
    switch (field.qt.type()) {
    case QJsonValue::Undefined:
        break;
    case QJsonValue::Null:
        field.kind = Field::Kind::Null;
        break;
    case QJsonValue::Bool:
        field.kind = Field::Kind::Bool;
        break;
    case QJsonValue::Double:
        field.kind = Field::Kind::Number;
        break;
    case QJsonValue::String:
        field.kind = Field::Kind::String;
        break;
    case QJsonValue::Array:
        field.kind = Field::Kind::Array;
        break;
    case QJsonValue::Object:
        field.kind = Field::Kind::Object;
        break;
    }
    return field;
}

QString JsonReader::textOf(const Field &field) const
{
    return m_tree ? m_tree->toString(field.node) : field.qt.toString();
}

double JsonReader::numberOf(const Field &field) const
{
    return m_tree ? m_tree->toDouble(field.node) : field.qt.toDouble();
}

bool JsonReader::booleanOf(const Field &field) const
{
    return m_tree ? m_tree->type(field.node) == JsonTree::Type::True : field.qt.toBool();
}

QJsonValue JsonReader::valueOf(const Field &field) const
{
    if (field.isAbsent())
        return QJsonValue();
    return m_tree ? m_tree->toJsonValue(field.node) : field.qt;
}

JsonReader JsonReader::child(const Field &field, const QString &path) const
{
    if (m_tree)
        return JsonReader(QJsonObject(), m_tree, field.node, path, m_problem);
    return JsonReader(field.qt.toObject(), nullptr, JsonTree::npos, path, m_problem);
}

QString JsonReader::pathOf(QLatin1StringView key) const
{
    return m_path.isEmpty() ? QString(key) : QString(m_path + u'.' + key);
}

bool JsonReader::has(QLatin1StringView key) const
{
    return field(key).isPresent();
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
    const Field value = field(key);
    if (value.kind == Field::Kind::String)
        return textOf(value);
    if (value.kind == Field::Kind::Number)
        return numberText(numberOf(value));
    if (value.isPresent())
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
    const Field value = field(key);
    if (!value.isPresent())
        return std::nullopt;
    std::optional<Money> amount;
    if (value.kind == Field::Kind::String)
        amount = Money::fromDecimalString(QStringView(textOf(value)).trimmed());
    else if (value.kind == Field::Kind::Number)
        amount = Money::fromReais(numberOf(value));
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
    const Field value = field(key);
    if (!value.isPresent())
        return std::nullopt;
    if (value.kind == Field::Kind::Number) {
        const double number = numberOf(value);
        if (std::trunc(number) == number && std::fabs(number) <= double(std::numeric_limits<int>::max()))
            return int(number);
    } else if (value.kind == Field::Kind::String) {
        bool ok = false;
        const int number = textOf(value).trimmed().toInt(&ok);
        if (ok)
            return number;
    }
    fail(key, QCoreApplication::translate("JsonReader", "not an integer"));
    return std::nullopt;
}

std::optional<double> JsonReader::number(QLatin1StringView key) const
{
    const Field value = field(key);
    if (!value.isPresent())
        return std::nullopt;
    if (value.kind == Field::Kind::Number && std::isfinite(numberOf(value)))
        return numberOf(value);
    if (value.kind == Field::Kind::String) {
        bool ok = false;
        const double number = textOf(value).trimmed().toDouble(&ok);
        if (ok && std::isfinite(number))
            return number;
    }
    fail(key, QCoreApplication::translate("JsonReader", "not a number"));
    return std::nullopt;
}

std::optional<bool> JsonReader::boolean(QLatin1StringView key) const
{
    const Field value = field(key);
    if (!value.isPresent())
        return std::nullopt;
    if (value.kind == Field::Kind::Bool)
        return booleanOf(value);
    if (value.kind == Field::Kind::String) {
        const QString text = textOf(value).trimmed();
        if (text.compare(u"true"_s, Qt::CaseInsensitive) == 0)
            return true;
        if (text.compare(u"false"_s, Qt::CaseInsensitive) == 0)
            return false;
    }
    fail(key, QCoreApplication::translate("JsonReader", "not true or false"));
    return std::nullopt;
}

// Absent, null and "" → nullopt without a problem; anything unreadable → `problem` at `key`.
std::optional<JsonReader::DateTimeText> JsonReader::dateTime(QLatin1StringView key, const char *problem) const
{
    const Field value = field(key);
    if (!value.isPresent())
        return std::nullopt;
    const QString text = value.kind == Field::Kind::String ? textOf(value) : QString();
    const QStringView trimmed = QStringView(text).trimmed();
    if (value.kind == Field::Kind::String && trimmed.isEmpty())
        return std::nullopt;
    const auto parsed = value.kind == Field::Kind::String ? parseDateTime(trimmed) : std::nullopt;
    if (!parsed)
        fail(key, QCoreApplication::translate("JsonReader", problem));
    return parsed;
}

QDateTime JsonReader::DateTimeText::toDateTime(const std::optional<QTimeZone> &fallback) const
{
    if (offsetSeconds)
        return *offsetSeconds == 0 ? QDateTime(date, time, Qt::UTC) : QDateTime(date, time, Qt::OffsetFromUTC, *offsetSeconds);
    return fallback ? QDateTime(date, time, *fallback) : QDateTime(date, time, Qt::UTC);
}

QDate JsonReader::date(QLatin1StringView key) const
{
    const auto parsed = dateTime(key, QT_TRANSLATE_NOOP("JsonReader", "not a date (YYYY-MM-DD)"));
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
    const auto parsed = dateTime(key, QT_TRANSLATE_NOOP("JsonReader", "not a date and time (YYYY-MM-DD HH:MM:SS)"));
    return parsed ? parsed->toDateTime(json::apiTimeZone()) : QDateTime();
}

QDateTime JsonReader::isoDateTime(QLatin1StringView key) const
{
    const auto parsed = dateTime(key, QT_TRANSLATE_NOOP("JsonReader", "not an ISO 8601 date and time"));
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
    const Field value = field(key);
    return value.isAbsent() ? QJsonValue() : valueOf(value);
}

QJsonObject JsonReader::rawObject(QLatin1StringView key) const
{
    const Field value = field(key);
    if (!value.isPresent())
        return QJsonObject();
    if (value.kind != Field::Kind::Object) {
        fail(key, QCoreApplication::translate("JsonReader", "not an object"));
        return QJsonObject();
    }
    return valueOf(value).toObject();
}

QJsonArray JsonReader::rawArray(QLatin1StringView key) const
{
    const Field value = field(key);
    if (!value.isPresent())
        return QJsonArray();
    if (value.kind != Field::Kind::Array) {
        fail(key, QCoreApplication::translate("JsonReader", "not a list"));
        return QJsonArray();
    }
    return valueOf(value).toArray();
}

std::optional<JsonReader> JsonReader::object(QLatin1StringView key) const
{
    const Field value = field(key);
    if (!value.isPresent())
        return std::nullopt;
    if (value.kind != Field::Kind::Object) {
        fail(key, QCoreApplication::translate("JsonReader", "not an object"));
        return std::nullopt;
    }
    return child(value, pathOf(key));
}

QList<JsonReader> JsonReader::objects(QLatin1StringView key) const
{
    QList<JsonReader> result;
    const Field value = field(key);
    if (!value.isPresent())
        return result;
    if (value.kind != Field::Kind::Array) {
        fail(key, QCoreApplication::translate("JsonReader", "not a list"));
        return result;
    }
    const QString arrayPath = pathOf(key);
    const auto itemPath = [&arrayPath](qsizetype i) -> QString { return arrayPath + u'[' + QString::number(i) + u']'; };
    if (m_tree) {
        const qsizetype count = m_tree->size(value.node);
        result.reserve(count);
        JsonTree::Index item = m_tree->first(value.node);
        for (qsizetype i = 0; i < count; ++i, item = m_tree->next(item)) {
            if (m_tree->type(item) != JsonTree::Type::Object) {
                failAt(itemPath(i), QCoreApplication::translate("JsonReader", "not an object"));
                continue;
            }
            result.append(JsonReader(QJsonObject(), m_tree, item, itemPath(i), m_problem));
        }
        return result;
    }
    const QJsonArray array = value.qt.toArray();
    result.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            failAt(itemPath(i), QCoreApplication::translate("JsonReader", "not an object"));
            continue;
        }
        result.append(JsonReader(array.at(i).toObject(), nullptr, JsonTree::npos, itemPath(i), m_problem));
    }
    return result;
}

QList<std::optional<JsonReader>> JsonReader::detachedItems(QLatin1StringView key) const
{
    QList<std::optional<JsonReader>> result;
    const Field value = field(key);
    if (!value.isPresent())
        return result;
    if (value.kind != Field::Kind::Array) {
        fail(key, QCoreApplication::translate("JsonReader", "not a list"));
        return result;
    }
    if (m_tree) {
        const qsizetype count = m_tree->size(value.node);
        result.reserve(count);
        JsonTree::Index item = m_tree->first(value.node);
        for (qsizetype i = 0; i < count; ++i, item = m_tree->next(item)) {
            if (m_tree->type(item) == JsonTree::Type::Object)
                result.append(JsonReader(*m_tree, item));
            else
                result.append(std::nullopt);
        }
        return result;
    }
    const QJsonArray array = value.qt.toArray();
    result.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (item.isObject())
            result.append(JsonReader(item.toObject()));
        else
            result.append(std::nullopt);
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
