#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Why a JSON consult request could not be read. Names keys, never values.
public struct ConsultJSONError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String
}

extension ConsultForm {
    /// The most bytes a JSON request may have: every field at its cap, written
    /// with escapes, fits well within this.
    public static let maximumJSONBytes = 64 * 1024

    /// Reads one request written as a JSON object with the form's snake_case
    /// keys (`name`, `contact_method`, `phone`, `email`, `best_time`, `topic`,
    /// `message`, `consent`, `article`). Missing keys and `null` mean empty;
    /// an unknown key is an error, so nothing beyond the form is accepted.
    public static func fromJSON(_ bytes: [UInt8]) throws(ConsultJSONError) -> ConsultForm {
        guard bytes.count <= maximumJSONBytes else {
            throw ConsultJSONError(description: "The JSON request is larger than \(maximumJSONBytes / 1024) KB.")
        }
        let value: JSONValue
        do {
            // Strict: a key given twice is refused, as an unknown key is (Foundation would
            // keep the first "consent", Python and JavaScript the last).
            value = try JSONParser.parse(bytes)
        } catch {
            throw ConsultJSONError(description: "The input is not valid JSON: \(error.message).")
        }
        guard case .object(let members) = value else {
            throw ConsultJSONError(description: "The JSON request must be an object, like {\"name\": …}.")
        }
        let keys = CodingKeys.allCases.map(\.rawValue)
        let known = Set(keys)
        if let unknown = members.map(\.key).first(where: { !known.contains($0) }) {
            throw ConsultJSONError(description: "Unknown key \"\(JSONParser.printable(unknown))\"; the keys are \(keys.joined(separator: ", ")).")
        }
        func string(_ key: CodingKeys) throws(ConsultJSONError) -> String {
            switch value[key.rawValue] {
            case nil, .null?: return ""
            case .string(let text)?: return text
            default: throw ConsultJSONError(description: "\"\(key.rawValue)\" must be a string.")
            }
        }
        var form = ConsultForm()
        form.name = try string(.name)
        form.phone = try string(.phone)
        form.email = try string(.email)
        form.bestTime = try string(.bestTime)
        form.topic = try string(.topic)
        form.message = try string(.message)
        let article = try string(.article)
        form.article = article.isEmpty ? nil : article
        let method = try string(.contactMethod)
        if method.isEmpty {
            form.contactMethod = .either
        } else if let chosen = ContactMethod(rawValue: method) {
            form.contactMethod = chosen
        } else {
            throw ConsultJSONError(description: "\"contact_method\" must be \"phone\", \"email\" or \"either\".")
        }
        switch value[CodingKeys.consent.rawValue] {
        case nil, .null?: form.consent = false
        case .bool(let agreed)?: form.consent = agreed
        default: throw ConsultJSONError(description: "\"consent\" must be true or false.")
        }
        return form
    }
}
