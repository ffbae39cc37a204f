// Package amount finds quantities in news text: counts in digits and words
// ("seven", "a dozen", "1,200"), approximations and bounds ("roughly 400",
// "more than 5,000", "fewer than 50"), ranges ("nine or ten", "between 10
// and 20"), sums of money with currency and scale ("$1.2 billion", "€2bn",
// "300 million dollars") and percentages. A count carries the noun phrase it
// counts ("two dozen armoured vehicles": 24, "armoured vehicles") and, where
// a verb says so, what happened to it ("killing 12 people, including three
// police officers": killed 12 people, of which 3 police officers).
//
// Lengths of time ("48 hours", "a 10-year sentence"), ages, years, times
// of day, ordinals and identifiers ("Flight 17", "COVID-19") are not
// quantities here.
package amount

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/wordscan"
	"github.com/sitrep/sitrep/when"
)

// The kinds of quantity.
const (
	Count   = "count"
	Money   = "money"
	Percent = "percent"
)

// The modifiers of a quantity.
const (
	Exact         = "exact"
	Approximately = "approximately"
	AtLeast       = "at least"
	MoreThan      = "more than"
	FewerThan     = "fewer than"
	AtMost        = "at most"
	UpTo          = "up to"
	Range         = "range"
)

// Quantity is an amount found in text.
type Quantity struct {
	// Start and End are byte offsets of the quantity expression (with its
	// modifier and currency, without the unit).
	Start, End int
	Text       string
	Value      float64
	// Max is the upper bound of a range, else 0.
	Max      float64
	Kind     string
	Modifier string
	// Unit is the noun phrase counted ("armoured vehicles"), or for a
	// percentage "percentage points" when it says so.
	Unit     string
	Currency string
	// Role is what the verb says happened to what is counted: killed,
	// injured, arrested, detained, displaced, missing, abducted,
	// evacuated or rescued.
	Role string
	// Of is the index of the quantity this one is part of, or -1.
	Of int
}

// Span is a byte range that the finder must not read as a quantity.
type Span struct{ Start, End int }

// Options tune FindTokens.
type Options struct {
	// Exclude lists spans already taken, such as dates.
	Exclude []Span
	// UPOS, when set, returns the universal part of speech of the token
	// starting at the byte offset, or "" if none is known.
	UPOS func(start int) string
}

// Find returns the quantities in s, leaving out what reads as a date.
func Find(s string) []Quantity {
	toks := wordscan.Scan(s)
	var ex []Span
	for _, e := range when.FindTokens(s, toks, time.Time{}) {
		ex = append(ex, Span{e.Start, e.End})
	}
	return FindTokens(s, toks, Options{Exclude: ex})
}

// FindTokens is Find for text already split by wordscan.Scan.
func FindTokens(s string, toks []wordscan.Tok, opt Options) []Quantity {
	f := finder{s: s, toks: toks, opt: opt}
	var out []Quantity
	for i := 0; i < len(toks); {
		q, end, ok := f.at(i)
		if !ok {
			i++
			continue
		}
		q.Of = -1
		if q.Kind == Count {
			f.role(&q, i, end, out)
		}
		out = append(out, q)
		i = end
	}
	return out
}

type finder struct {
	s    string
	toks []wordscan.Tok
	opt  Options
	// unitEnd is the index after the last unit token of the quantity
	// being read; numStart the index of its first number token.
	unitEnd, numStart, qtyEnd int
	// scaledLow is the low end of a range scaled by its high end's scale.
	scaledLow float64
}

func (f *finder) tok(i int) wordscan.Tok {
	if i < 0 || i >= len(f.toks) {
		return wordscan.Tok{Start: -1, End: -1}
	}
	return f.toks[i]
}

func (f *finder) is(i int, ws ...string) bool {
	t := f.tok(i)
	return t.Kind == wordscan.Word && t.Is(ws...)
}

func (f *finder) excluded(i int) bool {
	t := f.tok(i)
	for _, e := range f.opt.Exclude {
		if t.Start < e.End && t.End > e.Start {
			return true
		}
	}
	return false
}

// modifiers maps the words before a number to a modifier.
var modifiers = []struct {
	words []string
	mod   string
}{
	{[]string{"an", "estimated"}, Approximately},
	{[]string{"close", "to"}, Approximately},
	{[]string{"at", "least"}, AtLeast},
	{[]string{"no", "fewer", "than"}, AtLeast},
	{[]string{"no", "less", "than"}, AtLeast},
	{[]string{"not", "less", "than"}, AtLeast},
	{[]string{"more", "than"}, MoreThan},
	{[]string{"upwards", "of"}, MoreThan},
	{[]string{"in", "excess", "of"}, MoreThan},
	{[]string{"well", "over"}, MoreThan},
	{[]string{"fewer", "than"}, FewerThan},
	{[]string{"less", "than"}, FewerThan},
	{[]string{"at", "most"}, AtMost},
	{[]string{"no", "more", "than"}, AtMost},
	{[]string{"up", "to"}, UpTo},
	{[]string{"as", "many", "as"}, UpTo},
	{[]string{"as", "much", "as"}, UpTo},
	{[]string{"about"}, Approximately},
	{[]string{"around"}, Approximately},
	{[]string{"roughly"}, Approximately},
	{[]string{"approximately"}, Approximately},
	{[]string{"some"}, Approximately},
	{[]string{"nearly"}, Approximately},
	{[]string{"almost"}, Approximately},
	{[]string{"circa"}, Approximately},
	{[]string{"approx"}, Approximately},
	{[]string{"over"}, MoreThan},
	{[]string{"under"}, FewerThan},
	{[]string{"below"}, FewerThan},
	{[]string{"above"}, MoreThan},
}

var currencySymbols = map[string]string{
	"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB",
	"₩": "KRW", "₪": "ILS", "₺": "TRY", "₦": "NGN",
}

var dollarPrefixes = map[string]string{
	"us": "USD", "a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD", "hk": "HKD",
	"nz": "NZD", "s": "SGD",
}

var currencyCodes = map[string]bool{
	"usd": true, "eur": true, "gbp": true, "jpy": true, "cny": true,
	"rmb": true, "inr": true, "rub": true, "chf": true, "cad": true,
	"aud": true, "sar": true, "aed": true, "try": true, "ils": true,
	"ngn": true, "zar": true, "krw": true, "brl": true, "mxn": true,
	"pkr": true, "egp": true, "irr": true, "uah": true, "hkd": true,
}

var currencyWords = map[string]string{
	"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR",
	"pound": "GBP", "pounds": "GBP", "sterling": "GBP", "yen": "JPY",
	"yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rupees": "INR",
	"rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB",
	"franc": "CHF", "francs": "CHF", "riyal": "SAR", "riyals": "SAR",
	"dirham": "AED", "dirhams": "AED", "lira": "TRY", "liras": "TRY",
	"shekel": "ILS", "shekels": "ILS", "naira": "NGN", "rand": "ZAR",
	"won": "KRW", "real": "BRL", "reais": "BRL", "peso": "MXN",
	"pesos": "MXN", "hryvnia": "UAH", "hryvnias": "UAH", "rials": "IRR",
	"rial": "IRR", "dlrs": "USD", "dlr": "USD", "stg": "GBP",
}

// dollarAdjectives change "dollars" to another currency.
var dollarAdjectives = map[string]string{
	"canadian": "CAD", "australian": "AUD", "hong": "HKD", "zealand": "NZD",
	"singapore": "SGD", "taiwan": "TWD", "us": "USD", "american": "USD",
}

var scales = map[string]float64{
	"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9,
	"trillion": 1e12, "mln": 1e6, "mn": 1e6, "bln": 1e9, "bn": 1e9,
	"tn": 1e12, "trn": 1e12, "lakh": 1e5, "crore": 1e7,
}

// shortScales are scale letters that must touch the number ("300m", "5k").
var shortScales = map[string]float64{"m": 1e6, "k": 1e3, "b": 1e9, "bn": 1e9, "mn": 1e6, "tn": 1e12}

var vagueCounts = map[string]float64{
	"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000,
	"millions": 2e6, "billions": 2e9, "tens": 20,
}

// at reads a quantity starting at token i.
func (f *finder) at(i int) (Quantity, int, bool) {
	t := f.toks[i]
	if t.Kind == wordscan.Punct && currencySymbols[t.Text] == "" {
		return Quantity{}, 0, false
	}
	if !f.couldStart(t) || f.excluded(i) {
		return Quantity{}, 0, false
	}
	q := Quantity{Modifier: Exact, Kind: Count}
	j := i
	for _, m := range modifiers {
		if f.seq(j, m.words...) {
			q.Modifier = m.mod
			j += len(m.words)
			break
		}
	}
	if q.Modifier != Exact && !f.numberAhead(j) {
		return Quantity{}, 0, false
	}
	if q.Modifier == Exact && f.is(i, "between") {
		j++
	}
	// Currency before the number: "$", "US$", "€", "USD", "Rs".
	if cur, k, ok := f.currencyPrefix(j); ok {
		q.Currency, q.Kind = cur, Money
		j = k
	}
	v, k, vague, ok := f.number(j)
	if !ok {
		return Quantity{}, 0, false
	}
	f.numStart = j
	if !f.plausible(j, k, q.Kind == Money) {
		return Quantity{}, 0, false
	}
	if vague && q.Modifier == Exact {
		q.Modifier = AtLeast
	}
	q.Value = v
	j = k
	// A range: "nine or ten", "10 to 20", "10-20", "between 10 and 20".
	f.scaledLow = 0
	if hi, k, ok := f.rangeEnd(i, j, v); ok {
		q.Max, q.Modifier = hi, Range
		if f.scaledLow != 0 {
			q.Value = f.scaledLow
		}
		j = k
	}
	// Currency or percent after the number.
	switch {
	case f.tok(j).Text == "%" || f.is(j, "percent", "pct", "percentage"):
		q.Kind = Percent
		if f.is(j, "percentage") && f.is(j+1, "points", "point") {
			q.Unit = "percentage points"
			j++
		}
		j++
	case f.is(j, "per") && f.is(j+1, "cent"):
		q.Kind = Percent
		j += 2
	case q.Kind != Money:
		if cur, k, ok := f.currencySuffix(j); ok {
			q.Currency, q.Kind = cur, Money
			j = k
		}
	}
	f.qtyEnd = j
	q.Start, q.End = f.toks[i].Start, f.toks[j-1].End
	q.Text = f.s[q.Start:q.End]
	f.unitEnd = j
	if q.Kind == Count {
		unit, end, skip := f.unit(j)
		if skip {
			return Quantity{}, 0, false
		}
		q.Unit = unit
		f.unitEnd = end
		if unit == "" && f.wordNumber(f.numStart) && !f.roleNear(i, j) {
			// A bare number word ("one of", "seven said") counts nothing
			// we can name.
			return Quantity{}, 0, false
		}
	}
	return q, j, true
}

// seq reports whether the words at i are ws.
func (f *finder) seq(i int, ws ...string) bool {
	for k, w := range ws {
		if !f.is(i+k, w) {
			return false
		}
	}
	return true
}

// numberAhead reports whether a number (maybe after a currency) starts at j.
func (f *finder) numberAhead(j int) bool {
	if _, k, ok := f.currencyPrefix(j); ok {
		j = k
	}
	_, _, _, ok := f.number(j)
	return ok
}

func (f *finder) currencyPrefix(j int) (string, int, bool) {
	t := f.tok(j)
	if c := currencySymbols[t.Text]; c != "" {
		return c, j + 1, true
	}
	if t.Kind != wordscan.Word {
		return "", 0, false
	}
	n := f.tok(j + 1)
	if c := dollarPrefixes[t.Lower]; c != "" && n.Text == "$" && wordscan.Adjacent(t, n) && t.Text != strings.ToLower(t.Text) {
		return c, j + 2, true
	}
	if currencyCodes[t.Lower] && t.Text == strings.ToUpper(t.Text) && f.tok(j+1).Kind == wordscan.Number {
		return strings.ToUpper(t.Text), j + 1, true
	}
	if t.Text == "Rs" {
		if f.tok(j+1).Text == "." {
			return "INR", j + 2, true
		}
		return "INR", j + 1, true
	}
	return "", 0, false
}

func (f *finder) currencySuffix(j int) (string, int, bool) {
	t := f.tok(j)
	if t.Kind != wordscan.Word {
		return "", 0, false
	}
	if currencyCodes[t.Lower] && t.Text == strings.ToUpper(t.Text) && len(t.Text) == 3 {
		return strings.ToUpper(t.Text), j + 1, true
	}
	if c, ok := dollarAdjectives[t.Lower]; ok && f.is(j+1, "dollars", "dollar") {
		return c, j + 2, true
	}
	if t.Is("hong") && f.is(j+1, "kong") && f.is(j+2, "dollars") {
		return "HKD", j + 3, true
	}
	if t.Is("new") && f.is(j+1, "zealand") && f.is(j+2, "dollars") {
		return "NZD", j + 3, true
	}
	if c := currencyWords[t.Lower]; c != "" {
		if t.Is("real", "won", "rand", "pound", "franc") && f.tok(j-1).Kind == wordscan.Number && !f.scaleBefore(j) {
			// "300 real people", "3 won" read as counts unless scaled
			if !t.Is("pound", "franc") {
				return "", 0, false
			}
		}
		return c, j + 1, true
	}
	return "", 0, false
}

func (f *finder) scaleBefore(j int) bool {
	_, ok := scales[f.tok(j-1).Lower]
	return ok
}

// wordNumber reports whether the number at i is spelled in words.
func (f *finder) wordNumber(i int) bool { return f.tok(i).Kind == wordscan.Word }

// number reads a number at i: digits with an optional scale ("1.2
// billion", "300m", "2bn"), number words ("twenty-five", "two dozen", "a
// hundred and fifty"), or a vague plural ("dozens of", "tens of
// thousands"). It returns the value, the index after it and whether it was
// vague.
func (f *finder) number(i int) (float64, int, bool, bool) {
	t := f.tok(i)
	if t.Kind == wordscan.Number {
		v, err := strconv.ParseFloat(strings.ReplaceAll(t.Text, ",", ""), 64)
		if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
			return 0, 0, false, false
		}
		j := i + 1
		n := f.tok(j)
		if sc, ok := shortScales[n.Lower]; ok && wordscan.Adjacent(t, n) && n.Kind == wordscan.Word {
			return v * sc, j + 1, false, true
		}
		if sc, ok := scales[n.Lower]; ok && n.Kind == wordscan.Word {
			v *= sc
			j++
			if sc2, ok := scales[f.tok(j).Lower]; ok && sc2 > sc {
				v *= sc2
				j++
			}
		}
		return v, j, false, true
	}
	if t.Kind != wordscan.Word {
		return 0, 0, false, false
	}
	if t.Is("tens", "hundreds") && f.is(i+1, "of") && f.is(i+2, "thousands", "millions") {
		mult, scale := 20.0, 1e3
		if t.Is("hundreds") {
			mult = 200
		}
		if f.is(i+2, "millions") {
			scale = 1e6
		}
		return mult * scale, i + 3, true, true
	}
	if v, ok := vagueCounts[t.Lower]; ok && t.Lower != "tens" && f.is(i+1, "of") {
		return v, i + 1, true, true
	}
	total, cur := 0.0, 0.0
	seen := false
	j := i
	for ; j < len(f.toks); j++ {
		w := f.tok(j)
		if w.Kind != wordscan.Word {
			break
		}
		if n, ok := wordscan.SmallNumber(w.Lower); ok {
			if seen && cur != 0 && math.Mod(cur, 100) != 0 && n < 100 {
				break // "nine ten" is two numbers
			}
			cur += float64(n)
			seen = true
			continue
		}
		switch {
		case w.Is("a", "an") && !seen && (f.is(j+1, "dozen", "hundred", "thousand", "million", "billion", "score")):
			cur = 1
			seen = true
			continue
		case w.Is("dozen") && seen:
			cur *= 12
			continue
		case w.Is("score") && seen:
			cur *= 20
			continue
		case w.Is("half") && f.is(j+1, "a") && f.is(j+2, "million", "billion", "dozen"):
			cur = 0.5
			seen = true
			j++
			continue
		case w.Is("and") && seen && cur >= 100 && math.Mod(cur, 100) == 0:
			if _, ok := wordscan.SmallNumber(f.tok(j + 1).Lower); ok {
				continue
			}
		case w.Is("hundred") && seen:
			cur *= 100
			continue
		}
		if sc, ok := scales[w.Lower]; ok && seen && sc >= 1000 {
			total += cur * sc
			cur = 0
			continue
		}
		break
	}
	if !seen {
		return 0, 0, false, false
	}
	if f.is(j-1, "and") {
		j--
	}
	return total + cur, j, false, true
}

// plausible rejects numbers that are not quantities: parts of names and
// codes, times of day, ordinals, years, ages.
func (f *finder) plausible(start, end int, money bool) bool {
	t := f.tok(start)
	if t.Kind == wordscan.Word {
		if t.Is("one") && f.is(start-1, "no", "the", "this", "that", "any", "every", "each", "which", "only") {
			return false
		}
		return true
	}
	prev, next := f.tok(start-1), f.tok(start+1)
	if prev.Kind == wordscan.Word && wordscan.Adjacent(prev, t) {
		return false // "G20", "A320"
	}
	if (prev.Text == "-" || prev.Text == "/" || prev.Text == "#" || prev.Text == ":") && wordscan.Adjacent(prev, t) {
		return false // "COVID-19", "F-16", "#5"
	}
	if (next.Text == "-" || next.Text == "–") && wordscan.Adjacent(t, next) && f.tok(start+2).Kind == wordscan.Number && wordscan.Adjacent(next, f.tok(start+2)) {
		lo, err1 := strconv.ParseFloat(strings.ReplaceAll(t.Text, ",", ""), 64)
		hi, err2 := strconv.ParseFloat(strings.ReplaceAll(f.tok(start+2).Text, ",", ""), 64)
		if err1 == nil && err2 == nil && hi <= lo {
			return false // a score or a vote: "passed 62-37"
		}
	}
	if prev.Text == "," && next.Text == "," && end == start+1 && f.tok(start-2).Capitalized() && len(t.Text) <= 3 {
		return false // an age: "Parker, 24, and Ward, 27"
	}
	if prev.Is("aged", "age", "ages") {
		return false
	}
	if (next.Text == ":" || next.Text == "/") && wordscan.Adjacent(t, next) {
		return false // "10:30", "3/4"
	}
	if next.Kind == wordscan.Word && wordscan.Adjacent(t, next) {
		if _, ok := shortScales[next.Lower]; !ok {
			return false // "21st", "5G", "9am"
		}
	}
	if next.Is("a.m", "p.m", "am", "pm", "gmt", "utc", "hrs", "o'clock") || (next.Is("a", "p") && f.tok(start+2).Text == ".") {
		return false
	}
	if prev.Is("no", "nos", "number") && f.tok(start-2).Text != "" && prev.Capitalized() {
		return false // "No. 10"
	}
	if prev.Text == "." && f.is(start-2, "no") {
		return false
	}
	if prev.Capitalized() && !money && !isCountWord(prev.Lower) && !unitStop[prev.Lower] && !modifierWord[prev.Lower] {
		// "Resolution 2254", "Flight 17", "Article 5"
		if _, month := monthLike[prev.Lower]; !month {
			return false
		}
	}
	if !money && len(t.Text) == 4 && end == start+1 {
		if y, err := strconv.Atoi(t.Text); err == nil && y >= 1800 && y <= 2100 {
			n := f.tok(end)
			if !(n.Kind == wordscan.Word && strings.HasSuffix(n.Lower, "s") && !n.Capitalized()) || f.is(start-1, "in", "since", "by", "of", "until", "from", "to", "the", "and") {
				return false // a year
			}
		}
	}
	return true
}

// modifierWord holds the words that may start a modifier.
var modifierWord = func() map[string]bool {
	m := map[string]bool{"another": true, "only": true, "just": true, "all": true, "some": true}
	for _, mod := range modifiers {
		m[mod.words[0]] = true
		m[mod.words[len(mod.words)-1]] = true
	}
	return m
}()

var monthLike = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true,
}

func isCountWord(w string) bool {
	switch w {
	case "about", "around", "some", "nearly", "almost", "over", "under", "killing", "killed", "wounding", "at", "more", "least", "than", "up", "to", "between", "and", "or", "only", "just":
		return true
	}
	return false
}

// rangeEnd reads the upper end of a range after a number at j.
func (f *finder) rangeEnd(start, j int, lo float64) (float64, int, bool) {
	sep := f.tok(j)
	var ok bool
	switch {
	case sep.Is("or", "to"):
		ok = true
	case sep.Text == "-" || sep.Text == "–":
		ok = wordscan.Adjacent(f.tok(j-1), sep) || sep.Text == "–"
	case sep.Is("and"):
		ok = f.is(start, "between")
	}
	if !ok || f.is(start-1, "from") {
		return 0, 0, false
	}
	if f.tok(f.numStart).Kind != f.tok(j+1).Kind && !f.is(start, "between") {
		return 0, 0, false
	}
	hi, k, _, ok := f.number(j + 1)
	if !ok || hi <= lo {
		return 0, 0, false
	}
	// "2 to 3 million", "between one and two billion": the scale of the
	// second applies to both.
	last := f.tok(k - 1)
	sc, scaled := scales[last.Lower]
	if !scaled {
		sc, scaled = shortScales[last.Lower]
	}
	if scaled && last.Kind == wordscan.Word && sc >= 1000 && j-1 >= 0 {
		if _, loScaled := scales[f.tok(j-1).Lower]; !loScaled && lo*sc < hi*1.0001 && lo*sc > 0 {
			lo *= sc
			f.scaledLow = lo
		}
	}
	if sep.Is("or") && hi-lo > lo && f.scaledLow == 0 {
		return 0, 0, false // "one or two" yes, "two or 10" is not a range
	}
	return hi, k, true
}

var timeUnits = map[string]bool{
	"second": true, "seconds": true, "minute": true, "minutes": true,
	"hour": true, "hours": true, "day": true, "days": true, "week": true,
	"weeks": true, "month": true, "months": true, "year": true, "years": true,
	"decade": true, "decades": true, "century": true, "centuries": true,
	"night": true, "nights": true, "times": true, "fortnight": true,
}

// unitStop lists words that end a unit noun phrase.
var unitStop = map[string]bool{
	"the": true, "a": true, "an": true, "and": true, "or": true, "but": true,
	"of": true, "in": true, "on": true, "at": true, "to": true, "for": true,
	"from": true, "by": true, "with": true, "were": true, "was": true,
	"are": true, "is": true, "have": true, "has": true, "had": true,
	"been": true, "be": true, "will": true, "would": true, "could": true,
	"who": true, "which": true, "that": true, "this": true, "these": true,
	"those": true, "it": true, "they": true, "he": true, "she": true,
	"we": true, "as": true, "than": true, "into": true, "after": true,
	"before": true, "during": true, "since": true, "when": true,
	"while": true, "where": true, "including": true, "among": true,
	"per": true, "each": true, "more": true, "less": true, "also": true,
	"not": true, "all": true, "still": true, "near": true, "across": true,
	"over": true, "under": true, "about": true, "against": true, "if": true,
	"what": true, "whom": true, "whose": true, "so": true, "did": true,
	"do": true, "does": true, "can": true, "may": true, "might": true,
	"must": true, "should": true, "shall": true, "there": true, "here": true,
	"said": true, "say": true, "says": true, "died": true, "dead": true,
	"'s": true, "up": true, "out": true, "off": true, "down": true,
	"reportedly": true, "apiece": true, "each other": true, "ago": true,
	"later": true, "earlier": true, "or so": true, "left": true, "remain": true,
	"remained": true, "got": true, "went": true, "came": true,
}

var verbLike = map[string]bool{
	"killed": true, "wounded": true, "injured": true, "arrested": true,
	"detained": true, "displaced": true, "missing": true, "abducted": true,
	"kidnapped": true, "evacuated": true, "rescued": true, "hurt": true,
}

// unit reads the noun phrase after a count: "armoured vehicles", "of the
// soldiers". skip reports that the count is a length of time or an age.
func (f *finder) unit(j int) (string, int, bool) {
	if f.tok(j).Text == "-" && wordscan.Adjacent(f.tok(j-1), f.tok(j)) {
		// "a 10-year sentence", "25-year-old"
		w, _, _ := strings.Cut(f.tok(j+1).Lower, "-")
		if timeUnits[w] {
			return "", j, true
		}
		if n := f.tok(j + 1); n.Kind == wordscan.Word && wordscan.Adjacent(f.tok(j), n) {
			return n.Text, j + 2, false // "a 15-member delegation"
		}
	}
	k := j
	if f.is(k, "of") {
		k++
		if f.is(k, "the", "them", "those", "these", "their", "his", "her", "its", "our", "whom", "which") {
			if f.is(k, "them", "whom", "which") {
				return "", j, false
			}
			k++
		}
	}
	first := k
	last := -1 // index of the last noun-like word
	n := 0
	for ; k < len(f.toks) && n < 5; k++ {
		t := f.tok(k)
		if t.Kind != wordscan.Word || unitStop[t.Lower] {
			break
		}
		if f.opt.UPOS != nil {
			if p := f.opt.UPOS(t.Start); p != "" {
				if p == "NOUN" || p == "PROPN" {
					last = k
					n++
					continue
				}
				if p == "ADJ" || p == "NUM" || (p == "VERB" && strings.HasSuffix(t.Lower, "ed") && f.opt.UPOS(f.tok(k+1).Start) == "NOUN") {
					n++
					continue // "armoured vehicles"
				}
				break
			}
		}
		if verbLike[t.Lower] && k > first {
			break
		}
		if strings.HasSuffix(t.Lower, "ly") && len(t.Lower) > 4 {
			break
		}
		if (strings.HasSuffix(t.Lower, "ing") || strings.HasSuffix(t.Lower, "ed")) && !f.nounFollows(k) {
			if k > first {
				break
			}
			if verbLike[t.Lower] {
				break
			}
		}
		n++
		last = k
	}
	if last < first {
		return "", j, false
	}
	if timeUnits[f.tok(last).Lower] && last == first {
		return "", j, true
	}
	if timeUnits[f.tok(first).Lower] {
		return "", j, true
	}
	if f.opt.UPOS == nil {
		// Without tags, end the phrase at its first plural noun: "boats
		// sank", "families fled".
		for k := first; k < last; k++ {
			if plural(f.tok(k).Lower) && !plural(f.tok(k+1).Lower) {
				last = k
				break
			}
		}
	}
	return f.s[f.tok(first).Start:f.tok(last).End], last + 1, false
}

// nounFollows reports whether the word after k can continue a noun phrase.
func (f *finder) nounFollows(k int) bool {
	n := f.tok(k + 1)
	return n.Kind == wordscan.Word && !unitStop[n.Lower] && !verbLike[n.Lower] && !strings.HasSuffix(n.Lower, "ly")
}

var irregularPlurals = map[string]bool{
	"people": true, "men": true, "women": true, "children": true,
	"police": true, "personnel": true, "staff": true, "cattle": true,
	"sheep": true, "livestock": true, "militia": true, "civilians": true,
}

// plural reports whether w looks like a plural noun.
func plural(w string) bool {
	if irregularPlurals[w] {
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// couldStart reports whether a quantity may begin at t, to skip most words
// quickly.
func (f *finder) couldStart(t wordscan.Tok) bool {
	switch t.Kind {
	case wordscan.Number:
		return true
	case wordscan.Punct:
		return currencySymbols[t.Text] != ""
	}
	w := t.Lower
	if modifierWord[w] || vagueCounts[w] != 0 || dollarPrefixes[w] != "" || currencyCodes[w] || t.Text == "Rs" {
		return true
	}
	switch w {
	case "a", "an", "half", "between", "no", "not", "well", "close":
		return true
	}
	_, ok := wordscan.SmallNumber(w)
	return ok
}
