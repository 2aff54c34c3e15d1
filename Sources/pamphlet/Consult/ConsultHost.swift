import PamphletCore

/// Where the readers' consult requests and drafts go: the requests file
/// (`--requests`, else `PAMPHLET_REQUESTS`, else under `$XDG_DATA_HOME`) and, outside kiosk
/// mode, the draft under `$XDG_STATE_HOME`. Nothing about the patient is
/// printed or logged here; failures come back as plain words for the screen.
struct ConsultHost {
    private let store: Result<ConsultStore, UserDirectoriesError>
    /// nil in kiosk mode, or when there is no folder to keep a draft in.
    let drafts: DraftStore?
    /// A message with crisis language makes the saved request urgent.
    private let crisis: CrisisSupport
    /// The library's pamphlet.yml (intake_url, clinic) and its folder: where a saved request goes next.
    private let config: LibraryConfig
    private let libraryDirectory: String?

    init(requestsFile: String?, environment: [String: String], kiosk: Bool, crisis: CrisisSupport = .standard,
         config: LibraryConfig = LibraryConfig(), libraryDirectory: String? = nil) {
        self.crisis = crisis
        self.config = config
        self.libraryDirectory = libraryDirectory
        store = Result { () throws(UserDirectoriesError) in
            try ConsultStore.resolve(option: requestsFile, environment: environment)
        }
        drafts = kiosk ? nil : try? DraftStore.standard(environment: environment, kiosk: false)
        if kiosk {
            // A draft left from before the terminal became a kiosk must not be offered to a stranger.
            try? DraftStore.standard(environment: environment, kiosk: true).remove()
        }
        // No lock is taken here: a stuck process holding it must not keep the reader
        // from painting. Each save removes leftovers itself, under the lock.
    }

    /// Saves the request and tries once (2 s at most) to send it: the reference, what
    /// became of it, and anything the user must be told (a requests file that was moved
    /// aside), or why it was not saved.
    func save(_ form: ConsultForm) -> Result<Saved, SaveFailure> {
        let request: ConsultRequest
        do {
            request = try form.makeRequest(crisis: crisis.detector)
        } catch {
            return .failure(SaveFailure(reason: error.errors.map(\.description).joined(separator: " ")))
        }
        switch store {
        case .failure(let problem):
            return .failure(SaveFailure(reason: problem.description))
        case .success(let store):
            do {
                let report = try store.save(request)
                let delivery = BackgroundDelivery.attempt(report.id, store: store, libraryDirectory: libraryDirectory,
                                                          config: config)
                return .success(Saved(reference: report.reference, quarantine: report.quarantine, delivery: delivery))
            } catch {
                return .failure(SaveFailure(reason: error.description))
            }
        }
    }

    /// The unfinished request to offer back, if any.
    func unfinishedDraft() -> ConsultForm? {
        (try? drafts?.load())??.form
    }

    /// A draft that cannot be written is not worth interrupting the patient for;
    /// the form itself still holds every answer.
    func keepDraft(_ form: ConsultForm) {
        try? drafts?.save(form)
    }

    func removeDraft() {
        try? drafts?.remove()
    }

    struct Saved {
        let reference: String
        let quarantine: ConsultStore.Quarantine?
        let delivery: ConsultDeliveryOutcome
    }

    struct SaveFailure: Error {
        let reason: String
    }
}
