// Package when finds temporal expressions in news text and resolves them
// against the publication date, with a precision of day, week, month, year
// or decade.
//
// News conventions: a bare weekday is the most recent such day on or before
// the publication date (the publication weekday itself means that day), and
// moves forward when the clause is in the future tense ("will meet on
// Tuesday") or says "next". A month or month and day without a year is the
// occurrence nearest the publication date, on or before it in a past-tense
// clause and on or after it in a future-tense one. Durations ("within 48
// hours", "for three weeks", "the past decade") are recognised so that they
// are not taken for dates, but they have no value.
//
// Values are the first day of the period: the Monday of a week, the first of
// a month, 1 January of a year or of a decade's first year.
package when

import (
	"strconv"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/wordscan"
)

// The precisions of a resolved date.
const (
	Day    = "day"
	Week   = "week"
	Month  = "month"
	Year   = "year"
	Decade = "decade"
)

// Tense is the tense of the clause around an expression, as far as the words
// near it tell.
type Tense int

// The tenses.
const (
	Unmarked Tense = iota
	Past
	Future
)

// Expr is a temporal expression found in text.
type Expr struct {
	// Start and End are byte offsets into the scanned text.
	Start, End int
	Text       string
	// Value is the first day of the period, "YYYY-MM-DD", or "" when the
	// expression is relative and there is no publication date.
	Value string
	// Precision is Day, Week, Month, Year or Decade ("" for durations).
	Precision string
	// Rule names the pattern that matched.
	Rule string
	// Duration marks a length of time, which is not a date.
	Duration bool
	// Relative marks an expression that needs the publication date.
	Relative bool
	// Shift is set for an expression relative to the date the text spoke
	// of last ("the next day", "two weeks later"); Find resolves it
	// against the publication date and Process against that date.
	Shift *Shift
}

// Shift is a move in time from an anchor date: N units (negative for
// earlier) of Unit, which is Day, Week, Month or Year.
type Shift struct {
	N    int
	Unit string
}

// Apply returns t moved by the shift and cut to the shift's precision.
func (sh Shift) Apply(t time.Time) time.Time {
	switch sh.Unit {
	case Week:
		t = t.AddDate(0, 0, 7*sh.N)
	case Month:
		t = t.AddDate(0, sh.N, 0)
	case Year:
		t = t.AddDate(sh.N, 0, 0)
	default:
		t = t.AddDate(0, 0, sh.N)
	}
	return truncate(t, sh.Unit)
}

// Find returns the temporal expressions in s, resolved against pub (the
// publication date; the zero time leaves relative expressions without a
// value).
func Find(s string, pub time.Time) []Expr {
	return FindTokens(s, wordscan.Scan(s), pub)
}

// FindTokens is Find for text already split by wordscan.Scan.
func FindTokens(s string, toks []wordscan.Tok, pub time.Time) []Expr {
	if !pub.IsZero() {
		pub = time.Date(pub.Year(), pub.Month(), pub.Day(), 0, 0, 0, 0, time.UTC)
	}
	m := matcher{s: s, toks: toks, pub: pub}
	var out []Expr
	for i := 0; i < len(toks); {
		if e, j, ok := m.at(i); ok {
			out = append(out, e)
			i = j
			continue
		}
		i++
	}
	return out
}

type matcher struct {
	s    string
	toks []wordscan.Tok
	pub  time.Time
}

// period is a resolved date before it is written out.
type period struct {
	t         time.Time
	precision string
	relative  bool
	shift     *Shift
}

func (m *matcher) tok(i int) wordscan.Tok {
	if i < 0 || i >= len(m.toks) {
		return wordscan.Tok{Start: -1, End: -1}
	}
	return m.toks[i]
}

func (m *matcher) is(i int, ws ...string) bool {
	t := m.tok(i)
	return t.Kind == wordscan.Word && t.Is(ws...)
}

// at tries every pattern at token i and returns the expression and the
// index after it.
func (m *matcher) at(i int) (Expr, int, bool) {
	if !m.couldStart(m.toks[i]) {
		return Expr{}, 0, false
	}
	for _, f := range []func(int) (int, int, period, string, bool){
		m.anchored, m.duration, m.ago, m.relativeDay, m.relativeUnit, m.vague,
		m.weekday, m.monthFirst, m.dayFirst, m.iso, m.slashed, m.decade, m.year,
	} {
		start, end, p, rule, ok := f(i)
		if !ok {
			continue
		}
		e := Expr{
			Start: m.toks[start].Start, End: m.toks[end-1].End, Rule: rule,
			Precision: p.precision, Relative: p.relative,
		}
		e.Text = m.s[e.Start:e.End]
		if p.shift != nil {
			sh := *p.shift
			e.Shift = &sh
		}
		if rule == "duration" {
			e.Duration = true
			e.Precision = ""
		} else if !p.t.IsZero() {
			e.Value = p.t.Format(time.DateOnly)
		}
		return e, end, true
	}
	return Expr{}, 0, false
}

var startWords = map[string]bool{
	"within": true, "for": true, "throughout": true, "over": true,
	"during": true, "in": true, "the": true, "past": true, "last": true,
	"next": true, "coming": true, "previous": true, "first": true,
	"following": true, "a": true, "an": true, "several": true, "some": true,
	"many": true, "few": true, "couple": true, "today": true, "tonight": true,
	"yesterday": true, "tomorrow": true, "this": true, "earlier": true,
	"later": true, "early": true, "late": true, "mid": true, "upcoming": true,
	"recent": true,
}

// couldStart reports whether an expression may begin at t, to skip most
// words quickly.
func (m *matcher) couldStart(t wordscan.Tok) bool {
	switch t.Kind {
	case wordscan.Number:
		return true
	case wordscan.Punct:
		return false
	}
	w := t.Lower
	if startWords[w] || units[w] != "" {
		return true
	}
	if _, ok := wordscan.SmallNumber(w); ok {
		return true
	}
	if strings.IndexByte(w, '-') > 0 {
		return true
	}
	if !t.Capitalized() {
		return false
	}
	_, wd := weekdays[w]
	_, mo := months[w]
	_, ab := monthAbbrevs[w]
	return wd || mo || ab
}

var units = map[string]string{
	"day": Day, "days": Day, "week": Week, "weeks": Week, "month": Month,
	"months": Month, "year": Year, "years": Year, "decade": Decade,
	"decades": Decade, "fortnight": Week, "weekend": Day, "weekends": Day,
}

var shortUnits = map[string]bool{
	"hour": true, "hours": true, "minute": true, "minutes": true,
	"second": true, "seconds": true, "night": true, "nights": true,
	"century": true, "centuries": true, "hrs": true, "mins": true,
}

// quantity reads a count at i: digits, a number word, "a", "an", "a few",
// "several", "a couple of". It returns the index after it, the count and
// whether it is vague.
func (m *matcher) quantity(i int) (int, int, bool, bool) {
	t := m.tok(i)
	switch {
	case t.Kind == wordscan.Number:
		n, err := strconv.Atoi(strings.ReplaceAll(t.Text, ",", ""))
		if err != nil || n > 100000 {
			return 0, 0, false, false
		}
		return i + 1, n, false, true
	case t.Kind != wordscan.Word:
		return 0, 0, false, false
	case t.Is("a", "an", "one"):
		if m.is(i+1, "few") {
			return i + 2, 3, true, true
		}
		if m.is(i+1, "couple") && m.is(i+2, "of") {
			return i + 3, 2, true, true
		}
		return i + 1, 1, false, true
	case t.Is("several", "some", "many", "few"):
		return i + 1, 3, true, true
	case t.Is("couple") && m.is(i+1, "of"):
		return i + 2, 2, true, true
	}
	if n, ok := wordscan.SmallNumber(t.Lower); ok {
		return i + 1, n, false, true
	}
	return 0, 0, false, false
}

// anchored matches expressions relative to the last date spoken of: "the
// next day", "the following week", "the previous month", "the day
// before", "two days later", "a year earlier".
func (m *matcher) anchored(i int) (int, int, period, string, bool) {
	var sh Shift
	end := 0
	switch {
	case m.is(i, "the") && m.is(i+1, "next", "following", "previous", "preceding") && m.is(i+2, "day", "week", "month", "year"):
		sh = Shift{N: 1, Unit: units[m.tok(i+2).Lower]}
		if m.is(i+1, "previous", "preceding") {
			sh.N = -1
		}
		end = i + 3
	case m.is(i, "the") && m.is(i+1, "day") && m.is(i+2, "before", "after") && m.anchorEnd(i+3):
		sh = Shift{N: 1, Unit: Day}
		if m.is(i+2, "before") {
			sh.N = -1
		}
		end = i + 3
	default:
		j, n, vague, ok := m.quantity(i)
		u := m.tok(j)
		if !ok || vague || units[u.Lower] == "" || u.Is("weekend", "weekends", "decade", "decades", "fortnight") {
			return 0, 0, period{}, "", false
		}
		switch {
		case m.is(j+1, "later", "afterwards", "afterward"):
		case m.is(j+1, "earlier"):
			n = -n
		case m.is(j+1, "after") && m.anchorEnd(j+2):
		case m.is(j+1, "before") && m.anchorEnd(j+2):
			n = -n
		default:
			return 0, 0, period{}, "", false
		}
		sh = Shift{N: n, Unit: units[u.Lower]}
		end = j + 2
	}
	p := period{precision: sh.Unit, relative: true, shift: &sh}
	if !m.pub.IsZero() {
		p.t = sh.Apply(m.pub)
	}
	return i, end, p, "anchored", true
}

// anchorEnd reports whether token k ends a clause, so that "before" or
// "after" has no object of its own ("the day before," but not "the day
// before the vote").
func (m *matcher) anchorEnd(k int) bool {
	t := m.tok(k)
	return t.Kind == wordscan.Punct || t.Start < 0 || t.Is("and", "but", "when", "while", "as")
}

// duration matches "within 48 hours", "for three weeks", "the past decade",
// "over the last two years", "a 48-hour ceasefire".
func (m *matcher) duration(i int) (int, int, period, string, bool) {
	t := m.toks[i]
	// "48-hour", "10-year", "two-day"
	if j, _, _, ok := m.quantity(i); ok && j == i+1 && m.tok(j).Text == "-" && wordscan.Adjacent(t, m.tok(j)) {
		u := m.tok(j + 1)
		if (units[u.Lower] != "" || shortUnits[u.Lower]) && wordscan.Adjacent(m.tok(j), u) {
			return i, j + 2, period{}, "duration", true
		}
	}
	if t.Kind == wordscan.Word && strings.Contains(t.Lower, "-") {
		if q, u, ok := strings.Cut(t.Lower, "-"); ok {
			if _, isNum := wordscan.SmallNumber(q); isNum && (units[u] != "" || shortUnits[u]) {
				return i, i + 1, period{}, "duration", true
			}
		}
	}
	j := i
	lead := m.is(j, "within", "for", "throughout", "over", "during", "in")
	if lead {
		j++
	}
	hasThe := false
	if m.is(j, "the") {
		if _, _, _, _, ok := m.vague(j); ok && !m.is(i, "within", "for", "throughout") {
			// "in the coming days" is a vague date
			return 0, 0, period{}, "", false
		}
		hasThe = true
		j++
	}
	span := m.is(j, "past", "last", "next", "coming", "previous", "first", "following")
	if span {
		j++
	}
	k, _, _, hasN := m.quantity(j)
	if hasN {
		j = k
	}
	u := m.tok(j)
	if u.Kind != wordscan.Word || (units[u.Lower] == "" && !shortUnits[u.Lower]) {
		return 0, 0, period{}, "", false
	}
	switch {
	case hasThe && span:
		// "the past week", "over the last two years"
	case m.is(i, "within", "for", "throughout") && (hasN || hasThe):
		// "within 48 hours", "for three weeks", "for the day"
	case hasN && shortUnits[u.Lower]:
		// "48 hours", "ten minutes" are never dates
	default:
		return 0, 0, period{}, "", false
	}
	if m.is(j+1, "ago", "later", "earlier", "before", "after") {
		return 0, 0, period{}, "", false
	}
	start := i
	if lead && !m.is(i, "within", "for", "throughout") {
		start = i + 1
	}
	return start, j + 1, period{}, "duration", true
}

// ago matches "a year ago", "three days ago", "weeks ago".
func (m *matcher) ago(i int) (int, int, period, string, bool) {
	j, n, vague, ok := m.quantity(i)
	if !ok {
		j, n, vague = i, 2, true
	}
	u := m.tok(j)
	prec := units[u.Lower]
	if prec == "" || u.Lower == "weekend" || !m.is(j+1, "ago") {
		return 0, 0, period{}, "", false
	}
	if !ok && !strings.HasSuffix(u.Lower, "s") {
		return 0, 0, period{}, "", false
	}
	p := period{precision: prec, relative: true}
	if !m.pub.IsZero() {
		t := m.pub
		switch {
		case strings.HasPrefix(u.Lower, "day"):
			t = t.AddDate(0, 0, -n)
		case strings.HasPrefix(u.Lower, "fortnight"):
			t = t.AddDate(0, 0, -14*n)
		case strings.HasPrefix(u.Lower, "week"):
			t = t.AddDate(0, 0, -7*n)
		case strings.HasPrefix(u.Lower, "month"):
			t = t.AddDate(0, -n, 0)
		case strings.HasPrefix(u.Lower, "year"):
			t = t.AddDate(-n, 0, 0)
		case strings.HasPrefix(u.Lower, "decade"):
			t = t.AddDate(-10*n, 0, 0)
		}
		p.t = t
	}
	if vague {
		p.precision = coarser(prec)
	}
	p.t = truncate(p.t, p.precision)
	return i, j + 2, p, "ago", true
}

// relativeDay matches today, tonight, yesterday, tomorrow, last night, this
// morning, the day before yesterday, the day after tomorrow.
func (m *matcher) relativeDay(i int) (int, int, period, string, bool) {
	off, end := 0, i+1
	switch {
	case m.is(i, "today", "tonight"):
	case m.is(i, "yesterday"):
		off = -1
	case m.is(i, "tomorrow"):
		off = 1
	case m.is(i, "last") && m.is(i+1, "night"):
		off, end = -1, i+2
	case m.is(i, "this") && m.is(i+1, "morning", "afternoon", "evening"):
		end = i + 2
	case m.is(i, "the") && m.is(i+1, "day") && m.is(i+2, "before") && m.is(i+3, "yesterday"):
		off, end = -2, i+4
	case m.is(i, "the") && m.is(i+1, "day") && m.is(i+2, "after") && m.is(i+3, "tomorrow"):
		off, end = 2, i+4
	default:
		return 0, 0, period{}, "", false
	}
	if m.is(end, "morning", "afternoon", "evening", "night") && m.is(end-1, "yesterday", "tomorrow", "today") {
		end++
	}
	p := period{precision: Day, relative: true}
	if !m.pub.IsZero() {
		p.t = m.pub.AddDate(0, 0, off)
	}
	return i, end, p, "relative-day", true
}

// relativeUnit matches "last week", "this month", "next year", "earlier
// this month", "late last year", "over the weekend".
func (m *matcher) relativeUnit(i int) (int, int, period, string, bool) {
	j := m.partPrefix(i)
	if j == i && m.is(j, "earlier", "later") {
		j++
	}
	which := ""
	switch {
	case m.is(j, "last", "this", "next", "past", "previous"):
		which = m.tok(j).Lower
		j++
	case m.is(j, "the") && m.is(j+1, "weekend"):
		which = "the"
		j++
	case m.is(j, "the") && m.is(j+1, "same") && m.is(j+2, "day"):
		return 0, 0, period{}, "", false
	default:
		return 0, 0, period{}, "", false
	}
	if m.is(j, "mid-week") {
		return 0, 0, period{}, "", false
	}
	u := m.tok(j)
	if !u.Is("week", "month", "year", "weekend", "decade") {
		return 0, 0, period{}, "", false
	}
	if which == "past" || which == "previous" {
		// "the past week" is a duration, handled there; a bare "past
		// week" reads the same.
		return 0, 0, period{}, "", false
	}
	p := period{precision: units[u.Lower], relative: true}
	if u.Lower == "weekend" {
		p.precision = Day
	}
	if m.pub.IsZero() {
		return i, j + 1, p, "relative-unit", true
	}
	t := m.pub
	step := 0
	switch which {
	case "last":
		step = -1
	case "next":
		step = 1
	}
	switch u.Lower {
	case "week":
		t = t.AddDate(0, 0, 7*step)
	case "month":
		t = time.Date(t.Year(), t.Month()+time.Month(step), 1, 0, 0, 0, 0, time.UTC)
	case "year":
		t = t.AddDate(step, 0, 0)
	case "decade":
		t = t.AddDate(10*step, 0, 0)
	case "weekend":
		t = m.weekend(which, i, j+1)
	}
	p.t = truncate(t, p.precision)
	return i, j + 1, p, "relative-unit", true
}

// weekend returns the Saturday meant by "last/this/next/the weekend".
func (m *matcher) weekend(which string, start, end int) time.Time {
	sat := onOrBefore(m.pub, time.Saturday)
	switch which {
	case "next":
		return onOrAfter(m.pub.AddDate(0, 0, 1), time.Saturday)
	case "last":
		if m.pub.Weekday() == time.Saturday || m.pub.Weekday() == time.Sunday {
			return sat.AddDate(0, 0, -7)
		}
		return sat
	}
	if m.tense(start, end) == Future {
		return onOrAfter(m.pub, time.Saturday)
	}
	return sat
}

// vague matches "in coming weeks", "in the coming days", "in recent
// months", "in the next few weeks", "in the past few days".
func (m *matcher) vague(i int) (int, int, period, string, bool) {
	j := i
	if m.is(j, "the") {
		j++
	}
	dir := 0
	switch {
	case m.is(j, "coming", "upcoming"):
		dir = 1
		j++
	case m.is(j, "recent"):
		dir = -1
		j++
	case m.is(j, "next", "past", "last") && m.is(j+1, "few", "several"):
		dir = 1
		if !m.is(j, "next") {
			dir = -1
		}
		j += 2
	default:
		return 0, 0, period{}, "", false
	}
	u := m.tok(j)
	if !u.Is("days", "weeks", "months", "years") {
		return 0, 0, period{}, "", false
	}
	if dir == -1 && !m.is(i-1, "in", "over", "during") {
		return 0, 0, period{}, "", false
	}
	prec := coarser(units[u.Lower])
	p := period{precision: prec, relative: true}
	if !m.pub.IsZero() {
		t := m.pub
		switch u.Lower {
		case "days":
			t = t.AddDate(0, 0, dir)
		case "weeks":
			t = t.AddDate(0, 0, 7*dir)
		case "months":
			t = t.AddDate(0, dir, 0)
		case "years":
			t = t.AddDate(dir, 0, 0)
		}
		p.t = truncate(t, prec)
	}
	return i, j + 1, p, "vague", true
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday,
	"friday": time.Friday, "saturday": time.Saturday,
}

// weekday matches "Monday", "last Friday", "next Tuesday", "Monday night",
// "Tuesday, March 5".
func (m *matcher) weekday(i int) (int, int, period, string, bool) {
	j := i
	which := ""
	if m.is(j, "last", "next", "this", "past", "coming") {
		which = m.tok(j).Lower
		j++
	}
	w := m.tok(j)
	wd, ok := weekdays[w.Lower]
	if !ok || !w.Capitalized() {
		return 0, 0, period{}, "", false
	}
	end := j + 1
	// "Tuesday, March 5, 2019" or "Tuesday 5 March": the calendar date wins.
	k := end
	if m.tok(k).Text == "," {
		k++
	}
	if s, e, p, rule, ok := m.monthFirst(k); ok && s == k {
		return i, e, p, rule, true
	}
	if s, e, p, rule, ok := m.dayFirst(k); ok && s == k {
		return i, e, p, rule, true
	}
	if m.is(end, "morning", "afternoon", "evening", "night") {
		end++
	}
	p := period{precision: Day, relative: true}
	if m.pub.IsZero() {
		return i, end, p, "weekday", true
	}
	switch which {
	case "last", "past":
		p.t = onOrBefore(m.pub.AddDate(0, 0, -1), wd)
	case "next", "coming":
		p.t = onOrAfter(m.pub.AddDate(0, 0, 1), wd)
	default:
		if m.tense(i, end) == Future {
			p.t = onOrAfter(m.pub, wd)
		} else {
			p.t = onOrBefore(m.pub, wd)
		}
	}
	return i, end, p, "weekday", true
}

var months = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
	"december": 12,
}

var monthAbbrevs = map[string]time.Month{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// month reads a month name at i and returns the index after it (past an
// abbreviation's period).
func (m *matcher) month(i int) (time.Month, int, bool) {
	t := m.tok(i)
	if !t.Capitalized() {
		return 0, 0, false
	}
	if mo, ok := months[t.Lower]; ok {
		return mo, i + 1, true
	}
	if mo, ok := monthAbbrevs[t.Lower]; ok {
		if m.tok(i+1).Text == "." && wordscan.Adjacent(t, m.tok(i+1)) {
			return mo, i + 2, true
		}
		if m.tok(i+1).Kind == wordscan.Number {
			return mo, i + 1, true
		}
	}
	return 0, 0, false
}

// dayNumber reads "4", "4th", "21st" at i.
func (m *matcher) dayNumber(i int) (int, int, bool) {
	t := m.tok(i)
	if t.Kind != wordscan.Number || len(t.Text) > 2 {
		return 0, 0, false
	}
	d, err := strconv.Atoi(t.Text)
	if err != nil || d < 1 || d > 31 {
		return 0, 0, false
	}
	end := i + 1
	if n := m.tok(end); n.Is("st", "nd", "rd", "th") && wordscan.Adjacent(t, n) {
		end++
	}
	return d, end, true
}

// yearNumber reads a four-digit year at i.
func (m *matcher) yearNumber(i int) (int, bool) {
	t := m.tok(i)
	if t.Kind != wordscan.Number || len(t.Text) != 4 {
		return 0, false
	}
	y, err := strconv.Atoi(t.Text)
	if err != nil || y < 1000 || y > 2200 {
		return 0, false
	}
	if n := m.tok(i + 1); n.Kind == wordscan.Word && wordscan.Adjacent(t, n) {
		return 0, false
	}
	return y, true
}

// partPrefix reads "early", "mid", "mid-", "late", "the end of", "the
// beginning of", "the middle of" before a month or year.
func (m *matcher) partPrefix(i int) int {
	switch {
	case m.is(i, "early", "late", "mid"):
		if m.tok(i+1).Text == "-" {
			return i + 2
		}
		return i + 1
	case m.is(i, "the") && m.is(i+1, "end", "beginning", "start", "middle") && m.is(i+2, "of"):
		return i + 3
	}
	return i
}

// monthFirst matches "March 3", "Sept. 4, 2019", "March 2019", "March of
// 2019", "in March", "last March", "mid-March", "early March".
func (m *matcher) monthFirst(i int) (int, int, period, string, bool) {
	j := m.partPrefix(i)
	which := ""
	if j == i && m.is(j, "last", "next", "this") {
		which = m.tok(j).Lower
		j++
	}
	t := m.tok(j)
	// "mid-March" is one word.
	if j == i && t.Kind == wordscan.Word && strings.HasPrefix(t.Lower, "mid-") {
		if mo, ok := months[t.Lower[4:]]; ok {
			return m.monthOnly(i, j+1, mo, "")
		}
	}
	mo, k, ok := m.month(j)
	if !ok {
		return 0, 0, period{}, "", false
	}
	if d, e, ok := m.dayNumber(k); ok && j == m.partPrefix(i) && which == "" {
		// "March 3", "March 3, 2019", "March 3 2019"
		y, end := 0, e
		c := e
		if m.tok(c).Text == "," {
			c++
		}
		if yy, ok := m.yearNumber(c); ok {
			y, end = yy, c+1
		}
		if m.tok(e).Text == "-" || m.tok(e).Text == "–" {
			// a range "March 3-5": keep the first day
			if _, _, ok := m.dayNumber(e + 1); ok {
				end = e + 2
			}
		}
		return m.calendar(i, end, y, mo, d, "month-day")
	}
	// "March 2019", "March of 2019"
	c := k
	if m.is(c, "of") {
		c++
	}
	if y, ok := m.yearNumber(c); ok && which == "" {
		return i, c + 1, period{t: time.Date(y, mo, 1, 0, 0, 0, 0, time.UTC), precision: Month}, "month-year", true
	}
	if mo == time.May && j == i && which == "" && !m.is(i-1, monthPreps...) {
		// "May" alone is the verb more often than the month.
		return 0, 0, period{}, "", false
	}
	if j == i && which == "" && (m.is(i-1, "the", "a", "'s") || m.tok(i-1).Capitalized() && !m.is(i-1, monthPreps...)) {
		// "the March on Washington", "the Women's March", "Black Lives
		// Matter March"
		return 0, 0, period{}, "", false
	}
	return m.monthOnly(i, k, mo, which)
}

// monthPreps may stand before a month named alone.
var monthPreps = []string{"in", "since", "by", "until", "till", "of", "from", "through", "during", "before", "after", "early", "late", "mid", "to", "and", "or", "between"}

// monthOnly resolves a month named without a year.
func (m *matcher) monthOnly(i, end int, mo time.Month, which string) (int, int, period, string, bool) {
	p := period{precision: Month, relative: true}
	if m.pub.IsZero() {
		return i, end, p, "month", true
	}
	cur := time.Date(m.pub.Year(), m.pub.Month(), 1, 0, 0, 0, 0, time.UTC)
	this := time.Date(m.pub.Year(), mo, 1, 0, 0, 0, 0, time.UTC)
	before, after := this, this
	if this.After(cur) {
		before = this.AddDate(-1, 0, 0)
	}
	if this.Before(cur) {
		after = this.AddDate(1, 0, 0)
	}
	switch which {
	case "last":
		p.t = before
		if !before.Before(cur) {
			p.t = before.AddDate(-1, 0, 0)
		}
	case "next":
		p.t = after
		if !after.After(cur) {
			p.t = after.AddDate(1, 0, 0)
		}
	case "this":
		p.t = this
	default:
		switch m.tense(i, end) {
		case Future:
			p.t = after
		case Past:
			p.t = before
		default:
			p.t = nearest(m.pub, before, after)
		}
	}
	return i, end, p, "month", true
}

// dayFirst matches "3 March 2019", "3 March", "3rd of March", "the 3rd of
// March".
func (m *matcher) dayFirst(i int) (int, int, period, string, bool) {
	j := i
	if m.is(j, "the") {
		j++
	}
	d, k, ok := m.dayNumber(j)
	if !ok {
		return 0, 0, period{}, "", false
	}
	if m.is(k, "of") {
		k++
	} else if j != i {
		return 0, 0, period{}, "", false
	}
	mo, e, ok := m.month(k)
	if !ok {
		return 0, 0, period{}, "", false
	}
	y, end := 0, e
	c := e
	if m.tok(c).Text == "," {
		c++
	}
	if yy, ok := m.yearNumber(c); ok {
		y, end = yy, c+1
	}
	return m.calendar(i, end, y, mo, d, "day-month")
}

// calendar resolves a day of a month, in year y or, when y is 0, in the
// year that the tense and the publication date say.
func (m *matcher) calendar(i, end, y int, mo time.Month, d int, rule string) (int, int, period, string, bool) {
	if d > daysIn(mo, max(y, 2000)) {
		return 0, 0, period{}, "", false
	}
	if y != 0 {
		return i, end, period{t: time.Date(y, mo, d, 0, 0, 0, 0, time.UTC), precision: Day}, rule, true
	}
	p := period{precision: Day, relative: true}
	if m.pub.IsZero() {
		return i, end, p, rule, true
	}
	pick := func(y int) time.Time { return time.Date(y, mo, min(d, daysIn(mo, y)), 0, 0, 0, 0, time.UTC) }
	this := pick(m.pub.Year())
	before, after := this, this
	if this.After(m.pub) {
		before = pick(m.pub.Year() - 1)
	}
	if this.Before(m.pub) {
		after = pick(m.pub.Year() + 1)
	}
	switch m.tense(i, end) {
	case Future:
		p.t = after
	case Past:
		p.t = before
	default:
		p.t = nearest(m.pub, before, after)
	}
	return i, end, p, rule, true
}

// iso matches "2019-03-03" and "2019/03/03".
func (m *matcher) iso(i int) (int, int, period, string, bool) {
	y, ok := m.yearNumber(i)
	sep := m.tok(i + 1).Text
	if !ok || (sep != "-" && sep != "/") || m.tok(i+3).Text != sep {
		return 0, 0, period{}, "", false
	}
	for k := i; k < i+4; k++ {
		if !wordscan.Adjacent(m.tok(k), m.tok(k+1)) {
			return 0, 0, period{}, "", false
		}
	}
	mo, err1 := strconv.Atoi(m.tok(i + 2).Text)
	d, err2 := strconv.Atoi(m.tok(i + 4).Text)
	if err1 != nil || err2 != nil || mo < 1 || mo > 12 || d < 1 || d > daysIn(time.Month(mo), y) {
		return 0, 0, period{}, "", false
	}
	return i, i + 5, period{t: time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC), precision: Day}, "iso", true
}

// slashed matches "3/14/2019" (month first, as in US news) and "14/3/2019"
// (day first, when the first number cannot be a month).
func (m *matcher) slashed(i int) (int, int, period, string, bool) {
	a, b := m.tok(i), m.tok(i+2)
	if a.Kind != wordscan.Number || b.Kind != wordscan.Number || m.tok(i+1).Text != "/" || m.tok(i+3).Text != "/" {
		return 0, 0, period{}, "", false
	}
	for k := i; k < i+4; k++ {
		if !wordscan.Adjacent(m.tok(k), m.tok(k+1)) {
			return 0, 0, period{}, "", false
		}
	}
	y, ok := m.yearNumber(i + 4)
	x, err1 := strconv.Atoi(a.Text)
	z, err2 := strconv.Atoi(b.Text)
	if !ok || err1 != nil || err2 != nil {
		return 0, 0, period{}, "", false
	}
	mo, d := x, z
	if x > 12 {
		mo, d = z, x
	}
	if mo < 1 || mo > 12 || d < 1 || d > daysIn(time.Month(mo), y) {
		return 0, 0, period{}, "", false
	}
	return i, i + 5, period{t: time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC), precision: Day}, "slashed", true
}

var decadeWords = map[string]int{
	"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50,
	"sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90,
}

// decade matches "the 1990s", "1990s", "the '90s", "the nineties".
func (m *matcher) decade(i int) (int, int, period, string, bool) {
	j := m.partPrefix(i)
	if m.is(j, "the") {
		j++
	}
	t := m.tok(j)
	if t.Kind == wordscan.Number && len(t.Text) == 4 && m.tok(j+1).Text == "s" && wordscan.Adjacent(t, m.tok(j+1)) {
		y, err := strconv.Atoi(t.Text)
		if err == nil && y%10 == 0 && y >= 1000 && y < 2200 {
			return i, j + 2, period{t: time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), precision: Decade}, "decade", true
		}
	}
	if (t.Text == "'" || t.Text == "’") && j > i {
		n := m.tok(j + 1)
		if n.Kind == wordscan.Number && len(n.Text) == 2 && m.tok(j+2).Text == "s" && wordscan.Adjacent(n, m.tok(j+2)) {
			yy, _ := strconv.Atoi(n.Text)
			if yy%10 == 0 {
				y := 1900 + yy
				if !m.pub.IsZero() && y+100 <= m.pub.Year() {
					y += 100
				}
				return i, j + 3, period{t: time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), precision: Decade}, "decade", true
			}
		}
	}
	if yy, ok := decadeWords[t.Lower]; ok && j > i && m.is(j-1, "the") {
		y := 1900 + yy
		return i, j + 1, period{t: time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), precision: Decade}, "decade", true
	}
	return 0, 0, period{}, "", false
}

// year matches a year after a preposition or a part: "in 2019", "since
// 2015", "early 2020", "the end of 2018".
func (m *matcher) year(i int) (int, int, period, string, bool) {
	j := m.partPrefix(i)
	if j == i && m.is(i, "last", "this", "next") {
		return 0, 0, period{}, "", false
	}
	y, ok := m.yearNumber(j)
	if !ok {
		return 0, 0, period{}, "", false
	}
	attributive := m.is(i-1, "the", "a", "its", "his", "her", "their", "our") && m.tok(j+1).Kind == wordscan.Word &&
		!m.tok(j+1).Capitalized() && !strings.HasSuffix(m.tok(j+1).Lower, "s") // "the 2016 election"
	if j == i && !attributive && !m.is(i-1, "in", "since", "by", "until", "till", "of", "from", "through", "during", "before", "after", "to", "and", "between", "around", "circa", "fiscal") {
		return 0, 0, period{}, "", false
	}
	return i, j + 1, period{t: time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), precision: Year}, "year", true
}

var futureWords = map[string]bool{
	"will": true, "'ll": true, "shall": true, "would": true, "next": true,
	"upcoming": true, "plans": true, "plan": true, "planned": true,
	"scheduled": true, "expected": true, "due": true, "intends": true,
	"hopes": true, "tomorrow": true, "going": true, "aims": true,
}

var pastWords = map[string]bool{
	"was": true, "were": true, "had": true, "did": true, "said": true,
	"told": true, "met": true, "held": true, "went": true, "came": true,
	"made": true, "took": true, "gave": true, "saw": true, "began": true,
	"fought": true, "shot": true, "left": true, "led": true, "fled": true,
	"sent": true, "struck": true, "won": true, "lost": true, "spoke": true,
	"wrote": true, "became": true, "fell": true, "rose": true, "broke": true,
	"ago": true, "yesterday": true, "last": true, "earlier": true,
	"brought": true, "bought": true, "caught": true, "thought": true,
	"sought": true, "found": true, "stood": true, "hit": true, "ran": true,
	"got": true, "drew": true, "chose": true, "flew": true, "knew": true,
	"threw": true, "woke": true, "arose": true, "forbade": true,
}

var notPast = map[string]bool{
	"need": true, "red": true, "bed": true, "shed": true, "hundred": true,
	"united": true, "based": true, "related": true, "armed": true,
	"scheduled": true, "expected": true, "planned": true, "proposed": true,
	"due": true, "indeed": true, "speed": true, "feed": true, "seed": true,
	"unexpected": true, "unprecedented": true, "limited": true,
	"detailed": true, "interested": true, "concerned": true,
}

// tense reads the verbs nearest the expression between tokens start and
// end: first back to the start of the clause, then forward.
func (m *matcher) tense(start, end int) Tense {
	look := func(k int) (Tense, bool) {
		t := m.tok(k)
		if t.Kind != wordscan.Word {
			return Unmarked, false
		}
		w := t.Lower
		if futureWords[w] {
			if w == "going" && !m.is(k+1, "to") {
				return Unmarked, false
			}
			return Future, true
		}
		if pastWords[w] || (strings.HasSuffix(w, "ed") && len(w) > 4 && !notPast[w] && !t.Capitalized()) {
			if m.is(k-1, "be", "been", "being", "to", "have", "has", "is", "are", "get") {
				// a participle: the auxiliary before it decides
				return Unmarked, false
			}
			return Past, true
		}
		return Unmarked, false
	}
	for k := start - 1; k >= 0 && k >= start-10; k-- {
		if t := m.tok(k); t.Text == ";" || t.Text == "." || t.Text == "?" || t.Text == "!" {
			break
		}
		if tn, ok := look(k); ok {
			return tn
		}
	}
	for k := end; k < len(m.toks) && k < end+10; k++ {
		if t := m.tok(k); t.Text == ";" || t.Text == "." || t.Text == "?" || t.Text == "!" {
			break
		}
		if tn, ok := look(k); ok {
			return tn
		}
	}
	return Unmarked
}

// onOrBefore returns the last day on or before t that is a wd.
func onOrBefore(t time.Time, wd time.Weekday) time.Time {
	return t.AddDate(0, 0, -((int(t.Weekday()) - int(wd) + 7) % 7))
}

// onOrAfter returns the first day on or after t that is a wd.
func onOrAfter(t time.Time, wd time.Weekday) time.Time {
	return t.AddDate(0, 0, (int(wd)-int(t.Weekday())+7)%7)
}

// nearest returns whichever of a and b is closer to t, a on a tie.
func nearest(t, a, b time.Time) time.Time {
	if b.Sub(t) < t.Sub(a) {
		return b
	}
	return a
}

// truncate returns the first day of the period of the given precision
// holding t.
func truncate(t time.Time, precision string) time.Time {
	if t.IsZero() {
		return t
	}
	switch precision {
	case Week:
		return onOrBefore(t, time.Monday)
	case Month:
		return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
	case Year:
		return time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	case Decade:
		return time.Date(t.Year()-t.Year()%10, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return t
}

// coarser returns the precision one step coarser than p.
func coarser(p string) string {
	switch p {
	case Day:
		return Week
	case Week:
		return Month
	case Month:
		return Year
	}
	return Decade
}

func daysIn(mo time.Month, y int) int {
	return time.Date(y, mo+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
