import Foundation
import PamphletCore
import Testing

/// Issue 12: requests reach the clinic's FHIR intake server once each, whatever fails.
@Suite(.enabled(if: FHIRIntakeServer.unavailable == nil, "\(FHIRIntakeServer.unavailable ?? "")"), .serialized)
struct DeliveryEndToEndTests {
    @Test func aSavedRequestIsSentAtOnceAndTheConfirmationSaysSo() throws {
        let home = try TemporaryFolder()
        let server = try FHIRIntakeServer(folder: home.path)
        let library = try home.library(intake: server.url)
        let result = try home.pamphlet.run(ConsultArguments.valid + ["--library", library, "--message", "Hello"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("What happens next: your request was sent to Riverside Clinic, and staff there "
            + "will contact you by phone. If you do not hear from them, call Riverside Clinic on +1 555 0100."))
        let stored = try home.stored()
        let request = try #require(stored.requests.first)
        #expect(server.creations() == [request.idString: 1])
        #expect(stored.delivery(of: request)?.state == .sent)
        #expect(stored.delivery(of: request)?.location?.hasPrefix("QuestionnaireResponse/") == true)
        let list = try home.pamphlet.run(["requests", "list"])
        #expect(list.stdout.contains("DELIVERY"))
        #expect(list.stdout.contains(" sent "))
        let show = try home.pamphlet.run(["requests", "show", request.reference])
        #expect(show.stdout.contains("Delivery: sent "))
        // Nothing local is removed because it was sent.
        #expect(try home.stored().requests.count == 1)
    }

    @Test func serverErrorsAreRetriedAndEachRequestArrivesOnce() throws {
        let home = try TemporaryFolder()
        let server = try FHIRIntakeServer(folder: home.path)
        let library = try home.library(intake: server.url)
        try server.set("500")
        let saved = try home.pamphlet.run(ConsultArguments.valid + ["--library", library])
        #expect(saved.stdout.contains("your request is saved on this computer but has not reached Riverside Clinic yet; "
            + "it will be sent when this computer is online."))
        let id = try #require(try home.stored().requests.first?.idString)
        var record = try #require(try home.stored().deliveries.values.first)
        #expect(record.state == .retry && record.attempt == 1 && record.httpStatus == 500)
        #expect(record.reason?.contains("the intake database is down (test)") == true)
        // Too soon: back-off leaves it waiting, and says so.
        let early = try home.send(library)
        #expect(early.status == 75)
        #expect(early.stdout.contains("waiting for their next try 1"))
        for mode in ["drop", "accept-then-drop", "500"] {
            try server.set(mode)
            #expect(try home.send(library, ["--now"]).status == 75)
        }
        try server.set("ok")
        let done = try home.send(library, ["--now"])
        #expect(done.status == 0, "\(done.stdout)\(done.stderr)")
        record = try #require(try home.stored().deliveries.values.first)
        #expect(record.state == .sent && record.attempt == 5)
        // accept-then-drop stored it; the later POSTs found it by If-None-Exist instead of adding a copy.
        #expect(server.creations() == [id: 1])
        #expect(server.posts().count == 2)
        #expect(try home.send(library, ["--now"]).stdout.contains("Sent 0, to retry 0, rejected 0"))
    }

    @Test func a4xxRejectsTheRequestWithTheServersReasonAndIsNotRetried() throws {
        let home = try TemporaryFolder()
        let server = try FHIRIntakeServer(folder: home.path)
        let library = try home.library(intake: server.url)
        try server.set("400")
        _ = try home.pamphlet.run(ConsultArguments.valid + ["--library", library])
        let request = try #require(try home.stored().requests.first)
        try server.set("ok")
        #expect(try home.send(library, ["--now"]).stdout.contains("Sent 0, to retry 0, rejected 0"))
        #expect(server.posts().isEmpty)
        let show = try home.pamphlet.run(["requests", "show", request.reference])
        #expect(show.stdout.contains("Delivery: rejected by the intake server"))
        #expect(show.stdout.contains("HTTP 400: this clinic does not take consult requests here (test)"))
        let list = try home.pamphlet.run(["requests", "list"]).stdout
        #expect(list.contains(" rejected "))
        #expect(list.contains("1 request was rejected by the intake server and is not sent again"))
        // Staff put it back in the queue: sent, once, and the journal says who did it.
        let retried = try home.send(library, ["--retry-rejected", "--one", request.reference])
        #expect(retried.status == 0, "\(retried.stdout)\(retried.stderr)")
        #expect(retried.stdout.hasPrefix("\(request.reference)  rejected before, queued again: HTTP 400: "))
        #expect(retried.stdout.contains("Sent 1, to retry 0, rejected 0"))
        #expect(server.creations() == [request.idString: 1])
        #expect(try home.pamphlet.run(["requests", "show", request.reference]).stdout.contains("Delivery: sent "))
        #expect(try String(contentsOfFile: home.requestsPath, encoding: .utf8).contains(#""state":"requeued""#))
        let again = try home.send(library, ["--retry-rejected"])
        #expect(again.status == 0 && again.stdout.hasPrefix("No rejected requests to queue again.\n"))
    }

    @Test func aServerThatHangsKeepsThePatientWaitingAtMostTwoSeconds() throws {
        let home = try TemporaryFolder()
        let server = try FHIRIntakeServer(folder: home.path)
        let library = try home.library(intake: server.url)
        try server.set("hang")
        let start = ContinuousClock.now
        let saved = try home.pamphlet.run(ConsultArguments.valid + ["--library", library])
        let waited = ContinuousClock.now - start
        #expect(saved.status == 0)
        #expect(waited < .milliseconds(3500), "the patient waited \(waited)")
        #expect(saved.stdout.contains("has not reached Riverside Clinic yet"))
    }

    @Test func noIntakeUrlSaysTheRequestStaysOnThisComputer() throws {
        let home = try TemporaryFolder()
        let library = try home.library(intake: nil)
        let saved = try home.pamphlet.run(ConsultArguments.valid + ["--library", library])
        #expect(saved.stdout.contains("your request is saved on this computer only; it is not sent anywhere."))
        #expect(saved.stdout.contains("To be sure they know, call Riverside Clinic on +1 555 0100."))
        let send = try home.send(library)
        #expect(send.status == 1)
        #expect(send.stderr.contains("No intake_url in"))
    }

    @Test func aSelfSignedCertificateIsRefusedClearlyAndAcceptedWithIntakeCa() throws {
        let home = try TemporaryFolder()
        let openssl = Process()
        openssl.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        openssl.arguments = ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
                             "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", home.path + "/key.pem",
                             "-out", home.path + "/cert.pem"]
        openssl.standardError = FileHandle.nullDevice
        try openssl.run()
        openssl.waitUntilExit()
        #expect(openssl.terminationStatus == 0)
        let server = try FHIRIntakeServer(folder: home.path, tls: (home.path + "/cert.pem", home.path + "/key.pem"))
        let ids = try home.saveOffline(1)
        var library = try home.library(intake: server.url)
        let refused = try home.send(library)
        #expect(refused.status == 75)
        #expect(refused.stdout.contains("the intake server's certificate is not trusted"))
        #expect(refused.stdout.contains("put its certificate's file in pamphlet.yml as intake_ca"))
        #expect(server.posts().isEmpty)
        library = try home.library(intake: server.url, ca: home.path + "/cert.pem")
        let accepted = try home.send(library, ["--now"])
        #expect(accepted.status == 0, "\(accepted.stdout)\(accepted.stderr)")
        #expect(server.creations() == [ids[0]: 1])
    }
}
