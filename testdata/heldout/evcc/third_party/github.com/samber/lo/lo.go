// Package lo is a stand-in for github.com/samber/lo: only FilterMap.
package lo

func FilterMap[T any, R any](collection []T, callback func(item T, index int) (R, bool)) []R {
	result := []R{}
	for i := range collection {
		if r, ok := callback(collection[i], i); ok {
			result = append(result, r)
		}
	}
	return result
}
