import CCurlLoader
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// POSTs with libcurl, loaded only now (dlopen), so no other command pays for it.
/// Certificates are always verified: against `intake_ca` when given, else the system's.
public struct CurlTransport: IntakeTransport {
    public init() {}

    public func post(_ exchange: IntakeExchange) -> IntakeAnswer {
        var result = pamphlet_http_result()
        defer { pamphlet_http_free(&result) }
        let headers = exchange.headers.map { strdup($0) }
        defer { headers.forEach { free($0) } }
        let pointers: [UnsafePointer<CChar>?] = headers.map { $0.map { UnsafePointer($0) } }
        let code = pointers.withUnsafeBufferPointer { headerList in
            exchange.body.withUnsafeBufferPointer { body in
                pamphlet_http_post(exchange.url, headerList.baseAddress, headerList.count, body.baseAddress, body.count,
                                   exchange.caFile, Self.milliseconds(exchange.connectTimeout),
                                   Self.milliseconds(exchange.totalTimeout), "pamphlet/\(PamphletVersion.string)", &result)
            }
        }
        guard code == 0 else {
            return .failed(reason: Self.text(of: &result.error), certificate: result.tls_problem != 0)
        }
        let location = Self.text(of: &result.location)
        let body = result.body.map { Array(UnsafeBufferPointer(start: $0, count: result.body_length)) } ?? []
        return .response(status: result.status, location: location.isEmpty ? nil : location, body: body)
    }

    private static func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }

    private static func text<T>(of tuple: inout T) -> String {
        withUnsafeBytes(of: &tuple) { raw in
            let bytes = raw.prefix { $0 != 0 }
            return String(decoding: bytes, as: UTF8.self)
        }
    }
}
