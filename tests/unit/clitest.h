#pragma once

// Shared by the cessio-cli end-to-end tests: a scripted QI server in the test process, a throwaway
// P-521 key, and a runner for the real cessio-cli binary (CESSIO_CLI_EXE) that keeps the server's
// event loop turning while the program runs.
#include "jsonfixtures.h"
#include "qitech/crypto.h"
#include "services/auditrecordstore.h"
#include "support/scriptedserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrlQuery>

namespace clitest {

using namespace Qt::Literals::StringLiterals;
using cessio::test::ScriptedReply;
using cessio::test::ScriptedRequest;
using cessio::test::ScriptedServer;

// The world of the fixtures (tests/data/qitech): one fund, two configurations; batch_seed002 lives in
// the CCB configuration, whose assignor (in the batch) is Example Assignor Ltda.
inline const QString fund = u"f1a2b3c4-d5e6-7890-abcd-ef1234567890"_s;
inline const QString cfgDuplicatas = u"0b6e1f4a-3c2d-4e5f-8a9b-1c2d3e4f5a6b"_s;
inline const QString cfgCcb = u"a1b2c3d4-e5f6-7890-abcd-ef1234567890"_s;
inline const QString ext = u"931e9437-d025-41ab-bb53-6b94e10fd361"_s;
inline const QString assignor = u"c1d2e3f4-a5b6-7890-abcd-ef1234567890"_s;
inline const QString clientKey = u"5f0c6a52-8d3e-4b1a-9c7e-2a4b6c8d0e1f"_s;

inline QString fundRoot(const QString &f = fund)
{
    return u"/trade_receivables/fund_class/"_s + f;
}
inline QString configRoot(const QString &cfg, const QString &f = fund)
{
    return fundRoot(f) + u"/assignment_configuration/"_s + cfg;
}
inline QString batchPath(const QString &cfg = cfgCcb, const QString &e = ext)
{
    return configRoot(cfg) + u"/assignment/"_s + e;
}

inline QJsonObject batchJson(const QString &status = u"pending_manager_approval"_s)
{
    QJsonObject batch = loadQiFixture(u"batch_seed002.json"_s);
    batch.insert(u"status"_s, status);
    return batch;
}

inline QJsonObject summaryJson(int assets = 198, int approved = 195, int denied = 3, double total = 123456.78)
{
    return { { u"assignment_external_id"_s, ext },     { u"assignment_status"_s, u"pending_manager_approval"_s },
             { u"number_of_assets"_s, assets },        { u"number_of_approved_assets"_s, approved },
             { u"number_of_denied_assets"_s, denied }, { u"assignment_total_value"_s, total } };
}

inline QJsonObject page(const QJsonArray &data, bool last = true, int pageNumber = 0, int limit = 100)
{
    return { { u"data"_s, data }, { u"limit"_s, limit }, { u"page"_s, pageNumber }, { u"is_last_page"_s, last } };
}

inline QJsonObject updated(const QString &status, int approved, double total)
{
    return { { u"assignment_key"_s, u"41d6ff41-1dac-4df7-9e50-d15210ec57f3"_s },
             { u"external_id"_s, ext },
             { u"status"_s, status },
             { u"number_of_approved_assets"_s, approved },
             { u"assignment_total_value"_s, total } };
}

// What a run of cessio-cli left behind.
struct CliRun
{
    int exitCode = -1; // -1: it did not finish in time
    QString out;
    QString err;
    QByteArray rawOut;
    QJsonObject json() const { return QJsonDocument::fromJson(rawOut).object(); }
    QByteArray describe() const
    {
        return (u"exit "_s + QString::number(exitCode) + u"\nstdout:\n"_s + out + u"\nstderr:\n"_s + err).toUtf8();
    }
};

class CliHarness
{
public:
    QTemporaryDir dir;
    ScriptedServer server;
    cessio::EcPrivateKey key;

    // Listens, makes a key pair and its PEM file, and verifies every request's signature with it.
    bool setUp(bool rejectBadSignatures = true)
    {
        if (!dir.isValid() || !server.listen())
            return false;
        key = cessio::EcPrivateKey::generate();
        QFile file(keyFile());
        if (key.isNull() || !file.open(QIODevice::WriteOnly) || file.write(key.privateKeyPem()) <= 0)
            return false;
        server.setVerifier(clientKey, cessio::EcPublicKey::fromPem(key.publicKeyPem()), rejectBadSignatures);
        // cessio-cli keeps the record in the SQLite workspace beside it: this process reads it there too.
        cessio::AuditRecordStore::attach(auditLog(), workspace(), {});
        return true;
    }

    cessio::WorkspaceSettings workspace() const
    {
        cessio::WorkspaceSettings settings;
        settings.sqliteFile = dir.filePath(u"workspace.sqlite"_s);
        return settings;
    }
    // The record's lines as stored (the file format's lines).
    QList<QByteArray> recordLines() const
    {
        const auto lines = cessio::AuditRecordStore::of(auditLog())->lines();
        return lines.value.value_or(QList<QByteArray>());
    }
    // What the owner of the workspace file could do by hand: drop the guards and rewrite the record.
    bool rewriteRecord(const QList<QByteArray> &lines) const
    {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"clitest-edit"_s);
            db.setDatabaseName(workspace().sqliteFile);
            QSqlQuery q(db);
            ok = db.open() && q.exec(u"DROP TRIGGER decision_record_no_delete"_s) && q.exec(u"DELETE FROM decision_record"_s);
            for (qsizetype i = 0; ok && i < lines.size(); ++i) {
                ok = q.prepare(u"INSERT INTO decision_record (sequence, hash, line, recorded_by, recorded_ms) "
                               "VALUES (?, '', ?, 'someone', 0)"_s);
                q.addBindValue(i + 1);
                q.addBindValue(QString::fromUtf8(lines.at(i)));
                ok = ok && q.exec();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"clitest-edit"_s);
        return ok;
    }
    bool editRecord(const QString &from, const QString &to) const
    {
        QList<QByteArray> lines = recordLines();
        for (QByteArray &line : lines)
            line.replace(from.toUtf8(), to.toUtf8());
        return !lines.isEmpty() && rewriteRecord(lines);
    }

    QString keyFile() const { return dir.filePath(u"client.pem"_s); }
    QString auditLog() const { return dir.filePath(u"audit.jsonl"_s); }

    // The connection through the environment variables, as a script would set them; the user's
    // settings, keychain and decision record stay untouched.
    QProcessEnvironment environment(const QString &funds = fund) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : env.keys()) {
            if (name.startsWith(u"CESSIO_"_s))
                env.remove(name);
        }
        env.insert(u"CESSIO_BASE_URL"_s, server.baseUrl().toString());
        env.insert(u"CESSIO_CLIENT_KEY"_s, clientKey);
        env.insert(u"CESSIO_PRIVATE_KEY_FILE"_s, keyFile());
        if (!funds.isEmpty())
            env.insert(u"CESSIO_FUND"_s, funds);
        env.insert(u"CESSIO_AUDIT_LOG"_s, auditLog());
        env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
        return env;
    }

    // Runs cessio-cli --lang LANG ARGS with stdin fed from `input` (a pipe, never a terminal).
    CliRun run(const QStringList &args, const QString &lang = u"en"_s, const QProcessEnvironment &env = {},
               const QByteArray &input = {})
    {
        QProcess process;
        process.setProcessEnvironment(env.isEmpty() ? environment() : env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(CESSIO_CLI_EXE), QStringList { u"--lang"_s, lang } + args);
        CliRun run;
        if (!process.waitForStarted(10000))
            return run;
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        // The signal spy's wait runs the event loop, so the scripted server answers meanwhile.
        if (!finished.wait(60000)) {
            process.kill();
            process.waitForFinished(5000);
        } else if (process.exitStatus() == QProcess::NormalExit) {
            run.exitCode = process.exitCode();
        }
        run.rawOut = process.readAllStandardOutput();
        run.out = QString::fromUtf8(run.rawOut);
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    // The same on a pseudo-terminal (util-linux `script`), so cessio-cli sees a terminal on stdin and
    // asks; `input` is what the person types. Empty program: `script` is not installed.
    CliRun runInTerminal(const QStringList &args, const QByteArray &input, const QString &lang = u"en"_s)
    {
        const QString script = QStandardPaths::findExecutable(u"script"_s);
        if (script.isEmpty())
            return {};
        QStringList words { QStringLiteral(CESSIO_CLI_EXE), u"--lang"_s, lang };
        words += args;
        for (QString &word : words)
            word = u"'"_s + word.replace(u"'"_s, u"'\\''"_s) + u"'"_s;
        QProcess process;
        process.setProcessEnvironment(environment());
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(script, { u"-qec"_s, words.join(u' '), u"/dev/null"_s });
        CliRun run;
        if (!process.waitForStarted(10000))
            return run;
        process.write(input);
        process.closeWriteChannel();
        if (finished.wait(60000) && process.exitStatus() == QProcess::NormalExit)
            run.exitCode = process.exitCode();
        run.rawOut = process.readAllStandardOutput(); // the terminal: stdout and stderr together
        run.out = QString::fromUtf8(run.rawOut);
        return run;
    }

    // The fund's two configurations; the batch found in the CCB one (400 TRC000018 in the other, as QI
    // answers); its assets summary.
    void routeBatch(const QString &status = u"pending_manager_approval"_s, int batchTimes = -1)
    {
        server.on("GET", fundRoot() + u"/assignment_configurations"_s,
                  ScriptedReply::json(loadQiFixture(u"configurations_page.json"_s)));
        server.on("GET", batchPath(cfgDuplicatas),
                  ScriptedReply::qiError(400, u"TRC000018"_s, u"Assignment not found"_s, u"Cessão não foi encontrada"_s));
        server.on("GET", batchPath(), ScriptedReply::json(batchJson(status)), batchTimes);
        server.on("GET", batchPath() + u"/assets_summary"_s, ScriptedReply::json(summaryJson()));
    }
};

// A closed port on this machine: connecting is refused at once.
inline quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace clitest
