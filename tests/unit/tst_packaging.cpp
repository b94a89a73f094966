// Packaging metadata stays consistent with the build: one application id in the desktop file,
// AppStream metainfo and icon names; a <release> for the project version; committed .ico/.icns made
// from the current SVG and holding every size; the Windows manifest and macOS Info.plist template
// saying what the installers promise. desktop-file-validate and appstreamcli run when installed.
#include "iconfiles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QImageReader>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kAppId = QStringLiteral(CESSIO_APP_ID);

QString sourcePath(const QString &relative)
{
    return QStringLiteral(CESSIO_SOURCE_DIR) + u'/' + relative;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Text of every element named `name` without an xml:lang (the untranslated ones), in document order;
// with `attributeValues`, also that attribute of each.
QStringList elementTexts(const QByteArray &xml, const QString &name, const QString &attribute = {},
                         QStringList *attributeValues = nullptr)
{
    static const QString xmlNamespace = u"http://www.w3.org/XML/1998/namespace"_s;
    QStringList texts;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement() || reader.name() != name || reader.attributes().hasAttribute(xmlNamespace, u"lang"_s))
            continue;
        if (attributeValues)
            attributeValues->append(reader.attributes().value(attribute).toString());
        texts.append(reader.readElementText(QXmlStreamReader::IncludeChildElements).simplified());
    }
    return reader.hasError() ? QStringList { u"XML error: "_s + reader.errorString() } : texts;
}

// The keys of a desktop file's [Desktop Entry] group, exactly as written.
QHash<QString, QString> desktopEntry(const QString &path)
{
    QHash<QString, QString> keys;
    bool inEntry = false;
    for (const QString &line : QString::fromUtf8(readAll(path)).split(u'\n')) {
        if (line.startsWith(u'['))
            inEntry = line == u"[Desktop Entry]";
        else if (inEntry && line.contains(u'=') && !line.startsWith(u'#'))
            keys.insert(line.section(u'=', 0, 0), line.section(u'=', 1));
    }
    return keys;
}

QString desktopFilePath()
{
    return sourcePath(u"packaging/linux/%1.desktop"_s.arg(kAppId));
}

QString metainfoPath()
{
    return sourcePath(u"packaging/linux/%1.metainfo.xml"_s.arg(kAppId));
}

} // namespace

class TestPackaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void desktopFile_usesAppIdAndProgramName()
    {
        const QHash<QString, QString> entry = desktopEntry(desktopFilePath());
        QVERIFY2(!entry.isEmpty(), qPrintable(desktopFilePath()));
        QCOMPARE(entry.value(u"Type"_s), u"Application"_s);
        QCOMPARE(entry.value(u"Icon"_s), kAppId);
        QCOMPARE(entry.value(u"Exec"_s), u"cessio"_s);
        QCOMPARE(entry.value(u"Categories"_s), u"Office;Finance;"_s);
        for (const QString &key :
             { u"Name[pt_BR]"_s, u"GenericName[pt_BR]"_s, u"Comment[pt_BR]"_s, u"Keywords"_s, u"Keywords[pt_BR]"_s })
            QVERIFY2(!entry.value(key).isEmpty(), qPrintable(key));
    }

    void metainfo_idLaunchableAndBinaries_matchTheBuild()
    {
        const QByteArray xml = readAll(metainfoPath());
        QVERIFY2(!xml.isEmpty(), qPrintable(metainfoPath()));
        QCOMPARE(elementTexts(xml, u"id"_s), QStringList { kAppId });
        QCOMPARE(elementTexts(xml, u"launchable"_s), QStringList { kAppId + u".desktop"_s });
        QCOMPARE(elementTexts(xml, u"binary"_s), (QStringList { u"cessio"_s, u"cessio-cli"_s, u"cessio-sandbox"_s }));
        QCOMPARE(elementTexts(xml, u"metadata_license"_s), QStringList { u"CC0-1.0"_s });
    }

    void metainfo_newestRelease_isTheProjectVersion()
    {
        QStringList versions;
        elementTexts(readAll(metainfoPath()), u"release"_s, u"version"_s, &versions);
        QVERIFY(!versions.isEmpty());
        QVERIFY2(versions.constFirst() == QStringLiteral(CESSIO_VERSION),
                 qPrintable(u"add a <release> for %1 to the metainfo"_s.arg(QStringLiteral(CESSIO_VERSION))));
    }

    void metainfo_screenshotsHaveCaptionsInBothLanguages()
    {
        const QByteArray xml = readAll(metainfoPath());
        const QStringList captions = elementTexts(xml, u"caption"_s);
        QCOMPARE(captions.size(), 3);
        QCOMPARE(QString::fromUtf8(xml).count(u"<caption xml:lang=\"pt_BR\">"_s), captions.size());
    }

    void committedIcons_wereMadeFromTheCurrentSvg()
    {
        QByteArray svg = readAll(sourcePath(u"resources/icons/cessio.svg"_s));
        QVERIFY(!svg.isEmpty());
        svg.replace("\r", "");
        const QByteArray expected = QCryptographicHash::hash(svg, QCryptographicHash::Sha256).toHex();
        QVERIFY2(readAll(sourcePath(u"packaging/icons.sha256"_s)).trimmed() == expected,
                 "resources/icons/cessio.svg changed: run `cmake --build <dir> --target update_app_icons`");
    }

    void icoFile_holdsEverySize()
    {
        const auto entries = cessio::iconfiles::readIco(readAll(sourcePath(u"packaging/windows/cessio.ico"_s)));
        QList<int> sizes;
        for (const auto &entry : entries)
            sizes.append(entry.size);
        QCOMPARE(sizes, cessio::iconfiles::icoSizes());
        // The 32 px image is the icon, not an empty square: its centre is opaque.
        QCOMPARE(qAlpha(entries.at(3).image.pixel(16, 16)), 255);
    }

    void icoFile_isReadByQtsIcoPlugin()
    {
        QImageReader reader(sourcePath(u"packaging/windows/cessio.ico"_s), "ico");
        if (!reader.canRead())
            QSKIP("Qt's ico image plugin is not installed");
        QCOMPARE(reader.imageCount(), cessio::iconfiles::icoSizes().size());
        const QImage first = reader.read();
        QCOMPARE(first.size(), QSize(16, 16));
        const QImage ours = cessio::iconfiles::readIco(readAll(sourcePath(u"packaging/windows/cessio.ico"_s))).constFirst().image;
        QCOMPARE(first.convertToFormat(QImage::Format_ARGB32), ours.convertToFormat(QImage::Format_ARGB32));
    }

    void icnsFile_holdsEveryType()
    {
        const auto entries = cessio::iconfiles::readIcns(readAll(sourcePath(u"packaging/macos/cessio.icns"_s)));
        QByteArrayList types;
        for (const auto &entry : entries)
            types.append(entry.type);
        for (const char *type : { "icp4", "icp5", "ic07", "ic08", "ic09", "ic10", "ic11", "ic12", "ic13", "ic14" })
            QVERIFY2(types.contains(type), type);
    }

    void icoWriter_roundTripsThroughTheReader_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("16 px, DIB") << 16;
        QTest::newRow("48 px, DIB") << 48;
        QTest::newRow("256 px, PNG") << 256;
    }
    void icoWriter_roundTripsThroughTheReader()
    {
        QFETCH(int, size);
        QImage image(size, size, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        image.setPixel(1, 2, qRgba(10, 20, 30, 255));
        image.setPixel(size - 1, 0, qRgba(200, 100, 50, 128));
        const auto entries = cessio::iconfiles::readIco(cessio::iconfiles::ico({ image }));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.constFirst().image.pixel(1, 2), qRgba(10, 20, 30, 255));
        QCOMPARE(entries.constFirst().image.pixel(size - 1, 0), qRgba(200, 100, 50, 128));
    }

    void readers_rejectTruncatedFiles()
    {
        QImage image(32, 32, QImage::Format_ARGB32);
        image.fill(Qt::red);
        const QByteArray ico = cessio::iconfiles::ico({ image });
        const QByteArray icns = cessio::iconfiles::icns({ image });
        QCOMPARE(cessio::iconfiles::readIco(ico).size(), 1);
        QCOMPARE(cessio::iconfiles::readIcns(icns).size(), 2); // icp5 and ic11
        QVERIFY(cessio::iconfiles::readIco(ico.left(ico.size() - 10)).isEmpty());
        QVERIFY(cessio::iconfiles::readIcns(icns.left(icns.size() - 10)).isEmpty());
    }

    void windowsManifest_declaresDpiAwarenessAndUtf8()
    {
        const QByteArray xml = readAll(sourcePath(u"packaging/windows/cessio.manifest"_s));
        QVERIFY(!xml.isEmpty());
        QCOMPARE(elementTexts(xml, u"dpiAwareness"_s), QStringList { u"PerMonitorV2, PerMonitor"_s });
        QCOMPARE(elementTexts(xml, u"activeCodePage"_s), QStringList { u"UTF-8"_s });
        QStringList ids;
        elementTexts(xml, u"supportedOS"_s, u"Id"_s, &ids);
        QCOMPARE(ids, QStringList { u"{8e0f7a12-bfb3-4fe8-b9a5-48fd50a15a9a}"_s }); // Windows 10 and 11
    }

    void macInfoPlist_carriesIdVersionsAndLocalizations()
    {
        const QString plist = QString::fromUtf8(readAll(sourcePath(u"packaging/macos/Info.plist.in"_s)));
        QVERIFY(plist.contains(u"<key>CFBundleIdentifier</key>\n    <string>@CESSIO_APP_ID@</string>"_s));
        QVERIFY(plist.contains(u"<string>@PROJECT_VERSION@</string>"_s));
        QVERIFY(plist.contains(u"<string>pt-BR</string>"_s));
        QVERIFY(plist.contains(u"<key>NSHighResolutionCapable</key>"_s));
        QVERIFY(plist.contains(u"<string>cessio.icns</string>"_s));
    }

    void validators_acceptDesktopFileAndMetainfo_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("desktop-file-validate") << u"desktop-file-validate"_s << QStringList { desktopFilePath() };
        QTest::newRow("appstreamcli") << u"appstreamcli"_s << QStringList { u"validate"_s, u"--no-net"_s, metainfoPath() };
    }
    void validators_acceptDesktopFileAndMetainfo()
    {
        QFETCH(QString, tool);
        QFETCH(QStringList, arguments);
        const QString program = QStandardPaths::findExecutable(tool);
        if (program.isEmpty())
            QSKIP("validator not installed");
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, arguments);
        QVERIFY(process.waitForFinished(60000));
        const QByteArray output = process.readAll();
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, output.constData());
    }
};

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
