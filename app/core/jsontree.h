#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QString>

#include <cstring>
#include <vector>

namespace cessio {

// A JSON text parsed in one pass into a flat, read-only index over its own bytes: nothing is
// copied or allocated per value while parsing, strings are decoded only when read. The asset
// pages are mapped from it (JsonReader reads either this or a QJsonObject): building a
// QJsonDocument first costs as much CPU as the mapping itself, for values mostly read once.
//
// It accepts exactly what QJsonDocument::fromJson accepts, so both readings of a body agree
// (tst_jsontree, and tst_fuzzregression compares them on thousands of mutated bodies): an object
// or array at the top, a UTF-8 byte order mark before it, QJsonDocument's number rules (".5" and
// "1." are numbers, values out of double range are not), an unknown escape taken as the
// character itself, raw control characters inside strings, no invalid UTF-8, at most 1024 levels
// of nesting. A key repeated in one object: the last one counts.
class JsonTree
{
public:
    using Index = quint32;
    static constexpr Index npos = ~Index(0);
    enum class Type : quint8 { Null, False, True, Number, String, Array, Object };

    JsonTree() = default;
    // Parses `json`. On failure the tree isNull() and *error has QJsonParseError's code and offset.
    static JsonTree parse(const QByteArray &json, QJsonParseError *error = nullptr);

    bool isNull() const { return m_nodes.empty(); }
    Index root() const { return 0; }

    Type type(Index node) const { return m_nodes[node].type; }
    double toDouble(Index node) const { return m_nodes[node].number; }
    QString toString(Index node) const; // a String node, unescaped
    // Objects: how many members; arrays: how many items.
    qsizetype size(Index container) const { return m_nodes[container].count; }
    // Objects: the value of `key`, the last one when repeated; npos when absent. `key` is ASCII.
    Index member(Index object, QLatin1StringView key) const;
    // The first child of a container: an array's first item, an object's first key (its value
    // follows it). Then next() walks to the following sibling.
    Index first(Index container) const { return container + 1; }
    Index next(Index node) const
    {
        const Node &n = m_nodes[node];
        return n.type == Type::Object || n.type == Type::Array ? n.end : node + 1;
    }
    // The value as QJsonDocument would have it.
    QJsonValue toJsonValue(Index node) const;
    // An object's or array's own text, brackets included.
    QByteArrayView text(Index container) const;

private:
    struct Node
    {
        double number = 0;
        quint32 begin = 0; // strings: first byte after the quote; containers: the opening bracket
        quint32 length = 0; // strings: bytes up to the closing quote; containers: up to and with the closing bracket
        Index end = 0; // containers: the node after everything inside
        quint32 count = 0; // containers: members or items
        // Objects: their last key; keys: the key before them (npos for the first). member()
        // walks an object's keys backwards, so the first match is the one that counts.
        Index link = npos;
        Type type = Type::Null;
        bool escaped = false; // strings: holds a backslash escape; numbers: the text is integral
        bool ascii = true; // strings: every byte below 0x80
    };
    class Parser;
    bool keyEquals(const Node &key, QLatin1StringView name) const
    {
        if (!key.escaped)
            return key.length == quint32(name.size()) && (key.length == 0 || m_json.constData()[key.begin] == name.front())
                && std::memcmp(m_json.constData() + key.begin, name.data(), key.length) == 0;
        return escapedKeyEquals(key, name);
    }
    bool escapedKeyEquals(const Node &key, QLatin1StringView name) const;

    QByteArray m_json;
    std::vector<Node> m_nodes;
};

} // namespace cessio
