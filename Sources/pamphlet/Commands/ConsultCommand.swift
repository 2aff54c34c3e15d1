import ArgumentParser
import Foundation
import PamphletCore

struct ConsultCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consult",
        abstract: "Ask the clinic for a consultation; the request is saved on this computer and sent if intake_url is set.",
        discussion: """
            Give the answers as options, or one request as JSON with --json FILE (or - for \
            standard input) using the keys name, contact_method, phone, email, best_time, topic, \
            message, consent and article. Prints a reference on success. Exits 65 when an answer \
            is not valid (each one is named; nothing is saved) and 1 when saving failed.
            This is not for emergencies.

            Examples:
              pamphlet consult --name "Sam Lee" --phone "+1 555 0100" --consent
              pamphlet consult --name "Zoë Yamada" --email zoe@example.org --time "weekday mornings" \\
                --article what-does-ketamine-therapy-feel-like --consent
              echo '{"name": "Sam Lee", "contact_method": "phone", "phone": "+1 555 0100", "consent": true}' \\
                | pamphlet consult --json -
            """
    )

    @Option(name: .long, help: "Your full name.") var name: String?
    @Option(name: .long, help: "Phone number.") var phone: String?
    @Option(name: .long, help: "Email address.") var email: String?
    @Option(name: .long, help: ArgumentHelp(
        "How to contact you: phone, email or either (default: the one you gave, or either).",
        valueName: "METHOD"))
    var contact: ContactMethod?
    @Option(name: .long, help: "Best time to contact you.") var time: String?
    @Option(name: .long, help: "What you would like to talk about.") var topic: String?
    @Option(name: .long, help: ArgumentHelp("The article this is about.", valueName: "ID")) var article: String?
    @Option(name: .long, help: "A message for the clinic (up to 2,000 characters).") var message: String?
    @Flag(name: .long, help: "I agree that the clinic may contact me about this request.") var consent = false
    @Option(name: .long, help: ArgumentHelp("Read one request as JSON from FILE, or - for standard input.",
                                            valueName: "FILE"))
    var json: String?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var libraryOptions: LibraryOptions

    func validate() throws {
        let answers: [String?] = [name, phone, email, time, topic, article, message]
        if json != nil, answers.contains(where: { $0 != nil }) || contact != nil || consent {
            throw ValidationError("Give the request either as options or with --json, not both.")
        }
    }

    func run() throws {
        // From here on this process holds a patient's answers: keep them out of core dumps.
        ProcessPrivacy.keepAnswersOutOfCoreDumps()
        if let option = RawArguments.firstOptionWithInvalidUTF8() {
            TerminalOutput.errorLine("pamphlet: the value of \(option) is not valid UTF-8 text "
                + "(is the terminal set to UTF-8?). Nothing was saved.")
            throw ExitCode(ConsultExit.invalidInput)
        }
        let usesJSON = json != nil
        var form = try json.map(Self.formFromJSON) ?? formFromOptions()
        var crisis: String?
        // Where the request goes next (intake_url) and the clinic's phone; no library, no delivery.
        let libraryDirectory = try? libraryOptions.locateDirectory()
        let config: LibraryConfig
        do {
            config = try libraryDirectory.map(LibraryConfig.load(libraryDirectory:)) ?? LibraryConfig()
        } catch {
            throw CommandFailure(error.description + " Nothing was saved.")
        }
        InterfaceLanguageSetup.adoptLibraryDefault(config.language)
        if let id = form.article, !id.isEmpty {
            let library = try libraryOptions.loadLibrary()
            if let found = library.article(id: id) {
                if form.topic.isEmpty { form.topic = found.title }
                crisis = found.meta.crisis
            } else {
                throw Self.rejection([FieldError(.article, "There is no article with this id in \(library.directory).")],
                                     json: usesJSON)
            }
        }
        let request: ConsultRequest
        do {
            request = try form.makeRequest()
        } catch {
            throw Self.rejection(error.errors, json: usesJSON)
        }
        let store = try storeOptions.store()
        let report: ConsultStore.SaveReport
        do {
            report = try store.save(request)
        } catch {
            throw CommandFailure(ConsultConfirmationText.notSaved(error.description))
        }
        if let quarantine = report.quarantine {
            TerminalOutput.errorLine("pamphlet: warning: \(quarantine.description)")
        }
        if let conversion = report.conversion {
            TerminalOutput.errorLine("pamphlet: note: \(conversion.description)")
        }
        if let torn = report.tornLineSetAside {
            TerminalOutput.errorLine("pamphlet: warning: the last line of \(store.path) was cut short by an "
                + "earlier crash; it was copied to \(torn) and removed from the file.")
        }
        let delivery = BackgroundDelivery.attempt(report.id, store: store, libraryDirectory: libraryDirectory, config: config)
        ConsultConfirmation.print(reference: report.reference, method: request.contactMethod, delivery: delivery,
                                  crisis: crisis)
    }

    private func formFromOptions() -> ConsultForm {
        let phone = phone ?? ""
        let email = email ?? ""
        let method = contact ?? (phone.isEmpty == email.isEmpty ? .either : (phone.isEmpty ? .email : .phone))
        return ConsultForm(name: name ?? "", contactMethod: method, phone: phone, email: email,
                           bestTime: time ?? "", topic: topic ?? "", message: message ?? "",
                           consent: consent, article: article)
    }

    private static func formFromJSON(_ source: String) throws -> ConsultForm {
        do {
            return try ConsultForm.fromJSON(try ConsultInput.readJSON(from: source))
        } catch let error as ConsultJSONError {
            TerminalOutput.errorLine("pamphlet: \(error.description) Nothing was saved.")
            throw ExitCode(ConsultExit.invalidInput)
        }
    }

    /// Names every bad field (never its value); the command then exits without saving.
    private static func rejection(_ errors: [FieldError], json: Bool) -> ExitCode {
        for error in errors {
            let source = json ? "\"\(error.field.rawValue)\"" : ConsultExit.option(for: error.field)
            TerminalOutput.errorLine("pamphlet: \(error.field.label) (\(source)): \(error.message)")
        }
        TerminalOutput.errorLine("pamphlet: Nothing was saved.")
        return ExitCode(ConsultExit.invalidInput)
    }
}

extension ContactMethod: ExpressibleByArgument {}

enum ConsultExit {
    /// EX_DATAERR from sysexits.h: the input was wrong, not the system.
    static let invalidInput: Int32 = 65

    static func option(for field: ConsultField) -> String {
        switch field {
        case .name: "--name"
        case .contactMethod: "--contact, --phone or --email"
        case .phone: "--phone"
        case .email: "--email"
        case .bestTime: "--time"
        case .topic: "--topic"
        case .message: "--message"
        case .consent: "--consent"
        case .article: "--article"
        }
    }
}
