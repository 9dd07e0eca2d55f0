package model

// DataDirPerm the default filesystem permissions for the data directory/archives
// Reproduces internal/model/const.go:4.
const DataDirPerm = 0744

// DatabaseDateFormat the string formatting of datetimes for the database
// Reproduces internal/model/const.go:7.
const DatabaseDateFormat = "2006-01-02 15:04:05"

// Ptr returns a pointer to the value passed as argument.
// Reproduces internal/model/ptr.go:4.
func Ptr[t any](a t) *t {
	return &a
}

// SliceDifference returns the elements that are in haystack but not in needle.
// Reproduces internal/model/slices.go:5.
func SliceDifference[T comparable](haystack, needle []T) []T {
	// Create a map of needle elements for quick lookup
	needleMap := make(map[T]bool)
	for _, item := range needle {
		needleMap[item] = true
	}

	// Find elements in haystack that are not in needle
	var difference []T
	for _, item := range haystack {
		if !needleMap[item] {
			difference = append(difference, item)
		}
	}

	return difference
}
