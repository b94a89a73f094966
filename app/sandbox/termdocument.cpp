#include "termdocument.h"

#include "assetschema.h"
#include "world.h"

using namespace Qt::Literals::StringLiterals;

namespace cessio::sandbox::TermDocument {

namespace {

const QString prefix = u"/_sandbox/terms/"_s;
const QString signedSuffix = u"-signed.html"_s;
const QString plainSuffix = u".html"_s;

QString row(const QStringList &cells, const QString &tag = u"td"_s)
{
    QString html = u"<tr>"_s;
    for (const QString &cell : cells)
        html += u'<' + tag + u'>' + cell.toHtmlEscaped() + u"</"_s + tag + u'>';
    return html + u"</tr>\n"_s;
}

QString brl(Money money)
{
    return money.format(QLocale(QLocale::Portuguese, QLocale::Brazil));
}

} // namespace

QUrl url(const QUrl &baseUrl, const QString &termKey, bool signedVariant)
{
    QUrl result = baseUrl;
    result.setPath(prefix + termKey + (signedVariant ? signedSuffix : plainSuffix));
    return result;
}

bool parsePath(const QString &path, QString *termKey, bool *signedVariant)
{
    if (!path.startsWith(prefix))
        return false;
    const QString name = path.mid(prefix.size());
    *signedVariant = name.endsWith(signedSuffix);
    const qsizetype suffixLength = *signedVariant ? signedSuffix.size() : plainSuffix.size();
    if (!name.endsWith(plainSuffix) || name.size() <= suffixLength)
        return false;
    *termKey = name.left(name.size() - suffixLength);
    return true;
}

QByteArray render(const World &world, const Batch &batch, bool signedVariant)
{
    const Fund *fund = world.fund(batch.fundClassKey);
    const Configuration *configuration = world.configuration(batch.configurationKey);
    const Assignor *assignor = configuration ? world.assignor(configuration->assignorKey) : nullptr;
    const QString title = u"Termo de Cessão %1"_s.arg(batch.number);

    QString html = u"<!DOCTYPE html>\n<html lang=\"pt-BR\"><head><meta charset=\"utf-8\"><title>"_s + title.toHtmlEscaped()
        + u"</title></head><body>\n<h1>"_s + title.toHtmlEscaped() + u"</h1>\n"_s;
    if (signedVariant)
        html += u"<p class=\"signed\"><strong>ASSINADO</strong> por todas as partes (simulação cessio-sandbox).</p>\n"_s;
    else
        html += u"<p class=\"unsigned\">Aguardando assinatura das partes (simulação cessio-sandbox).</p>\n"_s;
    html += u"<table class=\"parties\">\n"_s;
    if (fund) {
        html += row({ u"Cessionário (fundo)"_s, fund->name, fund->documentNumber });
        html += row({ u"Gestora"_s, fund->manager.managerName, fund->manager.documentNumber });
    }
    if (assignor)
        html += row({ u"Cedente"_s, assignor->name, assignor->documentNumber });
    html += row({ u"Lote"_s, batch.externalId, batch.assignmentKey });
    html += row({ u"Data de cessão"_s, batch.date.toString(Qt::ISODate), {} });
    html += u"</table>\n<table class=\"assets\">\n"_s;
    html += row({ u"Ativo"_s, u"Tipo"_s, u"Sacado"_s, u"Valor de face"_s, u"Valor de aquisição"_s }, u"th"_s);
    int count = 0;
    Money face;
    for (const Asset &asset : batch.assets) {
        if (!asset.status.countsTowardTotal())
            continue;
        ++count;
        face += AssetSchema::faceValue(asset.body);
        html += row({ asset.externalId, asset.type.apiName(), AssetSchema::borrowerDocument(asset.body),
                      brl(AssetSchema::faceValue(asset.body)), brl(asset.totalPurchaseValue) });
    }
    html += u"</table>\n<p class=\"totals\">"_s
        + u"Quantidade de ativos: %1 — valor de face total: %2 — valor total da cessão: %3"_s.arg(count)
              .arg(brl(face), brl(batch.totalValue()))
              .toHtmlEscaped()
        + u"</p>\n</body></html>\n"_s;
    return html.toUtf8();
}

} // namespace cessio::sandbox::TermDocument
