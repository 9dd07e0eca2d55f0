package main

import (
	"encoding/json"
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/upsertfix/upsertfix/detect"
	"github.com/upsertfix/upsertfix/internal/diff"
	"github.com/upsertfix/upsertfix/internal/fix"
)

type positionT = token.Position

// status is a finding's final state after verification.
func status(plan *fix.Plan, fd *detect.Finding) (fixable bool, reason, message string) {
	if !fd.Fixable {
		return false, fd.Reason, fd.Message
	}
	if plan.Fixed[fd] {
		return true, fd.Reason, fd.Message
	}
	why := plan.Withheld[fd]
	if why == "" {
		why = "no edit was produced"
	}
	msg := fd.Message
	if i := strings.LastIndex(msg, "; fix: "); i >= 0 {
		msg = msg[:i]
	}
	return false, "fix withheld: " + why, msg + "; fix withheld: " + why
}

// report prints the findings (all, or those skip does not hold) and
// returns the exit code.
func (c *command) report(plan *fix.Plan, skip map[*detect.Finding]bool) int {
	c.matchBaseline()
	var shown []*located
	for _, l := range c.findings() {
		if !skip[l.Finding] && !c.known[l.Finding] {
			shown = append(shown, l)
		}
	}
	if c.f.sarif != "" {
		if err := c.writeSARIF(plan, skip); err != nil {
			fmt.Fprintf(c.stderr, "upsertfix: -sarif: %v\n", err)
			return 2
		}
	}
	if c.f.json {
		c.printJSON(plan, skip)
	} else {
		for _, l := range shown {
			_, _, msg := status(plan, l.Finding)
			fmt.Fprintf(c.stdout, "%s:%d:%d: %s\n", c.rel(l.pos.Filename), l.pos.Line, l.pos.Column, msg)
		}
	}
	if len(shown) > 0 {
		return 1
	}
	return 0
}

func (c *command) printDiff(plan *fix.Plan) int {
	for _, name := range plan.Names() {
		fmt.Fprint(c.stdout, diff.Unified(c.modRel(name), plan.Orig[name], plan.Files[name]))
	}
	rest := 0
	for _, l := range c.findings() {
		if !plan.Fixed[l.Finding] {
			rest++
		}
	}
	if rest > 0 {
		fmt.Fprintf(c.stderr, "upsertfix: %d finding(s) have no fix in this diff; run without -diff to see why\n", rest)
	}
	if len(plan.Files) > 0 {
		return 1
	}
	return 0
}

func (c *command) writeFixes(plan *fix.Plan) int {
	written := map[*detect.Finding]bool{}
	failedFiles := map[string]string{}
	for _, name := range plan.Names() {
		if err := writeFile(name, plan.Orig[name], plan.Files[name]); err != nil {
			failedFiles[name] = err.Error()
			fmt.Fprintf(c.stderr, "upsertfix: %v\n", err)
		}
	}
	fixed, notFixable, withheld := 0, 0, 0
	for _, l := range c.findings() {
		fd := l.Finding
		switch {
		case plan.Fixed[fd] && failedFiles[l.pos.Filename] == "":
			written[fd] = true
			fixed++
		case plan.Fixed[fd]:
			plan.Withheld[fd] = "write failed: " + failedFiles[l.pos.Filename]
			delete(plan.Fixed, fd)
			withheld++
		case fd.Fixable:
			withheld++
		default:
			notFixable++
		}
	}
	code := c.report(plan, written)
	fmt.Fprintf(c.stderr, "upsertfix: fixed %d, not fixable %d, withheld %d\n", fixed, notFixable, withheld)
	return code
}

// writeFile replaces name with b atomically: a temporary file in the same
// directory, with the original's mode, synced, then renamed over it. It
// refuses when the file no longer holds orig.
func writeFile(name string, orig, b []byte) error {
	cur, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	if string(cur) != string(orig) {
		return fmt.Errorf("%s changed while upsertfix ran; not written", name)
	}
	st, err := os.Stat(name)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".upsertfix-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // no-op after a successful rename
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", name, err)
	}
	if err := tmp.Chmod(st.Mode().Perm()); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), name)
}

// jsonFinding is the documented -json schema (see README).
type jsonFinding struct {
	File      string     `json:"file"`
	Line      int        `json:"line"`
	Column    int        `json:"column"`
	EndLine   int        `json:"end_line"`
	EndColumn int        `json:"end_column"`
	ORM       string     `json:"orm"`
	Model     string     `json:"model"`
	Key       []string   `json:"key"`
	Kind      string     `json:"kind"`
	Fixable   bool       `json:"fixable"`
	Fixed     bool       `json:"fixed"`
	Reason    string     `json:"reason"`
	Message   string     `json:"message"`
	Fix       []jsonEdit `json:"fix"`
	// Function is the function declaration around the lookup (Name, or
	// Recv.Name for a method): with File, Model and Key it identifies a
	// finding in a -baseline, whatever its line.
	Function string `json:"function"`
	// Baseline is set when -baseline holds the finding.
	Baseline bool `json:"baseline,omitempty"`
	// Via lists the module's functions the lookup and the create go
	// through (a repository's method, a validator), lookup first: where
	// the check and the insert of the race really are.
	Via []jsonVia `json:"via,omitempty"`
}

// jsonVia is a function a finding goes through.
type jsonVia struct {
	Role     string `json:"role"` // "lookup" or "create"
	File     string `json:"file"`
	Line     int    `json:"line"`
	Function string `json:"function"` // Name, or Recv.Name for a method
}

type jsonEdit struct {
	File    string `json:"file"`
	Offset  int    `json:"offset"`
	End     int    `json:"end"`
	NewText string `json:"new_text"`
}

// printJSON prints every finding of the run; written marks those -w fixed.
func (c *command) printJSON(plan *fix.Plan, written map[*detect.Finding]bool) {
	enc := json.NewEncoder(c.stdout)
	enc.SetIndent("", "  ")
	enc.Encode(c.jsonFindings(plan, written))
}

// jsonFindings is every finding of the run as -json prints it.
func (c *command) jsonFindings(plan *fix.Plan, written map[*detect.Finding]bool) []jsonFinding {
	out := []jsonFinding{}
	for _, l := range c.findings() {
		fd := l.Finding
		fixable, reason, msg := status(plan, fd)
		jf := jsonFinding{
			File: c.modRel(l.pos.Filename), Line: l.pos.Line, Column: l.pos.Column,
			EndLine: l.end.Line, EndColumn: l.end.Column,
			ORM: fd.ORM, Model: fd.Model, Key: fd.Key, Kind: fd.Kind,
			Fixable: fixable, Fixed: written[fd], Reason: reason, Message: msg, Fix: []jsonEdit{},
			Function: l.fn, Baseline: c.known[fd],
		}
		if jf.Key == nil {
			jf.Key = []string{}
		}
		jf.Via = c.jsonVias(l)
		for name, b := range plan.Single[fd] {
			for _, e := range diff.Edits(plan.Orig[name], b) {
				jf.Fix = append(jf.Fix, jsonEdit{File: c.modRel(name), Offset: e.Offset, End: e.End, NewText: e.New})
			}
		}
		sort.Slice(jf.Fix, func(i, j int) bool {
			if jf.Fix[i].File != jf.Fix[j].File {
				return jf.Fix[i].File < jf.Fix[j].File
			}
			return jf.Fix[i].Offset < jf.Fix[j].Offset
		})
		out = append(out, jf)
	}
	return out
}

// jsonVias is the module's functions l's lookup and create go through.
func (c *command) jsonVias(l *located) []jsonVia {
	var out []jsonVia
	for _, v := range l.Via {
		if !v.Func.Pos().IsValid() {
			continue
		}
		pos := l.pkg.Fset.Position(v.Func.Pos())
		out = append(out, jsonVia{Role: v.Role, File: c.modRel(pos.Filename), Line: pos.Line, Function: detect.FuncObjName(v.Func)})
	}
	return out
}
