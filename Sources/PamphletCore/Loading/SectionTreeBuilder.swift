/// Nests headings into a section tree: a heading becomes a child of the
/// nearest earlier heading with a lower level, and blocks belong to the
/// heading just above them (or to the preamble before the first heading).
enum SectionTreeBuilder {
    static func build(_ elements: [MarkdownElement]) -> (preamble: [Block], sections: [Section]) {
        var slugger = AnchorSlugger()
        var preamble: [Block] = []
        var roots: [Section] = []
        // The open path from a top-level section down to the current one.
        var open: [Section] = []

        func closeInnermost() {
            let finished = open.removeLast()
            if open.isEmpty {
                roots.append(finished)
            } else {
                open[open.count - 1].children.append(finished)
            }
        }

        for element in elements {
            switch element {
            case .heading(let level, let inlines, let line):
                while let innermost = open.last, innermost.level >= level { closeInnermost() }
                let title = inlines.plainText.trimmingWhitespace()
                open.append(Section(level: level, heading: inlines, title: title,
                                    anchor: slugger.anchor(for: title), line: line))
            case .block(let block):
                if open.isEmpty {
                    preamble.append(block)
                } else {
                    open[open.count - 1].blocks.append(block)
                }
            }
        }
        while !open.isEmpty { closeInnermost() }
        return (preamble, roots)
    }
}
