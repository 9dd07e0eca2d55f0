package campaign

import (
	"strings"
	"testing"
)

// The pull-request body groups the sites left unfixed by reason, in a
// collapsed block, instead of a bullet each after the fix (issue 21).
func TestPRBodyGroupsUnfixed(t *testing.T) {
	r := &Repo{Name: "svc", Fixed: 1, Unfixed: 3, Sites: []Site{
		{File: "a.go", Line: 1, Model: "User", Key: []string{"email"}, Kind: "find-then-create", Fixed: true},
		{File: "b.go", Line: 2, Model: "Api", Message: "gorm: Api (path): ...; no fix: no unique index or constraint covers exactly (path)"},
		{File: "c.go", Line: 3, Model: "Menu", Message: "gorm: Menu (name): ...; no fix: no unique index or constraint covers exactly (path)"},
		{File: "d.go", Line: 4, Model: "Role", Message: "gorm: Role (id): ...; no fix: the lookup goes through repo.Find"},
	}}
	body := PRBody(r)
	for _, want := range []string{
		"### Found, not fixed (3)",
		"<details>",
		"- 2 sites: no unique index or constraint covers exactly (path)\n  - `b.go:2`: Api\n  - `c.go:3`: Menu\n- 1 site: the lookup goes through repo.Find",
		"REPEATABLE READ",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("the body lacks %q:\n%s", want, body)
		}
	}
}

// SUMMARY.md counts only the fixes that were kept, and keeps the cause
// of an error that follows its first line.
func TestSummaryCountsKeptFixes(t *testing.T) {
	rs := []*Repo{
		{Name: "ok", Status: Fixed, Fixed: 1, Branch: "b", Commit: "0123456789"},
		{Name: "broke", Status: VerifyFailed, Fixed: 1, Error: "in ., \"go vet ./...\" failed; output in x.verify.log:\nvet: bad thing"},
	}
	got := Summary(rs)
	for _, want := range []string{"1 sites fixed", "discarded: 1", "| broke | verify-failed | 0 (1 discarded) |", "vet: bad thing"} {
		if !strings.Contains(got, want) {
			t.Errorf("the summary lacks %q:\n%s", want, got)
		}
	}
}
