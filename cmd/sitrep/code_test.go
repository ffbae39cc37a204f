package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/contract"
)

// TestCodeExamplesMatchSchema runs `sitrep code` over the bundled examples
// and validates every output object against docs/schema.json and the
// offset property.
func TestCodeExamplesMatchSchema(t *testing.T) {
	b, err := os.ReadFile("../../docs/schema.json")
	if err != nil {
		t.Fatal(err)
	}
	schema, err := contract.ParseSchema(b)
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("../../examples/*")
	if len(files) < 3 {
		t.Fatalf("found %d example files, want at least 3", len(files))
	}
	var stdout, stderr bytes.Buffer
	args := append([]string{"code", "--date", "2019-03-07", "--with-text"}, files...)
	if code := run(args, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	sc := bufio.NewScanner(&stdout)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Bytes()
		for _, e := range schema.ValidateJSON(line) {
			t.Errorf("document %d: %v", n, e)
		}
		var d struct {
			ID        string
			Date      *string
			Text      string
			Sentences []struct {
				Start, End int
				Text       string
				Tokens     []struct {
					Start, End int
					Text       string
				}
			}
		}
		if err := json.Unmarshal(line, &d); err != nil {
			t.Fatal(err)
		}
		if d.Date == nil {
			t.Errorf("document %s has no date despite --date", d.ID)
		}
		if len(d.Sentences) < 3 {
			t.Errorf("document %s has %d sentences", d.ID, len(d.Sentences))
		}
		for _, s := range d.Sentences {
			if d.Text[s.Start:s.End] != s.Text {
				t.Errorf("document %s: sentence text %q != input", d.ID, s.Text)
			}
			for _, tk := range s.Tokens {
				if d.Text[tk.Start:tk.End] != tk.Text {
					t.Errorf("document %s: token text %q != input", d.ID, tk.Text)
				}
			}
		}
	}
	if n < 5 {
		t.Errorf("got %d documents, want at least 5", n)
	}
}

func TestCodeBadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	jsonl := write("mixed.jsonl", []byte(`{"id":"one","text":"Envoys met in Doha on Monday."}
{"id":"two","text": oops
{"id":"three","text":"Rebels shelled the port.`+"\xff"+`"}
`))
	bin := write("blob.txt", []byte{0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3})
	tests := []struct {
		name     string
		args     []string
		exit     int
		ids      []string
		inStderr []string
	}{
		{"bad line skipped", []string{jsonl}, 0, []string{"one", "three"}, []string{"mixed.jsonl:2", "U+FFFD"}},
		{"binary refused", []string{bin}, 1, nil, []string{"binary input", "nothing could be read"}},
		{"binary and good", []string{bin, jsonl}, 0, []string{"one", "three"}, []string{"binary input"}},
		{"missing file", []string{filepath.Join(dir, "nope.txt")}, 1, nil, []string{"no such file"}},
		{"bad date", []string{"--date", "March", jsonl}, 2, nil, []string{"YYYY-MM-DD"}},
		{"bad stage", []string{"--stages", "nosuch", jsonl}, 2, nil, []string{"unknown stage"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(append([]string{"code"}, tc.args...), &stdout, &stderr)
			if code != tc.exit {
				t.Fatalf("exit %d, want %d; stderr %s", code, tc.exit, stderr.String())
			}
			var ids []string
			for _, line := range strings.Split(strings.TrimSpace(stdout.String()), "\n") {
				if line == "" {
					continue
				}
				var d struct{ ID string }
				if err := json.Unmarshal([]byte(line), &d); err != nil {
					t.Fatal(err)
				}
				ids = append(ids, d.ID)
			}
			if strings.Join(ids, ",") != strings.Join(tc.ids, ",") {
				t.Errorf("ids %v, want %v", ids, tc.ids)
			}
			for _, want := range tc.inStderr {
				if !strings.Contains(stderr.String(), want) {
					t.Errorf("stderr %q lacks %q", stderr.String(), want)
				}
			}
		})
	}
}

func TestCodeTable(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"code", "--format", "table", "--date", "2019-03-07", "../../examples/sahel-strike.txt"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	out := stdout.String()
	for _, want := range []string{"== sahel-strike  2019-03-07", "sentences 14,"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
}

func TestCodeFolder(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"code", "--stages", "text", "../../examples"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var ids []string
	for _, line := range strings.Split(strings.TrimSpace(stdout.String()), "\n") {
		var d struct{ ID string }
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, d.ID)
	}
	want := "brief-kashmir-2019-02-27,brief-venezuela-2019-03-06,brief-ethiopia-2019-03-06,sahel-strike,yemen-talks"
	if got := strings.Join(ids, ","); got != want {
		t.Errorf("ids %s, want %s", got, want)
	}
}
