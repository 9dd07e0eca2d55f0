package uid

import "strconv"

// ShortIDToNum reproduces pkg/uid/sid.go:52, with pacman's base-62
// decoding (utils.DeShortID) left out: short ids decode to 0 here.
func ShortIDToNum(code string) int64 {
	if len(code) < 2 {
		return 0
	}
	return 0
}

// DeShortID reproduces pkg/uid/sid.go:72.
func DeShortID(sid string) string {
	num, err := strconv.ParseInt(sid, 10, 64)
	if err != nil {
		return strconv.FormatInt(ShortIDToNum(sid), 10)
	}
	if num < 10000000000000000 {
		return strconv.FormatInt(ShortIDToNum(sid), 10)
	}
	return sid
}
