#pragma once

#include <QUrl>

#include <functional>

namespace cessio {

// Opens a link in the user's browser (QDesktopServices) — or, in tests, hands it to a handler, so a
// test can check which links were opened without a browser starting.
namespace UrlOpener {

bool open(const QUrl &url);
// Replaces the browser while set (tests); an empty function restores it.
void setHandler(std::function<bool(const QUrl &)> handler);

} // namespace UrlOpener

} // namespace cessio
