package main

import (
	"bytes"
	"sort"

	"github.com/owenrumney/go-sarif/v2/sarif"

	"github.com/upsertfix/upsertfix/detect"
	"github.com/upsertfix/upsertfix/internal/atomicfile"
	"github.com/upsertfix/upsertfix/internal/diff"
	"github.com/upsertfix/upsertfix/internal/fix"
)

// docURL is where every rule's help points: the README section that
// explains the race, the fix on each database and how to record an
// exception (upsertfix -explain prints the same).
const docURL = "https://github.com/upsertfix/upsertfix#the-promise"

// sarifRules describes each kind of finding as a SARIF rule.
var sarifRules = []struct{ id, name, short string }{
	{detect.KindFindThenCreate, "FindThenCreate", "A lookup, a not-found test, then a create of the same row: concurrent callers can both insert."},
	{detect.KindExistsThenCreate, "ExistsThenCreate", "An existence check, then a create: concurrent callers can both pass the check and insert."},
	{detect.KindFirstOrCreate, "FirstOrCreate", "GORM's FirstOrCreate is a SELECT then an INSERT, not atomic."},
	{detect.KindFirstOrInit, "FirstOrInitThenSave", "FirstOrInit then a save or create is a SELECT then an INSERT."},
	{detect.KindUpsert, "FindThenUpdateOrCreate", "A hand-written upsert: updated when found, created when not; concurrent callers can both create."},
	{detect.KindUpdateThenCreate, "UpdateThenCreate", "An update, then a create when no row matched: concurrent callers can both insert."},
	{detect.KindDeadTest, "DeadNotFoundTest", "A not-found test that can never be true hides the create it guards."},
	{detect.KindBadIgnore, "IgnoreWithoutReason", "An //upsertfix:ignore directive without a reason."},
	{detect.KindUnusedIgnore, "UnusedIgnore", "An //upsertfix:ignore directive that suppresses nothing."},
}

const sarifHelp = `Two requests run a get-or-create for the same key at once: both look the row up, both see "not found", both insert. One fails with a unique violation, or the table gets two rows. Checking first cannot help; only the database can decide which insert wins.

The fix makes the insert fail cleanly on a unique violation (GORM: inside db.Transaction; ent: sqlgraph.IsUniqueConstraintError; Prisma: IsErrUniqueConstraint) and sends the losing caller back to its lookup, so it takes the found path as if it had run second. Run upsertfix -w to apply it, or upsertfix -explain for the details on PostgreSQL, MySQL and SQLite.

An accepted exception (a single-writer path) is recorded with //upsertfix:ignore <reason> on the line before the lookup.`

// writeSARIF writes the run's findings to c.f.sarif as SARIF 2.1.0: one
// rule per kind, one result per finding with its region, and its
// verified fix, when it has one, as replacements.
func (c *command) writeSARIF(plan *fix.Plan, skip map[*detect.Finding]bool) error {
	report, err := sarif.New(sarif.Version210)
	if err != nil {
		return err
	}
	run := sarif.NewRunWithInformationURI("upsertfix", "https://github.com/upsertfix/upsertfix")
	run.Tool.Driver.WithVersion(getVersion())
	for _, r := range sarifRules {
		run.AddRule(r.id).WithName(r.name).WithDescription(r.short).
			WithFullDescription(sarif.NewMultiformatMessageString(r.short)).
			WithHelpURI(docURL).
			WithHelp(sarif.NewMultiformatMessageString(sarifHelp))
	}
	for _, l := range c.findings() {
		fd := l.Finding
		if skip[fd] || c.known[fd] {
			continue
		}
		_, _, msg := status(plan, fd)
		uri := c.modRel(l.pos.Filename)
		run.AddDistinctArtifact(uri)
		region := sarif.NewRegion().WithStartLine(l.pos.Line).WithStartColumn(l.pos.Column).
			WithEndLine(l.end.Line).WithEndColumn(l.end.Column)
		res := run.CreateResultForRule(fd.Kind).WithLevel("warning").WithMessage(sarif.NewTextMessage(msg))
		res.AddLocation(sarif.NewLocationWithPhysicalLocation(sarif.NewPhysicalLocation().
			WithArtifactLocation(sarif.NewSimpleArtifactLocation(uri)).WithRegion(region)))
		if single := plan.Single[fd]; len(single) > 0 {
			f := sarif.NewFix().WithDescriptionText("insert atomically, and on a unique violation go back to the lookup")
			for _, name := range sortedKeys(single) {
				ch := sarif.NewArtifactChange(sarif.NewSimpleArtifactLocation(c.modRel(name)))
				for _, e := range diff.Edits(plan.Orig[name], single[name]) {
					ch.WithReplacement(sarif.NewReplacement(sarif.NewRegion().WithByteOffset(e.Offset).WithByteLength(e.End - e.Offset)).
						WithInsertedContent(sarif.NewArtifactContent().WithText(e.New)))
				}
				f.AddArtifactChanges(ch)
			}
			res.AddFix(f)
		}
	}
	report.AddRun(run)
	var buf bytes.Buffer
	if err := report.PrettyWrite(&buf); err != nil {
		return err
	}
	return atomicfile.Write(c.f.sarif, buf.Bytes(), 0o644)
}

func sortedKeys(m map[string][]byte) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
