package doc

// Sentence is one sentence of the document with its tokens.
type Sentence struct {
	Start int `json:"start"`
	End   int `json:"end"`
	// Text is Document.Text[Start:End].
	Text   string  `json:"text"`
	Tokens []Token `json:"tokens"`
	// Block is the index of the Layout block the sentence starts in.
	Block int `json:"-"`
}

// Span returns the sentence's byte range.
func (s *Sentence) Span() Span { return Span{s.Start, s.End} }

// Token is one syntactic word in the Universal Dependencies sense. Start and
// End are byte offsets into Document.Text; Form is the word as a reader sees
// it (markup such as Markdown escapes removed), which the tagger and parser
// read. Head is the 1-based index of the head token in the sentence, 0 for
// the root, as in CoNLL-U.
type Token struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Form  string `json:"form,omitempty"`
	UPOS  string `json:"upos,omitempty"`
	XPOS  string `json:"xpos,omitempty"`
	Lemma string `json:"lemma,omitempty"`
	Head  int    `json:"head"`
	Rel   string `json:"rel,omitempty"`
	// SpaceAfter reports whether the input has white space right after
	// the token, as in CoNLL-U's MISC SpaceAfter=No.
	SpaceAfter bool `json:"-"`
}

// Word returns the reader-visible form of the token.
func (t *Token) Word() string {
	if t.Form != "" {
		return t.Form
	}
	return t.Text
}

// BlockKind tells what a layout block is.
type BlockKind string

// The kinds of layout blocks.
const (
	BlockParagraph BlockKind = "paragraph"
	BlockHeading   BlockKind = "heading"
	BlockTitle     BlockKind = "title"
	BlockDateline  BlockKind = "dateline"
	BlockListItem  BlockKind = "list_item"
	BlockQuote     BlockKind = "blockquote"
	BlockCode      BlockKind = "code"
	BlockByline    BlockKind = "byline"
)

// Block is a paragraph-level unit of the input.
type Block struct {
	Span
	Kind BlockKind
}

// Layout is what the reader found about the input's structure: its blocks,
// and the byte ranges that are markup rather than text a reader sees
// (Markdown emphasis marks, link targets, escape backslashes).
type Layout struct {
	Blocks []Block
	// Hidden lists sorted, disjoint markup ranges.
	Hidden []Span
}
