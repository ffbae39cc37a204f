// Package shared finds the project's shared reference data (treebanks,
// dictionaries, gazetteer sources, corpora), which lives outside the
// repository in ../shared or wherever SITREP_SHARED points.
package shared

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// EnvVar names the variable that points at the shared folder.
const EnvVar = "SITREP_SHARED"

// Locate returns the shared folder: $SITREP_SHARED if set, else ../shared
// beside the repository or beside the working directory.
func Locate() (string, error) {
	if dir := os.Getenv(EnvVar); dir != "" {
		abs := dir
		if !filepath.IsAbs(dir) {
			abs = filepath.Join(repoRoot(), dir)
		}
		if _, err := os.Stat(filepath.Join(abs, "data")); err != nil {
			return "", fmt.Errorf("%s=%s: no data folder: %w", EnvVar, dir, err)
		}
		return abs, nil
	}
	for _, cand := range []string{filepath.Join(repoRoot(), "..", "shared"), filepath.Join("..", "shared")} {
		if _, err := os.Stat(filepath.Join(cand, "data")); err == nil {
			return filepath.Abs(cand)
		}
	}
	return "", fmt.Errorf("shared data not found: set %s or put it at ../shared", EnvVar)
}

// Path returns the path of rel (such as "data/ud/en_ewt-ud-test.conllu.gz")
// inside the shared folder, or an error if it is missing.
func Path(rel string) (string, error) {
	dir, err := Locate()
	if err != nil {
		return "", err
	}
	p := filepath.Join(dir, rel)
	if _, err := os.Stat(p); err != nil {
		return "", fmt.Errorf("shared data: %w", err)
	}
	return p, nil
}

// PathOr returns the path of p inside the shared folder when the folder
// holds it, else p as given: for flags that take either a shared-data
// path ("data/corpus/bench.jsonl.gz") or a file of the user's.
func PathOr(p string) string {
	if sp, err := Path(p); err == nil {
		return sp
	}
	return p
}

// Require returns the path of rel for a test. When SITREP_SHARED is set the
// file must exist and the test fails otherwise; when it is not set and no
// shared folder is found the test is skipped.
func Require(t testing.TB, rel string) string {
	t.Helper()
	p, err := Path(rel)
	if err == nil {
		return p
	}
	if os.Getenv(EnvVar) != "" {
		t.Fatalf("%v", err)
	}
	t.Skipf("skipping: %v", err)
	return ""
}

// repoRoot is the module root, found from this file's location at build
// time, or the working directory when that is not available.
func repoRoot() string {
	_, file, _, ok := runtime.Caller(0)
	if ok {
		root := filepath.Join(filepath.Dir(file), "..", "..")
		if _, err := os.Stat(filepath.Join(root, "go.mod")); err == nil {
			return root
		}
	}
	wd, _ := os.Getwd()
	return wd
}
