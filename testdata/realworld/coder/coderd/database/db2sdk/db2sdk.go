// Package db2sdk is coderd/database/db2sdk (List only).
package db2sdk

// List converts a slice with a conversion function.
func List[F any, T any](list []F, convert func(F) T) []T {
	into := make([]T, 0, len(list))
	for _, item := range list {
		into = append(into, convert(item))
	}
	return into
}
