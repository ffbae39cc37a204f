package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
)

// checkFormat is a usage error unless format is one of the formats a
// command writes (at least two).
func checkFormat(format string, formats ...string) error {
	if slices.Contains(formats, format) {
		return nil
	}
	last := len(formats) - 1
	return fmt.Errorf("%w: --format must be %s or %s", errUsage, strings.Join(formats[:last], ", "), formats[last])
}

// writeJSONL writes rows to w as JSON Lines, one object a line.
func writeJSONL[T any](w io.Writer, rows []T) error {
	enc := json.NewEncoder(w)
	for _, r := range rows {
		if err := enc.Encode(r); err != nil {
			return err
		}
	}
	return nil
}

// writeCSV writes header and then record of each row to w as CSV.
func writeCSV[T any](w io.Writer, header []string, rows []T, record func(*T) []string) error {
	cw := csv.NewWriter(w)
	cw.Write(header)
	for i := range rows {
		cw.Write(record(&rows[i]))
	}
	cw.Flush()
	return cw.Error()
}
