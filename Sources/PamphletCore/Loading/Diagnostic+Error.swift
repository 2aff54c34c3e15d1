/// Loading throws the diagnostic itself, so the caller gets `path:line: error: ...` ready to print.
extension Diagnostic: Error {}
