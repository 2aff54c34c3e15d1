import ArgumentParser
import PamphletCore

@main
struct Pamphlet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pamphlet",
        abstract: "Read patient-education articles in the terminal.",
        version: PamphletVersion.string,
        subcommands: []
    )
}
