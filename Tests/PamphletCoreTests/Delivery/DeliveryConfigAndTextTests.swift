import Foundation
import Testing
@testable import PamphletCore

/// Issue 12: the confirmation says what happened, and intake_url / intake_ca in pamphlet.yml.
@Suite struct DeliveryConfigAndTextTests {
    private let clinic = ClinicContact(name: "Riverside Clinic", phone: "+1 555 0100", hours: "Mon-Fri 8-6")

    @Test func theConfirmationSaysExactlyWhatHappened() {
        #expect(ConsultConfirmationText.whatHappensNext(method: .phone, delivery: .init(state: .sent, clinic: clinic)) ==
            "What happens next: your request was sent to Riverside Clinic, and staff there will contact you by phone. "
            + "If you do not hear from them, call Riverside Clinic on +1 555 0100 (Mon-Fri 8-6). "
            + "Keep the reference to ask about this request.")
        #expect(ConsultConfirmationText.whatHappensNext(method: .email, delivery: .init(state: .willSend, clinic: clinic)) ==
            "What happens next: your request is saved on this computer but has not reached Riverside Clinic yet; "
            + "it will be sent when this computer is online. Staff will then contact you by email. "
            + "To be sure they know, call Riverside Clinic on +1 555 0100 (Mon-Fri 8-6). "
            + "Keep the reference to ask about this request.")
        #expect(ConsultConfirmationText.whatHappensNext(method: .either, delivery: .init(state: .keptHere, clinic: clinic)) ==
            "What happens next: your request is saved on this computer only; it is not sent anywhere. "
            + "Clinic staff collect requests from this computer and will contact you by phone or email. "
            + "To be sure they know, call Riverside Clinic on +1 555 0100 (Mon-Fri 8-6). "
            + "Keep the reference to ask about this request.")
    }

    @Test func withoutAClinicInPamphletYmlNoNumberIsMadeUp() {
        let kept = ConsultConfirmationText.whatHappensNext(method: .phone)
        #expect(kept.contains("saved on this computer only; it is not sent anywhere"))
        #expect(kept.contains("If this is not the clinic's own computer, contact the clinic yourself."))
        let sent = ConsultConfirmationText.whatHappensNext(method: .phone, delivery: .init(state: .sent))
        #expect(sent.hasPrefix("What happens next: your request was sent to the clinic, and staff there"))
        #expect(!sent.contains("call"))
        // The old promise is gone whatever the state.
        for state in [ConsultDeliveryOutcome.State.sent, .willSend, .keptHere] {
            #expect(!ConsultConfirmationText.whatHappensNext(method: .phone, delivery: .init(state: state))
                .contains("collect saved requests"))
        }
    }

    @Test func intakeUrlMustBeHttpsOrPlainHttpToLoopback() throws {
        #expect(try LibraryConfig.parse("intake_url: https://fhir.example.org/fhir/QuestionnaireResponse\n", path: "lib/pamphlet.yml").intake
            == IntakeSettings(url: "https://fhir.example.org/fhir/QuestionnaireResponse"))
        for loopback in ["http://127.0.0.1:8080/fhir/QuestionnaireResponse", "http://localhost/QuestionnaireResponse",
                         "http://[::1]:9/QuestionnaireResponse"] {
            #expect(try LibraryConfig.parse("intake_url: \(loopback)\n", path: "p").intake?.url == loopback)
        }
        let problems: [(String, String)] = [
            ("intake_url: http://fhir.example.org/fhir\n",
             "p:1: error: intake_url must use https (plain http is allowed only to 127.0.0.1, ::1 or localhost, for testing)"),
            ("intake_url: http://127.0.0.1.example.org/\n",
             "p:1: error: intake_url must use https (plain http is allowed only to 127.0.0.1, ::1 or localhost, for testing)"),
            ("intake_url: ftp://fhir.example.org/\n", "p:1: error: intake_url must start with https://"),
            ("intake_url: fhir.example.org\n",
             "p:1: error: intake_url must be a full address such as https://fhir.example.org/fhir/QuestionnaireResponse"),
            ("intake_ca: ca.pem\n", "p:1: error: intake_ca needs intake_url as well"),
        ]
        for (text, message) in problems {
            #expect(throws: LibraryConfigError.self) { try LibraryConfig.parse(text, path: "p") }
            do { _ = try LibraryConfig.parse(text, path: "p") } catch { #expect(error.description == message) }
        }
    }

    @Test func intakeCaIsReadFromTheLibraryFolderAndMustExist() throws {
        let folder = try TemporaryFolder()
        try "-----BEGIN CERTIFICATE-----\n".write(toFile: folder.file("clinic-ca.pem"), atomically: true, encoding: .utf8)
        try "intake_url: https://intake.example.org/fhir/QuestionnaireResponse\nintake_ca: clinic-ca.pem\n"
            .write(toFile: folder.file("pamphlet.yml"), atomically: true, encoding: .utf8)
        #expect(try LibraryConfig.load(libraryDirectory: folder.path).intake?.caFile == folder.file("clinic-ca.pem"))
        try "intake_url: https://intake.example.org/\nintake_ca: missing.pem\n"
            .write(toFile: folder.file("pamphlet.yml"), atomically: true, encoding: .utf8)
        do {
            _ = try LibraryConfig.load(libraryDirectory: folder.path)
            Issue.record("a missing intake_ca was accepted")
        } catch {
            #expect(error.description == "\(folder.file("pamphlet.yml")):2: error: intake_ca: there is no file \(folder.file("missing.pem"))")
        }
    }
}
