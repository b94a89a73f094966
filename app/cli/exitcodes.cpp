#include "cli/exitcodes.h"

namespace cessio::cli {

ExitCode exitCodeFor(const ApiError &error)
{
    switch (error.category()) {
    case ApiError::Category::None:
        return Success;
    case ApiError::Category::Network:
    case ApiError::Category::Timeout:
    case ApiError::Category::Tls:
        return Network;
    case ApiError::Category::Auth:
    case ApiError::Category::Permission: // includes GDF000029, IP not allow-listed
    case ApiError::Category::Config: // no usable client key or private key
        return Credentials;
    case ApiError::Category::NotFound:
    case ApiError::Category::Validation:
    case ApiError::Category::Conflict:
    case ApiError::Category::RateLimited:
    case ApiError::Category::Server:
    case ApiError::Category::Parse:
    case ApiError::Category::Cancelled:
        return ApiFailure;
    }
    return ApiFailure;
}

} // namespace cessio::cli
