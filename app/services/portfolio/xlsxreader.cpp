#include "xlsxreader.h"

#include <QIODevice>
#include <QXmlStreamReader>

#include <algorithm>
#include <array>
#include <zlib.h>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

constexpr quint32 endOfDirectorySignature = 0x06054b50;
constexpr quint32 directorySignature = 0x02014b50;
constexpr quint32 localHeaderSignature = 0x04034b50;
constexpr qsizetype endOfDirectorySize = 22;
constexpr qsizetype directoryEntrySize = 46;
constexpr qsizetype localHeaderSize = 30;

quint16 le16(const QByteArray &b, qsizetype at)
{
    return quint16(quint8(b[at]) | (quint8(b[at + 1]) << 8));
}

quint32 le32(const QByteArray &b, qsizetype at)
{
    return quint32(le16(b, at)) | (quint32(le16(b, at + 2)) << 16);
}

// One ZIP entry's bytes as a sequential device: inflated (or copied, when stored) on demand, never
// more than the entry declares nor more than `cap`; the CRC is checked at the end. QXmlStreamReader
// reads the sheet through it, so the sheet is never held whole in memory.
class InflateDevice : public QIODevice
{
public:
    InflateDevice(const QByteArray &file, const XlsxReader::Entry &entry, qsizetype dataOffset, qint64 cap)
        : m_file(file)
        , m_entry(entry)
        , m_in(dataOffset)
        , m_inEnd(dataOffset + qsizetype(entry.compressedSize))
        , m_cap(cap)
    {
        if (entry.method == 8) {
            m_stream.zalloc = Z_NULL;
            m_stream.zfree = Z_NULL;
            m_stream.opaque = Z_NULL;
            m_zlibReady = inflateInit2(&m_stream, -MAX_WBITS) == Z_OK; // raw deflate, as ZIP stores it
        }
        open(QIODevice::ReadOnly);
    }
    ~InflateDevice() override
    {
        if (m_zlibReady)
            inflateEnd(&m_stream);
    }
    bool isSequential() const override { return true; }

    enum class Problem { None, Damaged, TooLarge, LargerThanDeclared, Truncated, BadChecksum };
    Problem problem() const { return m_problem; }
    bool finished() const { return m_finished; }
    qint64 produced() const { return m_produced; }

protected:
    qint64 writeData(const char *, qint64) override { return -1; }
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_problem != Problem::None)
            return -1;
        if (m_finished || maxSize <= 0)
            return 0;
        qint64 got = 0;
        if (m_entry.method == 0) {
            got = std::min<qint64>(maxSize, m_inEnd - m_in);
            memcpy(data, m_file.constData() + m_in, size_t(got));
            m_in += qsizetype(got);
            if (m_in == m_inEnd)
                m_streamEnded = true;
        } else {
            if (!m_zlibReady)
                return fail(Problem::Damaged);
            const qint64 room = std::min<qint64>(maxSize, 1 << 20);
            m_stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(m_file.constData() + m_in));
            m_stream.avail_in = uInt(std::min<qint64>(m_inEnd - m_in, 1 << 20));
            m_stream.next_out = reinterpret_cast<Bytef *>(data);
            m_stream.avail_out = uInt(room);
            const uInt inBefore = m_stream.avail_in;
            const int rc = inflate(&m_stream, Z_NO_FLUSH);
            m_in += qsizetype(inBefore - m_stream.avail_in);
            got = room - m_stream.avail_out;
            if (rc == Z_STREAM_END)
                m_streamEnded = true;
            else if (rc == Z_BUF_ERROR && got == 0)
                return fail(Problem::Truncated); // no input left and the stream never ended
            else if (rc != Z_OK && rc != Z_BUF_ERROR)
                return fail(Problem::Damaged);
        }
        m_produced += got;
        if (m_produced > qint64(m_entry.uncompressedSize))
            return fail(Problem::LargerThanDeclared);
        if (m_produced > m_cap)
            return fail(Problem::TooLarge);
        m_crc = crc32(m_crc, reinterpret_cast<const Bytef *>(data), uInt(got));
        if (m_streamEnded) {
            m_finished = true;
            if (m_produced != qint64(m_entry.uncompressedSize))
                return fail(Problem::Truncated);
            if (m_crc != m_entry.crc)
                return fail(Problem::BadChecksum);
        } else if (got == 0 && m_in >= m_inEnd) {
            return fail(Problem::Truncated);
        }
        return got;
    }

private:
    qint64 fail(Problem p)
    {
        m_problem = p;
        return -1;
    }

    const QByteArray &m_file;
    XlsxReader::Entry m_entry;
    qsizetype m_in;
    qsizetype m_inEnd;
    qint64 m_cap;
    z_stream m_stream {};
    bool m_zlibReady = false;
    bool m_streamEnded = false;
    bool m_finished = false;
    qint64 m_produced = 0;
    uLong m_crc = crc32(0, Z_NULL, 0);
    Problem m_problem = Problem::None;
};

} // namespace

XlsxReader::XlsxReader()
    : XlsxReader(Limits {})
{ }

XlsxReader::XlsxReader(const Limits &limits)
    : m_limits(limits)
{ }

bool XlsxReader::fail(const QString &reason)
{
    if (m_error.isEmpty())
        m_error = tr("The XLSX file cannot be read: %1").arg(reason);
    return false;
}

int XlsxReader::columnOfReference(QStringView reference, int maxColumns)
{
    int column = 0;
    int letters = 0;
    for (QChar c : reference) {
        const char16_t u = c.unicode();
        if (u >= u'A' && u <= u'Z') {
            column = column * 26 + int(u - u'A' + 1);
        } else if (u >= u'a' && u <= u'z') {
            column = column * 26 + int(u - u'a' + 1);
        } else {
            break;
        }
        if (++letters > 3 || column > maxColumns)
            return -1;
    }
    return letters == 0 ? -1 : column - 1;
}

bool XlsxReader::open(const QByteArray &fileBytes)
{
    m_error.clear();
    m_entries.clear();
    m_sharedStrings.clear();
    m_inflatedSoFar = 0;
    if (fileBytes.size() > m_limits.maxFileBytes)
        return fail(tr("the file is larger than %1 MB").arg(m_limits.maxFileBytes / (1024 * 1024)));
    m_file = fileBytes;
    return readDirectory() && readWorkbook() && readSharedStrings();
}

bool XlsxReader::readDirectory()
{
    const qsizetype n = m_file.size();
    qsizetype eocd = -1;
    for (qsizetype at = n - endOfDirectorySize; at >= 0 && at >= n - endOfDirectorySize - 0xFFFF; --at) {
        if (le32(m_file, at) == endOfDirectorySignature) {
            eocd = at;
            break;
        }
    }
    if (eocd < 0)
        return fail(tr("it is not an XLSX workbook (no ZIP directory)"));
    const quint16 disk = le16(m_file, eocd + 4), directoryDisk = le16(m_file, eocd + 6);
    const quint16 count = le16(m_file, eocd + 10);
    const quint32 directorySize = le32(m_file, eocd + 12), directoryOffset = le32(m_file, eocd + 16);
    if (count == 0xFFFF || directoryOffset == 0xFFFFFFFFU || directorySize == 0xFFFFFFFFU)
        return fail(tr("ZIP64 archives are not supported"));
    if (disk != 0 || directoryDisk != 0)
        return fail(tr("archives split over several files are not supported"));
    if (count > m_limits.maxEntries)
        return fail(tr("it has more than %1 parts").arg(m_limits.maxEntries));
    if (qint64(directoryOffset) + qint64(directorySize) > eocd)
        return fail(tr("the ZIP directory points outside the file"));

    qsizetype at = qsizetype(directoryOffset);
    const qsizetype end = at + qsizetype(directorySize);
    for (int i = 0; i < count; ++i) {
        if (at + directoryEntrySize > end || le32(m_file, at) != directorySignature)
            return fail(tr("the ZIP directory is damaged"));
        Entry e;
        e.flags = le16(m_file, at + 8);
        e.method = le16(m_file, at + 10);
        e.crc = le32(m_file, at + 16);
        e.compressedSize = le32(m_file, at + 20);
        e.uncompressedSize = le32(m_file, at + 24);
        const quint16 nameLength = le16(m_file, at + 28), extraLength = le16(m_file, at + 30),
                      commentLength = le16(m_file, at + 32);
        e.localHeaderOffset = le32(m_file, at + 42);
        if (at + directoryEntrySize + nameLength + extraLength + commentLength > end)
            return fail(tr("the ZIP directory is damaged"));
        e.name = QString::fromUtf8(m_file.constData() + at + directoryEntrySize, nameLength);
        at += directoryEntrySize + nameLength + extraLength + commentLength;
        if (m_entries.contains(e.name))
            return fail(tr("the part %1 appears twice").arg(e.name));
        m_entries.insert(e.name, e);
    }
    return true;
}

namespace {

// Where an entry's data starts, checked against the file; -1 when the local header is not where the
// directory says or the data runs past the end.
qsizetype dataOffsetOf(const QByteArray &file, const XlsxReader::Entry &e)
{
    const qint64 at = qint64(e.localHeaderOffset);
    if (at + localHeaderSize > file.size() || le32(file, qsizetype(at)) != localHeaderSignature)
        return -1;
    const qint64 data = at + localHeaderSize + le16(file, qsizetype(at + 26)) + le16(file, qsizetype(at + 28));
    if (data + qint64(e.compressedSize) > file.size())
        return -1;
    return qsizetype(data);
}

} // namespace

bool XlsxReader::readEntry(const QString &name, QByteArray *out)
{
    const auto it = m_entries.constFind(name);
    if (it == m_entries.cend())
        return fail(tr("the part %1 is missing").arg(name));
    const Entry &e = it.value();
    if (e.flags & 1)
        return fail(tr("encrypted workbooks are not supported"));
    if (e.method != 0 && e.method != 8)
        return fail(tr("the part %1 uses an unsupported compression").arg(name));
    const qsizetype data = dataOffsetOf(m_file, e);
    if (data < 0)
        return fail(tr("the part %1 points outside the file").arg(name));
    const qint64 cap = std::min(m_limits.maxEntryInflatedBytes, m_limits.maxTotalInflatedBytes - m_inflatedSoFar);
    if (qint64(e.uncompressedSize) > cap)
        return fail(tr("the part %1 would inflate beyond the allowed size").arg(name));
    InflateDevice device(m_file, e, data, cap);
    out->clear();
    out->reserve(qsizetype(std::min<quint64>(e.uncompressedSize, 1 << 20)));
    std::array<char, 64 * 1024> buffer {};
    for (;;) {
        const qint64 got = device.read(buffer.data(), qint64(buffer.size()));
        if (got < 0 || device.problem() != InflateDevice::Problem::None)
            return fail(tr("the part %1 is damaged or larger than it declares").arg(name));
        if (got == 0 && device.finished())
            break;
        if (got == 0)
            return fail(tr("the part %1 is damaged or larger than it declares").arg(name));
        out->append(buffer.data(), qsizetype(got));
    }
    m_inflatedSoFar += device.produced();
    return true;
}

namespace {

bool rejectDtd(QXmlStreamReader &xml)
{
    if (xml.tokenType() == QXmlStreamReader::DTD) {
        xml.raiseError(u"DTD"_s);
        return true;
    }
    return false;
}

QString resolveTarget(const QString &target)
{
    QString path = target.startsWith(u'/') ? target.mid(1) : u"xl/"_s + target;
    // "xl/worksheets/../worksheets/sheet1.xml" and the like.
    QStringList parts;
    for (const QString &part : path.split(u'/')) {
        if (part == u".."_s) {
            if (!parts.isEmpty())
                parts.removeLast();
        } else if (!part.isEmpty() && part != u"."_s) {
            parts.append(part);
        }
    }
    return parts.join(u'/');
}

} // namespace

bool XlsxReader::readWorkbook()
{
    QByteArray workbook;
    if (!readEntry(u"xl/workbook.xml"_s, &workbook))
        return false;
    QString firstSheetRelation;
    QXmlStreamReader xml(workbook);
    while (!xml.atEnd() && !xml.hasError()) {
        xml.readNext();
        if (rejectDtd(xml))
            break;
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"workbookPr") {
            const auto flag = xml.attributes().value(QLatin1String("date1904"));
            m_date1904 = flag == u"1" || flag == u"true";
        } else if (xml.name() == u"sheet" && firstSheetRelation.isEmpty()) {
            for (const QXmlStreamAttribute &attribute : xml.attributes()) {
                if (attribute.name() == u"id")
                    firstSheetRelation = attribute.value().toString();
            }
        }
    }
    if (xml.hasError())
        return fail(tr("the workbook's XML is damaged"));

    if (!firstSheetRelation.isEmpty() && m_entries.contains(u"xl/_rels/workbook.xml.rels"_s)) {
        QByteArray relations;
        if (!readEntry(u"xl/_rels/workbook.xml.rels"_s, &relations))
            return false;
        QXmlStreamReader rels(relations);
        while (!rels.atEnd() && !rels.hasError()) {
            rels.readNext();
            if (rejectDtd(rels))
                break;
            if (rels.isStartElement() && rels.name() == u"Relationship"
                && rels.attributes().value(QLatin1String("Id")) == firstSheetRelation) {
                m_sheetPath = resolveTarget(rels.attributes().value(QLatin1String("Target")).toString());
            }
        }
        if (rels.hasError())
            return fail(tr("the workbook's XML is damaged"));
    }
    if (m_sheetPath.isEmpty() || !m_entries.contains(m_sheetPath)) {
        m_sheetPath.clear();
        QStringList sheets;
        for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
            if (it.key().startsWith(u"xl/worksheets/"_s) && it.key().endsWith(u".xml"_s) && !it.key().contains(u"/_rels/"_s))
                sheets.append(it.key());
        }
        std::sort(sheets.begin(), sheets.end());
        if (sheets.contains(u"xl/worksheets/sheet1.xml"_s))
            m_sheetPath = u"xl/worksheets/sheet1.xml"_s;
        else if (!sheets.isEmpty())
            m_sheetPath = sheets.constFirst();
        else
            return fail(tr("the workbook has no worksheet"));
    }
    return true;
}

bool XlsxReader::readSharedStrings()
{
    if (!m_entries.contains(u"xl/sharedStrings.xml"_s))
        return true; // a workbook of numbers and inline strings has none
    QByteArray bytes;
    if (!readEntry(u"xl/sharedStrings.xml"_s, &bytes))
        return false;
    QXmlStreamReader xml(bytes);
    bytes.clear();
    qint64 chars = 0;
    while (!xml.atEnd() && !xml.hasError()) {
        xml.readNext();
        if (rejectDtd(xml))
            break;
        if (!xml.isStartElement() || xml.name() != u"si")
            continue;
        QString text;
        while (!xml.atEnd() && !xml.hasError()) {
            xml.readNext();
            if (xml.isEndElement() && xml.name() == u"si")
                break;
            if (xml.isStartElement() && xml.name() == u"rPh") // phonetic runs are not the cell's text
                xml.skipCurrentElement();
            else if (xml.isStartElement() && xml.name() == u"t")
                text += xml.readElementText();
        }
        chars += text.size();
        if (m_sharedStrings.size() >= m_limits.maxSharedStrings)
            return fail(tr("it has more than %1 shared strings").arg(m_limits.maxSharedStrings));
        if (chars > m_limits.maxSharedStringChars)
            return fail(tr("its shared strings are larger than allowed"));
        m_sharedStrings.append(text);
    }
    if (xml.hasError())
        return fail(tr("the shared strings' XML is damaged"));
    return true;
}

bool XlsxReader::readRows(const RowSink &sink)
{
    const auto it = m_entries.constFind(m_sheetPath);
    if (it == m_entries.cend())
        return fail(tr("the workbook has no worksheet"));
    const Entry &e = it.value();
    if (e.flags & 1)
        return fail(tr("encrypted workbooks are not supported"));
    if (e.method != 0 && e.method != 8)
        return fail(tr("the part %1 uses an unsupported compression").arg(e.name));
    const qsizetype data = dataOffsetOf(m_file, e);
    if (data < 0)
        return fail(tr("the part %1 points outside the file").arg(e.name));
    const qint64 cap = std::min(m_limits.maxEntryInflatedBytes, m_limits.maxTotalInflatedBytes - m_inflatedSoFar);
    if (qint64(e.uncompressedSize) > cap)
        return fail(tr("the part %1 would inflate beyond the allowed size").arg(e.name));
    InflateDevice device(m_file, e, data, cap);
    QXmlStreamReader xml(&device);

    QList<TableCell> cells;
    qsizetype rowNumber = 0;
    int nextColumn = 0;
    bool stopped = false;
    while (!xml.atEnd() && !xml.hasError() && !stopped) {
        xml.readNext();
        if (rejectDtd(xml))
            break;
        if (xml.isStartElement() && xml.name() == u"row") {
            const QStringView r = xml.attributes().value(QLatin1String("r"));
            bool ok = true;
            const qsizetype number = r.isEmpty() ? rowNumber + 1 : r.toLongLong(&ok);
            if (!ok || number <= rowNumber)
                return fail(tr("its rows are out of order"));
            if (number > m_limits.maxRows)
                return fail(tr("it has more than %1 rows").arg(m_limits.maxRows));
            rowNumber = number;
            cells.clear();
            nextColumn = 0;
        } else if (xml.isStartElement() && xml.name() == u"c") {
            const QStringView ref = xml.attributes().value(QLatin1String("r"));
            const int column = ref.isEmpty() ? nextColumn : columnOfReference(ref, m_limits.maxColumns);
            if (column < 0 || column >= m_limits.maxColumns)
                return fail(tr("a cell lies beyond column %1").arg(m_limits.maxColumns));
            const QString type = xml.attributes().value(QLatin1String("t")).toString();
            QString value;
            while (!xml.atEnd() && !xml.hasError()) {
                xml.readNext();
                if (xml.isEndElement() && xml.name() == u"c")
                    break;
                if (xml.isStartElement() && xml.name() == u"v")
                    value = xml.readElementText();
                else if (xml.isStartElement() && xml.name() == u"rPh")
                    xml.skipCurrentElement();
                else if (xml.isStartElement() && xml.name() == u"t") // inline string, <is><t>
                    value += xml.readElementText();
            }
            TableCell cell;
            if (type == u"s") {
                bool ok = false;
                const qsizetype index = value.toLongLong(&ok);
                if (!ok || index < 0 || index >= m_sharedStrings.size())
                    return fail(tr("a cell refers to a shared string that does not exist"));
                cell.text = m_sharedStrings.at(index);
            } else {
                cell.text = value;
                cell.numeric = type.isEmpty() || type == u"n";
            }
            if (cells.size() <= column)
                cells.resize(column + 1);
            cells[column] = cell;
            nextColumn = column + 1;
        } else if (xml.isEndElement() && xml.name() == u"row") {
            const bool any = std::any_of(cells.cbegin(), cells.cend(), [](const TableCell &c) { return !c.text.isEmpty(); });
            if (any && !sink(rowNumber, cells))
                stopped = true;
        }
    }
    if (device.problem() != InflateDevice::Problem::None)
        return fail(tr("the part %1 is damaged or larger than it declares").arg(e.name));
    if (xml.hasError())
        return fail(tr("the worksheet's XML is damaged"));
    if (!stopped)
        m_inflatedSoFar += device.produced();
    return true;
}

} // namespace cessio
