import Testing
import PamphletCore

/// Item 1: with `ulimit -c unlimited`, a kill -SEGV left a 40 MB core holding the typed name.
/// This test process takes the same measures (harmless for a test runner: it dumps no core).
@Suite struct ProcessPrivacyTests {
    @Test func coreDumpsAreOffAndCannotBeTurnedBackOn() {
        ProcessPrivacy.keepAnswersOutOfCoreDumps()
        #expect(ProcessPrivacy.coreLimit.soft == 0)
        #expect(ProcessPrivacy.coreLimit.hard == 0)
        #if os(Linux)
        #expect(ProcessPrivacy.isDumpable == false)
        #endif
    }
}
