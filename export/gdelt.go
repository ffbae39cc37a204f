package export

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/store"
	"github.com/sitrep/sitrep/store/countrycode"
)

// GDELTColumns are the 61 fields of a GDELT 2.0 Event table row, in their
// published order (GDELT Event Codebook V2.0).
var GDELTColumns = []string{
	"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
	"Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
	"Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
	"ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

// GDELT geographic resolution types (the Geo_Type fields).
const (
	GeoCountry   = 1
	GeoUSState   = 2
	GeoUSCity    = 3
	GeoWorldCity = 4
	GeoWorldADM1 = 5
)

// ActorParts is a CAMEO actor code split into GDELT's actor fields.
type ActorParts struct {
	Country, KnownGroup, Ethnic string
	Religion1, Religion2        string
	Type1, Type2, Type3         string
}

// typeCodes are CAMEO's actor type (role) codes.
var typeCodes = set("COP GOV INS JUD MIL OPP REB SEP SPY UAF AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB LEG MED REF MOD RAD UIS IGO IMG INT NGM NGO MNC SET")

// religionCodes are CAMEO's religion codes.
var religionCodes = set("ADR ALE ATH BAH BUD CHR CON CPT CTH DOX HIN ITR JAN JEW JHW LDS MOS MRN NRM PAG PRO SFI SHI SHN SIK SUN TAO ZRO")

// groupTypes are the type codes after which the next code names a known
// organisation ("IGOUNO": type IGO, group UNO).
var groupTypes = set("IGO NGO NGM IMG MNC INT UIS")

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, f := range strings.Fields(s) {
		m[f] = true
	}
	return m
}

// SplitActor splits a CAMEO actor code into GDELT's fields: a leading
// country or region code, known organisations (the code after IGO, NGO,
// IMG …), religions and up to three type codes. Codes GDELT has no field
// for are dropped from the parts (the full code stays in ActorNCode).
func SplitActor(code string) ActorParts {
	var p ActorParts
	if len(code)%3 != 0 {
		return p
	}
	var types, rels []string
	afterGroupType := false
	for i := 0; i+3 <= len(code); i += 3 {
		c := code[i : i+3]
		wasGroupType := afterGroupType
		afterGroupType = false
		switch {
		case c == "---":
		case religionCodes[c]:
			rels = append(rels, c)
		case typeCodes[c]:
			types = append(types, c)
			afterGroupType = groupTypes[c]
		case i == 0:
			p.Country = c
		case wasGroupType && p.KnownGroup == "", p.KnownGroup == "":
			// The code after IGO, NGO … names the organisation; any
			// other code that is neither type nor religion names a
			// group too (a party, a militia).
			p.KnownGroup = c
		}
	}
	pick := func(xs []string, i int) string {
		if i < len(xs) {
			return xs[i]
		}
		return ""
	}
	p.Type1, p.Type2, p.Type3 = pick(types, 0), pick(types, 1), pick(types, 2)
	p.Religion1, p.Religion2 = pick(rels, 0), pick(rels, 1)
	return p
}

// geoType is GDELT's resolution type for a place.
func geoType(c *store.Cluster) int {
	if c.Place == nil {
		return 0
	}
	f := c.PlaceFeature
	if i := strings.IndexByte(f, '.'); i >= 0 {
		f = f[i+1:]
	}
	us := countrycode.ISO2(c.Place.Country) == "US"
	switch {
	case strings.HasPrefix(f, "PCL") || (f == "" && c.Place.GeonameID == 0 && c.Place.Lat == 0 && c.Place.Lon == 0):
		return GeoCountry
	case f == "ADM1":
		if us {
			return GeoUSState
		}
		return GeoWorldADM1
	}
	if us {
		return GeoUSCity
	}
	return GeoWorldCity
}

// EventID turns a cluster key into GDELT's numeric GLOBALEVENTID: the
// first 52 bits of the key, so it is stable across runs and exact in
// JSON numbers.
func EventID(key string) int64 {
	if len(key) > 13 {
		key = key[:13]
	}
	n, err := strconv.ParseInt(key, 16, 64)
	if err != nil {
		return 0
	}
	return n
}

func ftoa(f float64, prec int) string { return strconv.FormatFloat(f, 'f', prec, 64) }

// GDELTRow returns the 61 GDELT 2.0 fields of a cluster.
func GDELTRow(c *store.Cluster) []string {
	row := make([]string, len(GDELTColumns))
	set := func(name, v string) { row[gdeltIndex[name]] = v }
	set("GLOBALEVENTID", strconv.FormatInt(EventID(c.ID), 10))
	if len(c.Date) == 10 {
		y, m, d := c.Date[:4], c.Date[5:7], c.Date[8:10]
		set("SQLDATE", y+m+d)
		set("MonthYear", y+m)
		set("Year", y)
		mi, _ := strconv.Atoi(m)
		di, _ := strconv.Atoi(d)
		yi, _ := strconv.Atoi(y)
		set("FractionDate", ftoa(float64(yi)+float64(mi*30+di)/365, 4))
	}
	for i, a := range []struct{ code, name string }{{c.Source, c.SourceName}, {c.Target, c.TargetName}} {
		n := fmt.Sprintf("Actor%d", i+1)
		p := SplitActor(a.code)
		set(n+"Code", a.code)
		if a.code != "" {
			set(n+"Name", a.name)
		}
		set(n+"CountryCode", p.Country)
		set(n+"KnownGroupCode", p.KnownGroup)
		set(n+"EthnicCode", p.Ethnic)
		set(n+"Religion1Code", p.Religion1)
		set(n+"Religion2Code", p.Religion2)
		set(n+"Type1Code", p.Type1)
		set(n+"Type2Code", p.Type2)
		set(n+"Type3Code", p.Type3)
		set(n+"Geo_Type", "0")
	}
	root := "0"
	if c.Lead {
		root = "1"
	}
	set("IsRootEvent", root)
	set("EventCode", c.Code)
	base := c.Code
	if len(base) > 3 {
		base = base[:3]
	}
	set("EventBaseCode", base)
	set("EventRootCode", c.Root)
	set("QuadClass", strconv.Itoa(c.QuadClass))
	set("GoldsteinScale", ftoa(c.Goldstein, 1))
	set("NumMentions", strconv.Itoa(c.NumMentions))
	set("NumSources", strconv.Itoa(c.NumSources))
	set("NumArticles", strconv.Itoa(c.NumArticles))
	set("AvgTone", ftoa(c.AvgTone, 6))
	set("ActionGeo_Type", strconv.Itoa(geoType(c)))
	if pl := c.Place; pl != nil {
		fips := countrycode.FIPS(pl.Country)
		set("ActionGeo_FullName", pl.Name)
		set("ActionGeo_CountryCode", fips)
		// GDELT's ADM1 code is the FIPS country and the region's code;
		// a region known only by name leaves the country alone.
		adm1 := fips
		if a := c.PlaceAdmin1; a != "" && a != "00" && len(a) <= 3 && !strings.Contains(a, " ") {
			adm1 += strings.ToUpper(a)
		}
		set("ActionGeo_ADM1Code", adm1)
		set("ActionGeo_Lat", ftoa(pl.Lat, 4))
		set("ActionGeo_Long", ftoa(pl.Lon, 4))
		if pl.GeonameID != 0 {
			set("ActionGeo_FeatureID", strconv.Itoa(pl.GeonameID))
		} else if fips != "" {
			set("ActionGeo_FeatureID", fips)
		}
	}
	added := c.FirstSeen
	if !added.IsZero() {
		set("DATEADDED", added.Format("20060102")+"000000")
	}
	set("SOURCEURL", c.SourceURL)
	return row
}

var gdeltIndex = func() map[string]int {
	m := map[string]int{}
	for i, c := range GDELTColumns {
		m[c] = i
	}
	return m
}()

// clean keeps a field free of the tabs and newlines that separate GDELT
// fields and rows.
func clean(s string) string {
	if !strings.ContainsAny(s, "\t\r\n") {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '\t' || r == '\r' || r == '\n' }), " ")
}

// WriteGDELTRow writes one tab-separated GDELT row.
func WriteGDELTRow(w io.Writer, c *store.Cluster) error {
	row := GDELTRow(c)
	for i := range row {
		row[i] = clean(row[i])
	}
	_, err := io.WriteString(w, strings.Join(row, "\t")+"\n")
	return err
}

// ReadGDELT reads a GDELT 2.0 Event table (tab-separated, no header, the
// columns of names in order) into one map per row, keyed by column name.
// A row with another number of fields is an error naming its line.
func ReadGDELT(r io.Reader, names []string) ([]map[string]string, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	var out []map[string]string
	line := 0
	for sc.Scan() {
		line++
		if sc.Text() == "" {
			continue
		}
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) != len(names) {
			return nil, fmt.Errorf("gdelt line %d: %d fields, want %d", line, len(fields), len(names))
		}
		m := make(map[string]string, len(names))
		for i, n := range names {
			m[n] = fields[i]
		}
		out = append(out, m)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("gdelt line %d: %w", line+1, err)
	}
	if line == 0 {
		return nil, errors.New("gdelt: empty input")
	}
	return out, nil
}
