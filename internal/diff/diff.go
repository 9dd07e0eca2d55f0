// Package diff renders unified diffs that git apply and patch -p1 accept.
// It is the only importer of github.com/sergi/go-diff, whose line mode
// computes the edit script; its own patch text uses character offsets and
// escapes, which git cannot apply, so hunks are rendered here.
package diff

import (
	"fmt"
	"sort"
	"strings"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// context is the number of unchanged lines around a change.
const context = 3

type op struct {
	kind byte // ' ', '-', '+'
	text string
}

// Unified returns the unified diff from a to b with the header
// "--- a/<name>" and "+++ b/<name>", or "" when they are equal.
func Unified(name string, a, b []byte) string {
	if string(a) == string(b) {
		return ""
	}
	ops := lineOps(string(a), string(b))
	var out strings.Builder
	fmt.Fprintf(&out, "diff --git a/%s b/%s\n--- a/%s\n+++ b/%s\n", name, name, name, name)
	// Walk the ops, cutting hunks around changes.
	for i := 0; i < len(ops); {
		if ops[i].kind == ' ' {
			i++
			continue
		}
		start := max(i-context, 0)
		end := i
		for end < len(ops) {
			if ops[end].kind != ' ' {
				end++
				continue
			}
			run := end
			for run < len(ops) && ops[run].kind == ' ' {
				run++
			}
			if run == len(ops) || run-end > 2*context {
				end = min(end+context, len(ops))
				break
			}
			end = run
		}
		writeHunk(&out, ops, start, end)
		i = end
	}
	return out.String()
}

func writeHunk(out *strings.Builder, ops []op, start, end int) {
	oldLine, newLine := 1, 1
	for _, o := range ops[:start] {
		if o.kind != '+' {
			oldLine++
		}
		if o.kind != '-' {
			newLine++
		}
	}
	var oldN, newN int
	for _, o := range ops[start:end] {
		if o.kind != '+' {
			oldN++
		}
		if o.kind != '-' {
			newN++
		}
	}
	if oldN == 0 {
		oldLine--
	}
	if newN == 0 {
		newLine--
	}
	fmt.Fprintf(out, "@@ -%s +%s @@\n", span(oldLine, oldN), span(newLine, newN))
	for _, o := range ops[start:end] {
		out.WriteByte(o.kind)
		out.WriteString(o.text)
		if !strings.HasSuffix(o.text, "\n") {
			out.WriteString("\n\\ No newline at end of file\n")
		}
	}
}

func span(line, n int) string {
	if n == 1 {
		return fmt.Sprint(line)
	}
	return fmt.Sprintf("%d,%d", line, n)
}

// lineOps is the line-level edit script from a to b.
func lineOps(a, b string) []op {
	dmp := diffmatchpatch.New()
	ca, cb, lines := dmp.DiffLinesToChars(a, b)
	diffs := dmp.DiffCharsToLines(dmp.DiffMain(ca, cb, false), lines)
	var ops []op
	for _, d := range diffs {
		kind := byte(' ')
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			kind = '-'
		case diffmatchpatch.DiffInsert:
			kind = '+'
		}
		for _, l := range splitLines(d.Text) {
			ops = append(ops, op{kind, l})
		}
	}
	return ops
}

func splitLines(s string) []string {
	var out []string
	for s != "" {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			out = append(out, s)
			break
		}
		out = append(out, s[:i+1])
		s = s[i+1:]
	}
	return out
}

// Edit replaces the bytes [Offset, End) of the old text with New.
type Edit struct {
	Offset, End int
	New         string
}

// Apply applies edits, which must not overlap, to src.
func Apply(src []byte, edits []Edit) []byte {
	edits = append([]Edit(nil), edits...)
	sort.Slice(edits, func(i, j int) bool { return edits[i].Offset < edits[j].Offset })
	var out []byte
	at := 0
	for _, e := range edits {
		out = append(out, src[at:e.Offset]...)
		out = append(out, e.New...)
		at = e.End
	}
	return append(out, src[at:]...)
}

// Edits returns the line-granular edits that turn a into b.
func Edits(a, b []byte) []Edit {
	var edits []Edit
	off := 0
	var cur *Edit
	for _, o := range lineOps(string(a), string(b)) {
		switch o.kind {
		case ' ':
			if cur != nil {
				edits = append(edits, *cur)
				cur = nil
			}
			off += len(o.text)
		case '-':
			if cur == nil {
				cur = &Edit{Offset: off, End: off}
			}
			off += len(o.text)
			cur.End = off
		case '+':
			if cur == nil {
				cur = &Edit{Offset: off, End: off}
			}
			cur.New += o.text
		}
	}
	if cur != nil {
		edits = append(edits, *cur)
	}
	return edits
}

// Transplant carries the change from formatted to fixed over to orig, of
// which formatted is the gofmt-formatted text: the lines the change
// leaves alone keep orig's text, the lines it changes get fixed's. It
// needs formatted to have as many lines as orig (gofmt changed lines
// within themselves only, as it does for spacing and alignment); ok is
// false otherwise.
func Transplant(orig, formatted, fixed []byte) (out []byte, ok bool) {
	ol := splitLines(string(orig))
	if len(ol) != len(splitLines(string(formatted))) {
		return nil, false
	}
	i := 0
	var b strings.Builder
	for _, o := range lineOps(string(formatted), string(fixed)) {
		switch o.kind {
		case ' ':
			b.WriteString(ol[i])
			i++
		case '-':
			i++
		case '+':
			b.WriteString(o.text)
		}
	}
	if i != len(ol) {
		return nil, false
	}
	return []byte(b.String()), true
}
