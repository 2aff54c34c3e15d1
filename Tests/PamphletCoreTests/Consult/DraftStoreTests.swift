import Foundation
import Testing
@testable import PamphletCore

@Suite struct DraftStoreTests {
    let form = ConsultForm(name: "Zoë 山田", phone: "555 123 4567", message: "half-typed", article: "ketamine-therapy")
    let savedAt = Date(timeIntervalSince1970: 1_764_059_520)

    @Test func draftIsSavedPrivatelyAndOfferedBack() throws {
        let folder = try TemporaryFolder()
        let drafts = try DraftStore.standard(environment: ["XDG_STATE_HOME": folder.path], kiosk: false)
        #expect(drafts.path == folder.file("pamphlet/consult-draft.json"))
        try drafts.save(form, at: savedAt)
        #expect(permissions(drafts.path) == 0o600)
        #expect(permissions(folder.file("pamphlet")) == 0o700)
        #expect(try drafts.load() == DraftStore.Draft(savedAt: savedAt, form: form))
        try drafts.remove()
        #expect(try drafts.load() == nil)
        #expect(!FileManager.default.fileExists(atPath: drafts.path))
    }

    @Test func kioskModeNeitherKeepsNorOffersDrafts() throws {
        let folder = try TemporaryFolder()
        let normal = try DraftStore.standard(environment: ["XDG_STATE_HOME": folder.path], kiosk: false)
        try normal.save(form, at: savedAt)
        let kiosk = try DraftStore.standard(environment: ["XDG_STATE_HOME": folder.path], kiosk: true)
        #expect(try kiosk.load() == nil)
        try kiosk.save(ConsultForm(name: "Next patient"))
        #expect(try normal.load()?.form == form)
        try kiosk.remove()  // discarding still works, so an old draft cannot linger on a kiosk
        #expect(try normal.load() == nil)
    }

    @Test func anUnreadableDraftIsDroppedRatherThanOffered() throws {
        let folder = try TemporaryFolder()
        let drafts = DraftStore(path: folder.file("consult-draft.json"))
        try "{\"form\": ".write(toFile: drafts.path, atomically: false, encoding: .utf8)
        #expect(try drafts.load() == nil)
        #expect(!FileManager.default.fileExists(atPath: drafts.path))
    }
}
