#pragma once

#include <QString>

#include <optional>

namespace cessio {

class MainWindow;

// --grab FILE [--open-batch EXT] [--tab assets|analysis|timeline]: the app takes its own picture once
// the inbox (or the batch's review, with every asset and the charts) is loaded and painted, then
// quits. The README's screenshots are made this way.
class Screenshot
{
public:
    QString file;
    QString batchExternalId;
    int tab = 0; // BatchReviewView::Tab
    int afterMs = 0; // > 0: take the picture this long after the start instead (the live demo after a while)

    // nullopt when `tab` is not a known tab name.
    static std::optional<Screenshot> fromOptions(const QString &file, const QString &batch, const QString &tab);
    // Does nothing without a file.
    void attach(MainWindow *window) const;
};

} // namespace cessio
