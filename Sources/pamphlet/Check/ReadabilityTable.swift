import PamphletCore

/// The reading-level table `pamphlet check` prints after its findings.
enum ReadabilityTable {
    static func lines(_ reports: [ArticleChecker.Report]) -> [String] {
        guard !reports.isEmpty else { return [] }
        let header = ["article", "sections", "faqs", "words", "sentences", "FK grade", "SMOG"]
        let rows = reports.map { report -> [String] in
            let score = report.readability
            let smog = score.smogGrade.map { Decimal1($0).description + (score.isSMOGReliable ? "" : "*") } ?? "-"
            return [report.article.id, "\(report.article.allSections.count)", "\(report.article.faq.count)",
                    "\(score.words)", "\(score.sentences)",
                    score.fleschKincaidGrade.map { Decimal1($0).description } ?? "-", smog]
        }
        let widths = header.indices.map { column in
            ([header] + rows).map { DisplayWidth.of($0[column]) }.max() ?? 0
        }
        func format(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - DisplayWidth.of(cell))
                return column == 0 ? cell + pad : pad + cell   // ids left, numbers right
            }.joined(separator: "  ")
        }
        var out = [format(header)]
        out += rows.map(format)
        if reports.contains(where: { !$0.readability.isSMOGReliable && $0.readability.smogGrade != nil }) {
            out.append("* SMOG is normed on 30 or more sentences; fewer make it a rough guide.")
        }
        return out
    }
}
