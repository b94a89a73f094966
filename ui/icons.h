#pragma once

#include <QIcon>
#include <QString>

namespace cessio {

// The app's line icons (resources/icons/actions/*.svg), drawn in the palette's text colour at paint
// time: sharp at any scale and readable in light and dark palettes alike. The SVGs use one stroke
// colour, #202020, which is replaced by the colour for the icon's mode (disabled, selected, normal).
namespace Icons {

// `name` without folder and extension: "refresh", "approve", ...
QIcon get(const QString &name);

} // namespace Icons

} // namespace cessio
