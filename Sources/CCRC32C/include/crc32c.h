#ifndef SWKAFKA_CRC32C_H
#define SWKAFKA_CRC32C_H
#include <stddef.h>
#include <stdint.h>

/// CRC-32C (Castagnoli) of `length` bytes, continuing from `crc` (0 to start).
uint32_t swkafka_crc32c(uint32_t crc, const void *data, size_t length);

#endif
