package when

import (
	"testing"
	"time"
)

// wed is the publication date of most cases: Wednesday 6 March 2019.
var wed = time.Date(2019, 3, 6, 0, 0, 0, 0, time.UTC)

// fri is Friday 3 January 2020, for cases across a year's end.
var fri = time.Date(2020, 1, 3, 0, 0, 0, 0, time.UTC)

func TestFind(t *testing.T) {
	tests := []struct {
		pub       time.Time
		sentence  string
		text      string
		value     string
		precision string // "" for a duration
	}{
		// Weekdays: the most recent such day on or before publication,
		// forward in the future tense or after "next".
		{wed, "The minister resigned on Monday.", "Monday", "2019-03-04", Day},
		{wed, "Talks ended Wednesday without agreement.", "Wednesday", "2019-03-06", Day},
		{wed, "Talks will resume on Wednesday.", "Wednesday", "2019-03-06", Day},
		{wed, "Talks will resume next Wednesday.", "next Wednesday", "2019-03-13", Day},
		{wed, "The army attacked the town on Thursday.", "Thursday", "2019-02-28", Day},
		{wed, "The summit will open on Thursday in Geneva.", "Thursday", "2019-03-07", Day},
		{wed, "On Thursday, the summit will open in Geneva.", "Thursday", "2019-03-07", Day},
		{wed, "Rebels shelled the city last Friday.", "last Friday", "2019-03-01", Day},
		{wed, "Protesters gathered on Sunday night.", "Sunday night", "2019-03-03", Day},
		{wed, "Tuesday's vote was postponed.", "Tuesday", "2019-03-05", Day},
		{wed, "Officials said the convoy would leave on Saturday.", "Saturday", "2019-03-09", Day},
		{wed, "The envoy will arrive next Monday.", "next Monday", "2019-03-11", Day},
		{wed, "The court met last Wednesday.", "last Wednesday", "2019-02-27", Day},
		{wed, "The rally will take place this Saturday.", "this Saturday", "2019-03-09", Day},
		{wed, "Clashes erupted Friday morning near the border.", "Friday morning", "2019-03-01", Day},
		{wed, "Elections will be held on Sunday.", "Sunday", "2019-03-10", Day},
		{wed, "Monday, March 4, was declared a holiday.", "Monday, March 4", "2019-03-04", Day},
		// Days relative to publication.
		{wed, "He spoke to reporters yesterday.", "yesterday", "2019-03-05", Day},
		{wed, "Voting takes place today.", "today", "2019-03-06", Day},
		{wed, "The envoy arrives tomorrow.", "tomorrow", "2019-03-07", Day},
		{wed, "Police fired tear gas last night.", "last night", "2019-03-05", Day},
		{wed, "The ministry said this morning that the road had reopened.", "this morning", "2019-03-06", Day},
		{wed, "The court rules tomorrow morning.", "tomorrow morning", "2019-03-07", Day},
		{wed, "They met the day before yesterday.", "the day before yesterday", "2019-03-04", Day},
		{wed, "They will meet the day after tomorrow.", "the day after tomorrow", "2019-03-08", Day},
		{wed, "Talks broke down over the weekend.", "the weekend", "2019-03-02", Day},
		{wed, "Talks will resume next weekend.", "next weekend", "2019-03-09", Day},
		{wed, "The march will go ahead this weekend.", "this weekend", "2019-03-09", Day},
		// Weeks, months and years relative to publication.
		{wed, "Fighting intensified last week.", "last week", "2019-02-25", Week},
		{wed, "The bill passed this week.", "this week", "2019-03-04", Week},
		{wed, "Talks resume next week.", "next week", "2019-03-11", Week},
		{wed, "The two sides met earlier this week.", "earlier this week", "2019-03-04", Week},
		{wed, "Prices rose last month.", "last month", "2019-02-01", Month},
		{wed, "The rebels withdrew earlier this month.", "earlier this month", "2019-03-01", Month},
		{wed, "A vote is expected later this month.", "later this month", "2019-03-01", Month},
		{wed, "The troops leave next month.", "next month", "2019-04-01", Month},
		{wed, "The plan was drafted in the middle of next month.", "the middle of next month", "2019-04-01", Month},
		{wed, "Exports fell last year.", "last year", "2018-01-01", Year},
		{wed, "Exports recovered earlier this year.", "earlier this year", "2019-01-01", Year},
		{wed, "The mission ends next year.", "next year", "2020-01-01", Year},
		{wed, "The talks stalled late last year.", "late last year", "2018-01-01", Year},
		// Vague periods: one step coarser than their unit.
		{wed, "Troops will withdraw in coming weeks.", "coming weeks", "2019-03-01", Month},
		{wed, "A decision is expected in the coming days.", "the coming days", "2019-03-04", Week},
		{wed, "Attacks have increased in recent months.", "recent months", "2019-01-01", Year},
		{wed, "The envoy will visit in the next few weeks.", "the next few weeks", "2019-03-01", Month},
		// Ago.
		{wed, "The ceasefire collapsed a year ago.", "a year ago", "2018-01-01", Year},
		{wed, "He was detained two weeks ago.", "two weeks ago", "2019-02-18", Week},
		{wed, "The bridge was destroyed three days ago.", "three days ago", "2019-03-03", Day},
		{wed, "The war ended a decade ago.", "a decade ago", "2000-01-01", Decade},
		{wed, "The talks began six months ago.", "six months ago", "2018-09-01", Month},
		{wed, "The offensive began 10 days ago.", "10 days ago", "2019-02-24", Day},
		{wed, "The strike began weeks ago.", "weeks ago", "2019-02-01", Month},
		{wed, "The hostages were freed a few days ago.", "a few days ago", "2019-02-25", Week},
		// Relative to publication when nothing else was spoken of (Process
		// anchors them on the last date of the text).
		{wed, "The rebels withdrew the next day.", "the next day", "2019-03-07", Day},
		{wed, "Talks resumed two weeks later.", "two weeks later", "2019-03-18", Week},
		{wed, "He had resigned the day before.", "the day before", "2019-03-05", Day},
		{wed, "A year earlier, the party won.", "A year earlier", "2018-01-01", Year},
		{wed, "The envoy left the following week.", "the following week", "2019-03-11", Week},
		// Calendar dates.
		{wed, "The accord was signed on 3 March 2019.", "3 March 2019", "2019-03-03", Day},
		{wed, "The accord was signed on March 3, 2019.", "March 3, 2019", "2019-03-03", Day},
		{wed, "The deal was signed on Sept. 4.", "Sept. 4", "2018-09-04", Day},
		{wed, "The vote is scheduled for Sept. 4.", "Sept. 4", "2019-09-04", Day},
		{wed, "The file is dated 2019-03-03.", "2019-03-03", "2019-03-03", Day},
		{wed, "The file is dated 2019/03/03.", "2019/03/03", "2019-03-03", Day},
		{wed, "The memo dated 3/14/2019 was leaked.", "3/14/2019", "2019-03-14", Day},
		{wed, "The memo dated 14/3/2019 was leaked.", "14/3/2019", "2019-03-14", Day},
		{wed, "The attack on 4 March killed six people.", "4 March", "2019-03-04", Day},
		{wed, "He was released on the 4th of March.", "the 4th of March", "2019-03-04", Day},
		{wed, "He was arrested on March 10.", "March 10", "2018-03-10", Day},
		{wed, "Parliament will vote on March 10.", "March 10", "2019-03-10", Day},
		{wed, "The siege ended on Dec. 25, 2018.", "Dec. 25, 2018", "2018-12-25", Day},
		{wed, "He died on Jan 5 after a long illness.", "Jan 5", "2019-01-05", Day},
		{wed, "Fighting raged from March 1-3 in the north.", "March 1-3", "2019-03-01", Day},
		// Months.
		{wed, "Prices fell in January.", "January", "2019-01-01", Month},
		{wed, "Elections will be held in April.", "April", "2019-04-01", Month},
		{wed, "The party won the vote in May.", "May", "2018-05-01", Month},
		{wed, "Troops withdrew in mid-February.", "mid-February", "2019-02-01", Month},
		{wed, "The report is due by the end of March.", "the end of March", "2019-03-01", Month},
		{wed, "The embassy closed last March.", "last March", "2018-03-01", Month},
		{wed, "The embassy reopens next January.", "next January", "2020-01-01", Month},
		{wed, "Inflation peaked in March 2018.", "March 2018", "2018-03-01", Month},
		{wed, "Inflation peaked in early March.", "early March", "2019-03-01", Month},
		// Years and decades.
		{wed, "The party was founded in 2015.", "2015", "2015-01-01", Year},
		{wed, "The conflict has raged since 2011.", "2011", "2011-01-01", Year},
		{wed, "The tribunal is to close in early 2020.", "early 2020", "2020-01-01", Year},
		{wed, "Unrest spread in mid-2018.", "mid-2018", "2018-01-01", Year},
		{wed, "Russia interfered in the 2016 election.", "2016", "2016-01-01", Year},
		{wed, "The region was calm in the 1990s.", "the 1990s", "1990-01-01", Decade},
		{wed, "The pact dates from the '80s.", "the '80s", "1980-01-01", Decade},
		{wed, "The dispute goes back to the nineties.", "the nineties", "1990-01-01", Decade},
		{wed, "Growth slowed in the 2010s.", "the 2010s", "2010-01-01", Decade},
		{wed, "Oil prices crashed in the 1980s.", "the 1980s", "1980-01-01", Decade},
		// Across the end of a year.
		{fri, "He was arrested on Dec. 30.", "Dec. 30", "2019-12-30", Day},
		{fri, "The talks will open on Jan. 10.", "Jan. 10", "2020-01-10", Day},
		{fri, "Protests erupted in December.", "December", "2019-12-01", Month},
		{fri, "Exports fell last month.", "last month", "2019-12-01", Month},
		{fri, "The strike started on Monday.", "Monday", "2019-12-30", Day},
		{fri, "The ministers met on Friday.", "Friday", "2020-01-03", Day},
		{fri, "Trade slumped last year.", "last year", "2019-01-01", Year},
		// Durations are recognised and carry no date.
		{wed, "The rebels have until then to leave within 48 hours.", "within 48 hours", "", ""},
		{wed, "The curfew lasted for three weeks.", "for three weeks", "", ""},
		{wed, "Violence has grown over the past decade.", "the past decade", "", ""},
		{wed, "Prices doubled over the last two years.", "the last two years", "", ""},
		{wed, "Both sides agreed a 48-hour ceasefire.", "48-hour", "", ""},
		{wed, "He began a two-day visit.", "two-day", "", ""},
		{wed, "No attacks were reported for the past week.", "for the past week", "", ""},
		// No publication date: relative expressions keep an empty value.
		{time.Time{}, "The minister resigned on Monday.", "Monday", "", Day},
		{time.Time{}, "The accord was signed on 3 March 2019.", "3 March 2019", "2019-03-03", Day},
	}
	for _, tt := range tests {
		got := Find(tt.sentence, tt.pub)
		var e *Expr
		for k := range got {
			if got[k].Text == tt.text {
				e = &got[k]
			}
		}
		if e == nil {
			t.Errorf("%q: no expression %q in %+v", tt.sentence, tt.text, got)
			continue
		}
		if tt.sentence[e.Start:e.End] != e.Text {
			t.Errorf("%q: span %d:%d is not %q", tt.sentence, e.Start, e.End, e.Text)
		}
		if tt.precision == "" {
			if !e.Duration || e.Value != "" {
				t.Errorf("%q: %q should be a duration without value, got %+v", tt.sentence, tt.text, *e)
			}
			continue
		}
		if e.Duration || e.Value != tt.value || e.Precision != tt.precision {
			t.Errorf("%q: %q = %s/%s (%s), want %s/%s", tt.sentence, tt.text, e.Value, e.Precision, e.Rule, tt.value, tt.precision)
		}
	}
	if len(tests) < 80 {
		t.Errorf("only %d cases", len(tests))
	}
}

func TestNoDate(t *testing.T) {
	for _, s := range []string{
		"Officials may resign if the talks fail.",
		"The March on Washington drew large crowds.",
		"She spoke at the Women's March in the capital.",
		"Organisers of the Black Lives Matter March met officials.",
		"The party has 2019 members and 300 offices.",
		"The 2000 troops left.",
		"Flight 370 vanished with 239 people on board.",
		"Voters gathered the day before the election.",
		"",
		"\xff\xfe\x00 binary",
	} {
		for _, e := range Find(s, wed) {
			if !e.Duration {
				t.Errorf("%q: unexpected date %+v", s, e)
			}
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"The minister resigned on Monday.", "Sept. 4, 2019", "the '90s",
		"2019-02-31", "14/3/2019", "within 48 hours", "mid-", "the day before",
		"March 31-", "a 48-", "31st of February 2020", "9999-99-99",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, e := range Find(s, wed) {
			if e.Start < 0 || e.End > len(s) || e.Start >= e.End || s[e.Start:e.End] != e.Text {
				t.Fatalf("bad span %+v in %q", e, s)
			}
			if e.Value != "" {
				if _, err := time.Parse(time.DateOnly, e.Value); err != nil {
					t.Fatalf("bad value %q in %q", e.Value, s)
				}
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	s := "The ministry said on Tuesday that rebels had shelled the town last week, three days after talks collapsed, and that 12 people were killed."
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Find(s, wed)
	}
}
