package jsonl

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

type record struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

func gz(t testing.TB, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// readAll decodes every line of data and returns the records with their
// line numbers, or the first error.
func readAll(t *testing.T, data []byte) ([]record, []int, error) {
	t.Helper()
	r, err := NewReader(bytes.NewReader(data), "in.jsonl")
	if err != nil {
		return nil, nil, err
	}
	var recs []record
	var lines []int
	for r.Next() {
		var rec record
		if err := r.Decode(&rec); err != nil {
			return recs, lines, err
		}
		recs = append(recs, rec)
		lines = append(lines, r.Line())
	}
	return recs, lines, r.Err()
}

func TestReader(t *testing.T) {
	long := strings.Repeat("word ", 300000) // 1.5 MB, past any line buffer
	tests := []struct {
		name    string
		in      []byte
		ids     []string
		lines   []int
		wantErr string
	}{
		{"plain", []byte(`{"id":"a"}` + "\n" + `{"id":"b"}` + "\n"), []string{"a", "b"}, []int{1, 2}, ""},
		{"no final newline", []byte(`{"id":"a"}` + "\n" + `{"id":"b"}`), []string{"a", "b"}, []int{1, 2}, ""},
		{"crlf", []byte("{\"id\":\"a\"}\r\n{\"id\":\"b\"}\r\n"), []string{"a", "b"}, []int{1, 2}, ""},
		{"blank lines counted", []byte("\n  \n{\"id\":\"a\"}\n\t\n{\"id\":\"b\"}\n\n"), []string{"a", "b"}, []int{3, 5}, ""},
		{"empty", nil, nil, nil, ""},
		{"one byte", []byte("x"), nil, nil, "in.jsonl:1: invalid character 'x'"},
		{"gzip", gz(t, `{"id":"a"}`+"\n\n"+`{"id":"c"}`+"\n"), []string{"a", "c"}, []int{1, 3}, ""},
		{"huge line", []byte(`{"id":"h","text":"` + long + `"}` + "\n" + `{"id":"i"}`), []string{"h", "i"}, []int{1, 2}, ""},
		{"bad json names line", []byte(`{"id":"a"}` + "\n\n" + `{"id":`), []string{"a"}, []int{1}, "in.jsonl:3: unexpected end of JSON input"},
		{"truncated gzip", gz(t, `{"id":"a"}`+"\n"+`{"id":"b"}`+"\n")[:20], nil, nil, "in.jsonl:1: unexpected EOF"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			recs, lines, err := readAll(t, tc.in)
			if tc.wantErr == "" && err != nil || tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)) {
				t.Fatalf("error %v, want %q", err, tc.wantErr)
			}
			var ids []string
			for _, r := range recs {
				ids = append(ids, r.ID)
			}
			if strings.Join(ids, ",") != strings.Join(tc.ids, ",") {
				t.Errorf("ids %q, want %q", ids, tc.ids)
			}
			if len(lines) != len(tc.lines) {
				t.Fatalf("lines %v, want %v", lines, tc.lines)
			}
			for i := range lines {
				if lines[i] != tc.lines[i] {
					t.Errorf("lines %v, want %v", lines, tc.lines)
				}
			}
		})
	}
	recs, _, err := readAll(t, []byte(`{"id":"h","text":"`+long+`"}`))
	if err != nil || len(recs) != 1 || recs[0].Text != long {
		t.Errorf("huge line not read whole: %v", err)
	}
}

func TestOpen(t *testing.T) {
	dir := t.TempDir()
	plain := filepath.Join(dir, "a.jsonl")
	packed := filepath.Join(dir, "b.jsonl.gz")
	if err := os.WriteFile(plain, []byte("{\"id\":\"p\"}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(packed, gz(t, "{\"id\":\"z\"}\n{\"id\":1}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path    string
		ids     string
		wantErr string
	}{
		{plain, "p", ""},
		{packed, "z", packed + ":2: json: cannot unmarshal number"},
		{filepath.Join(dir, "missing.jsonl"), "", "missing.jsonl: no such file"},
	}
	for _, tc := range tests {
		r, err := Open(tc.path)
		var ids []string
		if err == nil {
			for r.Next() {
				var rec record
				if err = r.Decode(&rec); err != nil {
					break
				}
				ids = append(ids, rec.ID)
			}
			if err == nil {
				err = r.Err()
			}
			if cerr := r.Close(); cerr != nil {
				t.Errorf("%s: close: %v", tc.path, cerr)
			}
		}
		if tc.wantErr == "" && err != nil || tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)) {
			t.Errorf("%s: error %v, want %q", tc.path, err, tc.wantErr)
		}
		if got := strings.Join(ids, ","); got != tc.ids {
			t.Errorf("%s: ids %q, want %q", tc.path, got, tc.ids)
		}
	}
}

func TestOpenTextGunzipsByContent(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "no-suffix")
	if err := os.WriteFile(p, gz(t, "hello\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	rc, err := OpenText(p)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	var b bytes.Buffer
	if _, err := b.ReadFrom(rc); err != nil {
		t.Fatal(err)
	}
	if b.String() != "hello\n" {
		t.Errorf("got %q", b.String())
	}
}

func FuzzReader(f *testing.F) {
	f.Add([]byte("{\"id\":\"a\"}\n\n{\"id\":\"b\"}\r\n"))
	f.Add([]byte("\n \n[1,2]\n\"x\"\nnull"))
	f.Add(gz(f, "{\"id\":\"a\"}\n{\"id\":\"b\"}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := NewReader(bytes.NewReader(data), "fuzz")
		if err != nil {
			return
		}
		prev := 0
		for r.Next() {
			line := r.Bytes()
			if r.Line() <= prev {
				t.Fatalf("line %d after %d", r.Line(), prev)
			}
			prev = r.Line()
			if bytes.IndexByte(line, '\n') >= 0 || len(bytes.TrimSpace(line)) == 0 {
				t.Fatalf("line %d is %q", r.Line(), line)
			}
			var v any
			if err := r.Decode(&v); err != nil && !strings.HasPrefix(err.Error(), "fuzz:") {
				t.Fatalf("error without its place: %v", err)
			}
		}
		if !bytes.HasPrefix(data, []byte{0x1f, 0x8b}) && prev > bytes.Count(data, []byte{'\n'})+1 {
			t.Fatalf("%d lines from %d newlines", prev, bytes.Count(data, []byte{'\n'}))
		}
	})
}
