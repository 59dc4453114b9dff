#ifndef SWKAFKA_CRC32C_H
#define SWKAFKA_CRC32C_H
#include <stddef.h>
#include <stdint.h>

/// CRC-32C (Castagnoli) of `length` bytes, continuing from `crc` (0 to start). Uses the SSE4.2
/// instruction when the CPU has it, the portable tables otherwise.
uint32_t swkafka_crc32c(uint32_t crc, const void *data, size_t length);

/// The portable (slicing-by-8) implementation, whatever the CPU. Same results as `swkafka_crc32c`.
uint32_t swkafka_crc32c_portable(uint32_t crc, const void *data, size_t length);

/// The SSE4.2 implementation when the CPU has it; the portable one otherwise.
uint32_t swkafka_crc32c_hardware(uint32_t crc, const void *data, size_t length);

/// 1 when `swkafka_crc32c` runs on the CPU's CRC32 instruction, 0 otherwise.
int swkafka_crc32c_hardware_available(void);

#endif
