#pragma once

// Small ZIP and XLSX files written in the tests themselves (zlib raw deflate), to read back with the
// portfolio's XLSX reader, and the byte patches that make them hostile.
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <zlib.h>

namespace testzip {

struct Part
{
    QByteArray name;
    QByteArray data;
    bool deflate = true;
};

inline void put16(QByteArray &out, quint32 v)
{
    out.append(char(v & 0xff));
    out.append(char((v >> 8) & 0xff));
}

inline void put32(QByteArray &out, quint32 v)
{
    put16(out, v & 0xffff);
    put16(out, v >> 16);
}

inline QByteArray rawDeflate(const QByteArray &data)
{
    z_stream s {};
    deflateInit2(&s, 6, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&s, uLong(data.size()))), Qt::Uninitialized);
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    s.avail_in = uInt(data.size());
    s.next_out = reinterpret_cast<Bytef *>(out.data());
    s.avail_out = uInt(out.size());
    deflate(&s, Z_FINISH);
    out.resize(qsizetype(s.total_out));
    deflateEnd(&s);
    return out;
}

inline QByteArray makeZip(const QList<Part> &parts)
{
    QByteArray out, directory;
    for (const Part &part : parts) {
        const QByteArray stored = part.deflate ? rawDeflate(part.data) : part.data;
        const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(part.data.constData()), uInt(part.data.size())));
        const quint32 offset = quint32(out.size());
        put32(out, 0x04034b50);
        put16(out, 20);
        put16(out, 0);
        put16(out, part.deflate ? 8 : 0);
        put16(out, 0);
        put16(out, 0);
        put32(out, crc);
        put32(out, quint32(stored.size()));
        put32(out, quint32(part.data.size()));
        put16(out, quint32(part.name.size()));
        put16(out, 0);
        out.append(part.name);
        out.append(stored);

        put32(directory, 0x02014b50);
        put16(directory, 20);
        put16(directory, 20);
        put16(directory, 0);
        put16(directory, part.deflate ? 8 : 0);
        put16(directory, 0);
        put16(directory, 0);
        put32(directory, crc);
        put32(directory, quint32(stored.size()));
        put32(directory, quint32(part.data.size()));
        put16(directory, quint32(part.name.size()));
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, 0);
        put32(directory, 0);
        put32(directory, offset);
        directory.append(part.name);
    }
    const quint32 directoryOffset = quint32(out.size());
    out.append(directory);
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint32(parts.size()));
    put16(out, quint32(parts.size()));
    put32(out, quint32(directory.size()));
    put32(out, directoryOffset);
    put16(out, 0);
    return out;
}

// The offset of `name`'s central-directory record, for patching its fields (+20 compressed size,
// +24 uncompressed size, +42 local header offset); -1 when absent.
inline qsizetype directoryRecord(const QByteArray &zip, const QByteArray &name)
{
    for (qsizetype at = zip.indexOf("PK\x01\x02"); at >= 0; at = zip.indexOf("PK\x01\x02", at + 4)) {
        const int nameLength = quint8(zip[at + 28]) | (quint8(zip[at + 29]) << 8);
        if (zip.mid(at + 46, nameLength) == name)
            return at;
    }
    return -1;
}

inline void patch32(QByteArray &zip, qsizetype at, quint32 value)
{
    QByteArray bytes;
    put32(bytes, value);
    zip.replace(at, 4, bytes);
}

inline QByteArray xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

// A workbook whose first sheet holds `rows`. A cell "=123.45" is written as a number; every other
// cell as a shared string, or as an inline string when `inlineStrings`.
inline QByteArray makeXlsx(const QList<QStringList> &rows, bool inlineStrings = false, const QByteArray &workbookPr = {})
{
    QByteArray sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                       "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    QStringList shared;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        // append() piece by piece: += of a QStringBuilder chain reserves the exact size on Qt 6.4 (quadratic).
        sheet.append("<row r=\"").append(QByteArray::number(r + 1)).append("\">");
        for (qsizetype c = 0; c < rows[r].size(); ++c) {
            const QString &text = rows[r][c];
            if (text.isEmpty())
                continue;
            QByteArray ref;
            for (qsizetype n = c + 1; n > 0; n = (n - 1) / 26)
                ref.prepend(char('A' + (n - 1) % 26));
            ref += QByteArray::number(r + 1);
            if (text.startsWith(u'=')) {
                sheet.append("<c r=\"").append(ref).append("\"><v>").append(text.mid(1).toUtf8()).append("</v></c>");
            } else if (inlineStrings) {
                sheet.append("<c r=\"")
                    .append(ref)
                    .append("\" t=\"inlineStr\"><is><t>")
                    .append(xmlEscaped(text))
                    .append("</t></is></c>");
            } else {
                sheet.append("<c r=\"")
                    .append(ref)
                    .append("\" t=\"s\"><v>")
                    .append(QByteArray::number(shared.size()))
                    .append("</v></c>");
                shared.append(text);
            }
        }
        sheet.append("</row>");
    }
    sheet += "</sheetData></worksheet>";
    QByteArray sst = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst "
                     "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\""
        + QByteArray::number(shared.size()) + "\">";
    for (const QString &s : shared)
        sst.append("<si><t>").append(xmlEscaped(s)).append("</t></si>");
    sst += "</sst>";
    const QByteArray workbook = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                                "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                                "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        + workbookPr + "<sheets><sheet name=\"Carteira\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    const QByteArray rels
        = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
          "Target=\"worksheets/sheet1.xml\"/></Relationships>";
    QList<Part> parts { { "[Content_Types].xml", "<Types/>" },
                        { "xl/workbook.xml", workbook },
                        { "xl/_rels/workbook.xml.rels", rels },
                        { "xl/worksheets/sheet1.xml", sheet } };
    if (!inlineStrings)
        parts.append({ "xl/sharedStrings.xml", sst });
    return makeZip(parts);
}

} // namespace testzip
