import PamphletCore

/// A web address shown on screen: the cells from `x` to `x + width` on row `y` are
/// its link's text. The terminal backend may offer them as an OSC 8 hyperlink; the
/// frame's cells are the same either way, and Pamphlet itself never opens one.
public struct Hyperlink: Sendable, Equatable {
    public let address: WebAddress
    public let x: Int
    public let y: Int
    public let width: Int

    public init(address: WebAddress, x: Int, y: Int, width: Int) {
        self.address = address
        self.x = x
        self.y = y
        self.width = width
    }
}
