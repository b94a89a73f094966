// cessio-cli's pieces without a server: hand-written JSON (money with two places), aligned tables,
// the asset CSV styles, the command line parser and the exit code of each error category.
#include "cli/cliargs.h"
#include "cli/exitcodes.h"
#include "cli/jsonout.h"
#include "cli/table.h"
#include "cli/terminaltext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;
using namespace cessio::cli;

namespace {
QString c(char16_t code) // one character by its code (control characters cannot be written as \u in a literal)
{
    return QString(QChar(code));
}
} // namespace

class TestCliOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void json_moneyHasTwoPlaces_data()
    {
        QTest::addColumn<qint64>("centavos");
        QTest::addColumn<QString>("text");
        QTest::newRow("round") << qint64(15000000) << u"150000.00"_s;
        QTest::newRow("cents") << qint64(12345678) << u"123456.78"_s;
        QTest::newRow("small") << qint64(5) << u"0.05"_s;
        QTest::newRow("negative") << qint64(-1050) << u"-10.50"_s;
        QTest::newRow("beyond double") << qint64(900719925474099312) << u"9007199254740993.12"_s;
    }
    void json_moneyHasTwoPlaces()
    {
        QFETCH(qint64, centavos);
        QFETCH(QString, text);
        const QByteArray out = JsonOut::object().insert(u"v"_s, Money::fromCentavos(centavos)).toJson();
        QCOMPARE(out, QByteArray("{\n  \"v\": ") + text.toLatin1() + "\n}\n");
    }

    void json_isValidAndKeepsKeyOrder()
    {
        JsonOut list = JsonOut::array();
        list.append(1).append(u"two"_s).append(JsonOut()).append(true).append(0.0215);
        const JsonOut value = JsonOut::object()
                                  .insert(u"z"_s, u"quote \" backslash \\ newline \n tab \t bell \x07 ação"_s)
                                  .insert(u"a"_s, list)
                                  .insert(u"empty"_s, JsonOut::object())
                                  .insert(u"none"_s, JsonOut::optional(std::optional<int>()))
                                  .insert(u"date"_s, JsonOut::date(QDate(2024, 4, 1)));
        const QByteArray out = value.toJson();
        QJsonParseError error {};
        const QJsonObject parsed = QJsonDocument::fromJson(out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, out.constData());
        QCOMPARE(parsed[u"z"_s].toString(), u"quote \" backslash \\ newline \n tab \t bell \x07 ação"_s);
        QCOMPARE(parsed[u"a"_s][4].toDouble(), 0.0215);
        QVERIFY(parsed[u"none"_s].isNull());
        QCOMPARE(parsed[u"date"_s].toString(), u"2024-04-01"_s);
        QVERIFY(out.indexOf("\"z\"") < out.indexOf("\"a\""));
        QVERIFY(out.contains("\\u0007"));
        QVERIFY(out.contains("\"empty\": {}"));
    }

    void table_alignsColumnsByDisplayWidth()
    {
        Table table({ u"Name"_s, u"Value"_s }, { Table::Align::Left, Table::Align::Right });
        table.addRow({ u"Ação"_s, u"R$ 1,00"_s });
        table.addRow({ u"Longer name"_s, u"R$ 1.000,00"_s });
        const QStringList lines = table.toString().split(u'\n');
        QCOMPARE(lines.at(0), u"Name"_s + QString(15, u' ') + u"Value"_s);
        QCOMPARE(lines.at(1), QString(11, u'-') + u"  "_s + QString(11, u'-'));
        QCOMPARE(lines.at(2), u"Ação"_s + QString(13, u' ') + u"R$ 1,00"_s);
        QCOMPARE(lines.at(3), u"Longer name  R$ 1.000,00"_s);
        QCOMPARE(Table::displayWidth(u"e\u0301"_s), 1); // a combining accent takes no column
    }

    // Server text reaches the terminal without anything the terminal would act on.
    void terminalSafe_stripsControlsAndEscapeSequences_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("shown");
        const QString esc(QChar(0x1B));
        QTest::newRow("plain") << u"Fundo Alfa FIDC · 12.345"_s << u"Fundo Alfa FIDC · 12.345"_s;
        QTest::newRow("CSI colour") << QString(esc + u"[31mRED"_s + esc + u"[0m name"_s) << u"RED name"_s;
        QTest::newRow("CSI erase line and cursor up") << QString(u"ok"_s + esc + u"[2K"_s + esc + u"[1A!"_s) << u"ok!"_s;
        QTest::newRow("OSC title, BEL") << QString(esc + u"]0;pwned"_s + c(0x07) + u"Name"_s) << u"Name"_s;
        QTest::newRow("OSC 8 hyperlink, ST")
            << QString(esc + u"]8;;https://evil.example"_s + esc + u"\\click"_s + esc + u"]8;;"_s + esc + u"\\"_s) << u"click"_s;
        QTest::newRow("C1 CSI 0x9B") << QString(u"a"_s + c(0x9B) + u"31mb"_s) << u"ab"_s;
        QTest::newRow("C1 OSC 0x9D to ST 0x9C") << QString(u"a"_s + c(0x9D) + u"0;title"_s + c(0x9C) + u"b"_s) << u"ab"_s;
        QTest::newRow("DCS") << QString(u"a"_s + esc + u"Pq#0;2;0;0;0"_s + esc + u"\\b"_s) << u"ab"_s;
        QTest::newRow("two-character sequence ESC c (reset)") << QString(u"a"_s + esc + u"cb"_s) << u"ab"_s;
        QTest::newRow("charset ESC ( 0") << QString(u"a"_s + esc + u"(0b"_s) << u"ab"_s;
        QTest::newRow("lone ESC at the end") << QString(u"ab"_s + esc) << u"ab"_s;
        QTest::newRow("unterminated OSC eats the rest") << QString(u"ab"_s + esc + u"]0;forever"_s) << u"ab"_s;
        QTest::newRow("BEL") << QString(u"a"_s + c(0x07) + u"b"_s) << u"ab"_s;
        QTest::newRow("backspace") << u"Approve\b\b\b\b\b\b\bDeny"_s << u"ApproveDeny"_s;
        QTest::newRow("carriage return") << u"R$ 1.000.000,00\rR$ 1,00"_s << u"R$ 1.000.000,00R$ 1,00"_s;
        QTest::newRow("CRLF keeps the line feed") << u"a\r\nb"_s << u"a\nb"_s;
        QTest::newRow("NUL, DEL, C1 NEL") << QString(u"a"_s + c(0x00) + u"b"_s + c(0x7F) + u"c"_s + c(0x85) + u"d"_s)
                                          << u"abcd"_s;
        QTest::newRow("bidi override RLO") << u"invoice\u202Efdp.exe"_s << u"invoicefdp.exe"_s;
        QTest::newRow("bidi embeddings and isolates")
            << u"\u202Aa\u202Bb\u202Cc\u202Dd\u2066e\u2067f\u2068g\u2069"_s << u"abcdefg"_s;
        QTest::newRow("tab and newline stay") << u"a\tb\nc"_s << u"a\tb\nc"_s;
        QTest::newRow("accents and CJK stay") << u"Ação 株式会社"_s << u"Ação 株式会社"_s;
    }
    void terminalSafe_stripsControlsAndEscapeSequences()
    {
        QFETCH(QString, input);
        QFETCH(QString, shown);
        QCOMPARE(terminalSafe(input), shown);
        QCOMPARE(terminalSafe(input, true), QString(shown).replace(u'\n', u' ').replace(u'\t', u' '));
    }

    void table_cellsAreOneSafeLine()
    {
        const QString esc(QChar(0x1B));
        Table table({ u"Assignor"_s, u"Total"_s }, { Table::Align::Left, Table::Align::Right });
        table.addRow({ u"Evil\nTotal value  R$ 1,00"_s + esc + u"[2K"_s, u"R$ 9.999.999,00"_s });
        const QString text = table.toString();
        QCOMPARE(text.count(u'\n'), 3); // header, rule, one row: the cell's line break did not make a row
        QVERIFY(!text.contains(esc));
        QVERIFY(text.contains(u"Evil Total value  R$ 1,00"_s));

        const QString facts = Table::keyValues({ { u"Assignor"_s, u"Evil\r\nTotal value  R$ 1,00"_s + esc + u"]0;x"_s + c(0x07) },
                                                 { u"Total value"_s, u"R$ 9.999.999,00"_s } });
        QCOMPARE(facts.count(u'\n'), 2);
        QVERIFY(facts.startsWith(u"Assignor     Evil Total value  R$ 1,00\n"_s));
    }

    void json_escapesC1AndBidiControls()
    {
        // JSON keeps the data, escaped, so a terminal never sees the raw character.
        const QString name = u"a"_s + c(0x9B) + u"31m\u202Eb"_s + c(0x7F);
        const QByteArray out = JsonOut::object().insert(u"name"_s, name).toJson();
        QVERIFY2(out.contains("\\u009b") && out.contains("\\u202e") && out.contains("\\u007f"), out.constData());
        QVERIFY(!QString::fromUtf8(out).contains(QChar(0x9B)));
        QVERIFY(!QString::fromUtf8(out).contains(QChar(0x202E)));
        QCOMPARE(QJsonDocument::fromJson(out).object().value(u"name"_s).toString(), name);
    }

    void parse_optionsAndCommands()
    {
        ParseResult result = parseCommandLine({ u"cessio-cli"_s, u"--fund"_s, u"A, B"_s, u"--fund"_s, u"C"_s, u"--fund"_s, u"A"_s,
                                                u"remove-assets"_s, u"E"_s, u"X1"_s, u"X2"_s, u"--config"_s, u"K"_s });
        QCOMPARE(result.action, ParseResult::Action::Run);
        QCOMPARE(result.options.funds, (QStringList { u"A"_s, u"B"_s, u"C"_s }));
        QCOMPARE(result.options.command, u"remove-assets"_s);
        QCOMPARE(result.options.arguments, (QStringList { u"E"_s, u"X1"_s, u"X2"_s }));
        QCOMPARE(result.options.config, u"K"_s);

        result = parseCommandLine({ u"cessio-cli"_s, u"inbox"_s, u"--status"_s, u"reproved"_s });
        QCOMPARE(result.options.status, u"denied"_s); // the canonical spelling
        result = parseCommandLine({ u"cessio-cli"_s, u"inbox"_s });
        QCOMPARE(result.options.status, u"pending_manager_approval"_s);

        result = parseCommandLine({ u"cessio-cli"_s, u"--profile"_s, u"p"_s, u"--base-url"_s, u"https://x"_s, u"configs"_s });
        QCOMPARE(result.exitCode, 2);
        result = parseCommandLine({ u"cessio-cli"_s, u"profile"_s, u"add"_s });
        QCOMPARE(result.exitCode, 2);
        result = parseCommandLine({ u"cessio-cli"_s, u"deny"_s, u"E"_s, u"--account"_s, u"K"_s });
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.output.contains(u"--account"_s));
    }

    void parse_assignorCommand_exitCode_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        const QString c = u"--config"_s;
        QTest::newRow("create") << QStringList { u"create-batch"_s, u"E"_s, c, u"K"_s } << 0;
        QTest::newRow("create with date") << QStringList { u"create-batch"_s, u"E"_s, c, u"K"_s, u"--date"_s, u"2026-11-23"_s }
                                          << 0;
        QTest::newRow("insert") << QStringList { u"insert-asset"_s, u"E"_s, u"a.json"_s, c, u"K"_s } << 0;
        QTest::newRow("upload") << QStringList { u"upload-document"_s, u"E"_s, u"A1"_s, u"ccb"_s, u"a.pdf"_s, c, u"K"_s } << 0;
        QTest::newRow("close") << QStringList { u"close"_s, u"E"_s, c, u"K"_s } << 0;
        QTest::newRow("no config") << QStringList { u"close"_s, u"E"_s } << 2;
        QTest::newRow("bad date") << QStringList { u"create-batch"_s, u"E"_s, c, u"K"_s, u"--date"_s, u"23/11/2026"_s } << 2;
        QTest::newRow("date on close") << QStringList { u"close"_s, u"E"_s, c, u"K"_s, u"--date"_s, u"2026-11-23"_s } << 2;
        QTest::newRow("insert without file") << QStringList { u"insert-asset"_s, u"E"_s, c, u"K"_s } << 2;
        QTest::newRow("upload missing type") << QStringList { u"upload-document"_s, u"E"_s, u"A1"_s, u"a.pdf"_s, c, u"K"_s } << 2;
        QTest::newRow("unknown sub-command") << QStringList { u"approve"_s, u"E"_s, c, u"K"_s } << 2;
        QTest::newRow("manager option") << QStringList { u"close"_s, u"E"_s, c, u"K"_s, u"--yes"_s } << 2;
    }
    void parse_assignorCommand_exitCode()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const ParseResult result = parseCommandLine(QStringList { u"cessio-cli"_s, u"assignor"_s } + arguments);
        QCOMPARE(result.exitCode, exitCode);
        QCOMPARE(result.action, exitCode == 0 ? ParseResult::Action::Run : ParseResult::Action::Exit);
        if (exitCode == 0) {
            QCOMPARE(result.options.command, u"assignor"_s);
            QCOMPARE(result.options.config, u"K"_s);
        }
    }

    void exitCodes_perCategory_data()
    {
        QTest::addColumn<int>("category");
        QTest::addColumn<int>("code");
        using C = ApiError::Category;
        QTest::newRow("network") << int(C::Network) << 3;
        QTest::newRow("timeout") << int(C::Timeout) << 3;
        QTest::newRow("tls") << int(C::Tls) << 3;
        QTest::newRow("auth") << int(C::Auth) << 4;
        QTest::newRow("permission") << int(C::Permission) << 4;
        QTest::newRow("not found") << int(C::NotFound) << 1;
        QTest::newRow("conflict") << int(C::Conflict) << 1;
        QTest::newRow("server") << int(C::Server) << 1;
        QTest::newRow("none") << int(C::None) << 0;
    }
    void exitCodes_perCategory()
    {
        QFETCH(int, category);
        QFETCH(int, code);
        QCOMPARE(int(exitCodeFor(ApiError::make(ApiError::Category(category), {}))), code);
        QCOMPARE(int(exitCodeFor(ApiError::fromHttp(403, R"({"code":"GDF000029"})"))), 4);
    }
};

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_clioutput.moc"
