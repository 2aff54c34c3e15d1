extension ConsultForm {
    /// Every problem with the form, at most one per field, in form order.
    /// Pure: the same form always gives the same answer.
    public func validate() -> [FieldError] {
        var errors: [FieldError] = []
        let textFields: [ConsultField] = [.name, .phone, .email, .bestTime, .topic, .message, .article]
        var unusable: Set<ConsultField> = []
        for field in textFields {
            if let problem = FieldTextRules.problem(in: text(of: field), for: field) {
                errors.append(problem)
                unusable.insert(field)
            }
        }

        let name = trimmed(.name)
        let phone = trimmed(.phone)
        let email = trimmed(.email)
        if !unusable.contains(.name), let problem = ContactRules.nameProblem(name) {
            errors.append(FieldError(.name, problem))
        }
        if !unusable.contains(.phone) {
            if !phone.isEmpty, let problem = ContactRules.phoneProblem(phone) {
                errors.append(FieldError(.phone, problem))
            } else if phone.isEmpty, contactMethod == .phone {
                errors.append(FieldError(.phone, tr("Enter a phone number, or choose another way to be contacted.")))
            }
        }
        if !unusable.contains(.email) {
            if !email.isEmpty, let problem = ContactRules.emailProblem(email) {
                errors.append(FieldError(.email, problem))
            } else if email.isEmpty, contactMethod == .email {
                errors.append(FieldError(.email, tr("Enter an email address, or choose another way to be contacted.")))
            }
        }
        if contactMethod == .either, phone.isEmpty, email.isEmpty,
           !unusable.contains(.phone), !unusable.contains(.email) {
            errors.append(FieldError(.contactMethod, tr("Enter a phone number or an email address.")))
        }
        if !consent {
            errors.append(FieldError(.consent, tr("Please agree that the clinic may contact you about this request.")))
        }
        let order = ConsultField.allCases
        return errors.sorted { order.firstIndex(of: $0.field)! < order.firstIndex(of: $1.field)! }
    }

    /// The problem with one field, for the message shown beside it.
    public func error(for field: ConsultField) -> FieldError? {
        validate().first { $0.field == field }
    }

    func trimmed(_ field: ConsultField) -> String {
        let text = Self.trimmingWhitespace(text(of: field))
        return field == .phone ? Self.asciiDigits(text) : text
    }

    /// A phone number typed with Arabic-Indic (٠١٢), Devanagari (०१२), full-width
    /// (０１２) or any other decimal digits, written with 0-9, as the clinic dials it.
    static func asciiDigits(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !$0.isASCII }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if !scalar.isASCII, scalar.properties.numericType == .decimal,
               let value = scalar.properties.numericValue, let digit = Unicode.Scalar(0x30 + UInt32(value)) {
                out.append(digit)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// The text without leading and trailing white space (any script's, newlines included).
    static func trimmingWhitespace(_ text: String) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
              let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(text[first...last])
    }
}
