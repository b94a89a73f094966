#include "core/urlpolicy.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

bool UrlPolicy::isLoopbackHost(const QString &host)
{
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0 || host == "::1"_L1)
        return true;
    // A dotted quad only: "127.0.0.1.evil.example" is a name, not an address.
    static const QRegularExpression ipv4(u"^(?:::ffff:)?127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"_s);
    return ipv4.match(host).hasMatch();
}

UrlPolicy::Verdict UrlPolicy::check(const QUrl &url)
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return url.scheme() == "https"_L1 || url.scheme() == "http"_L1 || url.isRelative() ? Verdict::Incomplete
                                                                                           : Verdict::NotHttps;
    if (url.scheme() != "https"_L1 && !(url.scheme() == "http"_L1 && isLoopbackHost(url.host())))
        return Verdict::NotHttps;
    if (!url.userInfo().isEmpty() || url.authority(QUrl::FullyEncoded).contains(u'@'))
        return Verdict::UserInfo;
    return Verdict::Open;
}

QString UrlPolicy::refusal(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Open:
        return {};
    case Verdict::NotHttps:
        return tr("This link is not https; Cessio did not open it.");
    case Verdict::UserInfo:
        return tr("This link puts a name before the server's address (user@server), a way to disguise where it leads; "
                  "Cessio did not open it.");
    case Verdict::Incomplete:
        return tr("This link is not a complete https address; Cessio did not open it.");
    }
    return {};
}

QString UrlPolicy::refusalTitle()
{
    return tr("Link not opened");
}

QString UrlPolicy::displayText(const QUrl &url)
{
    return url.isEmpty() ? QString() : url.toString(QUrl::FullyEncoded);
}

} // namespace cessio
