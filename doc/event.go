package doc

// Event is one coded event mention.
type Event struct {
	Sentence int `json:"sentence"`
	// Start and End are the span of the trigger; Trigger is its text.
	Start   int       `json:"start"`
	End     int       `json:"end"`
	Trigger string    `json:"trigger"`
	Source  ActorRef  `json:"source"`
	Target  *ActorRef `json:"target"`
	// Code is the CAMEO event code ("041"), Root its two-digit root.
	Code      string  `json:"code"`
	Root      string  `json:"root"`
	QuadClass int     `json:"quad_class"`
	Goldstein float64 `json:"goldstein"`
	Plover    Plover  `json:"plover"`
	// Modality is asserted, negated, intended, hypothetical or reported.
	Modality      string      `json:"modality"`
	Date          string      `json:"date"`
	DatePrecision string      `json:"date_precision"`
	Place         *EventPlace `json:"place"`
	// Rule names the pattern that fired.
	Rule       string  `json:"rule"`
	Confidence float64 `json:"confidence"`
	// Amounts lists indexes into Document.Amounts attached to this event.
	Amounts []int `json:"amounts,omitempty"`
	// TriggerToken is the 0-based index of the trigger's head token in
	// its sentence.
	TriggerToken int `json:"-"`
}

// The event modalities.
const (
	Asserted     = "asserted"
	Negated      = "negated"
	Intended     = "intended"
	Hypothetical = "hypothetical"
	Reported     = "reported"
)

// ActorRef is an event's source or target.
type ActorRef struct {
	Code  string `json:"code"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Entity is the index in Document.Entities, or -1.
	Entity int `json:"-"`
}

// Plover is the PLOVER event type and mode of an event.
type Plover struct {
	Type string `json:"type"`
	Mode string `json:"mode"`
}

// EventPlace is where an event happened.
type EventPlace struct {
	Name      string  `json:"name"`
	Country   string  `json:"country"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	GeonameID int     `json:"geonameid"`
}
