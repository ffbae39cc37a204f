// Package contract checks sitrep's output contract: a small JSON Schema
// validator for the subset of JSON Schema that docs/schema.json uses, and
// the offset property that every span's text equals the input's bytes.
package contract

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
)

// Schema is a compiled JSON Schema. It supports type (a name or a list),
// properties, required, items, minItems, enum, pattern, minLength,
// minimum, maximum, oneOf and local $ref to "#/$defs/NAME".
type Schema struct {
	root map[string]any
	re   map[string]*regexp.Regexp
}

// ParseSchema reads a schema document.
func ParseSchema(b []byte) (*Schema, error) {
	var root map[string]any
	if err := decode(b, &root); err != nil {
		return nil, fmt.Errorf("parse schema: %w", err)
	}
	s := &Schema{root: root, re: map[string]*regexp.Regexp{}}
	if err := s.compile(root); err != nil {
		return nil, fmt.Errorf("parse schema: %w", err)
	}
	return s, nil
}

// compile checks the patterns and references of a schema node.
func (s *Schema) compile(node any) error {
	switch n := node.(type) {
	case map[string]any:
		if p, ok := n["pattern"].(string); ok {
			re, err := regexp.Compile(p)
			if err != nil {
				return fmt.Errorf("pattern %q: %w", p, err)
			}
			s.re[p] = re
		}
		if r, ok := n["$ref"].(string); ok {
			if _, err := s.resolve(r); err != nil {
				return err
			}
		}
		for _, v := range n {
			if err := s.compile(v); err != nil {
				return err
			}
		}
	case []any:
		for _, v := range n {
			if err := s.compile(v); err != nil {
				return err
			}
		}
	}
	return nil
}

func (s *Schema) resolve(ref string) (map[string]any, error) {
	name, ok := strings.CutPrefix(ref, "#/$defs/")
	if !ok {
		return nil, fmt.Errorf("unsupported $ref %q", ref)
	}
	defs, _ := s.root["$defs"].(map[string]any)
	def, ok := defs[name].(map[string]any)
	if !ok {
		return nil, fmt.Errorf("$ref %q: no such definition", ref)
	}
	return def, nil
}

func decode(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	return dec.Decode(v)
}

// ValidateJSON checks one JSON document against the schema and returns
// every violation found, each with its JSON path.
func (s *Schema) ValidateJSON(b []byte) []error {
	var v any
	if err := decode(b, &v); err != nil {
		return []error{fmt.Errorf("invalid JSON: %w", err)}
	}
	var errs []error
	s.validate(s.root, v, "$", &errs)
	return errs
}

func (s *Schema) validate(sch map[string]any, v any, path string, errs *[]error) {
	fail := func(format string, args ...any) {
		*errs = append(*errs, fmt.Errorf("%s: %s", path, fmt.Sprintf(format, args...)))
	}
	if ref, ok := sch["$ref"].(string); ok {
		def, err := s.resolve(ref)
		if err != nil {
			fail("%v", err)
			return
		}
		s.validate(def, v, path, errs)
	}
	if t, ok := sch["type"]; ok && !typeOK(t, v) {
		fail("want type %v, have %s", t, typeName(v))
		return
	}
	if alts, ok := sch["oneOf"].([]any); ok {
		matched := 0
		for _, a := range alts {
			var sub []error
			if m, ok := a.(map[string]any); ok {
				s.validate(m, v, path, &sub)
			}
			if len(sub) == 0 {
				matched++
			}
		}
		if matched != 1 {
			fail("matches %d of the oneOf alternatives, want 1", matched)
		}
	}
	if enum, ok := sch["enum"].([]any); ok {
		found := false
		for _, e := range enum {
			if fmt.Sprint(e) == fmt.Sprint(v) {
				found = true
			}
		}
		if !found {
			fail("%v is not one of %v", v, enum)
		}
	}
	switch x := v.(type) {
	case map[string]any:
		if req, ok := sch["required"].([]any); ok {
			for _, r := range req {
				if _, ok := x[r.(string)]; !ok {
					fail("missing required key %q", r)
				}
			}
		}
		if props, ok := sch["properties"].(map[string]any); ok {
			for k, pv := range x {
				if ps, ok := props[k].(map[string]any); ok {
					s.validate(ps, pv, path+"."+k, errs)
				}
			}
		}
	case []any:
		if n, ok := number(sch["minItems"]); ok && float64(len(x)) < n {
			fail("has %d items, want at least %g", len(x), n)
		}
		if items, ok := sch["items"].(map[string]any); ok {
			for i, it := range x {
				s.validate(items, it, path+"["+strconv.Itoa(i)+"]", errs)
			}
		}
	case string:
		if n, ok := number(sch["minLength"]); ok && float64(len([]rune(x))) < n {
			fail("string shorter than %g", n)
		}
		if p, ok := sch["pattern"].(string); ok && !s.re[p].MatchString(x) {
			fail("%q does not match %s", x, p)
		}
	case json.Number:
		f, err := x.Float64()
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			fail("bad number %s", x)
			return
		}
		if n, ok := number(sch["minimum"]); ok && f < n {
			fail("%s is below the minimum %g", x, n)
		}
		if n, ok := number(sch["maximum"]); ok && f > n {
			fail("%s is above the maximum %g", x, n)
		}
	}
}

func number(v any) (float64, bool) {
	n, ok := v.(json.Number)
	if !ok {
		return 0, false
	}
	f, err := n.Float64()
	return f, err == nil
}

func typeOK(t any, v any) bool {
	switch t := t.(type) {
	case string:
		return isType(t, v)
	case []any:
		for _, x := range t {
			if name, ok := x.(string); ok && isType(name, v) {
				return true
			}
		}
	}
	return false
}

func isType(name string, v any) bool {
	switch name {
	case "integer":
		n, ok := v.(json.Number)
		if !ok {
			return false
		}
		_, err := strconv.ParseInt(string(n), 10, 64)
		return err == nil
	case "number":
		_, ok := v.(json.Number)
		return ok
	default:
		return typeName(v) == name
	}
}

func typeName(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case string:
		return "string"
	case json.Number:
		return "number"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return fmt.Sprintf("%T", v)
}
