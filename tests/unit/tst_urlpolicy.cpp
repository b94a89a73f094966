// The one rule for opening links (UrlPolicy): https to a named host, http only to this computer, and
// nothing that disguises where it leads. Every refused kind from the issue is here.
#include "core/localization.h"
#include "core/urlpolicy.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using cessio::UrlPolicy;

class TestUrlPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<UrlPolicy::Verdict>("verdict");
        const auto open = UrlPolicy::Verdict::Open;
        const auto notHttps = UrlPolicy::Verdict::NotHttps;
        const auto userInfo = UrlPolicy::Verdict::UserInfo;
        const auto incomplete = UrlPolicy::Verdict::Incomplete;
        QTest::newRow("https") << u"https://files.example/term.pdf?sig=abc"_s << open;
        QTest::newRow("HTTPS upper case") << u"HTTPS://Files.Example/term.pdf"_s << open;
        QTest::newRow("http localhost") << u"http://localhost:8080/_sandbox/term/1"_s << open;
        QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:41234/term"_s << open;
        QTest::newRow("http 127.1.2.3") << u"http://127.1.2.3/term"_s << open;
        QTest::newRow("http 127.1 (short form)") << u"http://127.1/term"_s << open;
        QTest::newRow("http [::1]") << u"http://[::1]:8080/term"_s << open;
        QTest::newRow("http other host") << u"http://files.example/term.pdf"_s << notHttps;
        QTest::newRow("http 127.0.0.1 as a name") << u"http://127.0.0.1.evil.example/term"_s << notHttps;
        QTest::newRow("http 10.0.0.1") << u"http://10.0.0.1/term"_s << notHttps;
        QTest::newRow("file") << u"file:///etc/passwd"_s << notHttps;
        QTest::newRow("file with host") << u"file://server/share/term.pdf"_s << notHttps;
        QTest::newRow("smb") << u"smb://evil.example/share/term.pdf"_s << notHttps;
        QTest::newRow("ms-msdt") << u"ms-msdt:/id PCWDiagnostic /skip force"_s << notHttps;
        QTest::newRow("search-ms") << u"search-ms:query=term&crumb=location:\\\\evil.example\\share"_s << notHttps;
        QTest::newRow("javascript") << u"javascript:alert(document.cookie)"_s << notHttps;
        QTest::newRow("data") << u"data:text/html,<script>alert(1)</script>"_s << notHttps;
        QTest::newRow("ftp") << u"ftp://files.example/term.pdf"_s << notHttps;
        QTest::newRow("relative path") << u"term.pdf"_s << incomplete;
        QTest::newRow("relative //host") << u"//evil.example/term.pdf"_s << incomplete;
        QTest::newRow("https without host") << u"https:///term.pdf"_s << incomplete;
        QTest::newRow("https: opaque") << u"https:evil.example"_s << incomplete;
        QTest::newRow("empty") << QString() << incomplete;
        QTest::newRow("https with user") << u"https://bank.example@evil.example/term.pdf"_s << userInfo;
        QTest::newRow("https with user and password") << u"https://user:secret@files.example/term.pdf"_s << userInfo;
        QTest::newRow("https with empty user") << u"https://@files.example/term.pdf"_s << userInfo;
        QTest::newRow("http localhost with user") << u"http://user@localhost/term"_s << userInfo;
    }

    void check()
    {
        QFETCH(QString, url);
        QFETCH(UrlPolicy::Verdict, verdict);
        QCOMPARE(UrlPolicy::check(QUrl(url)), verdict);
        QCOMPARE(UrlPolicy::mayOpen(QUrl(url)), verdict == UrlPolicy::Verdict::Open);
    }

    void refusal_saysWhyInTheUsersLanguage()
    {
        QVERIFY(UrlPolicy::refusal(UrlPolicy::Verdict::Open).isEmpty());
        QVERIFY(cessio::Localization::apply(*QCoreApplication::instance(), u"en"_s));
        QCOMPARE(UrlPolicy::refusal(UrlPolicy::Verdict::NotHttps), u"This link is not https; Cessio did not open it."_s);
        QVERIFY(cessio::Localization::apply(*QCoreApplication::instance(), u"pt_BR"_s));
        QCOMPARE(UrlPolicy::refusal(UrlPolicy::Verdict::NotHttps), u"Este link não é https; o Cessio não o abriu."_s);
        QVERIFY(!UrlPolicy::refusal(UrlPolicy::Verdict::UserInfo).isEmpty());
        QVERIFY(!UrlPolicy::refusal(UrlPolicy::Verdict::Incomplete).isEmpty());
        QVERIFY(cessio::Localization::apply(*QCoreApplication::instance(), u"en"_s));
    }

    void displayText_showsLineBreaksAndBidiMarksEncoded()
    {
        // Shown to be copied: nothing in it may reorder or break the text around it.
        const QUrl url(u"https://files.example/a b\u202Efdp.exe"_s);
        const QString shown = UrlPolicy::displayText(url);
        QVERIFY(!shown.contains(QChar(0x202E)));
        QVERIFY(!shown.contains(u' '));
        QVERIFY(shown.startsWith(u"https://files.example/"_s));
    }
};

QTEST_GUILESS_MAIN(TestUrlPolicy)
#include "tst_urlpolicy.moc"
