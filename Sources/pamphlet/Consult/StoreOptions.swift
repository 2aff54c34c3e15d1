import ArgumentParser
import Foundation
import PamphletCore

/// `--requests FILE`: where consult requests are kept.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The requests file (default: $PAMPHLET_REQUESTS, else $XDG_DATA_HOME/pamphlet/consult-requests.json).",
        valueName: "FILE"))
    var requests: String?

    func store() throws -> ConsultStore {
        do {
            return try ConsultStore.resolve(option: requests, environment: ProcessInfo.processInfo.environment)
        } catch {
            throw CommandFailure(error.description)
        }
    }
}

/// `--kiosk`, and the library's `pamphlet.yml`, which can also turn it on.
struct KioskOptions: ParsableArguments {
    @Flag(name: .long, help: "Kiosk mode: a shared terminal; staff commands are refused.")
    var kiosk = false

    @OptionGroup var libraryOptions: LibraryOptions

    /// Kiosk settings for this run. A broken `pamphlet.yml` stops the command
    /// rather than risk running a kiosk without its protections.
    func resolve() throws -> KioskConfig {
        if kiosk { return KioskConfig(flag: true, library: LibraryConfig()) }
        // No library at all means no config file that could ask for kiosk mode.
        guard let directory = try? libraryOptions.locateDirectory() else {
            return KioskConfig(flag: false, library: LibraryConfig())
        }
        do {
            return KioskConfig(flag: false, library: try LibraryConfig.load(libraryDirectory: directory))
        } catch {
            throw CommandFailure(error.description)
        }
    }

    /// Stops staff commands on a kiosk, where the next person could read them.
    func refuseInKiosk(_ command: String) throws {
        if try resolve().isEnabled {
            throw CommandFailure("\(command) is not available in kiosk mode: consult requests hold personal data.")
        }
    }
}
