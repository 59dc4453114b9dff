#if canImport(Glibc)
import Glibc
#endif
import KafkaEngine
import NIOCore

// libFuzzer target: any bytes as a produce request's records field or a segment's contents.
// Framing, validation, record iteration, control records and decompression must throw or
// succeed, never trap, and never allocate beyond the decompression limit.

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzRecordBatch(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var batches = RecordBatchIterator(ByteBuffer(bytes: UnsafeBufferPointer(start: data, count: size)))
    while let batch = batches.next() {
        let valid = (try? batch.validate()) != nil
        guard var records = try? batch.makeRecordIterator(maxDecompressedBytes: 1 << 20) else { continue }
        var count = 0
        while let record = try? records.next() {
            count += 1
            if batch.isControlBatch {
                _ = try? ControlRecordKey(parsing: record.key)
                _ = try? EndTransactionMarker(record: record)
            }
        }
        if valid && !batch.isCompressed && count != Int(batch.recordsCount) {
            // validate() walked the same record lengths; a full decode may still find bad
            // bytes inside a record, but never more records than the batch declares.
            precondition(count < Int(batch.recordsCount), "decoded more records than the batch holds")
        }
    }
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzRecordBatch))
