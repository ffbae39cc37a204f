package wordtable

import (
	"bytes"
	"compress/gzip"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	table := "# a table of our own\nrebels\t3\t40\t0\nGeneva\t6\t90\t3\n\nnocluster\t-\t-\t1\n"
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(table))
	zw.Close()
	want := []Row{{"rebels", "3", "40", "0"}, {"Geneva", "6", "90", "3"}, {"nocluster", "-", "-", "1"}}
	for name, in := range map[string][]byte{"plain": []byte(table), "gzip": gz.Bytes()} {
		var got []Row
		if err := Read(bytes.NewReader(in), func(r Row) error { got = append(got, r); return nil }); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: got %v, want %v", name, got, want)
		}
	}
}

// TestReadInvalidUTF8 checks that a word in invalid UTF-8 is passed on as
// its bytes, not refused or mangled.
func TestReadInvalidUTF8(t *testing.T) {
	var got []Row
	if err := Read(strings.NewReader("ab\xff\t1\t2\t3\n"), func(r Row) error { got = append(got, r); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Word != "ab\xff" || got[0].Capital != "3" {
		t.Errorf("got %q", got)
	}
}

func TestReadErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"rebels\t3\t40\n", "line 1"},
		{"# c\nrebels\t3\t40\t0\t9\n", "line 2"},
		{"\x1f\x8bnot gzip", "word table"},
		{"\x00\x01", "line 1"},
		{"", ""},
		{strings.Repeat("w", 100<<10) + "\t1\t2\t0\n", "word table"},
	} {
		if tc.in == "" {
			if err := Read(strings.NewReader(tc.in), func(Row) error { t.Error("a row from empty input"); return nil }); err != nil {
				t.Errorf("Read(empty) = %v, want no rows and no error", err)
			}
			continue
		}
		err := Read(strings.NewReader(tc.in), func(Row) error { return nil })
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Read(%q) = %v, want an error with %q", tc.in, err, tc.want)
		}
	}
	stop := errors.New("bad class")
	err := Read(strings.NewReader("a\t1\t2\t0\nb\t1\t2\t9\n"), func(r Row) error {
		if r.Capital == "9" {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("callback error came back as %v", err)
	}
}

func TestReadLines(t *testing.T) {
	var got [][]string
	err := ReadLines(strings.NewReader("# classes of our own\nGeneva\t0110\n\nrebels\t10\textra\n"), func(f []string) error {
		got = append(got, f)
		return nil
	})
	want := [][]string{{"Geneva", "0110"}, {"rebels", "10", "extra"}}
	if err != nil || len(got) != len(want) {
		t.Fatalf("ReadLines = %v, %v; want %v", got, err, want)
	}
	for i := range want {
		if !slices.Equal(got[i], want[i]) {
			t.Errorf("line %d: fields %q, want %q", i, got[i], want[i])
		}
	}
	short := errors.New("too few fields")
	err = ReadLines(strings.NewReader("Geneva\t0110\nCairo\n"), func(f []string) error {
		if len(f) < 2 {
			return short
		}
		return nil
	})
	if !errors.Is(err, short) || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("err = %v, want the callback's error on line 2", err)
	}
}
