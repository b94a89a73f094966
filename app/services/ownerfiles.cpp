#include "services/ownerfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace cessio::ownerfiles {

bool makeFolder(const QString &folder)
{
    const QString target = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    // The folders that are missing, outermost first.
    QStringList missing;
    for (QString path = target; !QFileInfo::exists(path);) {
        missing.prepend(path);
        const QString parent = QFileInfo(path).absolutePath();
        if (parent == path)
            break;
        path = parent;
    }
    for (const QString &path : std::as_const(missing)) {
        if (!QDir().mkdir(path) && !QFileInfo(path).isDir())
            return false;
#if defined(Q_OS_UNIX)
        QFile::setPermissions(path, folderPermissions);
#endif
    }
    return QFileInfo(target).isDir();
}

bool restrict(QFileDevice &file)
{
#if defined(Q_OS_UNIX)
    return file.setPermissions(filePermissions);
#else
    Q_UNUSED(file);
    return true;
#endif
}

QString prepareFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return file.errorString();
    if (!restrict(file))
        return file.errorString();
    return {};
}

} // namespace cessio::ownerfiles
