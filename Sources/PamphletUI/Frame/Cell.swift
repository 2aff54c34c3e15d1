/// One screen cell: a grapheme cluster and its style. A wide grapheme occupies
/// its cell and marks the next one as a continuation (no scalars).
///
/// The grapheme is kept as at most five Unicode scalars packed into two words, which is
/// what an ncurses cell holds (a spacing character and four combining ones; longer
/// clusters, rare emoji sequences, lose their tail there as here). A cell is therefore
/// plain bits: a frame is filled, copied and compared without reference counting or
/// string comparison, for every one of the thousands of cells a page-down changes.
public struct Cell: Sendable, Hashable {
    /// Scalars 0-2 at bits 0, 21 and 42.
    private var low: UInt64
    /// Scalars 3-4 at bits 0 and 21; the scalar count at bit 42.
    private var high: UInt64
    public var style: Style

    /// The most scalars a cell keeps.
    public static let maximumScalars = 5
    private static let scalarBits: UInt64 = 21
    private static let scalarMask: UInt64 = (1 << 21) - 1
    private static let countShift: UInt64 = 42

    /// A cell showing `grapheme` (its first five scalars); "" makes a continuation cell.
    public init(_ grapheme: String = " ", style: Style = .plain) {
        self.init(scalars: grapheme.unicodeScalars, style: style)
    }

    /// A cell showing `grapheme` (its first five scalars).
    public init(_ grapheme: Character, style: Style = .plain) {
        self.init(scalars: grapheme.unicodeScalars, style: style)
    }

    private init(scalars: some Sequence<Unicode.Scalar>, style: Style) {
        low = 0
        high = 0
        self.style = style
        var count = 0
        for scalar in scalars.prefix(Self.maximumScalars) {
            setScalar(scalar.value, at: count)
            count += 1
        }
        high |= UInt64(count) << Self.countShift
    }

    /// A cell showing one printable ASCII character, without looking at a string.
    @inline(__always)
    public init(ascii byte: UInt8, style: Style) {
        low = UInt64(byte)
        high = 1 << Self.countShift
        self.style = style
    }

    public static let blank = Cell()

    /// The right half of a wide grapheme.
    public static func continuation(style: Style) -> Cell { Cell(scalars: EmptyCollection(), style: style) }

    /// Number of scalars shown; 0 for the right half of a wide grapheme.
    public var scalarCount: Int { Int(high >> Self.countShift) }
    public var isContinuation: Bool { scalarCount == 0 }

    /// The value of scalar `index` (below `scalarCount`).
    @inline(__always)
    public func scalarValue(at index: Int) -> UInt32 {
        let word = index < 3 ? low : high
        let shift = Self.scalarBits * UInt64(index < 3 ? index : index - 3)
        return UInt32((word >> shift) & Self.scalarMask)
    }

    /// The grapheme as a string ("" for a continuation cell).
    public var grapheme: String {
        var text = ""
        for index in 0..<scalarCount {
            text.unicodeScalars.append(Unicode.Scalar(scalarValue(at: index)) ?? "\u{FFFD}")
        }
        return text
    }

    private mutating func setScalar(_ value: UInt32, at index: Int) {
        let shift = Self.scalarBits * UInt64(index < 3 ? index : index - 3)
        if index < 3 { low |= UInt64(value) << shift } else { high |= UInt64(value) << shift }
    }
}
