import PamphletCore

/// After a save: the reference and what happens next. Holds no answer of the
/// patient's, so nothing personal stays on screen or in memory.
struct ConsultSavedScreen: Sendable {
    let reference: String
    let method: ContactMethod
    /// Sent, to be sent, or kept here: the confirmation says which.
    let delivery: ConsultDeliveryOutcome
    let crisisText: String
    /// For the clinic's staff, e.g. that an unreadable requests file was moved aside.
    let notice: String?
    /// Crisis help, when the message held crisis language: shown first (the request was urgent).
    let urgentHelp: CrisisHelp?
    /// In kiosk mode: seconds until the screen clears itself (it says so); nil elsewhere.
    let clearsAfter: Double?
    private var size: Size
    private var shownAt: Double?

    init(reference: String, method: ContactMethod, crisisText: String, notice: String? = nil,
         clearsAfter: Double?, size: Size, urgentHelp: CrisisHelp? = nil, delivery: ConsultDeliveryOutcome = .keptHere) {
        self.delivery = delivery
        self.urgentHelp = urgentHelp
        self.reference = Sanitizer.clean(reference)
        self.method = method
        self.crisisText = crisisText
        self.notice = notice.map(Sanitizer.clean)
        self.clearsAfter = clearsAfter
        self.size = size
    }

    /// True once a kiosk has shown the reference for `clearsAfter` seconds (ticks carry the time).
    mutating func shownLongEnough(now: Double) -> Bool {
        guard let clearsAfter else { return false }
        guard let shownAt else {
            shownAt = now
            return false
        }
        return now - shownAt >= clearsAfter
    }

    mutating func resize(to newSize: Size) {
        size = newSize
    }

    func draw(into frame: inout Frame, theme: Theme) {
        let column = ReadingColumn(terminalWidth: size.width)
        let closing = clearsAfter.map { seconds in
            trn("Any key finishes; this screen clears itself in %1$s second.",
                "Any key finishes; this screen clears itself in %1$s seconds.", Int(seconds), localizedCount(Int(seconds)))
        } ?? tr("Press any key to go back to reading.")
        OverlayChrome(title: tr("Consultation request"), hints: tr("any key:continue")).draw(into: &frame, column: column, theme: theme)
        var rows: [(String, Style)] = []
        if let help = urgentHelp {
            rows += CrisisPanel.consultLines(for: help, width: column.width).map { ($0, theme.crisisText) }
            rows += WordWrap.wrap(help.wording.urgentSaved, width: column.width).map { ($0, theme.crisisText) }
            rows.append(("", .plain))
        }
        rows.append((ConsultConfirmationText.saved(reference: reference), theme.formLabel))
        rows.append(("", .plain))
        // Not-for-emergencies first: on a small screen it must not be the part cut off.
        rows += WordWrap.wrap(ConsultConfirmationText.notForEmergencies, width: column.width).map { ($0, theme.crisisText) }
        rows.append(("", .plain))
        for paragraph in [ConsultConfirmationText.whatHappensNext(method: method, delivery: delivery), ""] {
            rows += WordWrap.wrap(paragraph, width: column.width).map { ($0, .plain) }
        }
        rows += WordWrap.wrap(crisisText, width: column.width).map { ($0, theme.crisisText) }
        rows.append(("", .plain))
        if let notice {
            rows += WordWrap.wrap(ConsultConfirmationText.staffNotice(notice), width: column.width).map { ($0, theme.formLabel) }
            rows.append(("", .plain))
        }
        rows += WordWrap.wrap(closing, width: column.width).map { ($0, theme.subtle) }
        for (offset, row) in rows.prefix(OverlayChrome.contentHeight(for: size)).enumerated() {
            frame.put(row.0, x: column.x, y: OverlayChrome.contentTop + offset, style: row.1, maxX: column.maxX)
        }
    }
}
