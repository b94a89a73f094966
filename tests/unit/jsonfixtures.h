#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTest>

// Reads tests/data/qitech/<name> (payloads shaped like the QI reference and seed pages).
inline QJsonObject loadQiFixture(const QString &name)
{
    QFile file(QStringLiteral(CESSIO_SOURCE_DIR "/tests/data/qitech/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("fixture %s: %s", qPrintable(name), qPrintable(file.errorString()));
        return QJsonObject();
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        qWarning("fixture %s: %s", qPrintable(name), qPrintable(parseError.errorString()));
    return document.object();
}
