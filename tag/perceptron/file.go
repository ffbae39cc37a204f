package perceptron

import (
	"bufio"
	"compress/gzip"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
)

// WriteModels writes a model file: gzip-compressed, it holds magic (a line
// naming the kind of file and its version), the gob encoding of meta, and
// then each model in turn. The same inputs give the same bytes.
func WriteModels(w io.Writer, magic string, meta any, models ...*Model) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	if _, err := bw.WriteString(magic); err != nil {
		return err
	}
	if err := gob.NewEncoder(bw).Encode(meta); err != nil {
		return fmt.Errorf("encode metadata: %w", err)
	}
	for _, m := range models {
		if _, err := m.WriteTo(bw); err != nil {
			return err
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// ReadModels reads a file written by WriteModels: it checks magic, decodes
// the metadata into meta (a pointer) and returns the models that follow.
func ReadModels(r io.Reader, magic string, meta any) ([]*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	br := bufio.NewReader(zr)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errors.New("not a model file of this kind")
	}
	if err := gob.NewDecoder(br).Decode(meta); err != nil {
		return nil, fmt.Errorf("decode metadata: %w", err)
	}
	data, err := io.ReadAll(br)
	if err != nil {
		return nil, err
	}
	var models []*Model
	for len(data) > 0 {
		m, rest, err := Decode(data)
		if err != nil {
			return nil, fmt.Errorf("model %d: %w", len(models)+1, err)
		}
		models = append(models, m)
		data = rest
	}
	if len(models) == 0 {
		return nil, errors.New("no model in file")
	}
	return models, nil
}
