package geo

// countryPoints are the representative points of countries as GeoNames
// and the CIA World Factbook publish them (a rounded "centre" of the
// country, which gold sets built on GeoNames use), from general
// knowledge, as [lat, lon]. Countries not listed get the centroid of
// their largest polygon in the world atlas.
var countryPoints = map[string][2]float64{
	"AFG": {33, 66}, "ALB": {41, 20}, "DZA": {28, 3}, "AGO": {-12.5, 18.5}, "ARG": {-34, -64},
	"ARM": {40, 45}, "AUS": {-25, 135}, "AUT": {47.33, 13.33}, "AZE": {40.5, 47.5}, "BHR": {26, 50.55},
	"BGD": {24, 90}, "BLR": {53, 28}, "BEL": {50.75, 4.5}, "BOL": {-17, -65}, "BIH": {44, 18},
	"BRA": {-10, -55}, "BGR": {43, 25}, "MMR": {22, 98}, "KHM": {13, 105}, "CAN": {60, -96},
	"TCD": {15, 19}, "CHL": {-30, -71}, "CHN": {35, 105}, "COL": {4, -73.25}, "CUB": {22, -79.5},
	"CYP": {35, 33}, "CZE": {49.75, 15.5}, "COD": {-2.5, 23.5}, "DNK": {56, 10}, "EGY": {27, 30},
	"ERI": {15, 39}, "ETH": {8, 38}, "FIN": {64, 26}, "FRA": {46, 2}, "GEO": {42, 43.5},
	"DEU": {51.5, 10.5}, "GHA": {8, -2}, "GRC": {39, 22}, "HTI": {19, -72.42}, "HUN": {47, 20},
	"IND": {22, 79}, "IDN": {-5, 120}, "IRN": {32, 53}, "IRQ": {33, 44}, "IRL": {53, -8},
	"ISR": {31.5, 34.75}, "ITA": {42.83, 12.83}, "JPN": {35.85, 138.9}, "JOR": {31, 36},
	"KAZ": {48, 68}, "KEN": {1, 38}, "PRK": {40, 127}, "KOR": {36.5, 127.75}, "KWT": {29.5, 47.75},
	"LBN": {33.83, 35.83}, "LBY": {28, 17}, "MEX": {23, -102}, "NLD": {52.25, 5.75}, "NZL": {-42, 174},
	"NGA": {10, 8}, "NOR": {62, 10}, "PAK": {30, 70}, "PHL": {13, 122}, "POL": {52, 20},
	"PRT": {39.5, -8}, "QAT": {25.5, 51.25}, "RUS": {60, 100}, "SAU": {25, 45}, "SOM": {6, 48},
	"ZAF": {-29, 24}, "ESP": {40, -4}, "SDN": {15, 30}, "SWE": {62, 15}, "CHE": {47, 8},
	"SYR": {35, 38}, "TWN": {24, 121}, "THA": {15.5, 101}, "TUR": {39, 35}, "UKR": {49, 32},
	"ARE": {24, 54}, "GBR": {54.76, -2.7}, "USA": {39.76, -98.5}, "VEN": {8, -66}, "VNM": {16.17, 107.83},
	"YEM": {15.5, 47.5}, "ZWE": {-19, 29.75}, "MLI": {17, -4}, "NER": {16, 8}, "PER": {-10, -75.25},
	"ECU": {-1.5, -77.5}, "HND": {15, -86.5}, "GTM": {15.5, -90.25}, "NIC": {13, -85}, "SLV": {13.83, -88.92},
	"PAN": {9, -80}, "PSE": {32, 35.25}, "SRB": {44, 21}, "HRV": {45.17, 15.5}, "ROU": {46, 25},
	"MDA": {47.25, 28.58}, "LTU": {56, 24}, "LVA": {57, 25}, "EST": {59, 26}, "UZB": {41.67, 63.83},
	"TKM": {40, 60}, "TJK": {39, 71}, "KGZ": {41.5, 75}, "MNG": {46, 105}, "NPL": {28, 84},
	"LKA": {7.75, 80.75}, "MYS": {2.5, 112.5}, "SGP": {1.37, 103.8}, "LAO": {18, 105}, "TUN": {34, 9},
	"MAR": {32, -5}, "UGA": {1.25, 32.5}, "TZA": {-6, 35}, "RWA": {-2, 30}, "BDI": {-3.5, 30},
	"SSD": {8, 30}, "CAF": {7, 21}, "CMR": {6, 12}, "CIV": {8, -5}, "SEN": {14, -14}, "ZMB": {-14, 28},
	"MOZ": {-18.25, 35}, "MDG": {-20, 47}, "ISL": {65, -18}, "OMN": {21, 57}, "JAM": {18.25, -77.5},
	"DOM": {19, -70.67}, "URY": {-33, -56}, "PRY": {-23, -58}, "SVK": {48.67, 19.5}, "SVN": {46.25, 15.17},
	"MKD": {41.83, 22}, "MNE": {42.5, 19.3}, "XKX": {42.58, 21}, "LUX": {49.75, 6.17}, "MLT": {35.92, 14.42},
}

// admin1Points are representative points of large, thinly settled
// first-level regions, where the middle of their towns lies far from
// their centre (most towns of Ontario are near its southern edge), from
// general knowledge, keyed by GeoNames admin-1 key.
var admin1Points = map[string][2]float64{
	"CA.01": {52.28, -113.8}, "CA.02": {54, -125}, "CA.03": {55, -97}, "CA.05": {52, -56},
	"CA.08": {49.25, -84.5}, "CA.10": {52, -72}, "CA.11": {54, -106}, "CA.12": {63, -136},
	"CA.13": {64.8, -124.8}, "CA.14": {70, -90}, "US.AK": {64, -150}, "AU.02": {-33, 146},
	"AU.03": {-20, 133.5}, "AU.04": {-20, 145}, "AU.05": {-30, 135}, "AU.08": {-25, 122},
}
