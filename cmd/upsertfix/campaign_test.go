package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"

	"github.com/upsertfix/upsertfix/internal/campaign"
)

// The campaign test builds throw-away git repositories, each one a case:
//
//	race        a fixable GORM race                      -> fixed
//	clean       no get-or-create                         -> clean
//	dirty       an uncommitted change                    -> dirty
//	breaks      a fix, but the verify command fails once it is in -> verify-failed
//	prebroken   the verify command fails before the fix too, the same way -> fixed, with a note
//	multi       two modules with races (and a vendor/ and testdata/ go.mod to skip) -> fixed
//	unfixable   a race on a key with no unique index     -> unfixable-only
//	pushed      a fixable race, pushed to a bare remote  -> fixed, pushed
//	foreign     the remote branch has a commit the campaign did not make -> fixed, push refused

const raceGo = `package svc

import (
	"errors"

	"gorm.io/gorm"
)

type Account struct {
	ID    uint
	Email string %s
}

// Ensure returns the account, creating it the first time.
func Ensure(db *gorm.DB, email string) (*Account, error) {
	var a Account
	err := db.Where("email = ?", email).First(&a).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		a = Account{Email: email}
		err = db.Create(&a).Error
	}
	return &a, err
}
`

const cleanGo = `package svc

import "gorm.io/gorm"

type Account struct {
	ID    uint
	Email string
}

func Get(db *gorm.DB, id uint) (*Account, error) {
	var a Account
	return &a, db.First(&a, id).Error
}
`

// The verify command of every campaign in this test: build, and fail
// where the repository holds FAIL_VERIFY, and once a fix is in where it
// holds FAIL_AFTER_FIX.
const testVerify = "go build ./... && test ! -e FAIL_VERIFY && { test ! -e FAIL_AFTER_FIX || ! grep -rq 'goto lookup' --include=*.go . ; }"

func gitT(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@t", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@t")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %s in %s: %v\n%s", strings.Join(args, " "), dir, err, out)
	}
	return string(out)
}

func writeT(t *testing.T, path, content string) {
	t.Helper()
	os.MkdirAll(filepath.Dir(path), 0o755)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// module writes a Go module using GORM at dir, with the go.sum of the
// GORM golden module.
func module(t *testing.T, dir, path, code string) {
	t.Helper()
	sum, err := os.ReadFile(filepath.Join(gormModule, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	mod, err := os.ReadFile(filepath.Join(gormModule, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	writeT(t, filepath.Join(dir, "go.mod"), strings.Replace(string(mod), "module example.com/gormcases", "module "+path, 1))
	writeT(t, filepath.Join(dir, "go.sum"), string(sum))
	writeT(t, filepath.Join(dir, "svc", "svc.go"), code)
}

// makeRepos builds the repositories under root and returns their paths
// by case name.
func makeRepos(t *testing.T, root string) map[string]string {
	t.Helper()
	unique := fmt.Sprintf(raceGo, "`gorm:\"uniqueIndex\"`")
	notUnique := fmt.Sprintf(raceGo, "")
	repos := map[string]string{}
	for _, name := range []string{"race", "clean", "dirty", "breaks", "prebroken", "multi", "unfixable", "pushed", "foreign"} {
		dir := filepath.Join(root, name)
		switch name {
		case "clean":
			module(t, dir, "example.com/"+name, cleanGo)
		case "unfixable":
			module(t, dir, "example.com/"+name, notUnique)
		case "multi":
			module(t, filepath.Join(dir, "api"), "example.com/multi/api", unique)
			module(t, filepath.Join(dir, "worker"), "example.com/multi/worker", unique)
			// not modules of the repository: skipped
			module(t, filepath.Join(dir, "vendor", "x"), "example.com/vendored", unique)
			module(t, filepath.Join(dir, "api", "testdata", "y"), "example.com/fixture", unique)
		default:
			module(t, dir, "example.com/"+name, unique)
		}
		if name == "breaks" {
			writeT(t, filepath.Join(dir, "FAIL_AFTER_FIX"), "the verify command fails here once a fix is in\n")
		}
		if name == "prebroken" {
			writeT(t, filepath.Join(dir, "FAIL_VERIFY"), "the verify command fails here, fix or not\n")
		}
		gitT(t, dir, "init", "-q", "-b", "main")
		gitT(t, dir, "add", "-A")
		gitT(t, dir, "commit", "-q", "-m", "initial")
		if name == "dirty" {
			writeT(t, filepath.Join(dir, "svc", "svc.go"), unique+"\n// work in progress\n")
		}
		if name != "dirty" { // every repository has a remote to push to
			bare := filepath.Join(root, name+".git")
			gitT(t, root, "init", "-q", "--bare", bare)
			gitT(t, dir, "remote", "add", "origin", bare)
			gitT(t, dir, "push", "-q", "origin", "main")
			if name == "foreign" {
				// someone else's commit on the campaign's branch
				gitT(t, dir, "checkout", "-q", "-b", "tmp")
				writeT(t, filepath.Join(dir, "NOTES"), "theirs\n")
				gitT(t, dir, "add", "NOTES")
				gitT(t, dir, "commit", "-q", "-m", "theirs")
				gitT(t, dir, "push", "-q", "origin", "tmp:refs/heads/"+campaign.DefaultBranch)
				gitT(t, dir, "checkout", "-q", "main")
				gitT(t, dir, "branch", "-q", "-D", "tmp")
			}
		}
		repos[name] = dir
	}
	return repos
}

// snapshot is everything a user could see of a repository: its files
// (.git excluded), git status, branches and HEAD.
func snapshot(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == ".git" {
			return filepath.SkipDir
		}
		if !d.IsDir() {
			c, _ := os.ReadFile(path)
			rel, _ := filepath.Rel(dir, path)
			fmt.Fprintf(&b, "%s %x\n", rel, sha256.Sum256(c))
		}
		return nil
	})
	b.WriteString(gitT(t, dir, "status", "--porcelain", "--branch"))
	b.WriteString(gitT(t, dir, "branch", "--list", "-v", "--no-abbrev"))
	b.WriteString(gitT(t, dir, "rev-parse", "HEAD"))
	return b.String()
}

func readCampaign(t *testing.T, out string) map[string]map[string]any {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(out, "campaign.json"))
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		Repos []map[string]any `json:"repos"`
	}
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatal(err)
	}
	m := map[string]map[string]any{}
	for _, r := range f.Repos {
		m[r["name"].(string)] = r
	}
	return m
}

func campaignArgs(out string, repos map[string]string, extra ...string) []string {
	args := append([]string{"campaign", "-out", out, "-verify", testVerify, "-push", "-j", "2"}, extra...)
	var names []string
	for n := range repos {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		args = append(args, repos[n])
	}
	return args
}

func TestCampaign(t *testing.T) {
	if testing.Short() {
		t.Skip("builds git repositories and runs the go command")
	}
	if _, err := exec.LookPath("git"); err != nil {
		t.Fatal("git is needed")
	}
	root := t.TempDir()
	repos := makeRepos(t, root)
	before := map[string]string{}
	for n, d := range repos {
		before[n] = snapshot(t, d)
	}
	out := filepath.Join(root, "out")
	stdout, stderr, code := run(t, campaignArgs(out, repos)...)
	if code != 1 {
		t.Fatalf("exit %d, want 1 (some repositories failed); stderr:\n%s", code, stderr)
	}
	// stderr is not a terminal here: one plain line per repository.
	if n := strings.Count(stderr, "upsertfix campaign: ["); n != len(repos) || !strings.Contains(stderr, "race: fixed (1 fixed, 0 unfixed)") {
		t.Errorf("progress lines on stderr (%d, want %d):\n%s", n, len(repos), stderr)
	}
	if !strings.Contains(stdout, "| race | fixed |") {
		t.Errorf("the summary on stdout has no row for race:\n%s", stdout)
	}
	got := readCampaign(t, out)
	want := map[string]struct {
		status         string
		fixed, unfixed int
	}{
		"race": {campaign.Fixed, 1, 0}, "clean": {campaign.Clean, 0, 0}, "dirty": {campaign.Dirty, 0, 0},
		"breaks": {campaign.VerifyFailed, 1, 0}, "multi": {campaign.Fixed, 2, 0}, "unfixable": {campaign.UnfixableOnly, 0, 1},
		"pushed": {campaign.Fixed, 1, 0}, "foreign": {campaign.Fixed, 1, 0}, "prebroken": {campaign.Fixed, 1, 0},
	}
	for name, w := range want {
		r := got[name]
		if r == nil {
			t.Errorf("%s: not in campaign.json", name)
			continue
		}
		if r["status"] != w.status || int(r["fixed"].(float64)) != w.fixed || int(r["unfixed"].(float64)) != w.unfixed {
			t.Errorf("%s: status %v fixed %v unfixed %v, want %s %d %d (error: %v)", name, r["status"], r["fixed"], r["unfixed"], w.status, w.fixed, w.unfixed, r["error"])
		}
		for _, k := range []string{"name", "path", "status", "fixed", "unfixed", "branch", "commit", "patch", "error"} {
			if _, ok := r[k]; !ok {
				t.Errorf("%s: campaign.json has no %q", name, k)
			}
		}
		if _, err := os.Stat(filepath.Join(out, "repos", name+".json")); err != nil {
			t.Errorf("%s: no status file: %v", name, err)
		}
	}

	// Fixed repositories: a commit on the branch listing the fix, the
	// patch and the pull-request body; the user is back on main.
	for _, name := range []string{"race", "multi", "pushed", "foreign"} {
		r := got[name]
		dir := repos[name]
		if e := r["error"]; name != "foreign" && e != "" {
			t.Errorf("%s: error %v", name, e)
		}
		commit, _ := r["commit"].(string)
		if commit == "" || r["branch"] != campaign.DefaultBranch {
			t.Errorf("%s: branch %v commit %v", name, r["branch"], commit)
			continue
		}
		if tip := strings.TrimSpace(gitT(t, dir, "rev-parse", campaign.DefaultBranch)); tip != commit {
			t.Errorf("%s: branch tip %s, want %s", name, tip, commit)
		}
		if head := strings.TrimSpace(gitT(t, dir, "symbolic-ref", "--short", "HEAD")); head != "main" {
			t.Errorf("%s: left on %s, want main", name, head)
		}
		if st := gitT(t, dir, "status", "--porcelain"); st != "" {
			t.Errorf("%s: work tree not clean after the campaign:\n%s", name, st)
		}
		msg := gitT(t, dir, "log", "-1", "--format=%B", commit)
		if !strings.Contains(msg, "svc/svc.go:") || !strings.Contains(msg, "Account (email)") {
			t.Errorf("%s: commit message does not list the fix:\n%s", name, msg)
		}
		patch, err := os.ReadFile(filepath.Join(out, name+".patch"))
		if err != nil || !strings.Contains(string(patch), "goto lookup") {
			t.Errorf("%s: patch missing or without the fix (%v)", name, err)
		}
		pr, err := os.ReadFile(filepath.Join(out, name+".md"))
		if err != nil || !strings.Contains(string(pr), "### Fixed") || !strings.Contains(string(pr), "Unique key: (email)") {
			t.Errorf("%s: pull-request body missing or incomplete (%v):\n%s", name, err, pr)
		}
	}
	// multi: both modules fixed in one commit; vendor/ and testdata/ untouched.
	files := gitT(t, repos["multi"], "show", "--name-only", "--format=", got["multi"]["commit"].(string))
	if !strings.Contains(files, "api/svc/svc.go") || !strings.Contains(files, "worker/svc/svc.go") || strings.Contains(files, "vendor") || strings.Contains(files, "testdata") {
		t.Errorf("multi: the commit changed:\n%s", files)
	}
	// pushed: the remote has the branch at the commit.
	remote := gitT(t, repos["pushed"], "ls-remote", "--heads", "origin", campaign.DefaultBranch)
	if !strings.HasPrefix(remote, got["pushed"]["commit"].(string)) {
		t.Errorf("pushed: remote branch %q, want %s", remote, got["pushed"]["commit"])
	}
	// foreign: the push is refused and the remote branch left alone.
	if e, _ := got["foreign"]["error"].(string); !strings.Contains(e, "push refused") {
		t.Errorf("foreign: error %q, want a refused push", e)
	}
	theirs := gitT(t, repos["foreign"], "log", "-1", "--format=%s", "origin/"+campaign.DefaultBranch)
	if strings.TrimSpace(theirs) != "theirs" {
		t.Errorf("foreign: the remote branch was changed: %s", theirs)
	}

	// Failed, dirty, clean and unfixable repositories are byte for byte
	// as before: files, git status, branches, HEAD.
	for _, name := range []string{"breaks", "dirty", "clean", "unfixable"} {
		if s := snapshot(t, repos[name]); s != before[name] {
			t.Errorf("%s: changed by the campaign:\n--- before\n%s--- after\n%s", name, before[name], s)
		}
	}
	if b, _ := os.ReadFile(filepath.Join(out, "repos", "prebroken.json")); !strings.Contains(string(b), "already failed before the fix") {
		t.Errorf("prebroken: the verify that failed before the fix is not noted:\n%s", b)
	}
	if b, _ := os.ReadFile(filepath.Join(out, "prebroken.md")); !strings.Contains(string(b), "already failed before this change") {
		t.Errorf("prebroken: the pull-request body claims the verify passed:\n%s", b)
	}
	if b, _ := os.ReadFile(filepath.Join(out, "repos", "breaks.json")); !strings.Contains(string(b), "FAIL_VERIFY") && !strings.Contains(string(b), "test ! -e") {
		t.Errorf("breaks: the verify failure is not recorded:\n%s", b)
	}
	if b, _ := os.ReadFile(filepath.Join(out, "race.md")); !strings.Contains(string(b), "REPEATABLE READ") || !strings.Contains(string(b), "Why `goto`") {
		t.Errorf("race: the pull-request body does not say where the fix cannot help, or why goto:\n%s", b)
	}
	summary, _ := os.ReadFile(filepath.Join(out, "SUMMARY.md"))
	for _, s := range []string{"| race | fixed | 1 | 0 |", "[race.patch](race.patch)", "| dirty | dirty |", "| breaks | verify-failed | 0 (1 discarded) |", "| prebroken | fixed | 1 | 0 |",
		"discarded: 1", "output in"} {
		if !strings.Contains(string(summary), s) {
			t.Errorf("SUMMARY.md lacks %q:\n%s", s, summary)
		}
	}

	// The same campaign again: every repository is finished, nothing runs.
	statBefore, _ := os.ReadFile(filepath.Join(out, "repos", "race.json"))
	_, _, code = run(t, campaignArgs(out, repos)...)
	statAfter, _ := os.ReadFile(filepath.Join(out, "repos", "race.json"))
	if code != 1 || string(statBefore) != string(statAfter) {
		t.Errorf("resume: exit %d, race.json changed: %v", code, string(statBefore) != string(statAfter))
	}

	// -retry failed: the dirty repository is committed, the failing
	// verify is removed; both are fixed, the others are not touched.
	gitT(t, repos["dirty"], "commit", "-q", "-am", "wip")
	gitT(t, repos["breaks"], "rm", "-q", "FAIL_AFTER_FIX")
	gitT(t, repos["breaks"], "commit", "-q", "-m", "verify passes")
	raceTip := gitT(t, repos["race"], "rev-parse", campaign.DefaultBranch)
	_, stderr, code = run(t, campaignArgs(out, repos, "-retry", "failed")...)
	got = readCampaign(t, out)
	for _, name := range []string{"dirty", "breaks"} {
		if got[name]["status"] != campaign.Fixed {
			t.Errorf("-retry failed: %s is %v (%v), want fixed", name, got[name]["status"], got[name]["error"])
		}
	}
	if tip := gitT(t, repos["race"], "rev-parse", campaign.DefaultBranch); tip != raceTip {
		t.Errorf("-retry failed reran race")
	}
	if code != 1 { // unfixable and foreign still count
		t.Errorf("-retry failed: exit %d, want 1; stderr:\n%s", code, stderr)
	}

	// A second campaign over the fixed repositories changes nothing.
	afterFirst := map[string]string{}
	for n, d := range repos {
		afterFirst[n] = snapshot(t, d)
	}
	out2 := filepath.Join(root, "out2")
	run(t, campaignArgs(out2, repos)...)
	got2 := readCampaign(t, out2)
	for n, d := range repos {
		if s := snapshot(t, d); s != afterFirst[n] {
			t.Errorf("second campaign changed %s:\n--- before\n%s--- after\n%s", n, afterFirst[n], s)
		}
		if st := got2[n]["status"]; st == campaign.Fixed {
			t.Errorf("second campaign: %s fixed again", n)
		}
	}
}

// TestCampaignShards checks that two shards, merged, give the summary of
// one run over all the repositories.
// TestCampaignRelativeOut runs a campaign with -out relative to the
// working directory: git runs in each repository, so the commit message
// file must be named absolutely (it was not, and every fixed repository
// ended in error).
func TestCampaignRelativeOut(t *testing.T) {
	if testing.Short() {
		t.Skip("builds git repositories and runs the go command")
	}
	root := t.TempDir()
	repos := makeRepos(t, root)
	t.Chdir(root)
	_, stderr, code := run(t, "campaign", "-out", "out", "-verify", testVerify, "-j", "1", repos["race"])
	if code != 0 {
		t.Fatalf("exit %d, want 0; stderr:\n%s", code, stderr)
	}
	got := readCampaign(t, filepath.Join(root, "out"))
	if r := got["race"]; r["status"] != campaign.Fixed {
		t.Errorf("race: status %v, want %s (note: %v)", r["status"], campaign.Fixed, r["note"])
	}
}

func TestCampaignShards(t *testing.T) {
	if testing.Short() {
		t.Skip("builds git repositories and runs the go command")
	}
	norm := func(m map[string]map[string]any) string {
		var rows []string
		for n, r := range m {
			rows = append(rows, fmt.Sprintf("%s %v %v %v %v %v", n, r["status"], r["fixed"], r["unfixed"], r["branch"], r["patch"]))
		}
		sort.Strings(rows)
		return strings.Join(rows, "\n")
	}
	one := t.TempDir()
	reposA := makeRepos(t, one)
	run(t, campaignArgs(filepath.Join(one, "out"), reposA)...)
	whole := norm(readCampaign(t, filepath.Join(one, "out")))

	two := t.TempDir()
	reposB := makeRepos(t, two)
	var shardDirs []string
	for k := 1; k <= 2; k++ {
		d := filepath.Join(two, fmt.Sprintf("shard%d", k))
		run(t, campaignArgs(d, reposB, "-shard", fmt.Sprintf("%d/2", k))...)
		shardDirs = append(shardDirs, d)
		if n := len(readCampaign(t, d)); n == 0 || n == len(reposB) {
			t.Errorf("shard %d/2 took %d of %d repositories", k, n, len(reposB))
		}
	}
	merged := filepath.Join(two, "merged")
	_, stderr, code := run(t, append([]string{"campaign", "merge", "-out", merged}, shardDirs...)...)
	if code != 1 {
		t.Errorf("merge: exit %d, want 1; stderr:\n%s", code, stderr)
	}
	if got := norm(readCampaign(t, merged)); got != whole {
		t.Errorf("merged shards:\n%s\nwant, as one run:\n%s", got, whole)
	}
	for _, f := range []string{"SUMMARY.md", "race.patch", "race.md"} {
		if _, err := os.Stat(filepath.Join(merged, f)); err != nil {
			t.Errorf("merge: %v", err)
		}
	}
}

// TestCampaignKilled kills a campaign (SIGKILL, no clean-up) right after
// the fixer wrote its fixes in a repository, then resumes it: the
// repository was left pending, is put back and done again, and ends as
// an uninterrupted run would.
func TestCampaignKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("builds git repositories and runs the go command")
	}
	root := t.TempDir()
	repos := makeRepos(t, root)
	race := map[string]string{"race": repos["race"]}
	out := filepath.Join(root, "out")
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "UPSERTFIX_CAMPAIGN_CHILD="+strings.Join(campaignArgs(out, race), "\x1f"))
	b, err := cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); !ok || ee.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
		t.Fatalf("the child was not killed: %v\n%s", err, b)
	}
	st, _ := os.ReadFile(filepath.Join(out, "repos", "race.json"))
	if !strings.Contains(string(st), `"status": "pending"`) {
		t.Fatalf("after the kill, race.json:\n%s", st)
	}
	if s := gitT(t, repos["race"], "status", "--porcelain"); s == "" {
		t.Fatalf("the kill came before the fixer wrote anything")
	}
	_, stderr, code := run(t, campaignArgs(out, race)...)
	got := readCampaign(t, out)
	if code != 0 || got["race"]["status"] != campaign.Fixed {
		t.Fatalf("resume: exit %d, status %v (%v); stderr:\n%s", code, got["race"]["status"], got["race"]["error"], stderr)
	}
	if n := strings.Count(gitT(t, repos["race"], "log", "--format=%s", campaign.DefaultBranch), "\n"); n != 2 {
		t.Errorf("the branch has %d commits, want 2 (initial and the fix)", n)
	}
	if s := gitT(t, repos["race"], "status", "--porcelain"); s != "" {
		t.Errorf("work tree after resume:\n%s", s)
	}
}

// TestCampaignModules: a repository with a fixable module and one that
// does not load (two package main files in one directory, as wakapi's
// scripts/) ends fixed, naming the broken module, whose files are left as
// they were; a module left out by -skip-module or the repository's
// .upsertfix.yml is recorded as skipped (issue 21).
func TestCampaignModules(t *testing.T) {
	if testing.Short() {
		t.Skip("builds git repositories and runs the go command")
	}
	root := t.TempDir()
	unique := fmt.Sprintf(raceGo, "`gorm:\"uniqueIndex\"`")
	repos := map[string]string{}
	for _, name := range []string{"halfbroken", "skipflag", "skipfile"} {
		dir := filepath.Join(root, name)
		module(t, filepath.Join(dir, "api"), "example.com/"+name+"/api", unique)
		// scripts: fixable code, and a package that does not compile
		module(t, filepath.Join(dir, "scripts"), "example.com/"+name+"/scripts", unique)
		writeT(t, filepath.Join(dir, "scripts", "tool", "a.go"), "package main\n\nfunc main() {}\n")
		writeT(t, filepath.Join(dir, "scripts", "tool", "b.go"), "package main\n\nfunc main() {}\n")
		if name == "skipfile" {
			writeT(t, filepath.Join(dir, ".upsertfix.yml"), "campaign:\n  skip-modules:\n    - scrip*\n")
		}
		if name == "halfbroken" { // a module none of whose packages loads
			writeT(t, filepath.Join(dir, "broken", "go.mod"), "module example.com/halfbroken/broken\n\ngo 1.22\n")
			writeT(t, filepath.Join(dir, "broken", "b.go"), "package broken\n\nfunc F() int { return \"x\" }\n")
		}
		gitT(t, dir, "init", "-q", "-b", "main")
		gitT(t, dir, "add", "-A")
		gitT(t, dir, "commit", "-q", "-m", "initial")
		repos[name] = dir
	}
	out := filepath.Join(root, "out")
	args := []string{"campaign", "-out", out, "-verify", "go build ./...", "-j", "1"}
	_, stderr, _ := run(t, append(args, repos["halfbroken"], repos["skipfile"])...)
	summary, _ := os.ReadFile(filepath.Join(out, "SUMMARY.md"))
	if !strings.Contains(string(summary), "`scripts` fixed") || !strings.Contains(string(summary), "did not load, left as they are: example.com/halfbroken/scripts/tool") {
		t.Errorf("SUMMARY.md lacks the module statuses:\n%s", summary)
	}
	// A module that loads and is clean beside one that does not: the
	// repository is clean, and names the broken module.
	cb := filepath.Join(root, "cleanbroken")
	module(t, filepath.Join(cb, "api"), "example.com/cleanbroken/api", "package svc\n\nfunc F() int { return 1 }\n")
	writeT(t, filepath.Join(cb, "broken", "go.mod"), "module example.com/cleanbroken/broken\n\ngo 1.22\n")
	writeT(t, filepath.Join(cb, "broken", "b.go"), "package broken\n\nfunc F() int { return \"x\" }\n")
	gitT(t, cb, "init", "-q", "-b", "main")
	gitT(t, cb, "add", "-A")
	gitT(t, cb, "commit", "-q", "-m", "initial")
	run(t, "campaign", "-out", filepath.Join(root, "out-cb"), "-verify", "go build ./...", cb)
	if b, _ := os.ReadFile(filepath.Join(root, "out-cb", "repos", "cleanbroken.json")); !bytes.Contains(b, []byte(`"status": "clean"`)) || !bytes.Contains(b, []byte("modules not loaded, left as they are: broken")) {
		t.Errorf("a clean module beside a broken one:\n%s", b)
	}
	_, stderr2, _ := run(t, append(args, "-skip-module", "scripts", repos["skipflag"])...)
	got := readCampaign(t, out)
	for name, r := range got {
		if r["status"] != campaign.Fixed {
			t.Errorf("%s: %v (%v), want fixed; stderr:\n%s%s", name, r["status"], r["error"], stderr, stderr2)
		}
	}
	// scripts holds a package that does not load (two mains) beside one
	// that does: the one that loads is fixed, the other named, and the
	// verify command, which fails on it before the fix as after, does
	// not throw the fix away.
	b, _ := os.ReadFile(filepath.Join(out, "repos", "halfbroken.json"))
	var hb campaign.Repo
	json.Unmarshal(b, &hb)
	mods := map[string]string{}
	for _, m := range hb.Modules {
		mods[m.Dir] = m.Status
	}
	if !strings.Contains(hb.ModuleNote, "scripts/tool") || !strings.Contains(hb.ModuleNote, "modules not loaded, left as they are: broken") ||
		len(hb.Modules) != 3 || mods["scripts"] != campaign.Fixed || mods["broken"] != campaign.Error || !strings.Contains(hb.VerifyNote, "already failed before the fix") {
		t.Errorf("halfbroken does not name its broken package:\n%s", b)
	}
	if s := gitT(t, repos["halfbroken"], "show", campaign.DefaultBranch+":scripts/svc/svc.go"); !strings.Contains(s, "goto") {
		t.Errorf("the loaded package of the half-broken module was not fixed on the branch")
	}
	for _, name := range []string{"skipflag", "skipfile"} {
		b, _ := os.ReadFile(filepath.Join(out, "repos", name+".json"))
		var r campaign.Repo
		json.Unmarshal(b, &r)
		if len(r.Modules) != 2 || r.Modules[1].Status != campaign.Skipped || r.ModuleNote != "" {
			t.Errorf("%s: scripts not skipped:\n%s", name, b)
		}
	}
}

// TestCampaignInterrupted sends SIGINT during the fixer, during the
// verify command and during the commit (issue 21): the repository in
// flight is put back exactly as it was and recorded as interrupted, one
// not started is left untouched and unrecorded, the exit status is 130,
// and the next run does the work; a signal during the commit lets the
// commit finish, and the fix is kept.
func TestCampaignInterrupted(t *testing.T) {
	if testing.Short() {
		t.Skip("builds git repositories and runs the go command")
	}
	for _, stage := range []string{"fixer", "verify", "commit"} {
		t.Run(stage, func(t *testing.T) {
			root := t.TempDir()
			repos := makeRepos(t, root)
			before := snapshot(t, repos["race"])
			out := filepath.Join(root, "out")
			verify := testVerify
			switch stage {
			case "verify":
				verify = "kill -INT $UPSERTFIX_TEST_PID; sleep 20"
			case "commit":
				hook := filepath.Join(repos["race"], ".git", "hooks", "prepare-commit-msg")
				writeT(t, hook, "#!/bin/sh\nkill -INT $UPSERTFIX_TEST_PID\nsleep 1\n")
				os.Chmod(hook, 0o755)
			}
			args := []string{"campaign", "-out", out, "-verify", verify, "-j", "1", repos["race"], repos["unfixable"]}
			cmd := exec.Command(os.Args[0], "-test.run=^$")
			cmd.Env = append(os.Environ(), "UPSERTFIX_CAMPAIGN_INTERRUPT="+strings.Join(args, "\x1f"), "UPSERTFIX_INTERRUPT_AT="+stage)
			var outb bytes.Buffer
			cmd.Stdout, cmd.Stderr = &outb, &outb
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			err := cmd.Wait()
			ee, ok := err.(*exec.ExitError)
			if !ok || ee.ExitCode() != 130 {
				t.Fatalf("exit %v, want 130:\n%s", err, outb.String())
			}
			st, _ := os.ReadFile(filepath.Join(out, "repos", "race.json"))
			if stage == "commit" {
				if !strings.Contains(string(st), `"status": "fixed"`) {
					t.Fatalf("a signal during the commit: race.json:\n%s", st)
				}
			} else {
				if !strings.Contains(string(st), `"status": "interrupted"`) {
					t.Fatalf("race.json:\n%s\noutput:\n%s", st, outb.String())
				}
				if s := snapshot(t, repos["race"]); s != before {
					t.Errorf("race not put back:\n--- before\n%s--- after\n%s", before, s)
				}
			}
			if _, err := os.Stat(filepath.Join(out, "repos", "unfixable.json")); err == nil {
				t.Errorf("unfixable was recorded though never started")
			}
			// The next run finishes the work.
			os.Remove(filepath.Join(repos["race"], ".git", "hooks", "prepare-commit-msg"))
			_, stderr, code := run(t, "campaign", "-out", out, "-verify", testVerify, "-j", "1", repos["race"], repos["unfixable"])
			got := readCampaign(t, out)
			if got["race"]["status"] != campaign.Fixed || got["unfixable"]["status"] != campaign.UnfixableOnly {
				t.Errorf("next run: exit %d, race %v (%v), unfixable %v; stderr:\n%s", code, got["race"]["status"], got["race"]["error"], got["unfixable"]["status"], stderr)
			}
			if n := strings.Count(gitT(t, repos["race"], "log", "--format=%s", campaign.DefaultBranch), "\n"); n != 2 {
				t.Errorf("the branch has %d commits, want 2 (initial and the fix)", n)
			}
		})
	}
}

// TestMain runs, in TestCampaignKilled's child process, the campaign that
// test kills: its fixer kills the process right after writing the fixes.
func TestMain(m *testing.M) {
	if args := os.Getenv("UPSERTFIX_CAMPAIGN_CHILD"); args != "" {
		campaignFixer = func(ctx context.Context, dir string) ([]campaign.Site, error) {
			sites, err := inProcessFixer(ctx, dir)
			syscall.Kill(os.Getpid(), syscall.SIGKILL)
			return sites, err
		}
		Run(strings.Split(args, "\x1f"), os.Stdout, os.Stderr)
		os.Exit(3) // not killed: the test fails on the exit status
	}
	if args := os.Getenv("UPSERTFIX_CAMPAIGN_INTERRUPT"); args != "" {
		// TestCampaignInterrupted's child: SIGINT in the fixer, or from
		// the verify command or a git hook (which know the pid).
		os.Setenv("UPSERTFIX_TEST_PID", fmt.Sprint(os.Getpid())) // for the verify command and the hook
		if os.Getenv("UPSERTFIX_INTERRUPT_AT") == "fixer" {
			campaignFixer = func(ctx context.Context, dir string) ([]campaign.Site, error) {
				sites, err := inProcessFixer(ctx, dir)
				syscall.Kill(os.Getpid(), syscall.SIGINT)
				<-ctx.Done()
				return sites, err
			}
		}
		os.Exit(Run(strings.Split(args, "\x1f"), os.Stdout, os.Stderr))
	}
	// The tests keep their results out of the user's cache.
	dir, err := os.MkdirTemp("", "upsertfix-test-cache")
	if err != nil {
		panic(err)
	}
	os.Setenv("UPSERTFIX_CACHE_DIR", dir)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// TestCampaignUsage: a campaign that cannot run exits 2 and says why.
func TestCampaignUsage(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"campaign", dir}, "-out DIR is required"},
		{[]string{"campaign", "-out", dir}, "no repositories"},
		{[]string{"campaign", "-out", dir, "-shard", "3/2", dir}, "-shard"},
		{[]string{"campaign", "-out", dir, "-retry", "all", dir}, "-retry takes only failed"},
		{[]string{"campaign", "-out", dir, "-list", filepath.Join(dir, "missing.txt")}, "-list"},
		{[]string{"campaign", "-out", dir, filepath.Join(dir, "nope")}, "no such directory"},
		{[]string{"campaign", "merge", "-out", dir}, "usage"},
		{[]string{"campaign", "merge", "-out", filepath.Join(dir, "m"), dir}, "not a campaign directory"},
	} {
		_, stderr, code := run(t, c.args...)
		if code != 2 || !strings.Contains(stderr, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", c.args, code, stderr, c.want)
		}
	}
	// A list file: comments, blank lines, paths relative to the file.
	list := filepath.Join(dir, "repos.txt")
	writeT(t, list, "# a comment\n\nsub/a   # trailing comment\n/abs/b\n")
	got, err := campaign.ReadList(list)
	if err != nil || len(got) != 2 || got[0] != filepath.Join(dir, "sub/a") || got[1] != "/abs/b" {
		t.Errorf("ReadList: %v %v", got, err)
	}
	// Shards partition the list.
	names := []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"}
	for _, n := range names {
		in := 0
		for k := 1; k <= 3; k++ {
			if campaign.InShard(n, k, 3) {
				in++
			}
		}
		if in != 1 {
			t.Errorf("%s is in %d of 3 shards", n, in)
		}
	}
}
