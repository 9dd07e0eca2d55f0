// Package util reproduces the helpers of casnode's util package
// (util/time.go, util/string.go, util/file.go) that the catalogued code calls.
package util

import (
	"path"
	"strconv"
	"strings"
	"time"
)

// GetCurrentTime reproduces util/time.go:23.
func GetCurrentTime() string {
	timestamp := time.Now().Unix()
	tm := time.Unix(timestamp, 0)
	return tm.Format(time.RFC3339)
}

// GetTimeFromTimestamp reproduces util/time.go:29.
func GetTimeFromTimestamp(stamp int64) string {
	t := time.Unix(stamp, 0)
	return t.Format(time.RFC3339)
}

// Time2String reproduces util/time.go:34.
func Time2String(t time.Time) string {
	lo, _ := time.LoadLocation("Local")
	return t.In(lo).Format(time.RFC3339)
}

// GetDateStr reproduces util/time.go:78.
func GetDateStr() string {
	return time.Now().Format("20060102")
}

// ParseInt reproduces util/string.go:25.
func ParseInt(s string) int {
	i, err := strconv.Atoi(s)
	if err != nil {
		panic(err)
	}

	return i
}

// IntToString reproduces util/string.go:34.
func IntToString(i int) string {
	return strconv.Itoa(i)
}

var stdImageExt = []string{"png", "jpg", "gif", "jpeg"}

// FileExt reproduces util/file.go:24.
func FileExt(fileName string) string {
	ext := path.Ext(fileName)

	return strings.ReplaceAll(ext, ".", "")
}

// FileType reproduces util/file.go:31.
func FileType(fileName string) string {
	ext := FileExt(fileName)

	if ext == "" {
		return "file"
	}

	lowerCase := strings.ToLower(ext)

	for _, v := range stdImageExt {
		if v == lowerCase {
			return "image"
		}
	}

	return "file"
}
