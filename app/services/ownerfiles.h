#pragma once

#include <QFileDevice>
#include <QString>

namespace cessio {

// The files Cessio writes say what a manager decided and on which titles (the decision record, the
// index of checked titles, the CSV and PDF exports): only their owner may read them. On Unix they are
// created 0600 and the folders Cessio creates for them 0700. On Windows nothing is set: they live
// under the user's profile folder, whose ACL already admits only that user (and inherits to them).
namespace ownerfiles {

constexpr QFileDevice::Permissions filePermissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions folderPermissions = filePermissions | QFileDevice::ExeOwner;

// Creates `folder` and any missing parents; each folder created here is made owner-only (folders that
// were there already are left as they are: they may be shared on purpose). False when it is not there.
bool makeFolder(const QString &folder);
// Makes an open file owner-only. For a QSaveFile this is the new file, before commit() puts it in place.
bool restrict(QFileDevice &file);
// Creates `path` empty (or empties it) as an owner-only file, for writers that open the file themselves
// (QPdfWriter keeps the permissions of a file it overwrites). "" or why it could not.
QString prepareFile(const QString &path);

} // namespace ownerfiles

} // namespace cessio
