/// A terminal size in cells.
public struct Size: Sendable, Equatable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// Below this the reader shows only a "terminal too small" message.
    static let minimum = Size(width: 20, height: 6)

    var isTooSmall: Bool { width < Self.minimum.width || height < Self.minimum.height }
}
