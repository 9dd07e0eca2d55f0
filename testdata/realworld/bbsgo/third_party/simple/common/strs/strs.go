// Package strs reproduces mlogclub/simple 5b105541b814 common/strs.
package strs

import "unicode"

// IsBlank is common/strs/strs.go:26.
func IsBlank(str string) bool {
	strLen := len(str)
	if str == "" || strLen == 0 {
		return true
	}
	for i := 0; i < strLen; i++ {
		if !unicode.IsSpace(rune(str[i])) {
			return false
		}
	}
	return true
}

// IsNotBlank is common/strs/strs.go:39.
func IsNotBlank(str string) bool {
	return !IsBlank(str)
}
