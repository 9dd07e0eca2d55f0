// Package slice is a minimal stand-in for github.com/toolkits/pkg/slice.
package slice

// SubString returns the elements of a that are not in b.
func SubString(a, b []string) []string {
	m := make(map[string]struct{}, len(b))
	for _, s := range b {
		m[s] = struct{}{}
	}
	ret := make([]string, 0, len(a))
	for _, s := range a {
		if _, ok := m[s]; !ok {
			ret = append(ret, s)
		}
	}
	return ret
}

func HaveIntersection(a, b []int64) bool {
	m := make(map[int64]struct{}, len(a))
	for _, x := range a {
		m[x] = struct{}{}
	}
	for _, y := range b {
		if _, ok := m[y]; ok {
			return true
		}
	}
	return false
}
