package doc

// Quote is a quotation, direct or indirect, with its speaker.
type Quote struct {
	Start   int      `json:"start"`
	End     int      `json:"end"`
	Text    string   `json:"text"`
	Speaker *Speaker `json:"speaker"`
	// Kind is "direct" or "indirect".
	Kind string `json:"kind"`
	// Rule names how the speaker was found: "before" ("X said: “…”"),
	// "after" ("“…,” X said"), "partial" (the sentence's speaker),
	// "continues" (the previous quotation's speaker), "according-to",
	// "speaker-first" ("X said that …") or "speaker-last" ("…, X said");
	// "" when no speaker was found.
	Rule string `json:"rule,omitempty"`
	// Sentence is the index of the sentence where the quote starts.
	Sentence int `json:"-"`
}

// Speaker is who a quotation is attributed to.
type Speaker struct {
	Text  string `json:"text"`
	Name  string `json:"name"`
	Code  string `json:"code"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Date is a temporal expression resolved against the publication date.
type Date struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Value is the first day of the period, "YYYY-MM-DD".
	Value string `json:"value"`
	// Precision is day, week, month, year or decade.
	Precision string `json:"precision"`
	// Rule names the pattern that recognised the expression, such as
	// "weekday" or "relative-ago".
	Rule     string `json:"rule,omitempty"`
	Sentence int    `json:"-"`
}

// Place is a toponym resolved against the gazetteer.
type Place struct {
	Start     int     `json:"start"`
	End       int     `json:"end"`
	Text      string  `json:"text"`
	Name      string  `json:"name"`
	Country   string  `json:"country"`
	Admin1    string  `json:"admin1"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	GeonameID int     `json:"geonameid"`
	Feature   string  `json:"feature"`
	Sentence  int     `json:"-"`
}

// Amount is a quantity: a count, a sum of money or a percentage.
type Amount struct {
	Start    int     `json:"start"`
	End      int     `json:"end"`
	Text     string  `json:"text"`
	Value    float64 `json:"value"`
	Unit     string  `json:"unit"`
	Currency string  `json:"currency"`
	// Kind is "count", "money" or "percent".
	Kind string `json:"kind,omitempty"`
	// Modifier qualifies Value: "exact", "approximately", "at least",
	// "more than", "fewer than", "at most", "up to" or "range".
	Modifier string `json:"modifier,omitempty"`
	// Max is the upper bound of a range ("nine or ten", "10 to 20").
	Max float64 `json:"max,omitempty"`
	// Role is what happened to what is counted, when a verb says so:
	// killed, injured, arrested, detained, displaced, missing, abducted,
	// evacuated or rescued.
	Role string `json:"role,omitempty"`
	// Of is the index in Document.Amounts of the amount this one is a
	// part of ("12 people, including three police officers").
	Of       *int `json:"of,omitempty"`
	Sentence int  `json:"-"`
}

// Tone is the document's tone, on GDELT's scale: Score is Positive minus
// Negative, each a percentage of the words.
type Tone struct {
	Score    float64 `json:"score"`
	Positive float64 `json:"positive"`
	Negative float64 `json:"negative"`
	// Polarity is Positive plus Negative: how emotionally charged the
	// text is, whatever the direction.
	Polarity float64 `json:"polarity"`
	// Words is the number of words counted.
	Words int `json:"words"`
	// Sentences holds the tone of each sentence, in order.
	Sentences []SentenceTone `json:"sentences,omitempty"`
}

// SentenceTone is the tone of one sentence on the same scale as Tone.
type SentenceTone struct {
	Sentence int     `json:"sentence"`
	Score    float64 `json:"score"`
	Positive float64 `json:"positive"`
	Negative float64 `json:"negative"`
}
