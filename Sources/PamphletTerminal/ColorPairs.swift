import CNcursesw
import PamphletUI

/// ncurses colour pairs, allocated the first time a (foreground, background)
/// combination is painted. Terminals with few pairs (8-colour xterm has 64)
/// keep the attributes and lose only the colours they have no pair for.
struct ColorPairs {
    private var pairs: [PairKey: Int16] = [:]
    private let available: Int
    /// Whether the terminal's own colours can be named (-1) by use_default_colors.
    private let hasDefaultColors: Bool

    private struct PairKey: Hashable {
        var foreground: Color
        var background: Color
    }

    /// Starts colour on the terminal; nil when colour is off or unsupported.
    static func start(enabled: Bool) -> ColorPairs? {
        guard enabled, has_colors(), start_color() == OK else { return nil }
        let hasDefaultColors = use_default_colors() == OK
        return ColorPairs(available: Int(pamphlet_color_pairs()), hasDefaultColors: hasDefaultColors)
    }

    private init(available: Int, hasDefaultColors: Bool) {
        self.available = available
        self.hasDefaultColors = hasDefaultColors
    }

    /// The pair number for a style's colours; 0 (the terminal default) when the
    /// style has none or no pair is left.
    mutating func pair(for style: Style) -> Int16 {
        if style.foreground == .terminalDefault && style.background == .terminalDefault { return 0 }
        let key = PairKey(foreground: style.foreground, background: style.background)
        if let pair = pairs[key] { return pair }
        let next = pairs.count + 1
        guard next < available, next <= Int(Int16.max) else { return 0 }
        let pair = Int16(next)
        guard init_pair(pair, number(of: key.foreground, default: COLOR_WHITE),
                        number(of: key.background, default: COLOR_BLACK)) == OK else { return 0 }
        pairs[key] = pair
        return pair
    }

    private func number(of color: Color, default fallback: Int32) -> Int16 {
        switch color {
        case .terminalDefault: return hasDefaultColors ? -1 : Int16(fallback)
        case .black: return Int16(COLOR_BLACK)
        case .red: return Int16(COLOR_RED)
        case .green: return Int16(COLOR_GREEN)
        case .yellow: return Int16(COLOR_YELLOW)
        case .blue: return Int16(COLOR_BLUE)
        case .magenta: return Int16(COLOR_MAGENTA)
        case .cyan: return Int16(COLOR_CYAN)
        case .white: return Int16(COLOR_WHITE)
        }
    }
}
