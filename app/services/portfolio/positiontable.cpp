#include "positiontable.h"

namespace cessio {

bool CsvTable::isValidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        if ((c & 0xE0) == 0xC0 && c >= 0xC2)
            extra = 1;
        else if ((c & 0xF0) == 0xE0)
            extra = 2;
        else if ((c & 0xF8) == 0xF0 && c <= 0xF4)
            extra = 3;
        else
            return false;
        if (i + extra >= n)
            return false;
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
        }
        i += extra + 1;
    }
    return true;
}

bool CsvTable::read(const QByteArray &bytes, const RowSink &sink, QString *error, const Limits &limits)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    qsizetype pos = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const bool utf8 = isValidUtf8(bytes);
    const auto decode = [utf8](const char *data, qsizetype size) {
        return utf8 ? QString::fromUtf8(data, size) : QString::fromLatin1(data, size);
    };

    // The separator: the most frequent of ; , tab on the first line, outside quotes (';' on a tie).
    char separator = ';';
    {
        int semicolons = 0, commas = 0, tabs = 0;
        bool quoted = false;
        for (qsizetype i = pos; i < bytes.size() && (quoted || (bytes[i] != '\n' && bytes[i] != '\r')); ++i) {
            const char c = bytes[i];
            if (c == '"')
                quoted = !quoted;
            else if (!quoted && c == ';')
                ++semicolons;
            else if (!quoted && c == ',')
                ++commas;
            else if (!quoted && c == '\t')
                ++tabs;
        }
        if (commas > semicolons && commas >= tabs)
            separator = ',';
        else if (tabs > semicolons && tabs > commas)
            separator = '\t';
    }

    QList<TableCell> row;
    QByteArray field;
    qsizetype rowNumber = 1;
    const qsizetype n = bytes.size();
    while (pos < n) {
        row.clear();
        bool endOfRow = false;
        const qsizetype rowStartLine = rowNumber;
        while (!endOfRow) {
            field.clear();
            if (pos < n && bytes[pos] == '"') {
                ++pos;
                for (;;) {
                    if (pos >= n)
                        return fail(tr("Row %1: a quote is opened and never closed.").arg(rowStartLine));
                    const char c = bytes[pos];
                    if (c == '"') {
                        if (pos + 1 < n && bytes[pos + 1] == '"') {
                            field.append('"');
                            pos += 2;
                            continue;
                        }
                        ++pos;
                        break;
                    }
                    if (c == '\n')
                        ++rowNumber;
                    field.append(c);
                    ++pos;
                    if (field.size() > limits.maxFieldBytes)
                        return fail(tr("Row %1: a field is longer than %2 bytes.").arg(rowStartLine).arg(limits.maxFieldBytes));
                }
                // Anything between the closing quote and the separator is kept, as spreadsheets do.
            }
            const qsizetype start = pos;
            while (pos < n && bytes[pos] != separator && bytes[pos] != '\n' && bytes[pos] != '\r')
                ++pos;
            if (pos - start + field.size() > limits.maxFieldBytes)
                return fail(tr("Row %1: a field is longer than %2 bytes.").arg(rowStartLine).arg(limits.maxFieldBytes));
            field.append(bytes.constData() + start, pos - start);
            row.append({ decode(field.constData(), field.size()), false });
            if (row.size() > limits.maxColumns)
                return fail(tr("Row %1 has more than %2 columns.").arg(rowStartLine).arg(limits.maxColumns));
            if (pos < n && bytes[pos] == separator) {
                ++pos;
                continue;
            }
            endOfRow = true;
            if (pos < n && bytes[pos] == '\r')
                ++pos;
            if (pos < n && bytes[pos] == '\n')
                ++pos;
        }
        if (rowStartLine > limits.maxRows)
            return fail(tr("The file has more than %1 rows.").arg(limits.maxRows));
        if (!sink(rowStartLine, row))
            return true;
        ++rowNumber;
    }
    return true;
}

} // namespace cessio
