/// Which text of a block counts for readability: prose only. Code, tables
/// and raw HTML are not sentences, so they would skew the formulas.
enum ReadabilityText {
    static func score(of block: Block) -> ReadabilityScore {
        var score = ReadabilityScore()
        switch block.kind {
        case .paragraph(let inlines): score.add(inlines.plainText)
        case .list(_, _, _, let items): for item in items { for child in item { score.add(Self.score(of: child)) } }
        case .quote(let children): for child in children { score.add(Self.score(of: child)) }
        case .code, .table, .thematicBreak, .html: break
        }
        return score
    }
}
