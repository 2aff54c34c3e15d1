import Testing
@testable import PamphletCore

/// A form that passes, changed one way per row to see exactly which field complains.
private let valid = ConsultForm(name: "Zoë 山田", contactMethod: .phone, phone: "+1 (555) 123-4567",
                                email: "", bestTime: "Weekday mornings", topic: "Ketamine therapy",
                                message: "Line one\nLine two", consent: true, article: "ketamine-therapy")

private func with(_ change: (inout ConsultForm) -> Void) -> ConsultForm {
    var form = valid
    change(&form)
    return form
}

@Suite struct ConsultFormValidationTests {
    @Test func aCompleteFormHasNoErrors() {
        #expect(valid.validate() == [])
    }

    @Test(arguments: [
        ("empty name", with { $0.name = "" }, ConsultField.name, "Please enter your name."),
        ("blank name", with { $0.name = "   " }, .name, "Please enter your name."),
        ("only combining marks", with { $0.name = "\u{301}\u{302}\u{303}" }, .name, "A name needs at least one letter."),
        ("only digits", with { $0.name = "1234" }, .name, "A name needs at least one letter."),
        ("zero-width only", with { $0.name = "\u{200B}\u{200B}" }, .name, "A name needs at least one letter."),
        ("escape in name", with { $0.name = "Ann\u{1B}[2J" }, .name, "Contains a control character; please retype it without it."),
        ("newline in name", with { $0.name = "Ann\nLee" }, .name, "Contains a control character; please retype it without it."),
        ("C1 control", with { $0.topic = "a\u{9B}b" }, .topic, "Contains a control character; please retype it without it."),
        ("bidi override", with { $0.bestTime = "\u{202E}evening" }, .bestTime, "Contains a control character; please retype it without it."),
        ("name too long", with { $0.name = String(repeating: "a", count: 201) }, .name, "Too long: at most 200 characters."),
        ("phone required", with { $0.phone = "" }, .phone, "Enter a phone number, or choose another way to be contacted."),
        ("phone too short", with { $0.phone = "555 12" }, .phone, "A phone number has 7 to 15 digits."),
        ("phone too long", with { $0.phone = "1234567890123456" }, .phone, "A phone number has 7 to 15 digits."),
        ("phone letters", with { $0.phone = "555-CALL-NOW" }, .phone, "Use the digits 0-9, with + ( ) - . or spaces if you like."),
        ("plus inside", with { $0.phone = "555+1234567" }, .phone, "Use the digits 0-9, with + ( ) - . or spaces if you like."),
        ("email required", with { $0.contactMethod = .email }, .email, "Enter an email address, or choose another way to be contacted."),
        ("either needs one", with { $0.contactMethod = .either; $0.phone = "" }, .contactMethod, "Enter a phone number or an email address."),
        ("bad optional email", with { $0.email = "ann@" }, .email, "Enter an email address like name@example.org."),
        ("message at cap + 1", with { $0.message = String(repeating: "é", count: 2_001) }, .message, "Too long: at most 2,000 characters."),
        ("1 MB paste", with { $0.message = String(repeating: "x", count: 1 << 20) }, .message, "Too long: at most 2,000 characters."),
        ("no consent", with { $0.consent = false }, .consent, "Please agree that the clinic may contact you about this request."),
        ("article too long", with { $0.article = String(repeating: "a", count: 201) }, .article, "Too long: at most 200 characters."),
    ])
    func oneProblemIsReportedOnItsField(_ name: String, form: ConsultForm, field: ConsultField, message: String) {
        #expect(form.validate() == [FieldError(field, message)], "\(name)")
    }

    @Test(arguments: [
        "Zoë 山田", "O'Brien-Smith", "José María", "محمد", "שרה", "Nguyễn Văn A",
        "देवनागरी", "زهره\u{200C}ای", "X Æ A-12", "  Ann  ",
    ])
    func namesInAnyScriptAreAccepted(_ name: String) {
        #expect(with { $0.name = name }.validate() == [])
    }

    @Test(arguments: ["5551234", "+44 20 7946 0958", "(555) 123-4567", "555.123.4567", "123456789012345"])
    func phoneNumbersInCommonShapesAreAccepted(_ phone: String) {
        #expect(with { $0.phone = phone }.validate() == [])
    }

    /// Digits of other scripts are digits: the number is saved with 0-9, as the clinic dials it.
    @Test(arguments: [("+٩٦٦ ٥٠ ١٢٣ ٤٥٦٧", "+966 50 123 4567"),      // Arabic-Indic
                      ("۰۹۱۲ ۳۴۵ ۶۷۸۹", "0912 345 6789"),            // Persian
                      ("०९८७६ ५४३२१०", "09876 543210"),              // Devanagari
                      ("（５５５）１２３-４５６７", "（555）123-4567")])  // full-width digits; the brackets are not ASCII
    func unicodeDigitsInAPhoneNumberAreConverted(typed: String, saved: String) throws {
        let form = with { $0.phone = typed }
        #expect(form.trimmed(.phone) == saved)
        if saved.allSatisfy(\.isASCII) {
            #expect(form.validate() == [])
            #expect(try form.makeRequest().phone == saved)
        }
    }

    @Test(arguments: ["ann@example.org", "a.b+tag@mail.example.co.uk", "zoë@exämple.de", "x@host-1.io"])
    func sensibleEmailsAreAccepted(_ email: String) {
        #expect(with { $0.contactMethod = .email; $0.email = email }.validate() == [])
    }

    @Test(arguments: ["ann", "ann@example", "ann@@example.org", "ann smith@example.org", "@example.org",
                      "ann@.org", "ann@example.c", "ann@example.123", ".ann@example.org", "a..b@example.org",
                      "ann@-example.org", "ann@example.org.", "\"ann\"@example.org"])
    func malformedEmailsAreRejected(_ email: String) {
        #expect(with { $0.contactMethod = .email; $0.email = email }.validate()
                == [FieldError(.email, "Enter an email address like name@example.org.")])
    }

    @Test func everyProblemIsListedInFormOrder() {
        let errors = ConsultForm(contactMethod: .either, phone: "12", email: "bad").validate()
        #expect(errors.map(\.field) == [.name, .phone, .email, .consent])
    }

    @Test func messageKeepsNewlinesAndTabsButOtherFieldsDoNot() {
        #expect(with { $0.message = "a\r\nb\tc" }.validate() == [])
        #expect(with { $0.topic = "a\tb" }.error(for: .topic) != nil)
    }

    @Test func errorsNeverQuoteTheValue() {
        let secret = "Sécret Name\u{1B}"
        for error in with({ $0.name = secret; $0.phone = secret; $0.email = secret }).validate() {
            #expect(!error.description.contains("Sécret"))
        }
    }

    @Test func makeRequestTrimsAndNormalises() throws {
        let form = with {
            $0.name = "  Zoë  "; $0.email = " zoe@example.org "; $0.bestTime = "  "
            $0.message = "one\r\ntwo\rthree  "
        }
        let request = try form.makeRequest()
        #expect(request.name == "Zoë")
        #expect(request.email == "zoe@example.org")
        #expect(request.bestTime == nil)
        #expect(request.message == "one\ntwo\nthree")
        #expect(request.status == "new")
        #expect(request.article == "ketamine-therapy")
    }

    @Test func makeRequestRefusesAnInvalidForm() {
        #expect(throws: InvalidConsultForm(errors: [FieldError(.consent, "Please agree that the clinic may contact you about this request.")])) {
            try with { $0.consent = false }.makeRequest()
        }
    }
}
