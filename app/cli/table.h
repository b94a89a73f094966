#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cessio::cli {

// A text table with aligned columns, for terminals: a header row, a rule, the rows, and optional
// footer lines. Columns are separated by two spaces; numbers (money, counts) align right.
class Table
{
public:
    enum class Align { Left, Right };

    explicit Table(const QStringList &headers, const QList<Align> &alignment = {});

    void addRow(const QStringList &cells);
    qsizetype rowCount() const { return m_rows.size(); }

    QString toString() const;

    // "Key    value" lines, keys padded to the longest: for a single record (show, doctor). Each value is
    // one line; a list continues on pairs with an empty key.
    static QString keyValues(const QList<std::pair<QString, QString>> &pairs);

    // How many columns `text` takes on a terminal (combining marks take none, CJK-wide characters two).
    static int displayWidth(const QString &text);

private:
    QStringList m_headers;
    QList<Align> m_alignment;
    QList<QStringList> m_rows;
};

} // namespace cessio::cli
