import Testing
@testable import PamphletCore

/// What a kiosk user can paste or type into the consult form: huge pastes,
/// control characters, right-to-left scripts, names with no letters.
/// Each gives exactly the field errors the form would show, quickly.
@Suite struct HostileFormInputTests {
    /// A form that passes validation; each test spoils one field.
    private static let valid = ConsultForm(name: "Ana López", contactMethod: .phone, phone: "+1 555 010 2000",
                                           topic: "Dosing", message: "Hello.", consent: true)

    private static let textFields: [ConsultField] = [.name, .phone, .email, .bestTime, .topic, .message]

    /// The valid form with one field's text replaced.
    private static func valid(with text: String, in field: ConsultField) -> ConsultForm {
        var form = valid
        switch field {
        case .name: form.name = text
        case .phone: form.phone = text
        case .email: form.email = text
        case .bestTime: form.bestTime = text
        case .topic: form.topic = text
        case .message: form.message = text
        case .contactMethod, .consent, .article: Issue.record("\(field) is not typed text")
        }
        return form
    }

    @Test func theBaselineFormIsValid() {
        #expect(Self.valid.validate() == [])
    }

    @Test(arguments: textFields)
    func oneMegabytePasteIsTooLong(field: ConsultField) {
        let form = Self.valid(with: String(repeating: "Paste 🙂 ", count: 1_000_000 / 11), in: field)
        #expect(form.text(of: field).utf8.count > 999_000)
        let errors = withinHangGuard("validating a 1 MB \(field)", limit: .seconds(60)) { form.validate() }
        #expect(errors == [FieldError(field, "Too long: at most \(groupedDigits(field.maximumLength)) characters.")])
    }

    @Test func oneMegabyteJSONRequestIsRefusedBeforeParsing() {
        let json = "{\"name\": \"" + String(repeating: "a", count: 1_000_000) + "\"}"
        #expect(throws: ConsultJSONError(description: "The JSON request is larger than 64 KB.")) {
            try ConsultForm.fromJSON(Array(json.utf8))
        }
    }

    /// The length cap counts characters a person sees, so a long paste of
    /// multi-byte letters is judged by its letters, not its bytes.
    @Test func capCountsCharactersNotBytes() {
        var form = Self.valid
        form.message = String(repeating: "日", count: 2_000)  // 6,000 bytes, 2,000 characters
        #expect(form.validate() == [])
        form.message += "日"
        #expect(form.validate() == [FieldError(.message, "Too long: at most 2,000 characters.")])
    }

    @Test(arguments: [
        "\u{1B}[2J", "\u{1B}]52;c;aGVsbG8=\u{07}", "back\u{08}space", "bell\u{07}", "nul\u{00}",
        "del\u{7F}", "c1 \u{9B}2J", "\u{202E}reversed", "isolate \u{2067}x\u{2069}", "line\u{2028}sep",
    ])
    func controlCharactersAreRejectedInEveryField(text: String) {
        for field in Self.textFields {
            let form = Self.valid(with: "Ana " + text, in: field)
            #expect(form.validate() == [FieldError(field, "Contains a control character; please retype it without it.")],
                    "\(field)")
        }
    }

    @Test func onlyTheMessageMayHoldLineBreaksAndTabs() {
        var form = Self.valid
        form.message = "First line\r\nSecond line\n\tindented"
        #expect(form.validate() == [])
        form.topic = "Two\nlines"
        #expect(form.validate() == [FieldError(.topic, "Contains a control character; please retype it without it.")])
    }

    @Test(arguments: [
        "مريم الحسن",            // Arabic
        "שרה כהן",               // Hebrew
        "زهرا\u{200C}ی احمدی",   // Persian, with the zero-width non-joiner it needs
        "\u{200F}نور\u{200F}",   // with right-to-left marks, which only nudge neutral characters
    ])
    func rightToLeftNamesAreAccepted(name: String) {
        var form = Self.valid
        form.name = name
        #expect(form.validate() == [])
    }

    @Test func rightToLeftOverrideInANameIsRejected() {
        var form = Self.valid
        form.name = "\u{202E}nirtsirhC"
        #expect(form.validate() == [FieldError(.name, "Contains a control character; please retype it without it.")])
    }

    @Test(arguments: [
        "\u{0301}\u{0302}\u{0303}",      // combining acute, circumflex, tilde
        "\u{20DD}\u{20DD}",              // enclosing circles
        "\u{200B}\u{2060}",              // zero-width space and word joiner
        "12345", "-.-",
    ])
    func nameWithoutALetterIsRejected(name: String) {
        var form = Self.valid
        form.name = name
        #expect(form.validate() == [FieldError(.name, "A name needs at least one letter.")])
    }

    /// Marks after a space combine with it into one white-space character, so
    /// trimming takes them too and the name is empty rather than letterless.
    @Test func marksOnWhiteSpaceAreTrimmedWithIt() {
        var form = Self.valid
        form.name = " \u{0308}\u{0308} "
        #expect(form.validate() == [FieldError(.name, "Please enter your name.")])
    }

    /// Combining marks on a letter are part of the name (e.g. Vietnamese).
    @Test func combiningMarksOnALetterAreFine() {
        var form = Self.valid
        form.name = "Nguyễn Thị Ánh"
        #expect(form.validate() == [])
    }
}
