#pragma once

#include "positiontable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace cessio {

// The first worksheet of an XLSX workbook, read without any spreadsheet library (none is packaged in
// Debian, Qt has no module): the ZIP central directory, stored and deflated entries through zlib, and
// xl/workbook.xml, its relationships, xl/sharedStrings.xml and the sheet through QXmlStreamReader.
// Everything in the file is hostile: offsets and sizes are checked against the file, entries must
// inflate to exactly the size they declare and within the caps (no zip bombs), counts the file states
// never size memory, and every cap is a clear translated error.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(cessio::XlsxReader)

public:
    struct Limits
    {
        qsizetype maxFileBytes = 512LL * 1024 * 1024;
        int maxEntries = 10'000;
        qint64 maxEntryInflatedBytes = 1024LL * 1024 * 1024; // one part (the sheet of 500,000 rows is ~100 MB)
        qint64 maxTotalInflatedBytes = 2048LL * 1024 * 1024; // all parts read together
        qsizetype maxSharedStrings = 5'000'000;
        qint64 maxSharedStringChars = 256LL * 1024 * 1024;
        qsizetype maxRows = 2'000'000;
        int maxColumns = 16'384; // XFD, Excel's last column
    };

    XlsxReader();
    explicit XlsxReader(const Limits &limits);

    // Reads the directory, the workbook and the shared strings; false with a translated error.
    bool open(const QByteArray &fileBytes);
    // Streams the first worksheet's rows (empty rows skipped, cells placed by their column letters).
    bool readRows(const RowSink &sink);

    QString errorString() const { return m_error; }
    // Date serials count from 1899-12-30, or from 1904-01-01 in workbooks saved with the 1904 system.
    bool uses1904Dates() const { return m_date1904; }
    QString firstSheetPath() const { return m_sheetPath; }
    qsizetype sharedStringCount() const { return m_sharedStrings.size(); }

    // "A" → 0, "AB12" → 27; -1 when the reference has no letters or is beyond maxColumns.
    static int columnOfReference(QStringView reference, int maxColumns = 16'384);

    struct Entry
    {
        QString name;
        quint16 method = 0;
        quint16 flags = 0;
        quint32 crc = 0;
        quint64 compressedSize = 0;
        quint64 uncompressedSize = 0;
        quint64 localHeaderOffset = 0;
    };

private:
    bool fail(const QString &reason);
    bool readDirectory();
    bool readEntry(const QString &name, QByteArray *out); // small parts, whole
    bool readWorkbook();
    bool readSharedStrings();

    Limits m_limits;
    QByteArray m_file;
    QHash<QString, Entry> m_entries;
    qint64 m_inflatedSoFar = 0;
    QStringList m_sharedStrings;
    QString m_sheetPath;
    bool m_date1904 = false;
    QString m_error;
};

} // namespace cessio
