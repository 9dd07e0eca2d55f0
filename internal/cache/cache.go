// Package cache keeps the results of upsertfix runs, as go vet's are kept:
// a run whose inputs have not changed prints what the previous one printed
// without type-checking anything.
//
// The key of a run is a hash of everything its output depends on: the
// upsertfix version, the go toolchain, the flags and patterns, and every
// package of the import graph go list gave: for a package in a module
// with a version, its module path and version (the module cache is
// immutable); for any other (the main module, a replace directory, the
// standard library of this toolchain), the contents of its files. An
// entry is a file under the user cache directory named by its key,
// written through a temporary file and a rename, so concurrent runs never
// see half an entry; it carries a checksum of its content, and an entry
// that does not match it is ignored, not trusted.
package cache

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"

	"golang.org/x/tools/go/packages"

	"github.com/upsertfix/upsertfix/internal/atomicfile"
)

// Disabled reports whether the environment turns the cache off
// (UPSERTFIX_CACHE=off).
func Disabled() bool { return os.Getenv("UPSERTFIX_CACHE") == "off" }

// Dir is the cache directory: $UPSERTFIX_CACHE_DIR, or upsertfix under the
// user cache directory.
func Dir() (string, error) {
	if d := os.Getenv("UPSERTFIX_CACHE_DIR"); d != "" {
		return d, nil
	}
	d, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(d, "upsertfix"), nil
}

// Entry is what a run printed.
type Entry struct {
	Stdout, Stderr []byte
	Code           int
	Files          map[string][]byte // files the run wrote besides its output (-sarif)
}

type stored struct {
	Entry Entry
	Sum   string // sha256 of Entry's JSON
}

// Key hashes the inputs of a run: parts (version, flags, patterns, the
// contents of files the flags name) and the package graph under roots.
// It also returns the files it read, for a Hint. An error of a package
// for which derived reports true is left out: it follows from the files
// (a compile error, which only a listing with export data carries), so
// that both listings give the same key.
func Key(parts []string, roots []*packages.Package, derived func(packages.Error) bool) (key string, files []string, err error) {
	h := sha256.New()
	fmt.Fprintf(h, "upsertfix cache v1\x00%s\x00%s/%s\x00", runtime.Version(), runtime.GOOS, runtime.GOARCH)
	for _, p := range parts {
		fmt.Fprintf(h, "%q\x00", p)
	}
	seen := map[*packages.Package]bool{}
	var all []*packages.Package
	var walk func(p *packages.Package)
	walk = func(p *packages.Package) {
		// runtime/cgo: go list adds it to the imports of a cgo package
		// only when it compiles it, so only the listing with export data
		// has it; the toolchain's version covers it.
		if seen[p] || p.ID == "runtime/cgo" {
			return
		}
		seen[p] = true
		all = append(all, p)
		for _, imp := range p.Imports {
			walk(imp)
		}
	}
	for _, r := range roots {
		walk(r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].ID < all[j].ID })
	goroot := runtime.GOROOT()
	for _, p := range all {
		fmt.Fprintf(h, "pkg %s\x00", p.ID)
		for _, e := range p.Errors {
			if derived == nil || !derived(e) {
				fmt.Fprintf(h, "err %s\x00", e.Msg)
			}
		}
		if m := p.Module; m != nil && m.Version != "" && m.Replace == nil {
			fmt.Fprintf(h, "mod %s@%s\x00", m.Path, m.Version)
			continue
		}
		if m := p.Module; m != nil && m.Replace != nil && m.Replace.Version != "" {
			fmt.Fprintf(h, "mod %s@%s\x00", m.Replace.Path, m.Replace.Version)
			continue
		}
		names := append(append(append([]string(nil), p.GoFiles...), p.OtherFiles...), p.EmbedFiles...)
		sort.Strings(names)
		for _, f := range names {
			if goroot != "" && strings.HasPrefix(f, goroot) {
				fmt.Fprintf(h, "std %s\x00", f) // the toolchain's: its version is in the key
				continue
			}
			if err := hashFile(h, f); err != nil {
				return "", nil, err
			}
			files = append(files, f)
		}
	}
	return hex.EncodeToString(h.Sum(nil)), files, nil
}

func hashFile(h io.Writer, name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	fmt.Fprintf(h, "file %s\x00", name)
	_, err = io.Copy(h, f)
	return err
}

// Get returns the entry of key, or false when there is none or it is
// corrupt.
func Get(dir, key string) (*Entry, bool) {
	b, err := os.ReadFile(filepath.Join(dir, key[:2], key))
	if err != nil {
		return nil, false
	}
	var s stored
	if err := json.Unmarshal(b, &s); err != nil {
		return nil, false
	}
	if sum(s.Entry) != s.Sum {
		return nil, false
	}
	return &s.Entry, true
}

// Put stores the entry of key atomically. Errors are returned for the
// caller to ignore: a cache that cannot be written only makes runs slower.
func Put(dir, key string, e *Entry) error {
	sub := filepath.Join(dir, key[:2])
	if err := os.MkdirAll(sub, 0o755); err != nil {
		return err
	}
	b, err := json.Marshal(stored{Entry: *e, Sum: sum(*e)})
	if err != nil {
		return err
	}
	return atomicfile.Write(filepath.Join(sub, key), b, 0o644)
}

func sum(e Entry) string {
	b, _ := json.Marshal(e)
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}
