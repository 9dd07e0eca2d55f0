package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/upsertfix/upsertfix/detect"
)

// A baseline is the -json report of an earlier run. A finding matches a
// baseline entry with the same file, enclosing function, model, key and
// kind, so that edits elsewhere in the file (lines moving) do not bring
// old findings back. Each entry matches at most one finding.

// readBaseline reads a -json report.
func readBaseline(file string) ([]jsonFinding, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var fs []jsonFinding
	if err := json.Unmarshal(b, &fs); err != nil {
		return nil, fmt.Errorf("%s: not a -json report: %v", file, err)
	}
	return fs, nil
}

// baselineKey identifies a finding across runs.
func baselineKey(file, function, model string, key []string, kind string) string {
	k := append([]string(nil), key...)
	sort.Strings(k)
	return strings.Join([]string{file, function, model, strings.Join(k, ","), kind}, "\x00")
}

// matchBaseline marks the findings the baseline holds (c.known), and
// reports on stderr the baseline entries no finding matches any more:
// fixed, or the code is gone.
func (c *command) matchBaseline() {
	if c.baseline == nil || c.known != nil {
		return
	}
	c.known = map[*detect.Finding]bool{}
	left := map[string][]jsonFinding{}
	for _, b := range c.baseline {
		k := baselineKey(b.File, b.Function, b.Model, b.Key, b.Kind)
		left[k] = append(left[k], b)
	}
	for _, l := range c.findings() {
		k := baselineKey(c.modRel(l.pos.Filename), l.fn, l.Model, l.Key, l.Kind)
		if len(left[k]) > 0 {
			left[k] = left[k][1:]
			c.known[l.Finding] = true
		}
	}
	var gone []string
	for _, bs := range left {
		for _, b := range bs {
			gone = append(gone, fmt.Sprintf("%s: %s: %s%s", b.File, orName(b.Function), b.Model, keySuffix(b.Key)))
		}
	}
	sort.Strings(gone)
	if n := len(c.known); n > 0 {
		fmt.Fprintf(c.stderr, "upsertfix: %d finding(s) are in the baseline: not shown, not failing the run\n", n)
	}
	for _, g := range gone {
		fmt.Fprintf(c.stderr, "upsertfix: baseline entry fixed (no longer found): %s\n", g)
	}
}

func orName(fn string) string {
	if fn == "" {
		return "(package level)"
	}
	return fn
}

func keySuffix(key []string) string {
	if len(key) == 0 {
		return ""
	}
	return " (" + strings.Join(key, ", ") + ")"
}
