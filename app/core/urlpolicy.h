#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace cessio {

// Which links Cessio hands to a browser: the one rule for every place that opens a URL (the
// desktop's term buttons, `cessio-cli term --open`). A link comes from the server, so it is hostile
// until checked: only https to a named host, or http to this computer (the demo and the simulator
// serve terms on a loopback port). Everything else — file:, smb:, ms-msdt:, search-ms:,
// javascript:, data:, relative links, a user name or password before the host — is not opened;
// the caller shows the link as plain text with refusal() instead.
class UrlPolicy
{
    Q_DECLARE_TR_FUNCTIONS(cessio::UrlPolicy)

public:
    enum class Verdict {
        Open,
        NotHttps, // another scheme, or plain http to another computer
        UserInfo, // "https://bank.example@evil.example/": the part before @ is not the host
        Incomplete, // relative, or without a host
    };

    static Verdict check(const QUrl &url);
    static bool mayOpen(const QUrl &url) { return check(url) == Verdict::Open; }

    // The warning for a link that was not opened ("This link is not https; Cessio did not open it.").
    static QString refusal(Verdict verdict);
    static QString refusalTitle(); // "Link not opened"
    // The link as the person should see it to copy it: fully encoded, so spaces, line breaks and
    // invisible direction marks in it are shown as %XX rather than acted on.
    static QString displayText(const QUrl &url);

    // localhost, 127.0.0.0/8 or ::1 (QUrl has already normalised "127.1" and "[0::1]").
    static bool isLoopbackHost(const QString &host);
};

} // namespace cessio
