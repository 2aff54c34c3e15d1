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
            return try ConsultStore.resolve(option: requests, environment: ProcessEnvironment.variables)
        } catch {
            throw CommandFailure(error.description)
        }
    }
}

/// Kiosk mode for staff commands: the root command's `--kiosk` (wherever it is
/// written on the command line), or `kiosk: true` in the library's `pamphlet.yml`.
struct KioskOptions: ParsableArguments {
    @OptionGroup var libraryOptions: LibraryOptions

    /// The kiosk's own session never reaches a shell (q and Ctrl-C do nothing there),
    /// so a shell on that machine is staff's: a second console or ssh as the kiosk's user.
    @Flag(help: "For clinic staff at their own login on the kiosk machine: read the requests of a library whose pamphlet.yml says kiosk: true.")
    var staff = false

    /// Kiosk settings for this run. A broken `pamphlet.yml` stops the command
    /// rather than risk running a kiosk without its protections.
    func resolve(flag: Bool) throws -> KioskConfig {
        if flag { return KioskConfig(flag: true, library: LibraryConfig()) }
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
    /// `--kiosk` always refuses: that is the kiosk session itself.
    func refuseInKiosk(_ command: String, flag: Bool) throws {
        if flag {
            throw CommandFailure("\(command) is not available in kiosk mode: consult requests hold personal data.")
        }
        if try resolve(flag: false).isEnabled && !staff {
            throw CommandFailure("\(command) is not available in kiosk mode: consult requests hold personal data. "
                                 + "Clinic staff at their own login on this machine (not the kiosk's screen): "
                                 + "add --staff.")
        }
    }
}
