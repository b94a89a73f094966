#include "cli/portfoliocommands.h"

#include "cli/console.h"
#include "cli/decisioncommands.h"
#include "cli/exitcodes.h"
#include "cli/format.h"
#include "cli/proformareport.h"
#include "cli/table.h"
#include "cli/workspacegate.h"
#include "services/portfolio/batchproforma.h"
#include "services/session.h"
#include "services/workspace/workspacerunner.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace cessio::cli {

namespace {

std::optional<Money> parseMoney(const QString &text)
{
    if (auto plain = Money::fromDecimalString(text.trimmed()))
        return plain;
    return Money::fromUserText(text.trimmed(), QLocale());
}

std::optional<QDate> parseDate(const QString &text)
{
    for (const QString &format : { u"yyyy-MM-dd"_s, u"dd/MM/yyyy"_s }) {
        const QDate date = QDate::fromString(text.trimmed(), format);
        if (date.isValid())
            return date;
    }
    return std::nullopt;
}

// "debtor_document=A,due_date=F,present_value=H" (column letters or 1-based numbers), or the JSON form.
std::optional<PositionImport::ColumnMapping> parseMapping(const QString &text, QString *problem)
{
    if (text.trimmed().startsWith(u'{')) {
        auto mapping = PositionImport::ColumnMapping::fromJsonText(text);
        if (!mapping)
            *problem = QCoreApplication::translate("cli", "The --mapping JSON is not a column mapping.");
        return mapping;
    }
    PositionImport::ColumnMapping mapping;
    for (const QString &pair : text.split(u',', Qt::SkipEmptyParts)) {
        const QString field = pair.section(u'=', 0, 0).trimmed();
        const QString column = pair.section(u'=', 1).trimmed().toUpper();
        int f = 0;
        while (f < PositionImport::fieldCount && PositionImport::fieldKey(PositionImport::Field(f)) != field)
            ++f;
        bool number = false;
        int index = column.toInt(&number) - 1;
        if (!number) {
            index = -1;
            for (const QChar c : column)
                index = c >= u'A' && c <= u'Z' && index < 16384 ? (index + 1) * 26 + (c.unicode() - u'A') : 16384;
        }
        if (f == PositionImport::fieldCount || column.isEmpty() || index < 0 || index >= 16384) {
            *problem = QCoreApplication::translate(
                           "cli",
                           "The --mapping entry \"%1\" is not FIELD=COLUMN (a field such as debtor_document, a "
                           "column letter or number).")
                           .arg(pair);
            return std::nullopt;
        }
        mapping.set(PositionImport::Field(f), index);
    }
    return mapping;
}

JsonOut limitsJson(const PortfolioLimits &limits)
{
    const auto bp = [](const std::optional<int> &value) { return value ? JsonOut(*value) : JsonOut(); };
    JsonOut related = JsonOut::array();
    for (const auto &party : limits.relatedParties)
        related.append(JsonOut::object().insert(u"root"_s, party.root).insert(u"name"_s, party.name));
    return JsonOut::object()
        .insert(u"max_debtor_bp"_s, bp(limits.maxDebtorBasisPoints))
        .insert(u"max_assignor_bp"_s, bp(limits.maxAssignorBasisPoints))
        .insert(u"top_debtors_count"_s, limits.topDebtorsCount)
        .insert(u"max_top_debtors_bp"_s, bp(limits.maxTopDebtorsBasisPoints))
        .insert(u"min_credit_rights_bp"_s, bp(limits.minCreditRightsBasisPoints))
        .insert(u"related_parties"_s, related)
        .insert(u"max_related_parties_bp"_s, bp(limits.maxRelatedPartiesBasisPoints));
}

} // namespace

std::shared_ptr<PortfolioBook> portfolioBookFor(const Connection &connection)
{
    // The profile's workspace (the desktop's), on a thread of its own as the book expects; the book
    // keeps it open. The files the desktop kept per fund before are imported into it once.
    auto runner = std::make_shared<WorkspaceRunner>();
    runner->open(workspaceSettingsFor(connection, auditLogPath()), connection.workspacePassword);
    return PortfolioBook::inWorkspace(runner,
                                      Session::portfolioFolder(auditLogPath(), connection.profileName, connection.baseUrl));
}

std::optional<ProForma::Result> proFormaFor(const Connection &connection, const BatchRef &ref, const Batch &batch,
                                            const QList<AssetListItem> &assets, QString *problem)
{
    BatchProForma proForma = BatchProForma::compute(*portfolioBookFor(connection), ref, batch, assets);
    if (problem)
        *problem = proForma.problem;
    return std::move(proForma.result);
}

QString PortfolioCommand::usage()
{
    return u"portfolio import FILE [--mapping FIELD=COL,...] [--date YYYY-MM-DD] | portfolio pl VALUE DATE [CLASS_EQUITY] | "
           "portfolio limits [max_debtor=PCT] [max_assignor=PCT] [top_debtors=N:PCT] [min_credit_rights=PCT] "
           "[max_related_parties=PCT] [related=ROOT:NAME]... | portfolio show   (each with --fund KEY)"_s;
}

QString PortfolioCommand::checkArguments(const CliOptions &o)
{
    const QString sub = o.arguments.constFirst();
    const qsizetype count = o.arguments.size();
    const bool ok = (sub == u"import" && count == 2) || (sub == u"pl" && (count == 3 || count == 4)) || sub == u"limits"
        || (sub == u"show" && count == 1);
    if (!ok)
        return QCoreApplication::translate("cli", "Unknown or incomplete portfolio command.");
    if (sub != u"import" && (o.isSet(u"mapping"_s) || o.isSet(u"date"_s)))
        return QCoreApplication::translate("cli", "--mapping and --date apply to portfolio import only.");
    return {};
}

void PortfolioCommand::start()
{
    if (connection().funds.size() != 1) {
        fail(Usage, QCoreApplication::translate("cli", "The portfolio commands take one fund: --fund KEY."));
        return;
    }
    const QString fund = connection().funds.constFirst();
    const auto book = portfolioBookFor(connection());
    const QString sub = options().arguments.constFirst();
    if (sub == u"import")
        importFile(*book, fund);
    else if (sub == u"pl")
        setNetAssets(*book, fund);
    else if (sub == u"limits")
        setLimits(*book, fund);
    else
        show(*book, fund);
}

void PortfolioCommand::importFile(PortfolioBook &book, const QString &fund)
{
    const QString path = options().arguments.at(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(Usage, QCoreApplication::translate("cli", "Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    const QByteArray bytes = file.readAll();
    const bool xlsx = bytes.startsWith("PK\x03\x04");
    QString problem;
    const auto held = book.fund(fund, &problem);
    if (!held) {
        fail(ApiFailure, problem);
        return;
    }
    PositionImport::Options importOptions;
    if (options().isSet(u"mapping"_s)) {
        const auto mapping = parseMapping(options().mapping, &problem);
        if (!mapping) {
            fail(Usage, problem);
            return;
        }
        importOptions.mapping = *mapping;
    } else if (held->importMapping) {
        importOptions.mapping = *held->importMapping; // chosen once per fund, remembered
    } else {
        const QStringList headers = PositionImport::readHeaders(bytes, xlsx, &problem);
        if (headers.isEmpty()) {
            fail(Usage, problem);
            return;
        }
        importOptions.mapping = PositionImport::suggestMapping(headers);
    }
    if (const QStringList missing = importOptions.mapping.missingRequired(); !missing.isEmpty()) {
        fail(Usage,
             QCoreApplication::translate("cli", "The column mapping lacks %1: pass --mapping FIELD=COLUMN,...")
                 .arg(missing.join(u", "_s)));
        return;
    }
    importOptions.positionDate = QDate::currentDate();
    if (options().isSet(u"date"_s)) {
        const auto date = parseDate(options().date);
        if (!date) {
            fail(Usage, QCoreApplication::translate("cli", "The date \"%1\" is not YYYY-MM-DD.").arg(options().date));
            return;
        }
        importOptions.positionDate = *date;
    }
    importOptions.sourceName = QFileInfo(path).fileName();
    const PositionImport::Result result
        = xlsx ? PositionImport::importXlsx(bytes, importOptions) : PositionImport::importCsv(bytes, importOptions);
    if (!result.ok()) {
        // All or nothing: the book keeps the previous import.
        JsonOut errors = JsonOut::array();
        QStringList lines;
        if (!result.fileError.isEmpty())
            lines << result.fileError;
        for (const PositionImport::RowError &error : result.errors) {
            errors.append(
                JsonOut::object()
                    .insert(u"row"_s, qint64(error.row))
                    .insert(u"column"_s, error.column < 0 ? JsonOut() : JsonOut(PositionImport::columnLetters(error.column)))
                    .insert(u"message"_s, error.message));
            lines << error.message;
        }
        Console::err(lines.join(u'\n'));
        fail(Usage,
             QCoreApplication::translate("cli", "Nothing was imported: %Ln error(s) in the file; the portfolio is as it was.",
                                         nullptr, int(result.errorCount)),
             JsonOut::object().insert(u"file_error"_s, JsonOut::stringOrNull(result.fileError)).insert(u"rows"_s, errors));
        return;
    }
    const QString error
        = book.replaceImport(fund, result.positions, importOptions.mapping, importOptions.sourceName, importOptions.positionDate);
    if (!error.isEmpty()) {
        fail(ApiFailure, error);
        return;
    }
    if (json())
        printJson(JsonOut::object()
                      .insert(u"fund"_s, fund)
                      .insert(u"imported"_s, qint64(result.positions.size()))
                      .insert(u"mapping"_s, importOptions.mapping.toJsonText()));
    else
        print(QCoreApplication::translate("cli",
                                          "%Ln position(s) imported from %1 for fund %2; the previous import was replaced.",
                                          nullptr, int(result.positions.size()))
                  .arg(importOptions.sourceName, fund)
              + u'\n');
    finish(Success);
}

void PortfolioCommand::setNetAssets(PortfolioBook &book, const QString &fund)
{
    const QStringList &a = options().arguments;
    const auto value = parseMoney(a.at(1));
    const auto date = parseDate(a.at(2));
    const auto equity = a.size() > 3 ? parseMoney(a.at(3)) : std::optional<Money>(Money());
    if (!value || value->centavos() <= 0 || !equity || equity->isNegative()) {
        fail(Usage, QCoreApplication::translate("cli", "Net assets are a positive amount in reais, such as 12500000.00."));
        return;
    }
    if (!date) {
        fail(Usage, QCoreApplication::translate("cli", "The date \"%1\" is not YYYY-MM-DD.").arg(a.at(2)));
        return;
    }
    const QString error = book.setNetAssets(fund, { *value, *equity, *date });
    if (!error.isEmpty()) {
        fail(ApiFailure, error);
        return;
    }
    if (json())
        printJson(
            JsonOut::object().insert(u"fund"_s, fund).insert(u"net_assets"_s, *value).insert(u"date"_s, JsonOut::date(*date)));
    else
        print(QCoreApplication::translate("cli", "Net assets of fund %1: %2 on %3.")
                  .arg(fund, Format::money(*value), Format::date(*date))
              + u'\n');
    finish(Success);
}

void PortfolioCommand::setLimits(PortfolioBook &book, const QString &fund)
{
    // Only the limits named change; "max_debtor=" (empty) clears one, "related=" clears the watch-list.
    QString problem;
    const auto held = book.fund(fund, &problem);
    if (!held) {
        fail(ApiFailure, problem);
        return;
    }
    PortfolioLimits limits = held->limits;
    bool relatedCleared = false;
    for (const QString &argument : options().arguments.mid(1)) {
        const QString key = argument.section(u'=', 0, 0).trimmed();
        const QString value = argument.section(u'=', 1).trimmed();
        const auto percentage = [&](std::optional<int> *target) {
            if (value.isEmpty()) {
                target->reset();
                return true;
            }
            *target = portfolio::parsePercentBasisPoints(value);
            return target->has_value();
        };
        bool ok = false;
        if (key == u"max_debtor")
            ok = percentage(&limits.maxDebtorBasisPoints);
        else if (key == u"max_assignor")
            ok = percentage(&limits.maxAssignorBasisPoints);
        else if (key == u"min_credit_rights")
            ok = percentage(&limits.minCreditRightsBasisPoints);
        else if (key == u"max_related_parties")
            ok = percentage(&limits.maxRelatedPartiesBasisPoints);
        else if (key == u"top_debtors") {
            const int n = value.section(u':', 0, 0).toInt(&ok);
            ok = ok && n >= 1 && n <= 1000;
            if (ok) {
                limits.topDebtorsCount = n;
                limits.maxTopDebtorsBasisPoints = portfolio::parsePercentBasisPoints(value.section(u':', 1));
                ok = limits.maxTopDebtorsBasisPoints.has_value();
            }
        } else if (key == u"related") {
            if (!relatedCleared)
                limits.relatedParties.clear();
            relatedCleared = true;
            const std::optional<QString> root = portfolio::relatedPartyRoot(value.section(u':', 0, 0));
            ok = value.isEmpty() || root;
            if (ok && !value.isEmpty())
                limits.relatedParties.append({ *root, value.section(u':', 1).trimmed() });
        }
        if (!ok) {
            fail(Usage,
                 QCoreApplication::translate("cli", "\"%1\" is not a portfolio limit (see cessio-cli --help).").arg(argument));
            return;
        }
    }
    const QString error = book.setLimits(fund, limits);
    if (!error.isEmpty()) {
        fail(ApiFailure, error);
        return;
    }
    if (json()) {
        printJson(JsonOut::object().insert(u"fund"_s, fund).insert(u"limits"_s, limitsJson(limits)));
        finish(Success);
        return;
    }
    show(book, fund);
}

void PortfolioCommand::show(PortfolioBook &book, const QString &fund)
{
    QString problem;
    const auto held = book.fund(fund, &problem);
    if (!held) {
        fail(ApiFailure, problem);
        return;
    }
    int fromBatches = 0;
    Money value;
    for (const PortfolioPosition &p : held->positions) {
        fromBatches += p.source == PortfolioPosition::Source::Batch;
        value += p.presentValue;
    }
    const NetAssets &pl = held->netAssets;
    if (json()) {
        printJson(JsonOut::object()
                      .insert(u"fund"_s, fund)
                      .insert(u"positions"_s, qint64(held->positions.size()))
                      .insert(u"from_batches"_s, fromBatches)
                      .insert(u"batches"_s, qint64(held->batchesAdded.size()))
                      .insert(u"imported"_s, held->importedCount)
                      .insert(u"imported_file"_s, JsonOut::stringOrNull(held->importedFile))
                      .insert(u"imported_position_date"_s, JsonOut::date(held->importedPositionDate))
                      .insert(u"present_value"_s, value)
                      .insert(u"net_assets"_s,
                              pl.isUsable() ? JsonOut::object()
                                                  .insert(u"value"_s, pl.netAssets)
                                                  .insert(u"class_equity"_s, pl.classEquity)
                                                  .insert(u"date"_s, JsonOut::date(pl.date))
                                            : JsonOut())
                      .insert(u"limits"_s, limitsJson(held->limits)));
        finish(Success);
        return;
    }
    const auto percent = [](const std::optional<int> &bp) {
        return bp ? ProForma::formatBasisPoints(*bp) : QCoreApplication::translate("cli", "not set");
    };
    QList<std::pair<QString, QString>> rows {
        { QCoreApplication::translate("cli", "Fund"), fund },
        { QCoreApplication::translate("cli", "Positions"),
          QCoreApplication::translate("cli", "%1 (completed batches: %3, with %2; imported: %4)")
              .arg(QLocale().toString(held->positions.size()), QLocale().toString(fromBatches),
                   QLocale().toString(held->batchesAdded.size()), QLocale().toString(held->importedCount)) },
        { QCoreApplication::translate("cli", "Present value"), Format::money(value) },
        { QCoreApplication::translate("cli", "Last import"),
          held->importedFile.isEmpty() ? QCoreApplication::translate("cli", "none")
                                       : QCoreApplication::translate("cli", "%1, positions on %2")
                                             .arg(held->importedFile, Format::date(held->importedPositionDate)) },
        { QCoreApplication::translate("cli", "Net assets (PL)"),
          pl.isUsable() ? QCoreApplication::translate("cli", "%1 on %2").arg(Format::money(pl.netAssets), Format::date(pl.date))
                        : QCoreApplication::translate("cli", "not set") },
        { QCoreApplication::translate("cli", "Largest debtor"), percent(held->limits.maxDebtorBasisPoints) },
        { QCoreApplication::translate("cli", "Largest assignor"), percent(held->limits.maxAssignorBasisPoints) },
        { QCoreApplication::translate("cli", "Top %1 debtors").arg(held->limits.topDebtorsCount),
          percent(held->limits.maxTopDebtorsBasisPoints) },
        { QCoreApplication::translate("cli", "Minimum credit rights"), percent(held->limits.minCreditRightsBasisPoints) },
        { QCoreApplication::translate("cli", "Related parties"), percent(held->limits.maxRelatedPartiesBasisPoints) },
    };
    for (const auto &party : held->limits.relatedParties)
        rows.append({ QString(), QCoreApplication::translate("cli", "%1 (%2)").arg(party.name, party.root) });
    print(Table::keyValues(rows));
    finish(Success);
}

} // namespace cessio::cli
