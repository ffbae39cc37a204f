package htmltext

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/sitrep/sitrep/internal/jsonl"
)

// Score is token-level precision, recall and F1 of extracted text against
// the expected text, as the article-extraction benchmark measures it: both
// texts are split into lowercased word tokens and compared as multisets.
type Score struct {
	Precision, Recall, F1 float64
}

// Tokens splits text into lowercased word tokens (runs of letters and
// digits).
func Tokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// Compare scores got against want.
func Compare(got, want string) Score {
	g, w := Tokens(got), Tokens(want)
	counts := map[string]int{}
	for _, t := range w {
		counts[t]++
	}
	common := 0
	for _, t := range g {
		if counts[t] > 0 {
			counts[t]--
			common++
		}
	}
	var s Score
	switch {
	case len(g) == 0 && len(w) == 0:
		return Score{1, 1, 1}
	case len(g) == 0 || len(w) == 0:
		return s
	}
	s.Precision = float64(common) / float64(len(g))
	s.Recall = float64(common) / float64(len(w))
	if common > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s
}

// PageScore is the score of one page of an evaluation.
type PageScore struct {
	ID  string
	URL string
	Score
	// Err is why extraction failed (the page then scores zero).
	Err error
}

// EvalResult is the outcome of an evaluation over a benchmark folder.
type EvalResult struct {
	Pages []PageScore
	// Mean is the mean of the per-page scores.
	Mean Score
}

type manifestRecord struct {
	ID       string `json:"id"`
	URL      string `json:"url"`
	HTML     string `json:"html"`
	Expected string `json:"expected_text"`
}

// EvalDir extracts every page listed in dir/manifest.jsonl (fields id,
// url, html, expected_text, paths relative to dir) and scores it against
// its expected text.
func EvalDir(dir string) (*EvalResult, error) {
	mr, err := jsonl.Open(filepath.Join(dir, "manifest.jsonl"))
	if err != nil {
		return nil, fmt.Errorf("eval html: %w", err)
	}
	defer mr.Close()
	res := &EvalResult{}
	for mr.Next() {
		var rec manifestRecord
		if err := mr.Decode(&rec); err != nil {
			return nil, fmt.Errorf("eval html: manifest: %w", err)
		}
		want, err := os.ReadFile(filepath.Join(dir, rec.Expected))
		if err != nil {
			return nil, fmt.Errorf("eval html: %w", err)
		}
		ps := PageScore{ID: rec.ID, URL: rec.URL}
		page, err := os.Open(filepath.Join(dir, rec.HTML))
		if err != nil {
			return nil, fmt.Errorf("eval html: %w", err)
		}
		p, err := Extract(page, rec.URL)
		page.Close()
		if err != nil {
			ps.Err = err
		} else {
			ps.Score = Compare(p.Text, string(want))
		}
		res.Pages = append(res.Pages, ps)
	}
	if err := mr.Err(); err != nil {
		return nil, fmt.Errorf("eval html: manifest: %w", err)
	}
	if len(res.Pages) == 0 {
		return nil, fmt.Errorf("eval html: no pages in %s", dir)
	}
	for _, p := range res.Pages {
		res.Mean.Precision += p.Precision
		res.Mean.Recall += p.Recall
		res.Mean.F1 += p.F1
	}
	n := float64(len(res.Pages))
	res.Mean.Precision /= n
	res.Mean.Recall /= n
	res.Mean.F1 /= n
	return res, nil
}
