#include "icons.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

constexpr char placeholderColour[] = "#202020";

class TintedSvgEngine : public QIconEngine
{
public:
    explicit TintedSvgEngine(QByteArray svg)
        : m_svg(std::move(svg))
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QSvgRenderer renderer(tinted(mode));
        renderer.render(painter, rect);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pixmap(size * scale);
        pixmap.fill(Qt::transparent);
        pixmap.setDevicePixelRatio(scale);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new TintedSvgEngine(m_svg); }

private:
    // The colour follows the application palette as it is when painted, so a palette change
    // (dark mode switched on) shows at the next repaint.
    QByteArray tinted(QIcon::Mode mode) const
    {
        const QPalette palette = QApplication::palette();
        QColor colour;
        switch (mode) {
        case QIcon::Disabled:
            colour = palette.color(QPalette::Disabled, QPalette::WindowText);
            break;
        case QIcon::Selected:
            colour = palette.color(QPalette::Active, QPalette::HighlightedText);
            break;
        case QIcon::Normal:
        case QIcon::Active:
            colour = palette.color(QPalette::Active, QPalette::WindowText);
            break;
        }
        QByteArray svg = m_svg;
        svg.replace(placeholderColour, colour.name(QColor::HexRgb).toLatin1());
        return svg;
    }

    QByteArray m_svg;
};

} // namespace

QIcon Icons::get(const QString &name)
{
    static QHash<QString, QByteArray> cache;
    auto it = cache.constFind(name);
    if (it == cache.constEnd()) {
        QFile file(u":/icons/actions/"_s + name + u".svg"_s);
        it = cache.insert(name, file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
    }
    if (it->isEmpty())
        return {};
    return QIcon(new TintedSvgEngine(*it));
}

} // namespace cessio
