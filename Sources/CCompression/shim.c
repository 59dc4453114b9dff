// The system compression libraries are reached through include/CCompression.h.
