#include "formatting.h"

using namespace Qt::Literals::StringLiterals;

namespace cessio {

QString toolTipFromPlainText(const QString &text)
{
    if (text.isEmpty())
        return {};
    // <qt> makes Qt take it as rich text whatever it contains; the escaped text then shows as written.
    QString html = text.toHtmlEscaped();
    html.replace(u'\n', u"<br>"_s);
    return u"<qt>"_s + html + u"</qt>"_s;
}

} // namespace cessio
