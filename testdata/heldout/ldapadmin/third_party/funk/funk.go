// Package funk reproduces eryajf/go-ldap-admin 9e621c8a80b8 (minimal stand-in for github.com/thoas/go-funk).
package funk

// MinInt stands in for funk.MinInt.
func MinInt(i []int) interface{} {
	if len(i) == 0 {
		panic("arg is an empty array/slice")
	}
	m := i[0]
	for _, v := range i[1:] {
		if v < m {
			m = v
		}
	}
	return m
}

// ContainsString stands in for funk.ContainsString.
func ContainsString(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}
