import PamphletCore

/// Where `pamphlet` with no subcommand goes when stdout is a terminal.
/// The full-screen reader (PamphletUI + PamphletTerminal) takes over here;
/// until it lands, a terminal gets the same library list as a pipe.
func runInteractiveReader(library: Library) throws {
    LibraryListing.printTable(library)
}
