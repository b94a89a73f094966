#include "urlopener.h"

#include <QDesktopServices>

namespace cessio {

namespace {
std::function<bool(const QUrl &)> &handler()
{
    static std::function<bool(const QUrl &)> instance;
    return instance;
}
} // namespace

bool UrlOpener::open(const QUrl &url)
{
    if (handler())
        return handler()(url);
    return QDesktopServices::openUrl(url);
}

void UrlOpener::setHandler(std::function<bool(const QUrl &)> replacement)
{
    handler() = std::move(replacement);
}

} // namespace cessio
