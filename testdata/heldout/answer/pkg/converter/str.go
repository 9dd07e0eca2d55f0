package converter

import "strconv"

// StringToInt64 reproduces pkg/converter/str.go:28.
func StringToInt64(str string) int64 {
	num, err := strconv.ParseInt(str, 10, 64)
	if err != nil {
		return 0
	}
	return num
}

// StringToInt reproduces pkg/converter/str.go:36.
func StringToInt(str string) int {
	num, err := strconv.Atoi(str)
	if err != nil {
		return 0
	}
	return num
}
