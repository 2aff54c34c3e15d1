import PamphletCore

/// The consult request as the reader hosts it: opening the form over any
/// screen, routing keys to it, and the host's answers about saving.
extension ReaderApp {
    /// The form over the current screen, its topic the article being read.
    mutating func openConsultForm(restoring draft: ConsultForm? = nil) -> [Effect] {
        if case .consult = overlays.last { return [] }
        let article = draft.map { $0.article } ?? currentArticle?.id
        let topic = currentArticle.map { Sanitizer.clean($0.title) } ?? ""
        let screen = ConsultFormScreen(topic: topic, article: article, crisisText: consultCrisisText,
                                       keepsDrafts: !options.kiosk, size: size, restoring: draft,
                                       crisis: crisis, language: currentArticle?.meta.language ?? "en")
        overlays.append(.consult(.form(screen)))
        return []
    }

    /// The article's crisis text, else the library's, as the crisis screen finds it;
    /// else the short form of the crisis lines.
    private var consultCrisisText: String {
        let help = CrisisScreen(article: currentArticle, library: library, crisis: crisis, size: size).help
        return help.articleText ?? help.shortText
    }

    /// Whether a consult form, with the patient's answers, is open (kiosk tests check it is not).
    public var hasConsultForm: Bool {
        overlays.contains { if case .consult(.form) = $0 { true } else { false } }
    }

    /// Offers back a request left unfinished last time ("Continue it? y/n").
    /// Ignored in kiosk mode, where no draft is ever kept.
    mutating func offerDraft(_ draft: ConsultForm) {
        guard !options.kiosk else { return }
        overlays.append(.consult(.draftOffer(DraftOfferScreen(draft: draft, size: size))))
    }

    /// The host saved the request: show the reference, forget the answers.
    /// `notice` is what the store must tell the user besides (a requests file moved aside).
    /// `delivery` is what became of it (sent to the clinic, to be sent, or kept here).
    mutating func consultSaved(reference: String, notice: String? = nil,
                               delivery: ConsultDeliveryOutcome = .keptHere) -> [Effect] {
        guard let index = consultIndex, case .form(let screen) = flow(at: index) else { return [] }
        let saved = ConsultSavedScreen(reference: reference, method: screen.form.contactMethod,
                                       crisisText: screen.crisisText, notice: notice,
                                       clearsAfter: options.kiosk ? options.confirmationSeconds : nil, size: size,
                                       urgentHelp: screen.crisisHelp, delivery: delivery)
        overlays[index] = .consult(.saved(saved))
        return options.kiosk ? [] : [.removeConsultDraft]
    }

    /// The host could not save: back to the form with every answer and the reason.
    mutating func consultFailed(message: String) {
        guard let index = consultIndex, case .form(var screen) = flow(at: index) else { return }
        screen.saveFailed(message)
        overlays[index] = .consult(.form(screen))
    }

    mutating func handleConsultKey(_ key: Key) -> [Effect] {
        guard let index = consultIndex else { return [] }
        let flow = flow(at: index)
        let action = Self.consultAction(for: key, on: flow.screenKind, keyMap: keyMap)
        switch flow {
        case .draftOffer(let offer):
            switch action {
            case .confirm?:
                overlays.remove(at: index)
                return openConsultForm(restoring: offer.draft)
            case .decline?:
                overlays.remove(at: index)
                return [.removeConsultDraft]
            case .close?:
                overlays.remove(at: index)
                return []
            default:
                return []
            }
        case .form(var screen):
            let reply = screen.handle(key, action: action)
            if reply.closes {
                overlays.remove(at: index)
            } else {
                overlays[index] = .consult(.form(screen))
            }
            return reply.effects
        case .saved:
            // Any key moves on; a kiosk wipes everything for the next person.
            if options.kiosk { return resetForTheNextPerson() }
            overlays.remove(at: index)
            return []
        }
    }

    /// Only bindings made for particular screens apply in the form; the reader's
    /// global keys (q, ?, !, ...) would otherwise fire while the patient types.
    private static func consultAction(for key: Key, on kind: ScreenKind, keyMap: KeyMap) -> Action? {
        guard let binding = keyMap.binding(for: key, on: kind), !binding.isGlobal else { return nil }
        return binding.action
    }

    /// Drafts now and then while the form is open; a kiosk's confirmation clears itself.
    mutating func consultTick(now: Double) -> [Effect] {
        guard let index = consultIndex else { return [] }
        switch flow(at: index) {
        case .form(var screen):
            let effects = screen.tick(now: now)
            overlays[index] = .consult(.form(screen))
            return effects
        case .saved(var screen) where options.kiosk:
            guard screen.shownLongEnough(now: now) else {
                overlays[index] = .consult(.saved(screen))
                return []
            }
            return resetForTheNextPerson()
        default:
            return []
        }
    }

    /// Ctrl-C with the form open keeps what was typed for next time.
    mutating func consultDraftBeforeQuitting() -> [Effect] {
        guard let index = consultIndex, case .form(var screen) = flow(at: index) else { return [] }
        let effects = screen.draftEffects()
        overlays[index] = .consult(.form(screen))
        return effects
    }

    private var consultIndex: Int? {
        overlays.lastIndex { if case .consult = $0 { true } else { false } }
    }

    private func flow(at index: Int) -> ConsultFlow {
        guard case .consult(let flow) = overlays[index] else { preconditionFailure("not a consult overlay") }
        return flow
    }
}

extension ReaderApp {
    /// The open form, for tests that check focus and answers.
    var consultFormScreen: ConsultFormScreen? {
        for overlay in overlays.reversed() { if case .consult(.form(let screen)) = overlay { return screen } }
        return nil
    }
}
