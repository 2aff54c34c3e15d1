/// A saved request as the FHIR R4 `QuestionnaireResponse` that delivery POSTs:
/// `status` completed, the request id as its identifier (so a conditional create
/// on it never makes a duplicate), `authored` the time it was saved, and one item
/// per answer given, with the linkId and value type `ConsultQuestionnaire` defines.
/// Empty answers are left out: FHIR allows no empty strings.
public enum QuestionnaireResponseJSON {
    public static func resource(for request: ConsultRequest) -> JSONValue {
        func member(_ key: String, _ value: JSONValue) -> JSONMember { JSONMember(key: key, value: value) }
        var items: [JSONValue] = []
        for item in ConsultQuestionnaire.items {
            guard let answer = answer(item, request) else { continue }
            items.append(.object([member("linkId", .string(item.linkId)), member("text", .string(item.text)),
                                  member("answer", .array([.object([answer])]))]))
        }
        return .object([
            member("resourceType", .string("QuestionnaireResponse")),
            member("identifier", .object([
                member("system", .string(ConsultQuestionnaire.identifierSystem)),
                member("value", .string(ConsultQuestionnaire.identifierValue(request.idString))),
            ])),
            member("questionnaire", .string(ConsultQuestionnaire.canonical)),
            member("status", .string("completed")),
            member("authored", .string(request.createdAtString)),
            member("item", .array(items)),
        ])
    }

    /// The body to POST.
    public static func body(for request: ConsultRequest) -> [UInt8] {
        JSONWriter.compact(resource(for: request))
    }

    /// `If-None-Exist`'s value: the search that finds this request if it is already there.
    public static func ifNoneExist(for request: ConsultRequest) -> String {
        "identifier=\(ConsultQuestionnaire.identifierSystem)|\(ConsultQuestionnaire.identifierValue(request.idString))"
    }

    private static func answer(_ item: ConsultQuestionnaire.Item, _ request: ConsultRequest) -> JSONMember? {
        func text(_ value: String?) -> JSONMember? {
            // FHIR strings must hold something besides white space.
            guard let value, !value.allSatisfy(\.isWhitespace) else { return nil }
            return JSONMember(key: "valueString", value: .string(value))
        }
        switch item.linkId {
        case "urgent":
            return request.urgent ? JSONMember(key: "valueBoolean", value: .bool(true)) : nil
        default:
            guard let field = ConsultField(rawValue: item.linkId) else { return nil }
            switch field {
            case .name: return text(request.name)
            case .contactMethod:
                return JSONMember(key: "valueCoding", value: ConsultQuestionnaire.contactMethodCoding(request.contactMethod))
            case .phone: return text(request.phone)
            case .email: return text(request.email)
            case .bestTime: return text(request.bestTime)
            case .topic: return text(request.topic)
            case .message: return text(request.message)
            case .consent: return JSONMember(key: "valueBoolean", value: .bool(request.consent))
            case .article: return text(request.article)
            }
        }
    }
}
