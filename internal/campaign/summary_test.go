package campaign

import (
	"flag"
	"os"
	"path/filepath"
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
	for _, want := range []string{"1 site fixed", "discarded: 1", "| broke | verify-failed | 0 (1 discarded) |", "vet: bad thing"} {
		if !strings.Contains(got, want) {
			t.Errorf("the summary lacks %q:\n%s", want, got)
		}
	}
}

var update = flag.Bool("update", false, "rewrite the golden files")

// TestGoldenSummaryAndPR: SUMMARY.md and a pull-request body of a small
// campaign, as a reviewer reads them (testdata/*.golden; -update rewrites).
func TestGoldenSummaryAndPR(t *testing.T) {
	fixed := &Repo{Name: "shop", Path: "/src/shop", Status: Fixed, Fixed: 2, Unfixed: 2, Branch: DefaultBranch, Commit: "0123456789abcdef",
		Patch: "shop.patch", PR: "shop.md",
		Modules:    []Module{{Dir: ".", Status: Fixed, Fixed: 2, Unfixed: 2}, {Dir: "scripts", Status: Error, Error: "package scripts/tool does not load"}},
		ModuleNote: "not loaded, left as they are: scripts",
		Sites: []Site{
			{File: "cart/cart.go", Line: 42, Model: "Cart", Key: []string{"session"}, Kind: "find-then-create", Fixed: true},
			{File: "user/signup.go", Line: 17, Model: "repo.User", Key: []string{"email"}, Kind: "find-then-create", Fixed: true,
				Message: "gorm: repo.User (email): looked up then created when not found; concurrent callers can both insert; fix: run repo.Users.Create once, and after a failed insert go back to the lookup once"},
			{File: "api/menu.go", Line: 7, Model: "Menu", Key: []string{"name"}, Message: "gorm: Menu (name): looked up then created when not found; no fix: no unique index or constraint covers exactly (name); add `gorm:\"uniqueIndex\"` to Menu.Name to make it fixable"},
			{File: "api/tag.go", Line: 9, Model: "Tag", Key: []string{"name"}, Message: "gorm: Tag (name): looked up then created when not found; no fix: no unique index or constraint covers exactly (name); add `gorm:\"uniqueIndex\"` to Menu.Name to make it fixable"},
		}}
	rs := []*Repo{
		fixed,
		{Name: "billing", Path: "/src/billing", Status: VerifyFailed, Fixed: 1, Error: "in ., \"go build ./... && go vet ./...\" failed (exit status 1); the repository is as it was; output in out/billing.verify.log:\n./x.go:3: vet: unreachable code"},
		{Name: "auth", Path: "/src/auth", Status: Clean, Modules: []Module{{Dir: ".", Status: Clean}}},
		{Name: "search", Path: "/src/search", Status: Interrupted, Error: "interrupted: put back as it was; the next run does it again"},
	}
	for name, got := range map[string]string{"summary.golden": Summary(rs), "pr.golden": PRBody(fixed)} {
		path := filepath.Join("testdata", name)
		if *update {
			os.MkdirAll("testdata", 0o755)
			if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if got != string(want) {
			t.Errorf("%s differs (go test -update to accept):\n--- got\n%s\n--- want\n%s", path, got, want)
		}
	}
}

// The paragraph on fixes around a repository appears only when there is
// one: a reviewer must not read of a repository the change does not touch.
func TestPRBodyRepositoryParagraph(t *testing.T) {
	direct := &Repo{Name: "d", Fixed: 1, Sites: []Site{{File: "a.go", Line: 1, Model: "T", Key: []string{"k"}, Fixed: true,
		Message: "gorm: T (k): looked up then created when not found; fix: insert inside a savepoint (db.Transaction)"}}}
	if got := PRBody(direct); strings.Contains(got, "Sites fixed around a repository") || strings.Contains(got, "{{") {
		t.Errorf("a body with no repository fix explains one:\n%s", got)
	}
	via := &Repo{Name: "v", Fixed: 1, Sites: []Site{{File: "a.go", Line: 1, Model: "T", Key: []string{"k"}, Fixed: true,
		Message: "gorm: T (k): looked up then created when not found; fix: run repo.T.Create once, and after a failed insert go back"}}}
	if got := PRBody(via); !strings.Contains(got, "Sites fixed around a repository") || !strings.Contains(got, "around the repository's `repo.T.Create`") {
		t.Errorf("a body with a repository fix does not explain it:\n%s", got)
	}
}
