#include "jsontree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <charconv>
#include <cstring>
#include <limits>

namespace cessio {

namespace {

constexpr int maxDepth = 1024; // QJsonDocument's nesting limit

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Four hex digits at p (bounds checked by the caller), or -1.
int hex4(const char *p)
{
    int value = 0;
    for (int i = 0; i < 4; ++i) {
        const int digit = hexValue(p[i]);
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

// Whether any of the 8 bytes of `word` is a quote, a backslash or not ASCII (SWAR: a byte is
// zero in x exactly when (x - 0x01..) & ~x & 0x80.. has its top bit).
bool hasSpecialByte(quint64 word)
{
    constexpr quint64 ones = 0x0101010101010101ull;
    constexpr quint64 highs = 0x8080808080808080ull;
    const auto hasZero = [](quint64 x) { return (x - ones) & ~x & highs; };
    return ((word & highs) | hasZero(word ^ (ones * '"')) | hasZero(word ^ (ones * '\\'))) != 0;
}

bool isContinuation(uchar c)
{
    return (c & 0xC0) == 0x80;
}

// Length of the well-formed UTF-8 sequence at p (first byte >= 0x80), 0 when it is not one:
// no overlong forms, no encoded surrogates, nothing above U+10FFFF (what QJsonDocument refuses).
int utf8Length(const uchar *p, const uchar *end)
{
    const uchar c = p[0];
    const qsizetype left = end - p;
    if (c >= 0xC2 && c <= 0xDF)
        return left >= 2 && isContinuation(p[1]) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (left < 3 || !isContinuation(p[1]) || !isContinuation(p[2]))
            return 0;
        if ((c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] > 0x9F))
            return 0;
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (left < 4 || !isContinuation(p[1]) || !isContinuation(p[2]) || !isContinuation(p[3]))
            return 0;
        if ((c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] > 0x8F))
            return 0;
        return 4;
    }
    return 0;
}

// A number's text the way QJsonDocument reads it: integral text as a 64-bit integer when it fits,
// anything else as a double that must be finite and, unless the text is zero, not rounded to zero.
bool toNumber(const char *begin, const char *end, bool integral, double *value)
{
    if (integral) {
        qint64 n = 0;
        const auto [ptr, ec] = std::from_chars(begin, end, n);
        if (ec == std::errc() && ptr == end) {
            *value = double(n);
            return true;
        }
    }
#if defined(__cpp_lib_to_chars) && __cpp_lib_to_chars >= 201611L
    const auto [ptr, ec] = std::from_chars(begin, end, *value);
    if (ec == std::errc() && ptr == end)
        return true;
#endif
    // Edge cases (denormals, out of range, "1.", ".5", a lone "-") exactly as Qt decides them.
    bool ok = false;
    *value = QByteArray::fromRawData(begin, end - begin).toDouble(&ok);
    return ok;
}

} // namespace

class JsonTree::Parser
{
public:
    Parser(const QByteArray &json, std::vector<Node> &nodes)
        : m_begin(json.constData())
        , m_p(m_begin)
        , m_end(m_begin + json.size())
        , m_nodes(nodes)
    { }

    QJsonParseError::ParseError run()
    {
        if (m_end - m_p >= 3 && std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0)
            m_p += 3;
        skipSpace();
        if (m_p == m_end || (*m_p != '{' && *m_p != '['))
            return QJsonParseError::IllegalValue;
        if (!value(0))
            return m_error;
        skipSpace();
        return m_p == m_end ? QJsonParseError::NoError : QJsonParseError::GarbageAtEnd;
    }
    int offset() const { return int(m_p - m_begin); }

private:
    bool fail(QJsonParseError::ParseError error)
    {
        m_error = error;
        return false;
    }
    quint32 position() const { return quint32(m_p - m_begin); }
    Index push(Type type)
    {
        m_nodes.emplace_back();
        m_nodes.back().type = type;
        return Index(m_nodes.size() - 1);
    }
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }
    bool at(char c) const { return m_p < m_end && *m_p == c; }

    bool value(int depth)
    {
        if (m_p == m_end)
            return fail(QJsonParseError::IllegalValue);
        switch (*m_p) {
        case '{':
            return object(depth + 1);
        case '[':
            return array(depth + 1);
        case '"':
            return string();
        case 't':
            return literal("true", Type::True);
        case 'f':
            return literal("false", Type::False);
        case 'n':
            return literal("null", Type::Null);
        default:
            return number();
        }
    }

    bool literal(const char *word, Type type)
    {
        const auto length = qsizetype(std::strlen(word));
        if (m_end - m_p < length || std::memcmp(m_p, word, size_t(length)) != 0)
            return fail(QJsonParseError::IllegalValue);
        m_p += length;
        push(type);
        return true;
    }

    bool object(int depth)
    {
        if (depth > maxDepth)
            return fail(QJsonParseError::DeepNesting);
        const Index self = push(Type::Object);
        const quint32 begin = position();
        ++m_p;
        skipSpace();
        quint32 count = 0;
        Index lastKey = npos;
        if (at('}')) {
            ++m_p;
        } else {
            for (;;) {
                if (!at('"'))
                    return fail(count == 0 ? QJsonParseError::UnterminatedObject : QJsonParseError::MissingObject);
                const Index key = Index(m_nodes.size());
                if (!string())
                    return false;
                m_nodes[key].link = lastKey;
                lastKey = key;
                skipSpace();
                if (!at(':'))
                    return fail(QJsonParseError::MissingNameSeparator);
                ++m_p;
                skipSpace();
                if (!value(depth))
                    return false;
                ++count;
                skipSpace();
                if (at(',')) {
                    ++m_p;
                    skipSpace();
                    continue;
                }
                if (at('}')) {
                    ++m_p;
                    break;
                }
                return fail(QJsonParseError::UnterminatedObject);
            }
        }
        Node &node = m_nodes[self];
        node.begin = begin;
        node.length = position() - begin;
        node.count = count;
        node.end = Index(m_nodes.size());
        node.link = lastKey;
        return true;
    }

    bool array(int depth)
    {
        if (depth > maxDepth)
            return fail(QJsonParseError::DeepNesting);
        const Index self = push(Type::Array);
        const quint32 begin = position();
        ++m_p;
        skipSpace();
        quint32 count = 0;
        if (at(']')) {
            ++m_p;
        } else {
            for (;;) {
                if (!value(depth))
                    return false;
                ++count;
                skipSpace();
                if (at(',')) {
                    ++m_p;
                    skipSpace();
                    if (at(']'))
                        return fail(QJsonParseError::MissingObject);
                    continue;
                }
                if (at(']')) {
                    ++m_p;
                    break;
                }
                return fail(QJsonParseError::UnterminatedArray);
            }
        }
        Node &node = m_nodes[self];
        node.begin = begin;
        node.length = position() - begin;
        node.count = count;
        node.end = Index(m_nodes.size());
        return true;
    }

    // At the opening quote.
    bool string()
    {
        ++m_p;
        const char *start = m_p;
        bool escaped = false;
        bool ascii = true;
        for (;;) {
            // Plain ASCII runs first, eight bytes at a time: most of every string.
            while (m_end - m_p >= 8) {
                quint64 word;
                std::memcpy(&word, m_p, 8);
                if (hasSpecialByte(word))
                    break;
                m_p += 8;
            }
            while (m_p < m_end && uchar(*m_p) < 0x80 && *m_p != '"' && *m_p != '\\')
                ++m_p;
            if (m_p == m_end)
                return fail(QJsonParseError::UnterminatedString);
            const char c = *m_p;
            if (c == '"')
                break;
            if (c == '\\') {
                escaped = true;
                if (m_end - m_p < 2)
                    return fail(QJsonParseError::UnterminatedString);
                const char kind = m_p[1];
                if (kind == 'u') {
                    if (m_end - m_p < 6 || hex4(m_p + 2) < 0)
                        return fail(QJsonParseError::IllegalEscapeSequence);
                    m_p += 6;
                } else if (uchar(kind) >= 0x80) {
                    return fail(QJsonParseError::IllegalUTF8String); // half a character after the backslash
                } else {
                    m_p += 2; // \" \\ \/ \b \f \n \r \t, and any other character as itself
                }
                continue;
            }
            const int length = utf8Length(reinterpret_cast<const uchar *>(m_p), reinterpret_cast<const uchar *>(m_end));
            if (length == 0)
                return fail(QJsonParseError::IllegalUTF8String);
            m_p += length;
            ascii = false;
        }
        const Index self = push(Type::String);
        Node &node = m_nodes[self];
        node.begin = quint32(start - m_begin);
        node.length = quint32(m_p - start);
        node.escaped = escaped;
        node.ascii = ascii;
        ++m_p; // the closing quote
        return true;
    }

    bool number()
    {
        const char *start = m_p;
        bool integral = true;
        if (at('-'))
            ++m_p;
        if (at('0')) {
            ++m_p;
        } else {
            while (m_p < m_end && isDigit(*m_p))
                ++m_p;
        }
        if (at('.')) {
            integral = false;
            ++m_p;
            while (m_p < m_end && isDigit(*m_p))
                ++m_p;
        }
        if (at('e') || at('E')) {
            integral = false;
            ++m_p;
            if (at('+') || at('-'))
                ++m_p;
            while (m_p < m_end && isDigit(*m_p))
                ++m_p;
        }
        double value = 0;
        if (!toNumber(start, m_p, integral, &value))
            return fail(QJsonParseError::IllegalNumber);
        const Index self = push(Type::Number);
        Node &node = m_nodes[self];
        node.number = value;
        node.begin = quint32(start - m_begin);
        node.length = quint32(m_p - start);
        node.escaped = integral; // numbers: the text has no fraction or exponent
        return true;
    }

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    std::vector<Node> &m_nodes;
    QJsonParseError::ParseError m_error = QJsonParseError::NoError;
};

JsonTree JsonTree::parse(const QByteArray &json, QJsonParseError *error)
{
    JsonTree tree;
    if (json.size() >= qsizetype(std::numeric_limits<quint32>::max())) {
        if (error)
            *error = { 0, QJsonParseError::DocumentTooLarge };
        return tree;
    }
    tree.m_json = json;
    tree.m_nodes.reserve(size_t(json.size() / 12 + 8)); // about one value per dozen bytes in QI's answers
    Parser parser(tree.m_json, tree.m_nodes);
    const QJsonParseError::ParseError result = parser.run();
    if (error)
        *error = { result == QJsonParseError::NoError ? 0 : parser.offset(), result };
    if (result != QJsonParseError::NoError) {
        tree.m_nodes.clear();
        tree.m_json.clear();
    }
    return tree;
}

bool JsonTree::escapedKeyEquals(const Node &key, QLatin1StringView name) const
{
    return toString(Index(&key - m_nodes.data())) == name;
}

JsonTree::Index JsonTree::member(Index object, QLatin1StringView key) const
{
    for (Index at = m_nodes[object].link; at != npos; at = m_nodes[at].link) {
        if (keyEquals(m_nodes[at], key))
            return at + 1;
    }
    return npos;
}

QString JsonTree::toString(Index node) const
{
    const Node &n = m_nodes[node];
    const char *p = m_json.constData() + n.begin;
    const char *end = p + n.length;
    if (!n.escaped)
        return n.ascii ? QString::fromLatin1(p, n.length) : QString::fromUtf8(p, n.length);
    QString text;
    text.reserve(n.length);
    const char *run = p;
    while (p < end) {
        if (*p != '\\') {
            ++p;
            continue;
        }
        if (run < p)
            text += QString::fromUtf8(run, p - run);
        const char kind = p[1];
        p += 2;
        switch (kind) {
        case 'b':
            text += u'\b';
            break;
        case 'f':
            text += u'\f';
            break;
        case 'n':
            text += u'\n';
            break;
        case 'r':
            text += u'\r';
            break;
        case 't':
            text += u'\t';
            break;
        case 'u':
            text += QChar(char16_t(hex4(p))); // a lone surrogate is kept, as QJsonDocument keeps it
            p += 4;
            break;
        default:
            text += QLatin1Char(kind);
            break;
        }
        run = p;
    }
    if (run < end)
        text += QString::fromUtf8(run, end - run);
    return text;
}

QByteArrayView JsonTree::text(Index container) const
{
    const Node &n = m_nodes[container];
    return QByteArrayView(m_json.constData() + n.begin, n.length);
}

QJsonValue JsonTree::toJsonValue(Index node) const
{
    const Node &n = m_nodes[node];
    switch (n.type) {
    case Type::Null:
        return QJsonValue(QJsonValue::Null);
    case Type::False:
        return false;
    case Type::True:
        return true;
    case Type::Number:
        if (n.escaped) { // integral text: an integer, as QJsonDocument keeps it
            qint64 integer = 0;
            const char *begin = m_json.constData() + n.begin;
            const auto [ptr, ec] = std::from_chars(begin, begin + n.length, integer);
            if (ec == std::errc() && ptr == begin + n.length)
                return integer;
        }
        return n.number;
    case Type::String:
        return toString(node);
    // Containers through QJsonDocument over their own text: cheaper than QJsonObject::insert per
    // member (which builds a CBOR value per key), and the same rules by construction.
    case Type::Array:
        return QJsonDocument::fromJson(QByteArray::fromRawData(m_json.constData() + n.begin, n.length)).array();
    case Type::Object:
        return QJsonDocument::fromJson(QByteArray::fromRawData(m_json.constData() + n.begin, n.length)).object();
    }
    return {};
}

} // namespace cessio
