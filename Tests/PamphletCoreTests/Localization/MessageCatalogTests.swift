import Foundation
import PamphletTestSupport
import Testing
@testable import PamphletCore

/// The catalogs against the code: every message is extractable and in the template,
/// the template is what `make pot` writes today, and Spanish translates all of it.
@Suite struct MessageCatalogTests {
    static let localization = TestCatalogs.packageRoot.appendingPathComponent("Sources/Localization")

    static func catalog(_ name: String) throws -> CatalogFile {
        CatalogFile(text: try String(contentsOf: localization.appendingPathComponent(name), encoding: .utf8))
    }

    static func scanSources() throws -> MessageCallScanner {
        var scanner = MessageCallScanner()
        let sources = TestCatalogs.packageRoot.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(atPath: sources.path)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        for file in files.sorted() {
            scanner.scan(file: "Sources/" + file, text: try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8))
        }
        return scanner
    }

    @Test func everyMessageIsAPlainLiteralXgettextCanRead() throws {
        let scanner = try Self.scanSources()
        #expect(scanner.problems.isEmpty, "\(scanner.problems.map(\.description).joined(separator: "\n"))")
        #expect(scanner.keys.count > 50)
    }

    @Test func theTemplateHoldsEveryMessageInTheCode() throws {
        let inCode = try Self.scanSources().keys
        let template = try Self.catalog("pamphlet.pot").keys
        let missing = inCode.subtracting(template).map(\.description).sorted()
        let stale = template.subtracting(inCode).map(\.description).sorted()
        #expect(missing.isEmpty, "not in pamphlet.pot (run make pot):\n\(missing.joined(separator: "\n"))")
        #expect(stale.isEmpty, "in pamphlet.pot but no longer in the code (run make pot):\n\(stale.joined(separator: "\n"))")
    }

    @Test func xgettextExtractsWhatTheCodeSays() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("pamphlet-\(UUID().uuidString).pot")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try Tool.run("bash", ["Sources/Localization/extract-messages.sh", output.path], in: TestCatalogs.packageRoot)
        #expect(result.status == 0, "\(result.output)")
        let extracted = CatalogFile(text: try String(contentsOf: output, encoding: .utf8)).keys
        let inCode = try Self.scanSources().keys
        let disagreements = extracted.symmetricDifference(inCode).map(\.description).sorted()
        #expect(disagreements.isEmpty, "xgettext and the code disagree on:\n\(disagreements.joined(separator: "\n"))")
    }

    @Test func spanishTranslatesEveryMessageAndNoneIsFuzzy() throws {
        let template = try Self.catalog("pamphlet.pot").keys
        let spanish = try Self.catalog("es.po")
        let messages = spanish.entries.filter { !$0.key.id.isEmpty }
        let untranslated = messages.filter { $0.translations.contains(where: \.isEmpty) }.map(\.key.description)
        let fuzzy = messages.filter(\.isFuzzy).map(\.key.description)
        #expect(untranslated.isEmpty, "untranslated in es.po:\n\(untranslated.joined(separator: "\n"))")
        #expect(fuzzy.isEmpty, "fuzzy in es.po (check, then remove the mark):\n\(fuzzy.joined(separator: "\n"))")
        let missing = template.subtracting(spanish.keys).map(\.description).sorted()
        #expect(missing.isEmpty, "in pamphlet.pot but not in es.po (run make po):\n\(missing.joined(separator: "\n"))")
        #expect(spanish.keys.subtracting(template).isEmpty, "es.po has messages the template no longer has (run make po)")
        // msgfmt --check: placeholders and plural forms agree with the English.
        let check = try Tool.run("msgfmt", ["--check", "--statistics", "--output-file=/dev/null",
                                            Self.localization.appendingPathComponent("es.po").path])
        #expect(check.status == 0, "\(check.output)")
    }

    /// glibc reads LANGUAGE only under a real messages locale; this test process starts in
    /// the C locale, on a machine with no es_ES.UTF-8, as most kiosks will.
    @Test func spanishIsReadFromTheCatalogEvenUnderTheCLocale() {
        TestCatalogs.spanish {
            #expect(tr("Crisis help") == "Ayuda en una crisis")
            #expect(trc("form field", "Phone") == "Teléfono")
            #expect(ConsultConfirmationText.saved(reference: "PX-1") == "Solicitud guardada. Número de referencia: PX-1")
        }
        #expect(tr("Crisis help") == "Crisis help")
    }
}
