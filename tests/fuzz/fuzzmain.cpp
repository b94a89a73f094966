// libFuzzer entry (clang, -DCESSIO_BUILD_FUZZERS=ON): fuzz_parsers corpus/ -max_total_time=60
#include "fuzztargets.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    cessio::fuzz::parseEverything(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
