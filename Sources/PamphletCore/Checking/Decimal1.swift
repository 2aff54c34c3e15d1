/// A number printed with one decimal ("8.4"), without Foundation's formatters.
public struct Decimal1: CustomStringConvertible, Sendable {
    public var value: Double
    public init(_ value: Double) { self.value = value }

    public var description: String {
        guard value.isFinite else { return "-" }
        let tenths = Int((abs(value) * 10).rounded())
        return (value < 0 && tenths > 0 ? "-" : "") + "\(tenths / 10).\(tenths % 10)"
    }
}
