@testable import PamphletCore

/// Small hand-built articles for engine tests (the relevance test uses real Markdown).
enum SearchTestArticles {
    static func paragraph(_ text: String, line: Int = 1) -> Block { Block(.paragraph([.text(text)]), line: line) }

    static func faq(_ question: String, _ answer: String, keywords: [String] = []) -> FAQEntry {
        FAQEntry(question: question, anchor: slug(question), keywords: keywords, answer: [paragraph(answer)], line: 1)
    }

    static func section(_ title: String, _ body: String, level: Int = 2, children: [Section] = []) -> Section {
        Section(level: level, heading: [.text(title)], title: title, anchor: slug(title), line: 1,
                blocks: [paragraph(body)], children: children)
    }

    static func slug(_ text: String) -> String {
        String(text.lowercased().compactMap { $0.isLetter || $0.isNumber ? $0 : ($0 == " " ? "-" : nil) })
    }

    static let infusion: Article = {
        let faqs = [
            faq("How long does a session last?", "A session usually lasts from 45 minutes to two hours, monitoring included.",
                keywords: ["duration", "length", "hours"]),
            faq("Can I keep taking my antidepressant?", "Most antidepressant medication can be continued; tell your prescriber.",
                keywords: ["medication", "combine"]),
        ]
        let faqSection = Section(level: 2, heading: [.text("FAQ")], title: "FAQ", anchor: "faq", line: 1,
                                 children: faqs.map { Section(level: 3, heading: [.text($0.question)], title: $0.question,
                                                              anchor: $0.anchor, line: 1, blocks: $0.answer) })
        return Article(
            id: "infusion", path: "infusion.md", meta: FrontMatter(title: "Ketamine infusion"),
            sections: [
                section("Side effects", "Some people feel dizziness or nausea; blood pressure rises for a while."),
                section("Initial consultation", "The first visit reviews your history and treatment goals."),
                section("Intravenous infusion", "The medicine is given through a thin tube into a vein over forty minutes."),
                faqSection,
            ],
            faq: faqs)
    }()

    static let spanish: Article = Article(
        id: "sesion", path: "sesion.md", meta: FrontMatter(title: "Qué esperar de la sesión", language: "es"),
        sections: [section("Después de la sesión", "Es normal sentirse cansado después de las sesiones; descanse y beba agua.")],
        faq: [])
}
