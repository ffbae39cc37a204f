package doc

// Entity is a mention of an actor or named entity, resolved where possible
// to a CAMEO actor code and a canonical name.
type Entity struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Type is PER, ORG, LOC, GPE or NORP.
	Type string `json:"type"`
	// Code is the CAMEO actor code, such as "USAGOV", or "" when unknown.
	Code string `json:"code"`
	// Name is the canonical name, such as "Angela Merkel".
	Name string `json:"name"`
	// Sentence is the index of the sentence holding the mention.
	Sentence int `json:"sentence"`
	// Role is the office the actor held on the document's date, if known.
	Role string `json:"role,omitempty"`
	// By names what found the entity: "dict", "ner", "coref" and so on.
	By string `json:"by,omitempty"`
	// TokStart and TokEnd are the 0-based token range [TokStart, TokEnd)
	// of the mention within its sentence.
	TokStart int `json:"-"`
	TokEnd   int `json:"-"`
	// Ref is the index in Document.Entities of the mention this one
	// corefers with, or -1.
	Ref int `json:"-"`
}
