#ifndef SWKAFKA_CCOMPRESSION_H
#define SWKAFKA_CCOMPRESSION_H
#include <zlib.h>
#include <lz4.h>
#include <lz4frame.h>
#include <zstd.h>
#include <snappy-c.h>
#endif
