// Package htmltext extracts an article's text and metadata (title, date,
// canonical URL) from a web page, using go-readability for the main content.
// Paragraphs in the extracted text are separated by blank lines, which is
// what sitrep's text layer reads as paragraph breaks.
package htmltext

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/sitrep/sitrep/doc"
)

// MaxBytes is the largest page read; larger pages are refused.
const MaxBytes = 32 << 20

// ErrNoText is returned when a page holds no readable article text.
var ErrNoText = errors.New("no article text found")

// Page is what was extracted from one web page.
type Page struct {
	// Text is the article body, paragraphs separated by "\n\n".
	Text string
	// Title is the article's headline.
	Title string
	// Date is the publication date, when the page's metadata has one.
	Date doc.Day
	// URL is the canonical URL (link rel=canonical or og:url), else the
	// URL the page was read from.
	URL string
	// Site is the site's name and Byline the author line, if known.
	Site   string
	Byline string
}

// Extract reads an HTML page. pageURL (may be empty) is the address it was
// fetched from, used to resolve relative links and as a fallback URL.
func Extract(r io.Reader, pageURL string) (*Page, error) {
	raw, err := io.ReadAll(io.LimitReader(r, MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read page: %w", err)
	}
	if len(raw) > MaxBytes {
		return nil, fmt.Errorf("page larger than %d bytes", MaxBytes)
	}
	if bytes.IndexByte(raw[:min(len(raw), 8192)], 0) >= 0 {
		return nil, errors.New("binary input, not an HTML page")
	}
	body, err := toUTF8(raw)
	if err != nil {
		return nil, err
	}
	root, err := html.Parse(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("parse page: %w", err)
	}
	meta := readMeta(root)
	var base *url.URL
	if pageURL != "" {
		base, _ = url.Parse(pageURL)
	}
	if base == nil && meta.url != "" {
		base, _ = url.Parse(meta.url)
	}
	parser := readability.NewParser()
	art, err := parser.ParseAndMutate(root, base)
	if err != nil {
		return nil, fmt.Errorf("extract article: %w", err)
	}
	p := &Page{Title: cleanLine(art.Title()), Site: cleanLine(art.SiteName()), Byline: cleanLine(art.Byline())}
	if art.Node != nil {
		p.Text = trimBoilerplate(normalize(render.InnerText(art.Node)), []string{p.Title, meta.title, p.Byline}, pageURL, meta.url)
	}
	if strings.TrimSpace(p.Text) == "" {
		return nil, ErrNoText
	}
	if p.Title == "" {
		p.Title = meta.title
	}
	p.URL = meta.url
	if p.URL == "" {
		p.URL = pageURL
	}
	if t, err := art.PublishedTime(); err == nil {
		p.Date = doc.DayOf(t.Year(), t.Month(), t.Day())
	} else if meta.date != "" {
		p.Date = parseDate(meta.date)
	}
	return p, nil
}

// toUTF8 converts the page to UTF-8 from the charset it declares (or
// that its bytes suggest).
func toUTF8(raw []byte) ([]byte, error) {
	if utf8.Valid(raw) {
		return raw, nil
	}
	enc, _, _ := charset.DetermineEncoding(raw, "text/html")
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return bytes.ToValidUTF8(raw, []byte("\uFFFD")), nil
	}
	return out, nil
}

type pageMeta struct{ title, url, date string }

// readMeta finds the canonical URL, title and publication date in the
// page's head.
func readMeta(root *html.Node) pageMeta {
	var m pageMeta
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.url == "" {
					m.url = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Meta:
				key := strings.ToLower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"))
				val := strings.TrimSpace(attr(n, "content"))
				switch key {
				case "og:url":
					if m.url == "" {
						m.url = val
					}
				case "og:title", "twitter:title":
					if m.title == "" {
						m.title = cleanLine(val)
					}
				case "article:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date":
					if m.date == "" {
						m.date = val
					}
				}
			case atom.Time:
				if m.date == "" {
					m.date = strings.TrimSpace(attr(n, "datetime"))
				}
			case atom.Body:
				// Metadata lives in the head; a <time> in the body is
				// only a fallback, so keep walking.
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return m
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

var dateRe = regexp.MustCompile(`(\d{4})-(\d{2})-(\d{2})`)

func parseDate(s string) doc.Day {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return doc.DayOf(t.Year(), t.Month(), t.Day())
	}
	if m := dateRe.FindString(s); m != "" {
		if d, err := doc.ParseDay(m); err == nil {
			return d
		}
	}
	return doc.Day{}
}

func cleanLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// normalize trims each line, collapses runs of spaces, and separates
// paragraphs (non-empty lines) with exactly one blank line.
func normalize(s string) string {
	var paras []string
	for line := range strings.SplitSeq(s, "\n") {
		line = cleanLine(strings.ReplaceAll(line, "\u00a0", " "))
		if line != "" {
			paras = append(paras, line)
		}
	}
	return strings.Join(paras, "\n\n")
}

// FragmentText renders an HTML fragment (such as a feed item's content)
// as plain text, paragraphs separated by blank lines, keeping all of its
// text: fragments are article bodies already, with no page boilerplate.
func FragmentText(fragment string) (string, error) {
	nodes, err := html.ParseFragment(strings.NewReader(fragment), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		return "", fmt.Errorf("parse HTML fragment: %w", err)
	}
	root := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	for _, n := range nodes {
		root.AppendChild(n)
	}
	return normalize(render.InnerText(root)), nil
}

// trimBoilerplate drops what readability leaves around an article's
// body: leading and trailing runs of menu-like paragraphs (a few words
// without sentence punctuation), bare URLs, the headline and byline
// before the body, and repeated paragraphs (a photo caption shown twice).
func trimBoilerplate(text string, heads []string, urls ...string) string {
	paras := strings.Split(text, "\n\n")
	menu := func(p string) bool {
		if strings.HasPrefix(p, "http://") || strings.HasPrefix(p, "https://") {
			return true
		}
		for _, u := range urls {
			if u != "" && p == u {
				return true
			}
		}
		if len(strings.Fields(p)) > 4 {
			return false
		}
		return !strings.ContainsAny(p[len(p)-1:], ".!?\"”:")
	}
	head := func(p string) bool {
		for _, h := range heads {
			if h != "" && p == h {
				return true
			}
		}
		return strings.HasPrefix(p, "By ") && len(strings.Fields(p)) <= 16
	}
	lo, hi := 0, len(paras)
	for lo < hi && (menu(paras[lo]) || head(paras[lo])) {
		lo++
	}
	for hi > lo && menu(paras[hi-1]) {
		hi--
	}
	seen := map[string]bool{}
	var out []string
	for _, p := range paras[lo:hi] {
		if len(p) > 40 && seen[p] {
			continue
		}
		seen[p] = true
		out = append(out, p)
	}
	if len(out) == 0 {
		return text
	}
	return strings.Join(out, "\n\n")
}
