import ArgumentParser
import Foundation
import PamphletCore

/// `--library DIR`, shared by every command that reads articles.
struct LibraryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The folder of articles (default: $PAMPHLET_LIBRARY, else ./Articles, else the installed articles).",
        valueName: "DIR"))
    var library: String?

    /// Finds the library and lists it, from the catalog beside its search index when that
    /// is fresh (`LibraryCatalogCache`; articles are then parsed only when opened), printing
    /// one line per file that failed to load. The index mode comes from the library's
    /// pamphlet.yml; the commands that use its other settings report its problems.
    func loadLibrary() throws -> Library { try loadLibraryWithSettings().library }

    /// The library and its pamphlet.yml as read for it, for the reader, which uses the
    /// other settings too (and reports their problems): the file is read once.
    func loadLibraryWithSettings() throws -> (library: Library, settings: Result<LibraryConfig, LibraryConfigError>) {
        let directory = try locateDirectory()
        let settings = Result { () throws(LibraryConfigError) in try LibraryConfig.load(libraryDirectory: directory) }
        let loaded: Library
        do {
            loaded = try LibraryCatalogCache().open(directory: directory, mode: (try? settings.get())?.indexMode ?? .auto)
        } catch {
            throw CommandFailure(error.description)
        }
        for diagnostic in loaded.diagnostics {
            TerminalOutput.errorLine(diagnostic.description)
        }
        return (loaded, settings)
    }

    /// The library folder: `--library`, `$PAMPHLET_LIBRARY`, `./Articles`, or the installed one.
    func locateDirectory() throws -> String {
        let locator = LibraryLocator(
            explicitDirectory: library,
            environmentDirectory: ProcessEnvironment.variables[LibraryLocator.environmentVariable],
            currentDirectory: FileManager.default.currentDirectoryPath,
            executableDirectory: ExecutableLocation.directory,
            directoryExists: { path in
                var isDirectory: ObjCBool = false
                return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
            })
        do {
            return try locator.locate()
        } catch {
            throw CommandFailure(error.description)
        }
    }
}

extension Library {
    /// The article with this id, or a failure naming it and suggesting the closest ids.
    /// `show`, `search`, `faq` and the others all look articles up through here.
    func requireArticle(_ id: String) throws -> Article {
        do {
            return try ArticleLookup.article(id: id, in: self)
        } catch {
            throw CommandFailure(error.description)
        }
    }
}
