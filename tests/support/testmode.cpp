// Linked into every test: standard paths point at test locations (never the user's settings),
// and settings get an organisation of their own.
#include <QCoreApplication>
#include <QStandardPaths>

namespace {

void enableTestMode()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CessioTests"));
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(enableTestMode)
