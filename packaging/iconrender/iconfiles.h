#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>

namespace cessio::iconfiles {

// Container formats for application icons, written from already rendered square images.
// Both keep PNG data inside, so any PNG decoder can check what they hold.

// Windows .ico: images below 256 px are stored as 32-bit DIBs with an AND mask (what the
// shell and rc.exe expect for small sizes), 256 px as PNG (Vista and later).
QByteArray ico(const QList<QImage> &images);

// macOS .icns: PNG entries keyed by Apple's four-character types (icp4, ic07 ... ic14).
// Each image is written under every type whose pixel size matches it.
QByteArray icns(const QList<QImage> &images);

// One entry read back from an .ico or .icns file: its pixel size and its decoded image.
struct Entry
{
    QByteArray type; // "ico" for .ico entries, the four-character type for .icns
    int size = 0;
    QImage image;
};

// Parse the formats written above (the tests and `--verify` use them). Empty on malformed input.
QList<Entry> readIco(const QByteArray &data);
QList<Entry> readIcns(const QByteArray &data);

// The pixel sizes each format holds.
QList<int> icoSizes();
QList<int> icnsSizes();

} // namespace cessio::iconfiles
