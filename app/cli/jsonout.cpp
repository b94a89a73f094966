#include "cli/jsonout.h"

#include "cli/terminaltext.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace cessio::cli {

JsonOut::JsonOut(bool value)
    : m_kind(Kind::Bool)
    , m_scalar(value ? u"true"_s : u"false"_s)
{ }

JsonOut::JsonOut(int value)
    : m_kind(Kind::Number)
    , m_scalar(QString::number(value))
{ }

JsonOut::JsonOut(qint64 value)
    : m_kind(Kind::Number)
    , m_scalar(QString::number(value))
{ }

JsonOut::JsonOut(double value)
{
    if (!qIsFinite(value))
        return; // JSON has no NaN or infinity: null
    m_kind = Kind::Number;
    m_scalar = QString::number(value, 'g', QLocale::FloatingPointShortest);
}

JsonOut::JsonOut(const Money &value)
    : m_kind(Kind::Number)
    , m_scalar(value.toDecimalString())
{ }

JsonOut::JsonOut(const QString &value)
    : m_kind(Kind::String)
    , m_scalar(value)
{ }

JsonOut JsonOut::stringOrNull(const QString &value)
{
    return value.isEmpty() ? JsonOut() : JsonOut(value);
}

JsonOut JsonOut::date(const QDate &date)
{
    return date.isValid() ? JsonOut(date.toString(Qt::ISODate)) : JsonOut();
}

JsonOut JsonOut::dateTime(const QDateTime &dateTime)
{
    return dateTime.isValid() ? JsonOut(dateTime.toString(Qt::ISODate)) : JsonOut();
}

JsonOut JsonOut::array()
{
    JsonOut value;
    value.m_kind = Kind::Array;
    return value;
}

JsonOut JsonOut::object()
{
    JsonOut value;
    value.m_kind = Kind::Object;
    return value;
}

JsonOut &JsonOut::insert(const QString &key, const JsonOut &value)
{
    Q_ASSERT(m_kind == Kind::Object);
    for (auto &item : m_items) {
        if (item.first == key) {
            item.second = value;
            return *this;
        }
    }
    m_items.append({ key, value });
    return *this;
}

JsonOut &JsonOut::append(const JsonOut &value)
{
    Q_ASSERT(m_kind == Kind::Array);
    m_items.append({ QString(), value });
    return *this;
}

QString JsonOut::quoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += u"\\\""_s;
            break;
        case u'\\':
            out += u"\\\\"_s;
            break;
        case u'\n':
            out += u"\\n"_s;
            break;
        case u'\r':
            out += u"\\r"_s;
            break;
        case u'\t':
            out += u"\\t"_s;
            break;
        default:
            // Control characters (C0, DEL, C1) and bidi overrides as \uXXXX: the same data, but nothing
            // a terminal would act on when the JSON is printed.
            if (isTerminalControl(c.unicode()) || c.unicode() < 0x20 || c.unicode() == 0x2028 || c.unicode() == 0x2029)
                out += u"\\u"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0');
            else
                out += c;
        }
    }
    out += u'"';
    return out;
}

void JsonOut::write(QString &out, int depth) const
{
    const QString indent(2 * (depth + 1), u' ');
    const QString closing(2 * depth, u' ');
    switch (m_kind) {
    case Kind::Null:
        out += u"null"_s;
        return;
    case Kind::Bool:
    case Kind::Number:
        out += m_scalar;
        return;
    case Kind::String:
        out += quoted(m_scalar);
        return;
    case Kind::Array:
    case Kind::Object:
        break;
    }
    const bool isObject = m_kind == Kind::Object;
    if (m_items.isEmpty()) {
        out += isObject ? u"{}"_s : u"[]"_s;
        return;
    }
    out += isObject ? u"{\n"_s : u"[\n"_s;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        out += indent;
        if (isObject)
            out += quoted(m_items.at(i).first) + u": "_s;
        m_items.at(i).second.write(out, depth + 1);
        out += i + 1 < m_items.size() ? u",\n"_s : u"\n"_s;
    }
    out += closing + (isObject ? u'}' : u']');
}

QByteArray JsonOut::toJson() const
{
    QString out;
    write(out, 0);
    out += u'\n';
    return out.toUtf8();
}

} // namespace cessio::cli
