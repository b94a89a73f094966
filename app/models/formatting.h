#pragma once

#include "core/localization.h" // shortDate(), shortDateTime()

#include <QString>

namespace cessio {

// A tooltip that shows `text` literally. Qt guesses whether a tooltip is rich text (a tag on its first
// line is enough) and then renders it, links and all; escaping alone is not enough either, as an
// escaped name without a tag would show "&amp;". So server text goes into tooltips as explicit rich
// text with every character escaped and its line breaks kept. Empty for empty text.
QString toolTipFromPlainText(const QString &text);

} // namespace cessio
