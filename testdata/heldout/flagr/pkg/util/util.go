// Package util reproduces pkg/util/util.go (trimmed). SafeString/SafeUint use
// github.com/spf13/cast upstream and NewSecureRandomKey uses
// github.com/dchest/uniuri; both are replaced here by small stdlib helpers.
package util

import (
	"crypto/rand"
	"fmt"
	"reflect"
	"regexp"
	"strconv"
)

var (
	keyLengthLimit = 63
	keyRegex       = regexp.MustCompile(`^[\w\d-/\.\:]+$`)

	valueLengthLimit = 63
	valueRegex       = regexp.MustCompile(`^[ \w\d-/\.\:]+$`)

	randomKeyCharset = []byte("123456789abcdefghijkmnopqrstuvwxyz")
	randomKeyPrefix  = "k"
)

// IsSafeKey reproduces pkg/util/util.go:28.
func IsSafeKey(s string) (bool, string) {
	if !keyRegex.MatchString(s) {
		return false, fmt.Sprintf("key:%s should have the format %v", s, keyRegex)
	}
	if len(s) > keyLengthLimit {
		return false, fmt.Sprintf("key:%s cannot be longer than %d", s, keyLengthLimit)
	}
	return true, ""
}

// IsSafeValue reproduces pkg/util/util.go:39.
func IsSafeValue(s string) (bool, string) {
	if !valueRegex.MatchString(s) {
		return false, fmt.Sprintf("value:%s should have the format %v", s, valueRegex)
	}
	if len(s) > valueLengthLimit {
		return false, fmt.Sprintf("value:%s cannot be longer than %d", s, valueLengthLimit)
	}
	return true, ""
}

// NewSecureRandomKey reproduces pkg/util/util.go:68 (uniuri.NewLenChars(16,
// charset) upstream).
func NewSecureRandomKey() string {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	for i := range b {
		b[i] = randomKeyCharset[int(b[i])%len(randomKeyCharset)]
	}
	return randomKeyPrefix + string(b)
}

func indirect(s any) any {
	v := reflect.ValueOf(s)
	for v.IsValid() && v.Kind() == reflect.Ptr {
		if v.IsNil() {
			return nil
		}
		v = v.Elem()
	}
	if !v.IsValid() {
		return nil
	}
	return v.Interface()
}

// SafeString reproduces pkg/util/util.go:83 (cast.ToString).
func SafeString(s any) (ret string) {
	v := indirect(s)
	if v == nil {
		return ""
	}
	return fmt.Sprint(v)
}

// SafeUint reproduces pkg/util/util.go:88 (cast.ToUint).
func SafeUint(s any) (ret uint) {
	v := indirect(s)
	if v == nil {
		return 0
	}
	n, err := strconv.ParseUint(fmt.Sprint(v), 10, 64)
	if err != nil {
		return 0
	}
	return uint(n)
}
