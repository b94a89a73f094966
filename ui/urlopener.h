#pragma once

#include <QUrl>

#include <functional>

class QWidget;

namespace cessio {

// Opens a link in the user's browser (QDesktopServices) — only when UrlPolicy allows it; any other
// link is shown as selectable plain text with a warning instead. In tests a handler replaces the
// browser, so a test can check which links were opened without a browser starting.
namespace UrlOpener {

enum class Result {
    Opened,
    Refused, // UrlPolicy refused it; the person was shown the link and why (a warning box on `parent`)
    NoBrowser, // allowed, but no browser took it
};

Result open(const QUrl &url, QWidget *parent);
// Replaces the browser while set (tests); an empty function restores it. Refused links never reach it.
void setHandler(std::function<bool(const QUrl &)> handler);

} // namespace UrlOpener

} // namespace cessio
