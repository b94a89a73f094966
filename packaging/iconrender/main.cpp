// cessio-iconrender: renders the application's SVG icon into every raster form the installers need
// (hicolor PNGs for Linux, .ico for Windows, .icns for macOS). A build tool: its messages are for
// maintainers and stay untranslated. The build machine has no rsvg/inkscape, so Qt Svg does it.
#include "iconfiles.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

// Build logs stay quiet: Qt's note that a headless build machine has no XDG_RUNTIME_DIR is noise here.
void quietMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR"))
        return;
    std::fprintf(stderr, "%s\n", qUtf8Printable(qFormatLogMessage(type, context, message)));
}

int fail(const QString &message)
{
    std::fprintf(stderr, "cessio-iconrender: %s\n", qUtf8Printable(message));
    return 1;
}

QImage render(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image.convertToFormat(QImage::Format_ARGB32);
}

QList<QImage> renderAll(QSvgRenderer &svg, const QList<int> &sizes)
{
    QList<QImage> images;
    for (int size : sizes)
        images.append(render(svg, size));
    return images;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

QList<int> parseSizes(const QString &text)
{
    QList<int> sizes;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int size = part.trimmed().toInt(&ok);
        if (!ok || size < 1 || size > 4096)
            return {};
        sizes.append(size);
    }
    return sizes;
}

// The stamp records which SVG the committed .ico/.icns were made from; line endings are ignored
// so a checkout with CRLF conversion still matches.
QByteArray svgStamp(QByteArray svg)
{
    svg.replace("\r", "");
    return QCryptographicHash::hash(svg, QCryptographicHash::Sha256).toHex() + '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // a headless tool: never needs a display
    qInstallMessageHandler(quietMessages);
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"cessio-iconrender"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Render an SVG icon to hicolor PNGs, a Windows .ico and a macOS .icns."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"svg"_s, u"The SVG icon."_s);
    const QCommandLineOption hicolor(u"hicolor"_s, u"Write DIR/<N>x<N>/apps/<name>.png for every size."_s, u"DIR"_s);
    const QCommandLineOption name(u"name"_s, u"Icon name for --hicolor (the application id)."_s, u"NAME"_s);
    const QCommandLineOption sizes(u"sizes"_s, u"Comma-separated sizes for --hicolor."_s, u"LIST"_s,
                                   u"16,22,24,32,48,64,128,256,512"_s);
    const QCommandLineOption ico(u"ico"_s, u"Write a multi-size Windows icon."_s, u"FILE"_s);
    const QCommandLineOption icns(u"icns"_s, u"Write a macOS icon (PNG entries 16 to 1024)."_s, u"FILE"_s);
    const QCommandLineOption stamp(u"stamp"_s, u"Write the SVG's SHA-256 (the .ico/.icns source record)."_s, u"FILE"_s);
    parser.addOptions({ hicolor, name, sizes, ico, icns, stamp });
    parser.process(app);

    if (parser.positionalArguments().size() != 1)
        return fail(u"expected exactly one SVG file; see --help"_s);
    const QString svgPath = parser.positionalArguments().constFirst();
    QFile svgFile(svgPath);
    if (!svgFile.open(QIODevice::ReadOnly))
        return fail(u"cannot read %1"_s.arg(svgPath));
    const QByteArray svgBytes = svgFile.readAll();
    QSvgRenderer svg(svgBytes);
    if (!svg.isValid())
        return fail(u"%1 is not a valid SVG"_s.arg(svgPath));

    if (parser.isSet(hicolor)) {
        const QList<int> list = parseSizes(parser.value(sizes));
        if (list.isEmpty() || parser.value(name).isEmpty())
            return fail(u"--hicolor needs --name and a valid --sizes list"_s);
        for (int size : list) {
            const QString path = u"%1/%2x%2/apps/%3.png"_s.arg(parser.value(hicolor)).arg(size).arg(parser.value(name));
            QDir().mkpath(QFileInfo(path).absolutePath());
            if (!render(svg, size).save(path, "PNG"))
                return fail(u"cannot write %1"_s.arg(path));
        }
    }
    if (parser.isSet(ico) && !write(parser.value(ico), cessio::iconfiles::ico(renderAll(svg, cessio::iconfiles::icoSizes()))))
        return fail(u"cannot write %1"_s.arg(parser.value(ico)));
    if (parser.isSet(icns) && !write(parser.value(icns), cessio::iconfiles::icns(renderAll(svg, cessio::iconfiles::icnsSizes()))))
        return fail(u"cannot write %1"_s.arg(parser.value(icns)));
    if (parser.isSet(stamp) && !write(parser.value(stamp), svgStamp(svgBytes)))
        return fail(u"cannot write %1"_s.arg(parser.value(stamp)));
    return 0;
}
