package server

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/sitrep/sitrep/web"
)

// findChromium returns the browser to drive, skipping the test when there
// is none, except in CI (CI=true), where a missing browser fails.
func findChromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("chromium not found; CI installs it from .ci/apt-packages")
	}
	t.Skip("skipping browser test: chromium not installed (apt-get install chromium)")
	return ""
}

// artifacts is where screenshots go: $SITREP_ARTIFACTS or server/out.
func artifacts(t *testing.T) string {
	dir := os.Getenv("SITREP_ARTIFACTS")
	if dir == "" {
		dir = "out"
	}
	dir = filepath.Join(dir, "browser")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// browser starts headless chromium with a fresh profile and collects
// console errors, uncaught exceptions and failed loads.
func browser(t *testing.T) (context.Context, func() []string) {
	exe := findChromium(t)
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1440, 960),
	}
	var mu sync.Mutex
	var problems []string
	listen := func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeAssert {
				var args []string
				for _, a := range e.Args {
					args = append(args, string(a.Value)+a.Description)
				}
				problems = append(problems, "console: "+strings.Join(args, " "))
			}
		case *runtime.EventExceptionThrown:
			d := e.ExceptionDetails
			msg := d.Text
			if d.Exception != nil {
				msg += " " + d.Exception.Description
			}
			problems = append(problems, fmt.Sprintf("exception at %d:%d: %s", d.LineNumber, d.ColumnNumber, msg))
		case *cdplog.EventEntryAdded:
			if e.Entry.Level == cdplog.EntryLevelError {
				problems = append(problems, "log: "+e.Entry.Text+" "+e.Entry.URL)
			}
		}
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx, chromedp.WithListener(listen))
	t.Cleanup(func() { cancelC(); cancelA() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	tctx, cancelT := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(cancelT)
	return tctx, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), problems...)
	}
}

// TestBrowser drives the UI in headless chromium against the demo data:
// the dashboard draws a non-empty series and lists a period's events from
// the keyboard, the map shows points, the events table sorts, an article
// highlights its spans with hover details, and search marks its hits, all
// without console errors.
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	if !web.HasVendor() {
		if os.Getenv("CI") == "true" {
			t.Fatal("web/static/vendor is empty: run make web before the tests")
		}
		t.Skip("skipping browser test: run make web first")
	}
	st, dyadA, dyadB, article := browserData(t)
	ctx, problems := browser(t)
	s, err := New(st, Options{Demo: true})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	defer ts.Close()
	out := artifacts(t)
	shot := func(name string) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			capture := chromedp.FullScreenshot(100)
			if name == "events.png" {
				capture = chromedp.CaptureScreenshot() // the first rows; the page is long
			}
			buf, err := capture(ctx, tg)
			if err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(out, name), buf, 0o644)
		})
	}
	ready := func(view string) chromedp.Action[chromedp.Void] {
		return chromedp.WaitVisible(chromedp.CSS(`body[data-ready="` + view + `"]`))
	}
	eval := func(expr string) int {
		t.Helper()
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](expr))
		if err != nil {
			t.Fatalf("evaluate %s: %v", expr, err)
		}
		return n
	}
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return s
	}

	// Dashboard: the series has points and the canvas has ink; the
	// keyboard picks a period and lists its events.
	err = chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/#/dashboard?a="+dyadA+"&b="+dyadB+"&by=week"),
		ready("dashboard"),
		chromedp.WaitVisible(chromedp.CSS(`.charts[data-points]`)),
	)
	if err != nil {
		t.Fatalf("dashboard: %v", err)
	}
	points := eval(`Number(document.querySelector('.charts').dataset.points)`)
	inked := eval(`(() => { const c = document.querySelector('.charts canvas'); const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n; })()`)
	if points == 0 || inked < 500 {
		t.Fatalf("dashboard series: %d points, %d inked pixels", points, inked)
	}
	// Brushing: a drag across the counts chart zooms both charts in.
	box, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`(() => { const r = document.querySelector('.charts .u-over').getBoundingClientRect(); return [r.left, r.top, r.width, r.height]; })()`))
	if err != nil || len(box) != 4 {
		t.Fatalf("chart box: %v", err)
	}
	span := `(() => { const u = document.querySelector('.charts').uplots; return Math.round((u[1].scales.x.max - u[1].scales.x.min) / 86400); })()`
	before := eval(span)
	y := box[1] + box[3]/2
	err = chromedp.Do(ctx,
		chromedp.MouseEvent(chromedp.MouseMoved, box[0]+box[2]*0.3, y),
		chromedp.MouseEvent(chromedp.MousePressed, box[0]+box[2]*0.3, y, chromedp.ButtonLeft),
		chromedp.MouseEvent(chromedp.MouseMoved, box[0]+box[2]*0.5, y, chromedp.ButtonLeft),
		chromedp.MouseEvent(chromedp.MouseMoved, box[0]+box[2]*0.7, y, chromedp.ButtonLeft),
		chromedp.MouseEvent(chromedp.MouseReleased, box[0]+box[2]*0.7, y, chromedp.ButtonLeft),
	)
	if err != nil {
		t.Fatalf("brush: %v", err)
	}
	if after := eval(span); after <= 0 || after >= before {
		t.Errorf("brushing did not zoom the Goldstein chart: %d days before, %d after", before, after)
	}
	err = chromedp.Do(ctx,
		chromedp.KeyEvent("z"),
		chromedp.Focus(chromedp.CSS(`.charts .uplot`)),
		chromedp.KeyEvent(kb.End),
		chromedp.KeyEvent(kb.Enter),
		chromedp.WaitVisible(chromedp.CSS(`#period-events table.grid tbody tr`)),
		shot("dashboard.png"),
	)
	if err != nil {
		t.Fatalf("dashboard period events: %v", err)
	}
	if n := eval(`document.querySelectorAll('#period-events table.grid tbody tr').length`); n == 0 {
		t.Fatal("no events listed for the chosen period")
	}

	// Map: event points over the country outlines.
	err = chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/#/map"),
		ready("map"),
		chromedp.WaitVisible(chromedp.CSS(`#map[data-points]`)),
		shot("map.png"),
	)
	if err != nil {
		t.Fatalf("map: %v", err)
	}
	mapPoints := eval(`document.querySelectorAll('#map path.place-point').length`)
	outlines := eval(`document.querySelectorAll('#map path:not(.place-point)').length`)
	if mapPoints == 0 || outlines < 150 {
		t.Fatalf("map: %d points, %d outlines", mapPoints, outlines)
	}

	// Events table: rows, sorted by Goldstein on the server.
	err = chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/#/events?sort=-goldstein"),
		ready("events"),
		chromedp.WaitVisible(chromedp.CSS(`table.grid tbody tr`)),
		shot("events.png"),
	)
	if err != nil {
		t.Fatalf("events table: %v", err)
	}
	rows := eval(`document.querySelectorAll('table.grid tbody tr').length`)
	first, last := text(`table.grid tbody tr:first-child td.num`), text(`table.grid tbody tr:last-child td.num`)
	if rows == 0 || parseGold(first) < parseGold(last) {
		t.Fatalf("events table: %d rows, Goldstein %s … %s", rows, first, last)
	}

	// Article: every kind of span highlighted; hovering a trigger tells
	// its code, rule and confidence.
	err = chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/#/article/"+article+"?event=0"),
		ready("article"),
		chromedp.WaitVisible(chromedp.CSS(`.doc-text .trigger`)),
	)
	if err != nil {
		t.Fatalf("article: %v", err)
	}
	for _, k := range []string{"actor", "trigger", "quote", "date", "place"} {
		if eval(`document.querySelectorAll('.doc-text .`+k+`').length`) == 0 {
			t.Errorf("article %s: no %s highlighted", article, k)
		}
	}
	box, err = chromedp.Run(ctx, chromedp.Evaluate[[]float64](`(() => { const r = document.querySelector('.doc-text .trigger').getBoundingClientRect(); return [r.left + r.width/2, r.top + r.height/2]; })()`))
	if err != nil || len(box) != 2 {
		t.Fatalf("trigger position: %v", err)
	}
	err = chromedp.Do(ctx,
		chromedp.MouseEvent(chromedp.MouseMoved, box[0], box[1]),
		chromedp.WaitVisible(chromedp.CSS(`#tip`)),
		shot("article.png"),
	)
	if err != nil {
		t.Fatalf("article hover: %v", err)
	}
	if tip := text(`#tip`); !strings.Contains(tip, "rule") || !strings.Contains(tip, "confidence") {
		t.Errorf("hover tooltip %q lacks rule and confidence", tip)
	}
	// Search: full-text hits with their matches marked.
	err = chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/#/articles"),
		ready("articles"),
		chromedp.WaitVisible(chromedp.CSS(`table.grid tbody tr`)),
		chromedp.KeyEvent("/"),
		// CDP types the char of "/" even though the page cancels its
		// keydown; a person's browser does not, so clear it.
		chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := chromedp.Evaluate[bool](`(document.getElementById('search-q').value = '', true)`)(ctx, tg)
			return err
		}),
		chromedp.KeyEvent("Kyiv"+kb.Enter),
		chromedp.WaitVisible(chromedp.CSS(`.hits li mark`)),
		shot("search.png"),
	)
	if err != nil {
		t.Fatalf("search: %v", err)
	}
	if focused := eval(`document.activeElement.id === 'search-q' ? 1 : 0`); focused != 1 {
		t.Error("/ did not focus the search box")
	}
	if n := eval(`document.querySelectorAll('.hits li').length`); n == 0 {
		t.Error("search for Kyiv found nothing")
	}

	if p := problems(); len(p) > 0 {
		t.Errorf("browser console problems:\n%s", strings.Join(p, "\n"))
	}
	t.Logf("screenshots in %s", out)
}

func parseGold(s string) float64 {
	var f float64
	fmt.Sscanf(strings.ReplaceAll(strings.TrimSpace(s), "+", ""), "%g", &f)
	return f
}
