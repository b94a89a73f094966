#pragma once

// The text a PDF written by Qt (QPdfWriter) shows, for tests that check what a file says: its
// FlateDecode streams inflated, each Type0 font's ToUnicode map read, and every Tj/TJ string of the
// pages' content decoded with the font set by the last Tf. Enough for Qt's own output, not a PDF reader.

#include <QByteArray>
#include <QHash>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <zlib.h>

namespace pdftext {

inline QByteArray inflated(const QByteArray &data)
{
    z_stream z {};
    if (inflateInit(&z) != Z_OK)
        return {};
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    QByteArray out;
    char buffer[65536];
    int status = Z_OK;
    while (status == Z_OK) {
        z.next_out = reinterpret_cast<Bytef *>(buffer);
        z.avail_out = sizeof buffer;
        status = ::inflate(&z, Z_NO_FLUSH);
        out.append(buffer, qsizetype(sizeof buffer - z.avail_out));
    }
    inflateEnd(&z);
    return out;
}

// Object number → (dictionary, inflated stream).
struct Object
{
    QByteArray dictionary;
    QByteArray stream;
};

inline QHash<int, Object> objects(const QByteArray &pdf)
{
    QHash<int, Object> all;
    qsizetype at = 0;
    while (true) {
        const qsizetype found = pdf.indexOf(" 0 obj", at);
        if (found < 0)
            break;
        qsizetype numberStart = found;
        while (numberStart > 0 && std::isdigit(static_cast<unsigned char>(pdf.at(numberStart - 1))))
            --numberStart;
        const int number = pdf.mid(numberStart, found - numberStart).toInt();
        const qsizetype end = pdf.indexOf("endobj", found);
        if (end < 0)
            break;
        const QByteArray body = pdf.mid(found + 6, end - found - 6);
        Object object;
        const qsizetype streamAt = body.indexOf("stream");
        object.dictionary = streamAt < 0 ? body : body.left(streamAt);
        if (streamAt >= 0) {
            qsizetype dataStart = streamAt + 6;
            if (body.mid(dataStart, 2) == "\r\n")
                dataStart += 2;
            else if (body.at(dataStart) == '\n')
                dataStart += 1;
            const QByteArray raw = body.mid(dataStart, body.lastIndexOf("endstream") - dataStart);
            object.stream = object.dictionary.contains("/FlateDecode") ? inflated(raw) : raw;
        }
        all.insert(number, object);
        at = end + 6;
    }
    return all;
}

// A ToUnicode CMap: glyph code → text.
inline QHash<uint, QString> toUnicode(const QByteArray &cmap)
{
    QHash<uint, QString> map;
    const auto text = [](const QByteArray &hex) {
        const QByteArray bytes = QByteArray::fromHex(hex);
        QString s;
        for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
            s.append(QChar(char16_t((uchar(bytes.at(i)) << 8) | uchar(bytes.at(i + 1)))));
        return s;
    };
    // Tokens: <hex>, [ and ]. bfchar: code text; bfrange: first last (text | [text …]).
    static const QRegularExpression token(QStringLiteral("<([0-9A-Fa-f]+)>|(\\[)|(\\])"));
    for (const char *section : { "bfchar", "bfrange" }) {
        const bool range = qstrcmp(section, "bfrange") == 0;
        qsizetype at = 0;
        const QByteArray begin = QByteArray("begin") + section, end = QByteArray("end") + section;
        while ((at = cmap.indexOf(begin, at)) >= 0) {
            const qsizetype stop = cmap.indexOf(end, at);
            const QString block = QString::fromLatin1(cmap.mid(at + begin.size(), stop - at - begin.size()));
            QStringList pending; // hex tokens of the entry being read
            bool inArray = false;
            QStringList array;
            auto it = token.globalMatch(block);
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                if (!m.captured(2).isEmpty()) {
                    inArray = true;
                    array.clear();
                    continue;
                }
                if (!m.captured(3).isEmpty()) { // first last [texts]
                    const uint first = pending.value(0).toUInt(nullptr, 16);
                    for (qsizetype i = 0; i < array.size(); ++i)
                        map.insert(first + uint(i), text(array.at(i).toLatin1()));
                    inArray = false;
                    pending.clear();
                    continue;
                }
                if (inArray) {
                    array.append(m.captured(1));
                    continue;
                }
                pending.append(m.captured(1));
                if (!range && pending.size() == 2) {
                    map.insert(pending.at(0).toUInt(nullptr, 16), text(pending.at(1).toLatin1()));
                    pending.clear();
                } else if (range && pending.size() == 3) {
                    const uint first = pending.at(0).toUInt(nullptr, 16), last = pending.at(1).toUInt(nullptr, 16);
                    const QString base = text(pending.at(2).toLatin1());
                    for (uint code = first; code <= last && !base.isEmpty(); ++code)
                        map.insert(code, base.left(base.size() - 1) + QChar(char16_t(base.back().unicode() + (code - first))));
                    pending.clear();
                }
            }
            at = stop;
        }
    }
    return map;
}

// Every page's text, in drawing order; runs separated by a space.
inline QString text(const QByteArray &pdf)
{
    const QHash<int, Object> all = objects(pdf);
    QHash<QByteArray, QHash<uint, QString>> fonts; // resource name → map
    static const QRegularExpression fontRef(QStringLiteral("/(F\\d+)\\s+(\\d+) 0 R"));
    static const QRegularExpression unicodeRef(QStringLiteral("/ToUnicode\\s+(\\d+) 0 R"));
    for (const Object &object : all) {
        auto it = fontRef.globalMatch(QString::fromLatin1(object.dictionary));
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const Object font = all.value(m.captured(2).toInt());
            const QRegularExpressionMatch u = unicodeRef.match(QString::fromLatin1(font.dictionary));
            if (u.hasMatch())
                fonts.insert(m.captured(1).toLatin1(), toUnicode(all.value(u.captured(1).toInt()).stream));
        }
    }
    QString out;
    static const QRegularExpression op(QStringLiteral("/(F\\d+)\\s+[\\d.]+\\s+Tf|<([0-9A-Fa-f]*)>|(T[Jj*])"));
    for (const Object &object : all) {
        if (object.stream.isEmpty() || !object.stream.contains(" Tf"))
            continue;
        QHash<uint, QString> current;
        auto it = op.globalMatch(QString::fromLatin1(object.stream));
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (!m.captured(1).isEmpty()) {
                current = fonts.value(m.captured(1).toLatin1());
            } else if (!m.captured(3).isEmpty()) {
                out.append(u' ');
            } else {
                const QString hex = m.captured(2);
                for (qsizetype i = 0; i + 3 < hex.size(); i += 4)
                    out.append(current.value(hex.mid(i, 4).toUInt(nullptr, 16)));
            }
        }
    }
    return out;
}

} // namespace pdftext
