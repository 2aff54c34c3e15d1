/// How a sender POSTs one resource: libcurl (`CurlTransport`) in the program, a
/// scripted one in tests of the sender's bookkeeping.
public protocol IntakeTransport: Sendable {
    func post(_ exchange: IntakeExchange) -> IntakeAnswer
}

public struct IntakeExchange: Sendable, Equatable {
    public var url: String
    public var body: [UInt8]
    /// Whole header lines, e.g. "If-None-Exist: identifier=…".
    public var headers: [String]
    public var caFile: String?
    public var connectTimeout: Duration
    public var totalTimeout: Duration
}

public enum IntakeAnswer: Sendable, Equatable {
    /// The server answered (any status).
    case response(status: Int, location: String?, body: [UInt8])
    /// No answer: no network, refused, timed out, cut off, or a certificate not trusted.
    case failed(reason: String, certificate: Bool)
}
