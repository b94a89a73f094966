#pragma once

#include "core/money.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

namespace cessio::cli {

// A small JSON value written by hand, because money must come out as a decimal number with exactly
// two places (150000.00): QJsonDocument writes doubles in their shortest form (150000) and cannot
// carry an exact decimal. Objects keep their keys in insertion order, so the output is stable.
class JsonOut
{
public:
    enum class Kind { Null, Bool, Number, String, Array, Object };

    JsonOut() = default; // null
    JsonOut(std::nullptr_t) { }
    JsonOut(bool value);
    JsonOut(int value);
    JsonOut(qint64 value);
    JsonOut(double value); // shortest round-trip form; only for rates such as the IRR
    JsonOut(const Money &value); // exactly two decimal places
    JsonOut(const QString &value);
    JsonOut(const char16_t *value)
        : JsonOut(QString::fromUtf16(value))
    { }
    JsonOut(const char *) = delete; // would silently become a bool
    JsonOut(QLatin1StringView value)
        : JsonOut(QString(value))
    { }

    // Null when the optional is empty.
    template<typename T>
    static JsonOut optional(const std::optional<T> &value)
    {
        return value ? JsonOut(*value) : JsonOut();
    }
    // Null for an empty string (fields QI sends as null when absent).
    static JsonOut stringOrNull(const QString &value);
    static JsonOut date(const QDate &date); // "2024-04-01" or null
    static JsonOut dateTime(const QDateTime &dateTime); // ISO 8601 or null
    static JsonOut array();
    static JsonOut object();

    Kind kind() const { return m_kind; }
    // For an object: adds (or replaces) `key`. For an array: use append().
    JsonOut &insert(const QString &key, const JsonOut &value);
    JsonOut &append(const JsonOut &value);
    qsizetype size() const { return m_items.size(); }

    // Indented by two spaces, ending with a newline.
    QByteArray toJson() const;
    static QString quoted(const QString &text); // a JSON string literal

private:
    void write(QString &out, int depth) const;

    Kind m_kind = Kind::Null;
    QString m_scalar; // the literal text of a Bool, Number or String (unquoted)
    QList<std::pair<QString, JsonOut>> m_items; // object members, or array items with empty keys
};

} // namespace cessio::cli
