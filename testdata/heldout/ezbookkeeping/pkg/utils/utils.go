// Package utils is a reduced copy of github.com/mayswind/ezbookkeeping/pkg/utils.
package utils

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"regexp"
	"sort"
	"strconv"
)

var (
	usernamePattern = regexp.MustCompile("^[a-zA-Z0-9_-]+$")
	emailPattern    = regexp.MustCompile(`^[^@\s]+@[^@\s]+$`)
)

// IsValidUsername reports whether username is valid
func IsValidUsername(username string) bool { return usernamePattern.MatchString(username) }

// IsValidEmail reports whether email is valid
func IsValidEmail(email string) bool { return emailPattern.MatchString(email) }

// GetRandomString returns a random string of the given length
func GetRandomString(n int) (string, error) {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b)[:n], nil
}

// EncodePassword encodes the password with salt
func EncodePassword(password string, salt string) string {
	sum := sha256.Sum256([]byte(password + salt))
	return hex.EncodeToString(sum[:])
}

// StringToInt64 parses a string to int64
func StringToInt64(s string) (int64, error) { return strconv.ParseInt(s, 10, 64) }

// Int64ToString formats an int64
func Int64ToString(i int64) string { return strconv.FormatInt(i, 10) }

// StringArrayToInt64Array parses string items to int64 items
func StringArrayToInt64Array(items []string) ([]int64, error) {
	ret := make([]int64, 0, len(items))
	for _, s := range items {
		v, err := StringToInt64(s)
		if err != nil {
			return nil, err
		}
		ret = append(ret, v)
	}
	return ret, nil
}

// ToUniqueInt64Slice returns the unique items of the slice
func ToUniqueInt64Slice(items []int64) []int64 {
	seen := make(map[int64]bool, len(items))
	ret := make([]int64, 0, len(items))
	for _, v := range items {
		if !seen[v] {
			seen[v] = true
			ret = append(ret, v)
		}
	}
	sort.Slice(ret, func(i, j int) bool { return ret[i] < ret[j] })
	return ret
}

// GetMinTransactionTimeFromUnixTime returns the min transaction time of the unix time
func GetMinTransactionTimeFromUnixTime(unixTime int64) int64 { return unixTime * 1000 }

// GetMaxTransactionTimeFromUnixTime returns the max transaction time of the unix time
func GetMaxTransactionTimeFromUnixTime(unixTime int64) int64 { return unixTime*1000 + 999 }

// GetUnixTimeFromTransactionTime returns the unix time of the transaction time
func GetUnixTimeFromTransactionTime(transactionTime int64) int64 { return transactionTime / 1000 }
