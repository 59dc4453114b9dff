// CRC-32C (Castagnoli, reflected polynomial 0x82F63B78), the checksum of Kafka record batches.
//
// Two implementations with identical results:
// - portable: slicing-by-8 tables (8 bytes per step, no special instructions);
// - hardware (x86-64 with SSE4.2): the CRC32 instruction on three independent streams. One
//   instruction has a latency of about three cycles but the CPU can start one per cycle, so a
//   single dependent chain runs at a third of the possible speed. The buffer is cut into three
//   consecutive blocks, each block's CRC is computed from zero in parallel, and the three are
//   joined by "appending zeros" to the earlier ones: a linear map on the 32-bit register,
//   applied with four table lookups (Mark Adler's crc32c.c uses the same construction).
//
// The tables are built once (pthread_once) on first use; the hardware path is chosen at run time
// with __builtin_cpu_supports, so the library needs no -msse4.2 and runs on any x86-64.

#include "crc32c.h"

#include <pthread.h>
#include <string.h>

#if defined(__x86_64__)
#include <nmmintrin.h>
#define SWKAFKA_CRC32C_X86 1
#else
#define SWKAFKA_CRC32C_X86 0
#endif

#define POLY 0x82F63B78u

// Portable slicing-by-8 tables: table[0] is the classic byte table, table[k][b] the CRC of byte b
// followed by k zero bytes.
static uint32_t crc32c_table[8][256];

static pthread_once_t crc32c_once = PTHREAD_ONCE_INIT;
static int crc32c_has_sse42;

static inline uint32_t load32_le(const unsigned char *p) {
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}

static uint32_t crc32c_sw(uint32_t crc, const unsigned char *p, size_t len) {
    crc = ~crc;
    while (len && ((uintptr_t)p & 7) != 0) {
        crc = crc32c_table[0][(crc ^ *p++) & 0xff] ^ (crc >> 8);
        len--;
    }
    while (len >= 8) {
        uint32_t lo = load32_le(p) ^ crc;
        uint32_t hi = load32_le(p + 4);
        crc = crc32c_table[7][lo & 0xff] ^ crc32c_table[6][(lo >> 8) & 0xff] ^
              crc32c_table[5][(lo >> 16) & 0xff] ^ crc32c_table[4][lo >> 24] ^
              crc32c_table[3][hi & 0xff] ^ crc32c_table[2][(hi >> 8) & 0xff] ^
              crc32c_table[1][(hi >> 16) & 0xff] ^ crc32c_table[0][hi >> 24];
        p += 8;
        len -= 8;
    }
    while (len--) {
        crc = crc32c_table[0][(crc ^ *p++) & 0xff] ^ (crc >> 8);
    }
    return ~crc;
}

#if SWKAFKA_CRC32C_X86

// Block sizes for the three-stream loops. LONG amortises the join (16 lookups) over 24 KiB;
// SHORT keeps mid-sized buffers (a few KiB, typical record batches) on three streams too.
#define LONG_BLOCK 8192
#define SHORT_BLOCK 256

// shift_long[k][b]: the register after appending LONG_BLOCK zero bytes to a register holding
// b << 8k (likewise for SHORT_BLOCK). Appending zeros is linear, so a register's shift is the
// XOR of its four bytes' entries.
static uint32_t crc32c_shift_long[4][256];
static uint32_t crc32c_shift_short[4][256];

// a * b modulo the polynomial, both in reflected order (bit 31 is x^0).
static uint32_t multmodp(uint32_t a, uint32_t b) {
    uint32_t m = 1u << 31, p = 0;
    for (;;) {
        if (a & m) {
            p ^= b;
            if ((a & (m - 1)) == 0) break;
        }
        m >>= 1;
        b = (b & 1) ? (b >> 1) ^ POLY : b >> 1;
    }
    return p;
}

// x^(8n) modulo the polynomial: the operator that appends n zero bytes.
static uint32_t x8nmodp(size_t n) {
    uint32_t result = 1u << 31;  // x^0
    uint32_t square = 1u << 23;  // x^8
    while (n) {
        if (n & 1) result = multmodp(square, result);
        square = multmodp(square, square);
        n >>= 1;
    }
    return result;
}

static void crc32c_build_shift(uint32_t table[4][256], size_t zeros) {
    uint32_t op = x8nmodp(zeros);
    for (int k = 0; k < 4; k++) {
        for (uint32_t b = 0; b < 256; b++) {
            table[k][b] = multmodp(op, b << (8 * k));
        }
    }
}

static inline uint32_t crc32c_shift(uint32_t table[4][256], uint32_t crc) {
    return table[0][crc & 0xff] ^ table[1][(crc >> 8) & 0xff] ^ table[2][(crc >> 16) & 0xff] ^
           table[3][crc >> 24];
}

__attribute__((target("sse4.2")))
static inline uint64_t load64(const unsigned char *p) {
    uint64_t v;
    memcpy(&v, p, sizeof v);
    return v;
}

__attribute__((target("sse4.2")))
static uint32_t crc32c_hw(uint32_t crc, const unsigned char *next, size_t len) {
    uint64_t crc0 = ~crc;

    // Bring the pointer to an 8-byte boundary.
    while (len && ((uintptr_t)next & 7) != 0) {
        crc0 = _mm_crc32_u8((uint32_t)crc0, *next++);
        len--;
    }

    // Three streams over consecutive LONG_BLOCK-byte blocks, joined by shifting.
    while (len >= 3 * LONG_BLOCK) {
        uint64_t crc1 = 0, crc2 = 0;
        const unsigned char *end = next + LONG_BLOCK;
        do {
            crc0 = _mm_crc32_u64(crc0, load64(next));
            crc1 = _mm_crc32_u64(crc1, load64(next + LONG_BLOCK));
            crc2 = _mm_crc32_u64(crc2, load64(next + 2 * LONG_BLOCK));
            next += 8;
        } while (next < end);
        crc0 = crc32c_shift(crc32c_shift_long, (uint32_t)crc0) ^ crc1;
        crc0 = crc32c_shift(crc32c_shift_long, (uint32_t)crc0) ^ crc2;
        next += 2 * LONG_BLOCK;
        len -= 3 * LONG_BLOCK;
    }

    // The same with SHORT_BLOCK-byte blocks.
    while (len >= 3 * SHORT_BLOCK) {
        uint64_t crc1 = 0, crc2 = 0;
        const unsigned char *end = next + SHORT_BLOCK;
        do {
            crc0 = _mm_crc32_u64(crc0, load64(next));
            crc1 = _mm_crc32_u64(crc1, load64(next + SHORT_BLOCK));
            crc2 = _mm_crc32_u64(crc2, load64(next + 2 * SHORT_BLOCK));
            next += 8;
        } while (next < end);
        crc0 = crc32c_shift(crc32c_shift_short, (uint32_t)crc0) ^ crc1;
        crc0 = crc32c_shift(crc32c_shift_short, (uint32_t)crc0) ^ crc2;
        next += 2 * SHORT_BLOCK;
        len -= 3 * SHORT_BLOCK;
    }

    // What is left (under 768 bytes) on one stream.
    while (len >= 8) {
        crc0 = _mm_crc32_u64(crc0, load64(next));
        next += 8;
        len -= 8;
    }
    while (len) {
        crc0 = _mm_crc32_u8((uint32_t)crc0, *next++);
        len--;
    }
    return ~(uint32_t)crc0;
}

#endif  // SWKAFKA_CRC32C_X86

static void crc32c_init(void) {
    for (uint32_t n = 0; n < 256; n++) {
        uint32_t c = n;
        for (int k = 0; k < 8; k++) c = (c & 1) ? (c >> 1) ^ POLY : c >> 1;
        crc32c_table[0][n] = c;
    }
    for (uint32_t n = 0; n < 256; n++) {
        uint32_t c = crc32c_table[0][n];
        for (int k = 1; k < 8; k++) {
            c = crc32c_table[0][c & 0xff] ^ (c >> 8);
            crc32c_table[k][n] = c;
        }
    }
#if SWKAFKA_CRC32C_X86
    crc32c_build_shift(crc32c_shift_long, LONG_BLOCK);
    crc32c_build_shift(crc32c_shift_short, SHORT_BLOCK);
    __builtin_cpu_init();
    crc32c_has_sse42 = __builtin_cpu_supports("sse4.2") ? 1 : 0;
#endif
}

uint32_t swkafka_crc32c_portable(uint32_t crc, const void *data, size_t length) {
    pthread_once(&crc32c_once, crc32c_init);
    return crc32c_sw(crc, (const unsigned char *)data, length);
}

uint32_t swkafka_crc32c_hardware(uint32_t crc, const void *data, size_t length) {
    pthread_once(&crc32c_once, crc32c_init);
#if SWKAFKA_CRC32C_X86
    if (crc32c_has_sse42) return crc32c_hw(crc, (const unsigned char *)data, length);
#endif
    return crc32c_sw(crc, (const unsigned char *)data, length);
}

uint32_t swkafka_crc32c(uint32_t crc, const void *data, size_t length) {
    return swkafka_crc32c_hardware(crc, data, length);
}

int swkafka_crc32c_hardware_available(void) {
    pthread_once(&crc32c_once, crc32c_init);
    return crc32c_has_sse42;
}
