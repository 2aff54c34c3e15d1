import PamphletCore

extension String {
    /// The longest prefix that fits in `width` cells, ending in "…" when cut.
    func truncated(toWidth width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(self) <= width { return self }
        var result = ""
        var used = 0
        for character in self {
            let w = DisplayWidth.of(character)
            if used + w > width - 1 { break }
            result.append(character)
            used += w
        }
        return result + "…"
    }
}

extension String {
    /// Word-wrapped into at most `maxLines` lines, the last one ending in "…" when text is left over.
    func wrapped(toWidth width: Int, maxLines: Int) -> [String] {
        guard maxLines > 0 else { return [] }
        let lines = WordWrap.wrap(self, width: max(1, width))
        guard lines.count > maxLines else { return lines }
        var shown = Array(lines.prefix(maxLines))
        shown[maxLines - 1] = lines[(maxLines - 1)...].joined(separator: " ").truncated(toWidth: width)
        return shown
    }
}
