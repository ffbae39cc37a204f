package amount

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
)

func TestFind(t *testing.T) {
	tests := []struct {
		sentence string
		text     string
		value    float64
		max      float64
		kind     string
		modifier string
		unit     string
		currency string
		role     string
	}{
		// Cardinals in digits and words.
		{"Seven soldiers were wounded in the blast.", "Seven", 7, 0, Count, Exact, "soldiers", "", "injured"},
		{"The convoy carried 1,200 tonnes of flour.", "1,200", 1200, 0, Count, Exact, "tonnes", "", ""},
		{"Rebels seized two dozen armoured vehicles.", "two dozen", 24, 0, Count, Exact, "armoured vehicles", "", ""},
		{"Police detained a dozen protesters.", "a dozen", 12, 0, Count, Exact, "protesters", "", "detained"},
		{"Twenty-five journalists signed the letter.", "Twenty-five", 25, 0, Count, Exact, "journalists", "", ""},
		{"The army deployed three hundred and fifty troops.", "three hundred and fifty", 350, 0, Count, Exact, "troops", "", ""},
		{"The flood displaced 1.5 million people.", "1.5 million", 1.5e6, 0, Count, Exact, "people", "", "displaced"},
		{"Dozens of protesters were arrested.", "Dozens", 24, 0, Count, AtLeast, "protesters", "", "arrested"},
		{"Tens of thousands of people marched.", "Tens of thousands", 20000, 0, Count, AtLeast, "people", "", ""},
		// Approximations and bounds.
		{"Roughly 400 families fled the town.", "Roughly 400", 400, 0, Count, Approximately, "families", "", "displaced"},
		{"More than 5,000 people attended.", "More than 5,000", 5000, 0, Count, MoreThan, "people", "", ""},
		{"Fewer than 50 voters turned out.", "Fewer than 50", 50, 0, Count, FewerThan, "voters", "", ""},
		{"At least 30 civilians were killed.", "At least 30", 30, 0, Count, AtLeast, "civilians", "", "killed"},
		{"Up to 200 migrants may have drowned.", "Up to 200", 200, 0, Count, UpTo, "migrants", "", ""},
		{"An estimated 3,000 fighters remain in the city.", "An estimated 3,000", 3000, 0, Count, Approximately, "fighters", "", ""},
		{"Nearly 90 schools were closed.", "Nearly 90", 90, 0, Count, Approximately, "schools", "", ""},
		// Ranges.
		{"Nine or ten gunmen stormed the hotel.", "Nine or ten", 9, 10, Count, Range, "gunmen", "", ""},
		{"Between 10 and 20 boats sank.", "Between 10 and 20", 10, 20, Count, Range, "boats", "", ""},
		{"The clashes left 15-20 people injured.", "15-20", 15, 20, Count, Range, "people", "", "injured"},
		{"The bank sold between one and two billion francs of bonds.", "between one and two billion francs", 1e9, 2e9, Money, Range, "", "CHF", ""},
		{"The firm expects 2 to 3 million visitors.", "2 to 3 million", 2e6, 3e6, Count, Range, "visitors", "", ""},
		{"The company paid 20 mln dlrs for the stake.", "20 mln dlrs", 2e7, 0, Money, Exact, "", "USD", ""},
		{"A 15-member delegation arrived.", "15", 15, 0, Count, Exact, "member", "", ""},
		{"The ministry hired 40 to 50 inspectors.", "40 to 50", 40, 50, Count, Range, "inspectors", "", ""},
		// Money.
		{"The bank approved a loan of $1.2 billion.", "$1.2 billion", 1.2e9, 0, Money, Exact, "", "USD", ""},
		{"Brussels pledged €2bn in aid.", "€2bn", 2e9, 0, Money, Exact, "", "EUR", ""},
		{"The contract is worth 300 million dollars.", "300 million dollars", 3e8, 0, Money, Exact, "", "USD", ""},
		{"London froze £300m of assets.", "£300m", 3e8, 0, Money, Exact, "", "GBP", ""},
		{"The fund holds US$5 million.", "US$5 million", 5e6, 0, Money, Exact, "", "USD", ""},
		{"Tokyo will spend 1.2 trillion yen.", "1.2 trillion yen", 1.2e12, 0, Money, Exact, "", "JPY", ""},
		{"Ottawa sent 40 million Canadian dollars.", "40 million Canadian dollars", 4e7, 0, Money, Exact, "", "CAD", ""},
		{"The fine was EUR 500,000.", "EUR 500,000", 5e5, 0, Money, Exact, "", "EUR", ""},
		{"Aid of more than $10 million arrived.", "more than $10 million", 1e7, 0, Money, MoreThan, "", "USD", ""},
		// Percentages.
		{"Turnout reached 62%.", "62%", 62, 0, Percent, Exact, "", "", ""},
		{"Prices rose 4.5 percent in May.", "4.5 percent", 4.5, 0, Percent, Exact, "", "", ""},
		{"Support fell by about 3 per cent.", "about 3 per cent", 3, 0, Percent, Approximately, "", "", ""},
		{"The rate rose two percentage points.", "two percentage points", 2, 0, Percent, Exact, "percentage points", "", ""},
		// Casualty semantics.
		{"A car bomb exploded, killing 12 people.", "12", 12, 0, Count, Exact, "people", "", "killed"},
		{"Gunmen killed at least eight villagers.", "at least eight", 8, 0, Count, AtLeast, "villagers", "", "killed"},
		{"Three people died in the crash.", "Three", 3, 0, Count, Exact, "people", "", "killed"},
		{"The death toll rose to 41.", "41", 41, 0, Count, Exact, "", "", "killed"},
		{"The attack left 9 dead.", "9", 9, 0, Count, Exact, "", "", "killed"},
		{"Militants abducted 20 schoolgirls.", "20", 20, 0, Count, Exact, "schoolgirls", "", "abducted"},
		{"Rescuers evacuated 300 residents.", "300", 300, 0, Count, Exact, "residents", "", "evacuated"},
		{"Five aid workers are missing.", "Five", 5, 0, Count, Exact, "aid workers", "", "missing"},
	}
	for _, tt := range tests {
		var q *Quantity
		got := Find(tt.sentence)
		for k := range got {
			if got[k].Text == tt.text {
				q = &got[k]
			}
		}
		if q == nil {
			t.Errorf("%q: no quantity %q in %+v", tt.sentence, tt.text, got)
			continue
		}
		if tt.sentence[q.Start:q.End] != q.Text {
			t.Errorf("%q: bad span %d:%d", tt.sentence, q.Start, q.End)
		}
		if q.Value != tt.value || q.Max != tt.max || q.Kind != tt.kind || q.Modifier != tt.modifier ||
			q.Unit != tt.unit || q.Currency != tt.currency || q.Role != tt.role {
			t.Errorf("%q:\n got  %v %v %s %s unit=%q %s role=%q\n want %v %v %s %s unit=%q %s role=%q", tt.sentence,
				q.Value, q.Max, q.Kind, q.Modifier, q.Unit, q.Currency, q.Role,
				tt.value, tt.max, tt.kind, tt.modifier, tt.unit, tt.currency, tt.role)
		}
	}
}

func TestPartOf(t *testing.T) {
	s := "A suicide bomber struck a checkpoint, killing 12 people, including three police officers, and wounding 30."
	got := Find(s)
	if len(got) != 3 {
		t.Fatalf("got %d quantities: %+v", len(got), got)
	}
	want := []struct {
		value float64
		unit  string
		role  string
		of    int
	}{
		{12, "people", "killed", -1},
		{3, "police officers", "killed", 0},
		{30, "", "injured", -1},
	}
	for k, w := range want {
		q := got[k]
		if q.Value != w.value || q.Unit != w.unit || q.Role != w.role || q.Of != w.of {
			t.Errorf("quantity %d = %+v, want %+v", k, q, w)
		}
	}
}

func TestNotQuantities(t *testing.T) {
	for _, s := range []string{
		"The G20 summit opened on March 3.",
		"COVID-19 spread in 2020.",
		"Flight 17 was shot down.",
		"The talks lasted 48 hours.",
		"He was sentenced to 10 years in prison.",
		"A 25-year-old man was arrested.",
		"Parker, 24, and Ward, 27, had been killed.",
		"A man aged 45 was arrested.",
		"The bill passed 62-37 in the Senate.",
		"The meeting began at 10:30 and ended at 3 p.m.",
		"It was the 21st round of talks.",
		"Resolution 2254 calls for elections.",
		"No one was hurt.",
		"One of them said so.",
		"",
		"\xff\xfe $ % bn",
	} {
		if got := Find(s); len(got) != 0 {
			t.Errorf("%q: unexpected %+v", s, got)
		}
	}
}

func TestDescribe(t *testing.T) {
	qs := Find("Gunmen killed more than 12 people, including three police officers, and stole $2.5 million.")
	var parts []string
	for _, q := range qs {
		parts = append(parts, Describe(q.Value, q.Max, q.Kind, q.Modifier, q.Unit, q.Currency, q.Role))
	}
	got := strings.Join(parts, "; ")
	want := "killed more than 12 people; killed 3 police officers; USD 2.5 million"
	if got != want {
		t.Errorf("Describe = %q, want %q", got, want)
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"killing 12 people, including three police officers",
		"$1.2 billion", "€2bn", "nine or ten", "between 10 and 20", "1e400",
		"tens of thousands of", "a hundred and", "US$", "15-20%", "half a million",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		qs := Find(s)
		for k, q := range qs {
			if q.Start < 0 || q.End > len(s) || q.Start >= q.End || s[q.Start:q.End] != q.Text {
				t.Fatalf("bad span %+v in %q", q, s)
			}
			if q.Of >= k {
				t.Fatalf("quantity %d is part of a later one in %q", k, s)
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	s := "A suicide bomber struck a checkpoint on Monday, killing at least 12 people, including three police officers, and wounding 30, officials said, as donors pledged $1.2 billion."
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Find(s)
	}
}

func TestDescribeAmount(t *testing.T) {
	of := 0
	tests := []struct {
		a    doc.Amount
		want string
	}{
		{doc.Amount{Value: 9, Max: 10, Kind: Count, Modifier: Range, Unit: "gunmen"}, "9–10 gunmen"},
		{doc.Amount{Value: 4.5, Kind: Percent, Modifier: Exact}, "4.5%"},
		{doc.Amount{Value: 1.2e9, Kind: Money, Modifier: Approximately, Currency: "USD"}, "approximately USD 1.2 billion"},
		{doc.Amount{Value: 20000, Kind: Count, Modifier: AtLeast, Unit: "people"}, "at least 20,000 people"},
		{doc.Amount{Value: 3, Kind: Count, Modifier: Exact, Unit: "police officers", Role: "killed", Of: &of}, "killed 3 police officers"},
	}
	for _, tt := range tests {
		if got := DescribeAmount(tt.a); got != tt.want {
			t.Errorf("DescribeAmount(%+v) = %q, want %q", tt.a, got, tt.want)
		}
	}
}
