#include "urlopener.h"

#include "core/urlpolicy.h"
#include "messagebox.h"

#include <QDesktopServices>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {
std::function<bool(const QUrl &)> &handler()
{
    static std::function<bool(const QUrl &)> instance;
    return instance;
}
} // namespace

UrlOpener::Result UrlOpener::open(const QUrl &url, QWidget *parent)
{
    const UrlPolicy::Verdict verdict = UrlPolicy::check(url);
    if (verdict != UrlPolicy::Verdict::Open) {
        MessageBox::Message message;
        message.kind = MessageBox::Kind::Warning;
        message.objectName = u"linkRefused"_s;
        message.title = UrlPolicy::refusalTitle();
        message.text = UrlPolicy::refusal(verdict);
        // The link itself, as text to copy (the box's labels are plain text and selectable).
        message.informativeText = UrlPolicy::displayText(url);
        MessageBox::open(parent, message);
        return Result::Refused;
    }
    const bool opened = handler() ? handler()(url) : QDesktopServices::openUrl(url);
    return opened ? Result::Opened : Result::NoBrowser;
}

void UrlOpener::setHandler(std::function<bool(const QUrl &)> replacement)
{
    handler() = std::move(replacement);
}

} // namespace cessio
