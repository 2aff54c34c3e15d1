import ArgumentParser
import PamphletCore

/// Staff commands over the saved consult requests. Refused in kiosk mode.
struct RequestsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "requests",
        abstract: "List, show, mark, export, purge or send saved consult requests (for clinic staff).",
        discussion: """
            Examples:
              pamphlet requests list
              pamphlet requests show 4174f099
              pamphlet requests mark 4174f099 contacted --note "left a voicemail"
              pamphlet requests export --format csv --output requests.csv
              pamphlet requests send
              pamphlet requests list --requests /srv/clinic/consult-requests.json --json
            """,
        subcommands: [RequestsListCommand.self, RequestsShowCommand.self, RequestsMarkCommand.self,
                      RequestsExportCommand.self, RequestsPurgeCommand.self, RequestsSendCommand.self]
    )
}

/// What both staff commands need: the store, kiosk refusal, a readable file.
struct RequestsAccess: ParsableArguments {
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var kioskOptions: KioskOptions

    /// `kioskFlag`: the root command's `--kiosk`, which ArgumentParser gives to the root.
    /// `keepingEntries`: see `ConsultStore.load(keepingEntries:)`.
    func load(command: String, kioskFlag: Bool, keepingEntries: Bool = true) throws -> (ConsultStore, StoredRequests) {
        try kioskOptions.refuseInKiosk(command, flag: kioskFlag)
        // Every patient's answers are about to be in memory: never in a core dump.
        ProcessPrivacy.keepAnswersOutOfCoreDumps()
        let store = try storeOptions.store()
        let stored: StoredRequests
        do {
            stored = try store.load(keepingEntries: keepingEntries)
        } catch {
            throw CommandFailure(error.description)
        }
        if !stored.unreadableEntries.isEmpty {
            TerminalOutput.errorLine("pamphlet: note: \(stored.unreadableWhere) of \(store.path): not a request "
                + "this version can read (kept in the file, left out here).")
        }
        return (store, stored)
    }
}
