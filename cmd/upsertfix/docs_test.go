package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestFlagsTable: every flag `upsertfix -h` prints has a row in the
// README's flags table (a row that starts with the flag in backquotes).
func TestFlagsTable(t *testing.T) {
	_, help, _ := run(t, "-h")
	flags := regexp.MustCompile(`(?m)^  (-[\w-]+)`).FindAllStringSubmatch(help, -1)
	if len(flags) < 10 {
		t.Fatalf("found %d flags in -h:\n%s", len(flags), help)
	}
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	// the first cell of each row: `-w`, `-fix`
	cells := regexp.MustCompile("(?m)^\\| ([^|]*)\\|").FindAllStringSubmatch(string(readme), -1)
	flag := regexp.MustCompile("`(-[\\w-]+)")
	inTable := map[string]bool{}
	for _, c := range cells {
		for _, f := range flag.FindAllStringSubmatch(c[1], -1) {
			inTable[f[1]] = true
		}
	}
	for _, f := range flags {
		if !inTable[f[1]] {
			t.Errorf("flag %s is printed by -h but has no row in the README's flags table", f[1])
		}
	}
}

// TestDocLinks: every relative link of the README and of docs/*.md
// names a file that exists, and every #anchor a heading of the file it
// points into.
func TestDocLinks(t *testing.T) {
	files, _ := filepath.Glob("../../docs/*.md")
	files = append(files, "../../README.md", "../../CHANGELOG.md")
	link := regexp.MustCompile(`\]\(([^)\s]+)\)`)
	checked := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range link.FindAllStringSubmatch(stripCode(string(b)), -1) {
			target := m[1]
			if strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") {
				continue
			}
			path, anchor, _ := strings.Cut(target, "#")
			dest := f
			if path != "" {
				dest = filepath.Join(filepath.Dir(f), path)
				if _, err := os.Stat(dest); err != nil {
					t.Errorf("%s: link %s: %v", f, target, err)
					continue
				}
			}
			checked++
			if anchor == "" || !strings.HasSuffix(dest, ".md") {
				continue
			}
			db, _ := os.ReadFile(dest)
			if !anchors(string(db))[anchor] {
				t.Errorf("%s: link %s: no heading with anchor #%s in %s", f, target, anchor, dest)
			}
		}
	}
	if checked == 0 {
		t.Fatal("no relative links checked")
	}
}

// stripCode drops fenced code blocks and inline code spans, whose
// brackets are not links.
func stripCode(md string) string {
	var out []string
	in := false
	span := regexp.MustCompile("`[^`]*`")
	for _, ln := range strings.Split(md, "\n") {
		if strings.HasPrefix(strings.TrimSpace(ln), "```") {
			in = !in
			continue
		}
		if !in {
			out = append(out, span.ReplaceAllString(ln, ""))
		}
	}
	return strings.Join(out, "\n")
}

// anchors returns the anchors GitHub gives the headings of md: lower
// case, punctuation but hyphens and underscores dropped, spaces turned
// into hyphens.
func anchors(md string) map[string]bool {
	out := map[string]bool{}
	drop := regexp.MustCompile(`[^\p{L}\p{N}\s_-]`)
	in := false
	for _, ln := range strings.Split(md, "\n") {
		if strings.HasPrefix(strings.TrimSpace(ln), "```") {
			in = !in
		}
		if in || !strings.HasPrefix(ln, "#") {
			continue
		}
		h := strings.TrimSpace(strings.TrimLeft(ln, "#"))
		a := strings.ToLower(drop.ReplaceAllString(h, ""))
		out[strings.ReplaceAll(a, " ", "-")] = true
	}
	return out
}
