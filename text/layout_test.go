package text

import (
	"testing"

	"github.com/sitrep/sitrep/doc"
)

func TestDatelineLen(t *testing.T) {
	tests := []struct{ in, want string }{
		{"KYIV, March 3 (Reuters) - Ukraine said", "KYIV, March 3 (Reuters) - "},
		{"BEIRUT — Israeli jets struck", "BEIRUT — "},
		{"NEW YORK, March 3 - Shares fell", "NEW YORK, March 3 - "},
		{"WASHINGTON (AP) -- The Senate voted", "WASHINGTON (AP) -- "},
		{"ST. PETERSBURG, Russia – Talks", "ST. PETERSBURG, Russia – "},
		{"The talks - which began Monday - ended.", ""},
		{"Washington said on Monday - late - that", ""},
		{"UN envoy said. BEIRUT - x", ""},
		{"GENEVA, March 7 (sitrep example) - Yemen's", "GENEVA, March 7 (sitrep example) - "},
		{"BEIRUT &mdash; Israeli jets struck", "BEIRUT &mdash; "},
		{"ADEN, Yemen &#8211; Talks", "ADEN, Yemen &#8211; "},
		{"Talks &amp; aid &mdash; x", ""},
	}
	for _, tc := range tests {
		n := DatelineLen(tc.in)
		if got := tc.in[:n]; got != tc.want {
			t.Errorf("DatelineLen(%q) gives %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestLayouts(t *testing.T) {
	tests := []struct {
		name     string
		markdown bool
		in       string
		kinds    []doc.BlockKind
		visible  []string
	}{
		{"plain head", false, "Ceasefire holds in Idlib\n\nBy Jane Doe\n\nDAMASCUS (Reuters) - Guns fell silent.\n",
			[]doc.BlockKind{doc.BlockTitle, doc.BlockByline, doc.BlockDateline, doc.BlockParagraph},
			[]string{"Ceasefire holds in Idlib", "By Jane Doe", "DAMASCUS (Reuters) -", "Guns fell silent."}},
		{"subheadings without blank lines", false, "Talks resume\nEnvoys met in Geneva on Monday for a second round of talks.\nBackground\nThe conflict began in 2014 and has killed thousands.\n",
			[]doc.BlockKind{doc.BlockTitle, doc.BlockParagraph},
			[]string{"Talks resume", "Envoys met in Geneva on Monday for a second round of talks.\nBackground\nThe conflict began in 2014 and has killed thousands."}},
		{"subheading after a paragraph", false, "Envoys met in Geneva on Monday.\n\nBackground\nThe conflict began in 2014 and has killed thousands.\n",
			[]doc.BlockKind{doc.BlockParagraph, doc.BlockHeading, doc.BlockParagraph},
			[]string{"Envoys met in Geneva on Monday.", "Background", "The conflict began in 2014 and has killed thousands."}},
		{"wrapped lines stay", false, "Officials from both sides met the UN envoy Martin\nHalvorsen on Monday, a ministry spokesman said in a statement.\n",
			[]doc.BlockKind{doc.BlockParagraph},
			[]string{"Officials from both sides met the UN envoy Martin\nHalvorsen on Monday, a ministry spokesman said in a statement."}},
		{"plain list", false, "Demands:\n1. a truce\n2. aid\n",
			[]doc.BlockKind{doc.BlockParagraph, doc.BlockListItem, doc.BlockListItem},
			[]string{"Demands:", "1. a truce", "2. aid"}},
		{"markdown", true, "Talks\n=====\n\n> He said **no**.\n\n* [UN](http://un.org) _envoy_ left\n\n```\nx = 1\n```\n\n---\nEnd \\*now\\*.\n",
			[]doc.BlockKind{doc.BlockTitle, doc.BlockQuote, doc.BlockListItem, doc.BlockCode, doc.BlockParagraph},
			[]string{"Talks", "He said no.", "UN envoy left", "x = 1", "End *now*."}},
		{"table", true, "Casualties:\n\n| Town | Dead |\n|---|---:|\n| Hajjah | 14 |\n",
			[]doc.BlockKind{doc.BlockParagraph, doc.BlockListItem, doc.BlockListItem},
			[]string{"Casualties:", "Town  Dead", "Hajjah  14"}},
		{"snake case stays", true, "Read file_name_here and 2 * 3 * 4 now.\n",
			[]doc.BlockKind{doc.BlockParagraph}, []string{"Read file_name_here and 2 * 3 * 4 now."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			lay := PlainLayout(tc.in)
			if tc.markdown {
				lay = MarkdownLayout(tc.in)
			}
			if len(lay.Blocks) != len(tc.kinds) {
				t.Fatalf("blocks %+v, want kinds %v", lay.Blocks, tc.kinds)
			}
			for i, b := range lay.Blocks {
				if b.Kind != tc.kinds[i] {
					t.Errorf("block %d kind %s, want %s", i, b.Kind, tc.kinds[i])
				}
				if got := Visible(tc.in, lay.Hidden, b.Span); got != tc.visible[i] {
					t.Errorf("block %d reads %q, want %q", i, got, tc.visible[i])
				}
			}
		})
	}
}
