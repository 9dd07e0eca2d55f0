package helper

import "os"

// FolderExists returns true if a folder exists (upstream internal/helper/OS.go:18)
func FolderExists(folder string) bool {
	_, err := os.Stat(folder)
	if err == nil {
		return true
	}
	return !os.IsNotExist(err)
}

// FileExists returns true if a file exists (upstream internal/helper/OS.go:27)
func FileExists(filename string) (bool, error) {
	info, err := os.Stat(filename)
	if os.IsNotExist(err) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return !info.IsDir(), nil
}

// Check panics if error is not nil (upstream internal/helper/OS.go:65)
func Check(err error) {
	if err != nil {
		panic(err)
	}
}

// IsInArray returns true if value is in array
func IsInArray(haystack []string, needle string) bool {
	for _, item := range haystack {
		if needle == item {
			return true
		}
	}
	return false
}
