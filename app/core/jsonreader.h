#pragma once

#include "core/jsontree.h"
#include "core/money.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <QUrl>

#include <initializer_list>
#include <memory>
#include <optional>

namespace cessio {

// Reads the fields of one JSON object the tolerant way the QI Tech payloads need (design.md,
// "Tolerance"): unknown keys are ignored, an absent key and `null` mean the same thing, numbers
// are accepted where text is expected. What cannot be read is recorded as the first problem,
// with its JSON path ("data[3].credit_operation.installments[1].face_value: not a two-decimal
// amount"), so every fromJson() can say exactly which field was wrong.
//
// Child readers (object(), objects(), parse()) share the problem of the reader they came from.
//
// It reads a QJsonObject or an object of a JsonTree (the fast path for pages of assets), with the
// same rules and the same problems either way: each fromJson() is written once, against a reader.
class JsonReader
{
public:
    explicit JsonReader(const QJsonObject &object, const QString &path = QString());
    // An object of `tree`, which must outlive the reader and every reader made from it.
    JsonReader(const JsonTree &tree, JsonTree::Index object, const QString &path = QString());

    // The object as Qt has it (built from the tree's text when the reader reads a tree).
    QJsonObject json() const;
    // The same object with a problem of its own and no path: where a nested T::fromJson starts.
    JsonReader detached() const;
    QString path() const { return m_path; }
    QString pathOf(QLatin1StringView key) const;

    // Present and not null.
    bool has(QLatin1StringView key) const;

    // Text. Absent/null → empty; a number is taken as its text; anything else is a problem.
    QString string(QLatin1StringView key) const;
    // Like string(), but absent/null/empty is a problem.
    QString requiredString(QLatin1StringView key) const;
    // The first of several spellings that is present (e.g. assignor_key / manager_key).
    QString firstString(std::initializer_list<QLatin1StringView> keys) const;

    // A two-decimal amount (JSON number or numeric string) through Money::fromJson.
    std::optional<Money> money(QLatin1StringView key) const;
    Money requiredMoney(QLatin1StringView key) const;
    // Integral number (or digits in a string).
    std::optional<int> integer(QLatin1StringView key) const;
    // Any finite number (or numeric string): rates, IRR.
    std::optional<double> number(QLatin1StringView key) const;
    // true/false (or the strings "true"/"false").
    std::optional<bool> boolean(QLatin1StringView key) const;

    // "YYYY-MM-DD" (a trailing time part is ignored). Absent/null/"" → invalid QDate.
    QDate date(QLatin1StringView key) const;
    QDate requiredDate(QLatin1StringView key) const;
    // "YYYY-MM-DD HH:MM:SS" as QI sends in status_events. The zone is not documented: a time
    // without an explicit offset is taken as America/Sao_Paulo local time [I]. An explicit "Z"
    // or "±hh:mm" is honoured.
    QDateTime localDateTime(QLatin1StringView key) const;
    // ISO 8601 as in webhook_datetime ("2024-04-23T15:08:30Z"); without an offset: UTC [I].
    QDateTime isoDateTime(QLatin1StringView key) const;
    // A URL; null, "" and the Python-ism "None" mean absent (term links, §5.12).
    QUrl url(QLatin1StringView key) const;

    // Kept as they are: undefined becomes null.
    QJsonValue raw(QLatin1StringView key) const;
    // An object (absent/null → empty) or a problem.
    QJsonObject rawObject(QLatin1StringView key) const;
    // An array (absent/null → empty) or a problem.
    QJsonArray rawArray(QLatin1StringView key) const;

    // A nested object to read further; absent/null → nullopt without a problem.
    std::optional<JsonReader> object(QLatin1StringView key) const;
    // The objects of an array, each with its "key[i]" path; a non-object item is a problem.
    QList<JsonReader> objects(QLatin1StringView key) const;
    // The items of an array, each read on its own (detached(); nullopt when not an object), for a
    // caller that reports item problems itself (pages). Absent/null → empty; not an array → a problem.
    QList<std::optional<JsonReader>> detachedItems(QLatin1StringView key) const;

    // A nested value mapped by T::fromJson; absent/null → nullopt; its problem gets our path.
    template<typename T>
    std::optional<T> parse(QLatin1StringView key) const
    {
        const auto child = object(key);
        if (!child)
            return std::nullopt;
        QString problem;
        auto value = T::fromJson(child->detached(), &problem);
        if (!value)
            failNested(pathOf(key), problem);
        return value;
    }

    // An array mapped item by item with T::fromJson.
    template<typename T>
    QList<T> parseList(QLatin1StringView key) const
    {
        QList<T> result;
        for (const JsonReader &item : objects(key)) {
            QString problem;
            auto value = T::fromJson(item.detached(), &problem);
            if (value)
                result.append(std::move(*value));
            else
                failNested(item.path(), problem);
        }
        return result;
    }

    // Records a problem at `key` (only the first problem of a reader tree is kept).
    void fail(QLatin1StringView key, const QString &message) const;
    void failAt(const QString &path, const QString &message) const;
    void failMissing(QLatin1StringView key) const;

    bool ok() const { return m_problem->isEmpty(); }
    QString problem() const { return *m_problem; }

    // The usual end of a fromJson(): the value when nothing went wrong, otherwise nullopt with
    // the problem copied to *error.
    template<typename T>
    std::optional<T> finish(T value, QString *error) const
    {
        if (!ok()) {
            if (error)
                *error = problem();
            return std::nullopt;
        }
        return value;
    }

    // Prefixes an inner problem ("face_value: …") with the path it was found under.
    static QString nestedProblem(const QString &path, const QString &innerProblem);

    // A date and time as read from the text, before a zone is chosen for it.
    struct DateTimeText
    {
        QDate date;
        QTime time;
        std::optional<int> offsetSeconds; // nullopt: the text carried no offset; "Z" is 0
        // UTC times get the Qt::UTC spec, other offsets Qt::OffsetFromUTC; no offset: `fallback`.
        QDateTime toDateTime(const std::optional<QTimeZone> &fallback) const;
    };

private:
    // One field's value, from either source.
    struct Field
    {
        enum class Kind : quint8 { Absent, Null, Bool, Number, String, Array, Object };
        Kind kind = Kind::Absent;
        QJsonValue qt; // reading a QJsonObject
        JsonTree::Index node = JsonTree::npos; // reading a tree
        bool isAbsent() const { return kind == Kind::Absent; }
        bool isPresent() const { return kind != Kind::Absent && kind != Kind::Null; }
    };
    JsonReader(const QJsonObject &object, const JsonTree *tree, JsonTree::Index node, const QString &path,
               std::shared_ptr<QString> problem);
    void failNested(const QString &path, const QString &innerProblem) const;
    Field field(QLatin1StringView key) const;
    QString textOf(const Field &field) const;
    double numberOf(const Field &field) const;
    bool booleanOf(const Field &field) const;
    QJsonValue valueOf(const Field &field) const;
    JsonReader child(const Field &field, const QString &path) const;
    // Absent, null and "" → nullopt without a problem; anything unreadable → `problem` at `key`.
    std::optional<DateTimeText> dateTime(QLatin1StringView key, const char *problem) const;

    QJsonObject m_object; // when reading a QJsonObject
    const JsonTree *m_tree = nullptr; // when reading a tree: this object's node
    JsonTree::Index m_node = JsonTree::npos;
    QString m_path;
    std::shared_ptr<QString> m_problem;
};

// The writing side: the same formats, and inserting only what is set.
namespace json {

// The zone QI's "YYYY-MM-DD HH:MM:SS" times are read in [I]; UTC-3 when the tz database lacks it.
QTimeZone apiTimeZone();

QString dateText(QDate date);
QString localDateTimeText(const QDateTime &dateTime); // "2024-04-01 16:00:00" in apiTimeZone()
QString isoDateTimeText(const QDateTime &dateTime); // "2024-04-23T15:08:30Z"

// Each inserts nothing when the value is empty / invalid / nullopt.
void insertText(QJsonObject &object, QLatin1StringView key, const QString &value);
void insertDate(QJsonObject &object, QLatin1StringView key, QDate date);
void insertMoney(QJsonObject &object, QLatin1StringView key, const std::optional<Money> &money);
void insertInt(QJsonObject &object, QLatin1StringView key, const std::optional<int> &value);
void insertNumber(QJsonObject &object, QLatin1StringView key, const std::optional<double> &value);
void insertObject(QJsonObject &object, QLatin1StringView key, const QJsonObject &value);

} // namespace json

} // namespace cessio
