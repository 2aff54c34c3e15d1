/// The consult form as a FHIR R4 `Questionnaire`, shipped as
/// `Articles/consult-questionnaire.json` so a clinic can load it into its server;
/// each delivered request is a `QuestionnaireResponse` that names it by `canonical`.
///
/// The canonical is an identifier, not an address anyone serves: `.invalid` can
/// never be a real domain (RFC 6761), so it cannot collide with a clinic's own.
public enum ConsultQuestionnaire {
    public static let canonical = "https://pamphlet.invalid/fhir/Questionnaire/consult-request"
    public static let version = "1"
    public static let fileName = "consult-questionnaire.json"
    /// RFC 3986 URIs: the standard FHIR system for an identifier that is a `urn:uuid:`.
    public static let identifierSystem = "urn:ietf:rfc:3986"
    /// The codes of `contact_method`'s answers.
    public static let contactMethodSystem = "https://pamphlet.invalid/fhir/CodeSystem/contact-method"

    public enum ItemType: String, Sendable {
        case string, text, boolean, choice
    }

    public struct Item: Sendable, Equatable {
        public var linkId: String
        public var text: String
        public var type: ItemType
        public var required: Bool
        /// Filled in by Pamphlet, not typed by the patient.
        public var readOnly: Bool
    }

    /// The request's identifier value for `id`.
    public static func identifierValue(_ id: String) -> String { "urn:uuid:" + id }

    /// In the form's order; `urgent` is Pamphlet's crisis check of the message.
    public static let items: [Item] = ConsultField.allCases.map { field in
        Item(linkId: field.rawValue, text: field == .article ? "The article this is about" : field.recordLabel,
             type: itemType(field), required: [.name, .contactMethod, .consent].contains(field),
             readOnly: field == .article)
    } + [Item(linkId: "urgent", text: "Crisis language found in the message: contact first",
              type: .boolean, required: false, readOnly: true)]

    static func itemType(_ field: ConsultField) -> ItemType {
        switch field {
        case .contactMethod: .choice
        case .consent: .boolean
        case .message: .text
        case .name, .phone, .email, .bestTime, .topic, .article: .string
        }
    }

    /// The Questionnaire resource, as shipped in Articles/.
    public static func resource() -> JSONValue {
        func member(_ key: String, _ value: JSONValue) -> JSONMember { JSONMember(key: key, value: value) }
        let entries: [JSONValue] = items.map { item in
            var members = [member("linkId", .string(item.linkId)), member("text", .string(item.text)),
                           member("type", .string(item.type.rawValue))]
            if item.required { members.append(member("required", .bool(true))) }
            if item.readOnly { members.append(member("readOnly", .bool(true))) }
            if item.linkId == ConsultField.contactMethod.rawValue {
                members.append(member("answerOption", .array(ContactMethod.allCases.map { method in
                    .object([member("valueCoding", contactMethodCoding(method))])
                })))
            }
            if let limit = ConsultField(rawValue: item.linkId)?.maximumLength, item.type == .string || item.type == .text {
                members.append(member("maxLength", .number(String(limit))))
            }
            return .object(members)
        }
        return .object([
            member("resourceType", .string("Questionnaire")),
            member("url", .string(canonical)),
            member("version", .string(version)),
            member("name", .string("PamphletConsultRequest")),
            member("title", .string("Consultation request")),
            member("status", .string("active")),
            member("subjectType", .array([.string("Patient")])),
            member("description", .string("A patient asks the clinic to contact them about a consultation. "
                + "Sent by Pamphlet, a patient-education reader; not for emergencies.")),
            member("item", .array(entries)),
        ])
    }

    static func contactMethodCoding(_ method: ContactMethod) -> JSONValue {
        .object([JSONMember(key: "system", value: .string(contactMethodSystem)),
                 JSONMember(key: "code", value: .string(method.rawValue)),
                 JSONMember(key: "display", value: .string(method.recordLabel))])
    }
}
