#pragma once

#include "qitech/apierror.h"

namespace cessio::cli {

// cessio-cli's exit codes: scripts branch on them, so they never change meaning.
enum ExitCode : int {
    Success = 0,
    ApiFailure = 1, // QI Tech refused or failed (code and message printed); also a local failure
    Usage = 2, // the command line is wrong, or a confirmation could not be asked
    Network = 3, // no answer: connection, timeout, TLS
    Credentials = 4, // keys, client key, signature, permission, IP allow-list
};

// The exit code for an API error: network-level failures 3, credential and permission ones 4, the rest 1.
ExitCode exitCodeFor(const ApiError &error);

} // namespace cessio::cli
