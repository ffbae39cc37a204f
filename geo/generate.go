package geo

//go:generate go run ./internal/gengaz -o data/gazetteer.bin.gz
