#if canImport(Glibc)
import Glibc
#endif
import KafkaEngine
import NIOCore

// libFuzzer target: any bytes as a request frame (header + body). Decoding must throw or succeed,
// never trap; what decodes must re-encode and decode to the same message.

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzRequestDecoder(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let frame = ByteBuffer(bytes: UnsafeBufferPointer(start: data, count: size))
    guard let request = try? RequestFrame(decoding: frame) else { return 0 }
    guard let encoded = try? request.encoded() else {
        fatalError("decoded \(request.apiKey) v\(request.header.requestApiVersion) but could not re-encode it")
    }
    guard let again = try? RequestFrame(decoding: encoded), (try? again.encoded()) == encoded else {
        fatalError("\(request.apiKey) v\(request.header.requestApiVersion) does not survive encode → decode")
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
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzRequestDecoder))
