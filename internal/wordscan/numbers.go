package wordscan

import "strings"

var smallNumbers = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90,
}

// SmallNumber returns the value of a number word from "zero" to
// "ninety-nine", such as "seven" or "twenty-five" (lower case).
func SmallNumber(w string) (int, bool) {
	if v, ok := smallNumbers[w]; ok {
		return v, true
	}
	tens, units, ok := strings.Cut(w, "-")
	if !ok {
		return 0, false
	}
	t, ok1 := smallNumbers[tens]
	u, ok2 := smallNumbers[units]
	if !ok1 || !ok2 || t < 20 || t%10 != 0 || u < 1 || u > 9 {
		return 0, false
	}
	return t + u, true
}
