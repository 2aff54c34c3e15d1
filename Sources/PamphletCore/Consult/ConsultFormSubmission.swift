#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A form that did not pass validation; `errors` name every bad field.
public struct InvalidConsultForm: Error, Sendable, Equatable {
    public var errors: [FieldError]
}

extension ConsultForm {
    /// The request to save: validated, trimmed, empty answers as nil, the
    /// message's line endings made `\n` and the time cut to whole seconds (as
    /// the file writes it, so the request equals what is read back).
    /// A message holding crisis language (`crisis`) makes the request urgent.
    /// Throws `InvalidConsultForm` when any field is wrong.
    public func makeRequest(id: UUID = UUID(), createdAt: Date = Date(),
                            crisis: CrisisDetector = .standard) throws(InvalidConsultForm) -> ConsultRequest {
        let errors = validate()
        guard errors.isEmpty else { throw InvalidConsultForm(errors: errors) }
        func answer(_ field: ConsultField) -> String? {
            let value = trimmed(field)
            return value.isEmpty ? nil : value
        }
        let message = answer(.message).map {
            $0.replacing("\r\n", with: "\n").replacing("\r", with: "\n")
        }
        return ConsultRequest(
            id: id, createdAt: Date(timeIntervalSince1970: createdAt.timeIntervalSince1970.rounded(.down)), article: answer(.article), name: trimmed(.name),
            contactMethod: contactMethod, phone: answer(.phone), email: answer(.email),
            bestTime: answer(.bestTime), topic: answer(.topic), message: message, consent: consent,
            urgent: message.map(crisis.containsCrisisLanguage) ?? false)
    }
}
