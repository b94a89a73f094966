#include "iconfiles.h"

#include <QBuffer>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <utility>

namespace cessio::iconfiles {

namespace {

constexpr int kPngIcoSize = 256; // from this size up, .ico entries are PNG
constexpr int kIcoDirSize = 6;
constexpr int kIcoEntrySize = 16;
constexpr int kDibHeaderSize = 40;

// Apple's PNG-capable icns types and the pixel size of each ("@2x" types share sizes);
// icp4/icp5 are the 1x 16/32 entries (PNG since 10.7); ic07..ic14 the modern set (10.8).
constexpr std::array<std::pair<const char *, int>, 10> kIcnsTypes { {
    { "icp4", 16 },
    { "icp5", 32 },
    { "ic11", 32 },
    { "ic12", 64 },
    { "ic07", 128 },
    { "ic08", 256 },
    { "ic13", 256 },
    { "ic09", 512 },
    { "ic14", 512 },
    { "ic10", 1024 },
} };

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.convertToFormat(QImage::Format_ARGB32).save(&buffer, "PNG");
    return bytes;
}

void appendLE16(QByteArray &out, quint16 v)
{
    out.append(char(v & 0xff)).append(char(v >> 8));
}

void appendLE32(QByteArray &out, quint32 v)
{
    for (int shift = 0; shift < 32; shift += 8)
        out.append(char((v >> shift) & 0xff));
}

void appendBE32(QByteArray &out, quint32 v)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out.append(char((v >> shift) & 0xff));
}

int maskStride(int size)
{
    return ((size + 31) / 32) * 4; // 1 bit a pixel, rows padded to 32 bits
}

// BITMAPINFOHEADER + bottom-up BGRA rows + AND mask (set where fully transparent, for old readers).
QByteArray dib(const QImage &source)
{
    const QImage image = source.convertToFormat(QImage::Format_ARGB32);
    const int size = image.width();
    const int stride = maskStride(size);
    QByteArray out;
    appendLE32(out, kDibHeaderSize);
    appendLE32(out, quint32(size));
    appendLE32(out, quint32(size * 2)); // colour rows + mask rows
    appendLE16(out, 1); // planes
    appendLE16(out, 32); // bits per pixel
    appendLE32(out, 0); // BI_RGB
    appendLE32(out, quint32(size * size * 4 + stride * size));
    for (int i = 0; i < 4; ++i)
        appendLE32(out, 0); // resolution and palette: unused
    for (int y = size - 1; y >= 0; --y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < size; ++x)
            out.append(char(qBlue(line[x])))
                .append(char(qGreen(line[x])))
                .append(char(qRed(line[x])))
                .append(char(qAlpha(line[x])));
    }
    for (int y = size - 1; y >= 0; --y) {
        QByteArray row(stride, '\0');
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < size; ++x) {
            if (qAlpha(line[x]) == 0)
                row[x / 8] = char(row[x / 8] | (0x80 >> (x % 8)));
        }
        out.append(row);
    }
    return out;
}

QImage readDib(const QByteArray &data, int size)
{
    if (data.size() < kDibHeaderSize + size * size * 4)
        return {};
    const auto *bytes = reinterpret_cast<const uchar *>(data.constData());
    if (qFromLittleEndian<quint32>(bytes) != kDibHeaderSize || qFromLittleEndian<qint32>(bytes + 4) != size
        || qFromLittleEndian<quint16>(bytes + 14) != 32)
        return {};
    QImage image(size, size, QImage::Format_ARGB32);
    const uchar *pixel = bytes + kDibHeaderSize;
    for (int y = size - 1; y >= 0; --y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < size; ++x, pixel += 4)
            line[x] = qRgba(pixel[2], pixel[1], pixel[0], pixel[3]);
    }
    return image;
}

bool isPng(const QByteArray &data)
{
    return data.startsWith("\x89PNG\r\n\x1a\n");
}

} // namespace

QList<int> icoSizes()
{
    return { 16, 20, 24, 32, 40, 48, 64, 256 };
}

QList<int> icnsSizes()
{
    return { 16, 32, 64, 128, 256, 512, 1024 };
}

QByteArray ico(const QList<QImage> &images)
{
    QList<QByteArray> payloads;
    for (const QImage &image : images)
        payloads.append(image.width() >= kPngIcoSize ? png(image) : dib(image));

    QByteArray out;
    appendLE16(out, 0); // reserved
    appendLE16(out, 1); // type: icon
    appendLE16(out, quint16(images.size()));
    quint32 offset = quint32(kIcoDirSize + kIcoEntrySize * images.size());
    for (qsizetype i = 0; i < images.size(); ++i) {
        const int size = images.at(i).width();
        out.append(char(size >= 256 ? 0 : size)).append(char(size >= 256 ? 0 : size)); // 0 means 256
        out.append('\0').append('\0'); // no palette, reserved
        appendLE16(out, 1); // planes
        appendLE16(out, 32); // bits per pixel
        appendLE32(out, quint32(payloads.at(i).size()));
        appendLE32(out, offset);
        offset += quint32(payloads.at(i).size());
    }
    for (const QByteArray &payload : std::as_const(payloads))
        out.append(payload);
    return out;
}

QByteArray icns(const QList<QImage> &images)
{
    QByteArray body;
    for (const auto &[type, size] : kIcnsTypes) {
        for (const QImage &image : images) {
            if (image.width() != size)
                continue;
            const QByteArray data = png(image);
            body.append(type, 4);
            appendBE32(body, quint32(data.size() + 8));
            body.append(data);
            break;
        }
    }
    QByteArray out("icns");
    appendBE32(out, quint32(body.size() + 8));
    return out + body;
}

QList<Entry> readIco(const QByteArray &data)
{
    const auto *bytes = reinterpret_cast<const uchar *>(data.constData());
    if (data.size() < kIcoDirSize || qFromLittleEndian<quint16>(bytes) != 0 || qFromLittleEndian<quint16>(bytes + 2) != 1)
        return {};
    const int count = qFromLittleEndian<quint16>(bytes + 4);
    if (data.size() < kIcoDirSize + kIcoEntrySize * count)
        return {};
    QList<Entry> entries;
    for (int i = 0; i < count; ++i) {
        const uchar *entry = bytes + kIcoDirSize + qsizetype(kIcoEntrySize) * i;
        const int size = entry[0] == 0 ? 256 : entry[0];
        const quint32 length = qFromLittleEndian<quint32>(entry + 8);
        const quint32 offset = qFromLittleEndian<quint32>(entry + 12);
        if (qint64(offset) + length > data.size())
            return {};
        const QByteArray payload = data.mid(offset, length);
        const QImage image = isPng(payload) ? QImage::fromData(payload, "PNG") : readDib(payload, size);
        if (image.isNull() || image.width() != size || image.height() != size)
            return {};
        entries.append({ QByteArrayLiteral("ico"), size, image });
    }
    return entries;
}

QList<Entry> readIcns(const QByteArray &data)
{
    const auto *bytes = reinterpret_cast<const uchar *>(data.constData());
    if (data.size() < 8 || !data.startsWith("icns") || qFromBigEndian<quint32>(bytes + 4) != quint32(data.size()))
        return {};
    QList<Entry> entries;
    for (qsizetype pos = 8; pos < data.size();) {
        if (pos + 8 > data.size())
            return {};
        const QByteArray type = data.mid(pos, 4);
        const quint32 length = qFromBigEndian<quint32>(bytes + pos + 4);
        if (length < 8 || pos + qsizetype(length) > data.size())
            return {};
        pos += length;
        const auto known
            = std::find_if(kIcnsTypes.cbegin(), kIcnsTypes.cend(), [&type](const auto &entry) { return type == entry.first; });
        if (known == kIcnsTypes.cend())
            continue; // a table of contents or a legacy bitmap written by another tool
        const QByteArray payload = data.mid(pos - length + 8, length - 8);
        const QImage image = isPng(payload) ? QImage::fromData(payload, "PNG") : QImage();
        if (image.isNull() || image.width() != known->second || image.height() != known->second)
            return {};
        entries.append({ type, known->second, image });
    }
    return entries;
}

} // namespace cessio::iconfiles
