#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace cessio::sandbox {

struct Batch;
class World;

// The assignment term (termo de cessão) the sandbox serves in place of QI Tech's pre-signed PDF
// links: an HTML page listing fund, assignor, batch, every asset and the totals, and a "signed"
// variant once the signature step happened. Served without authentication, like a pre-signed URL.
// The page is simulated third-party content, written in Portuguese as QI Tech's term would be.
namespace TermDocument {

QUrl url(const QUrl &baseUrl, const QString &termKey, bool signedVariant);
// The term key and variant of a /_sandbox/terms/… path; false when it is not one.
bool parsePath(const QString &path, QString *termKey, bool *signedVariant);
QByteArray render(const World &world, const Batch &batch, bool signedVariant);

} // namespace TermDocument

} // namespace cessio::sandbox
