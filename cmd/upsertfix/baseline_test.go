package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const baselineSvc = `package svc

import (
	"errors"

	"gorm.io/gorm"
)

type Account struct {
	ID    uint
	Email string ` + "`gorm:\"uniqueIndex\"`" + `
}

type Team struct {
	ID   uint
	Name string
}

%s
func EnsureAccount(db *gorm.DB, email string) (*Account, error) {
	var a Account
	err := db.Where("email = ?", email).First(&a).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		a = Account{Email: email}
		err = db.Create(&a).Error
	}
	return &a, err
}
%s`

const teamFunc = `
func EnsureTeam(db *gorm.DB, name string) (*Team, error) {
	var t Team
	err := db.Where("name = ?", name).First(&t).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		t = Team{Name: name}
		err = db.Create(&t).Error
	}
	return &t, err
}
`

// TestBaseline: the findings of a -json report do not fail a later run,
// whatever lines they move to; new findings do; entries that no longer
// match are reported as fixed.
func TestBaseline(t *testing.T) {
	if testing.Short() {
		t.Skip("loads a module with the go command")
	}
	dir := t.TempDir()
	module(t, dir, "example.com/base", fmt.Sprintf(baselineSvc, "", teamFunc))
	src := filepath.Join(dir, "svc", "svc.go")
	base := filepath.Join(t.TempDir(), "baseline.json")
	out, _, code := run(t, "-C", dir, "-json", "./...")
	if code != 1 || !strings.Contains(out, `"function": "EnsureTeam"`) {
		t.Fatalf("-json: exit %d\n%s", code, out)
	}
	os.WriteFile(base, []byte(out), 0o644)

	// Same code: nothing new.
	out, stderr, code := run(t, "-C", dir, "-baseline", base, "./...")
	if code != 0 || out != "" || !strings.Contains(stderr, "2 finding(s) are in the baseline") {
		t.Errorf("unchanged code: exit %d, stdout %q, stderr %q", code, out, stderr)
	}

	// Lines moved by an unrelated edit: still nothing new.
	writeT(t, src, fmt.Sprintf(baselineSvc, "// Accounts are created on first login.\n// (a comment that moves every line)\n\nvar _ = 1\n", teamFunc))
	out, stderr, code = run(t, "-C", dir, "-baseline", base, "./...")
	if code != 0 || out != "" {
		t.Errorf("moved lines: exit %d, stdout %q, stderr %q", code, out, stderr)
	}

	// A new racy function: reported, and fails the run; JSON marks which
	// findings the baseline holds.
	writeT(t, src, fmt.Sprintf(baselineSvc, "", teamFunc+strings.ReplaceAll(teamFunc, "EnsureTeam", "EnsureTeamAgain")))
	out, _, code = run(t, "-C", dir, "-baseline", base, "./...")
	if code != 1 || strings.Count(out, "\n") != 1 || !strings.Contains(out, "Team (name)") {
		t.Errorf("new finding: exit %d, stdout:\n%s", code, out)
	}
	out, _, _ = run(t, "-C", dir, "-baseline", base, "-json", "./...")
	if strings.Count(out, `"baseline": true`) != 2 {
		t.Errorf("-json with -baseline: want 2 findings marked baseline:\n%s", out)
	}

	// The team function gone: its entry is reported fixed.
	writeT(t, src, fmt.Sprintf(baselineSvc, "", ""))
	out, stderr, code = run(t, "-C", dir, "-baseline", base, "./...")
	if code != 0 || out != "" || !strings.Contains(stderr, "baseline entry fixed (no longer found): svc/svc.go: EnsureTeam: Team (name)") {
		t.Errorf("fixed entry: exit %d, stdout %q, stderr %q", code, out, stderr)
	}

	// A baseline that is not a report: exit 2.
	os.WriteFile(base, []byte("not json"), 0o644)
	if _, stderr, code := run(t, "-C", dir, "-baseline", base, "./..."); code != 2 || !strings.Contains(stderr, "not a -json report") {
		t.Errorf("bad baseline: exit %d, stderr %q", code, stderr)
	}
}
