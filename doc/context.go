package doc

// Quote is a quotation, direct or indirect, with its speaker.
type Quote struct {
	Start   int      `json:"start"`
	End     int      `json:"end"`
	Text    string   `json:"text"`
	Speaker *Speaker `json:"speaker"`
	// Kind is "direct" or "indirect".
	Kind string `json:"kind"`
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
	Sentence  int    `json:"-"`
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
	Sentence int     `json:"-"`
}

// Tone is the document's tone, on GDELT's scale: Score is Positive minus
// Negative, each a percentage of the words.
type Tone struct {
	Score    float64 `json:"score"`
	Positive float64 `json:"positive"`
	Negative float64 `json:"negative"`
}
