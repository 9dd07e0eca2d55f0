package cache

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/upsertfix/upsertfix/internal/atomicfile"
)

// A Hint guesses whether a run will hit the cache before go list is run:
// it records the size and modification time of every file the key of
// the last run with the same parts read. The guess only chooses which
// listing to run first (the package graph alone, which is enough for a
// hit, or the slower one with export data, which a miss needs); the key
// itself always comes from a listing, so a wrong guess costs time, never
// a stale result.
type Hint struct {
	Files []fileStat
}

type fileStat struct {
	Name    string
	Size    int64
	ModTime int64 // nanoseconds
}

func hintPath(dir string, parts []string) string {
	h := sha256.New()
	for _, p := range parts {
		fmt.Fprintf(h, "%q\x00", p)
	}
	return filepath.Join(dir, "hints", hex.EncodeToString(h.Sum(nil)))
}

// Unchanged reports whether the last run with the same parts left a hint
// and none of its files has changed since.
func Unchanged(dir string, parts []string) bool {
	b, err := os.ReadFile(hintPath(dir, parts))
	if err != nil {
		return false
	}
	var h Hint
	if json.Unmarshal(b, &h) != nil || len(h.Files) == 0 {
		return false
	}
	for _, f := range h.Files {
		st, err := os.Stat(f.Name)
		if err != nil || st.Size() != f.Size || st.ModTime().UnixNano() != f.ModTime {
			return false
		}
	}
	return true
}

// SaveHint records files for the next run with the same parts. Errors
// are for the caller to ignore.
func SaveHint(dir string, parts []string, files []string) error {
	var h Hint
	for _, name := range files {
		st, err := os.Stat(name)
		if err != nil {
			return err
		}
		h.Files = append(h.Files, fileStat{name, st.Size(), st.ModTime().UnixNano()})
	}
	b, err := json.Marshal(h)
	if err != nil {
		return err
	}
	p := hintPath(dir, parts)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	return atomicfile.Write(p, b, 0o644)
}
