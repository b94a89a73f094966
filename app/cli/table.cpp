#include "cli/table.h"

#include "cli/terminaltext.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace cessio::cli {

namespace {

QString pad(const QString &text, int width, Table::Align align)
{
    const int fill = qMax(0, width - Table::displayWidth(text));
    return align == Table::Align::Right ? QString(fill, u' ') + text : text + QString(fill, u' ');
}

} // namespace

Table::Table(const QStringList &headers, const QList<Align> &alignment)
    : m_headers(headers)
    , m_alignment(alignment)
{
    while (m_alignment.size() < m_headers.size())
        m_alignment.append(Align::Left);
}

void Table::addRow(const QStringList &cells)
{
    // One cell, one line: a line break or control sequence in a server value cannot fake a row.
    QStringList row;
    for (const QString &cell : cells)
        row.append(terminalSafe(cell, true));
    while (row.size() < m_headers.size())
        row.append(QString());
    m_rows.append(row);
}

int Table::displayWidth(const QString &text)
{
    int width = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isLowSurrogate())
            continue;
        const char32_t code
            = c.isHighSurrogate() && i + 1 < text.size() ? QChar::surrogateToUcs4(c, text.at(i + 1)) : c.unicode();
        const QChar::Category category = QChar::category(code);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing || category == QChar::Other_Format)
            continue;
        // East Asian wide ranges (rough, but enough for names in a terminal).
        const bool wide = (code >= 0x1100 && code <= 0x115F) || (code >= 0x2E80 && code <= 0xA4CF)
            || (code >= 0xAC00 && code <= 0xD7A3) || (code >= 0xF900 && code <= 0xFAFF) || (code >= 0xFF00 && code <= 0xFF60)
            || (code >= 0x1F300 && code <= 0x1FAFF);
        width += wide ? 2 : 1;
    }
    return width;
}

QString Table::toString() const
{
    QList<int> widths;
    for (const QString &header : m_headers)
        widths.append(displayWidth(header));
    for (const QStringList &row : m_rows) {
        for (qsizetype c = 0; c < widths.size(); ++c)
            widths[c] = qMax(widths.at(c), displayWidth(row.at(c)));
    }
    const auto line = [&](const QStringList &cells) -> QString {
        QString text;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            if (c > 0)
                text += u"  "_s;
            // The last left-aligned column is not padded: no trailing blanks.
            const bool last = c + 1 == widths.size();
            text += last && m_alignment.at(c) == Align::Left ? cells.at(c) : pad(cells.at(c), widths.at(c), m_alignment.at(c));
        }
        return text + u'\n';
    };
    QString out = line(m_headers);
    QStringList rules;
    for (const int width : std::as_const(widths))
        rules.append(QString(width, u'-'));
    out += line(rules);
    for (const QStringList &row : m_rows)
        out += line(row);
    return out;
}

QString Table::keyValues(const QList<std::pair<QString, QString>> &pairs)
{
    int width = 0;
    for (const auto &[key, value] : pairs)
        width = qMax(width, displayWidth(key));
    QString out;
    for (const auto &[key, value] : pairs) {
        // One line per value: a line break in a server value cannot fake the next fact.
        out += pad(key, width, Align::Left) + u"  "_s + terminalSafe(value, true) + u'\n';
    }
    return out;
}

} // namespace cessio::cli
