/// What became of a request right after it was saved, so the patient is told
/// exactly that and nothing more (`ConsultConfirmationText.whatHappensNext`).
public struct ConsultDeliveryOutcome: Sendable, Equatable {
    public enum State: String, Sendable, Equatable {
        /// The clinic's intake server accepted it.
        case sent
        /// `intake_url` is set but the request did not get there yet (offline, server down,
        /// or still on its way after 2 seconds): it is kept here and sent later.
        case willSend
        /// No `intake_url`: it stays on this computer for staff to collect here.
        case keptHere
    }

    public var state: State
    /// From `clinic:` in pamphlet.yml: whom the patient can call instead.
    public var clinic: ClinicContact?

    public init(state: State, clinic: ClinicContact? = nil) {
        self.state = state
        self.clinic = clinic
    }

    /// What is true of any saved request when nothing else is known.
    public static let keptHere = ConsultDeliveryOutcome(state: .keptHere)
}
