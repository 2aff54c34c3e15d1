import PamphletCore
import PamphletUI
import Testing
@testable import PamphletTerminal

/// OSC 8: the bytes sent for a link's cells, only ever for a checked address, and the
/// terminals they are sent to.
@Suite struct HyperlinkTests {
    static let linkStyle = Style(foreground: .green, underline: true)

    /// A frame showing "See heart site" with "heart" as a link's text at column 4.
    static func frame() -> Frame {
        var frame = Frame(width: 20, height: 2)
        frame.put("See ", x: 0, y: 1)
        frame.put("heart", x: 4, y: 1, style: linkStyle)
        frame.put(" site", x: 9, y: 1)
        return frame
    }

    @Test func aLinksCellsArePaintedAgainInsideOSC8WithTheirAttributes() throws {
        let address = try #require(WebAddress("https://example.org/heart?a=1&b=2"))
        let link = Hyperlink(address: address, x: 4, y: 1, width: 5)
        let bytes = HyperlinkEscapes.repaint(link, in: Self.frame(), colors: true, linked: true)
        #expect(bytes == "\u{1B}7\u{1B}[2;5H\u{1B}]8;;https://example.org/heart?a=1&b=2\u{1B}\\"
                + "\u{1B}[0;4;32mheart\u{1B}]8;;\u{1B}\\\u{1B}[0m\u{1B}8")
        let plain = HyperlinkEscapes.repaint(link, in: Self.frame(), colors: false, linked: false)
        #expect(plain == "\u{1B}7\u{1B}[2;5H\u{1B}[0;4mheart\u{1B}[0m\u{1B}8", "taken away: same cells, no OSC 8")
    }

    @Test func onlyAnAddressThatPassesTheChecksIsEverSent() throws {
        // Each of these would end the sequence early or smuggle another one in.
        for hostile in ["https://example.org/\u{1B}\\\u{1B}]52;c;aGk=\u{07}", "https://example.org/\u{07}",
                        "https://example.org/\u{9C}", "javascript:alert(1)", "https://exa mple.org"] {
            #expect(WebAddress(hostile) == nil, "\(hostile.debugDescription)")
        }
        let address = try #require(WebAddress("mailto:care@example.org"))
        let opening = try #require(HyperlinkEscapes.open(address))
        #expect(opening == "\u{1B}]8;;mailto:care@example.org\u{1B}\\")
        let payload = opening.dropFirst(5).dropLast(2)
        #expect(payload.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F })
    }

    @Test func aLinkOutsideTheFrameSendsNothing() throws {
        let address = try #require(WebAddress("https://example.org"))
        for link in [Hyperlink(address: address, x: 18, y: 1, width: 5), Hyperlink(address: address, x: 0, y: 2, width: 3),
                     Hyperlink(address: address, x: -1, y: 0, width: 3)] {
            #expect(HyperlinkEscapes.repaint(link, in: Self.frame(), colors: true, linked: true).isEmpty)
        }
    }

    @Test func onlyTerminalsKnownToShowHyperlinksGetThem() {
        func offered(_ environment: [String: String], kiosk: Bool = false) -> Bool {
            HyperlinkSupport.isAvailable(environment: environment, kiosk: kiosk)
        }
        #expect(offered(["TERM": "xterm-kitty"]))
        #expect(offered(["TERM": "xterm-256color", "VTE_VERSION": "7200"]))
        #expect(offered(["TERM": "xterm-256color", "TERM_PROGRAM": "iTerm.app", "TERM_PROGRAM_VERSION": "3.4.19"]))
        #expect(!offered(["TERM": "xterm-256color", "TERM_PROGRAM": "iTerm.app", "TERM_PROGRAM_VERSION": "3.0.15"]))
        #expect(offered(["TERM": "xterm-256color", "WT_SESSION": "x"]))
        #expect(!offered(["TERM": "xterm-256color"]), "plain xterm prints nothing for it, but is not known to show it")
        #expect(!offered(["TERM": "linux"]))
        #expect(!offered(["TERM": "screen-256color", "TMUX": "/tmp/tmux-1/default,1,0", "VTE_VERSION": "7200"]))
        #expect(offered(["TERM": "linux", "FORCE_HYPERLINK": "1"]))
        #expect(!offered(["TERM": "xterm-kitty", "FORCE_HYPERLINK": "0"]))
        #expect(!offered(["TERM": "xterm-kitty", "FORCE_HYPERLINK": "1"], kiosk: true), "never on a kiosk")
    }
}
