// Package campaign runs upsertfix over many git repositories: for each
// one, a branch with the verified fixes committed, a patch and a
// pull-request body, or a clear reason why not, and a resumable record of
// it all in one directory.
//
// A repository is handled in this order: a dirty work tree is refused;
// the branch is created (or reused) from the current HEAD; the fixer runs
// on every Go module of the repository; the verify command runs; if it
// fails, the repository is put back exactly as it was; otherwise the
// fixes are committed, and the patch and the pull-request body written.
// Before touching a repository, its original state (branch, HEAD) is
// recorded as "pending", so that a killed campaign can put it back and
// start it again.
package campaign

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/upsertfix/upsertfix/internal/atomicfile"
)

// Statuses of a repository.
const (
	Pending       = "pending"
	Clean         = "clean"
	Fixed         = "fixed"
	UnfixableOnly = "unfixable-only"
	VerifyFailed  = "verify-failed"
	Dirty         = "dirty"
	Error         = "error"
	// Interrupted: a signal stopped the campaign while it worked on the
	// repository, which was put back exactly as it was; the next run
	// does it again.
	Interrupted = "interrupted"
)

// DefaultBranch and DefaultVerify are the defaults of -branch and -verify.
const (
	DefaultBranch = "upsertfix/atomic-get-or-create"
	DefaultVerify = "go build ./... && go vet ./..."
)

// Site is one finding in a repository, as the pull-request body and the
// commit message show it.
type Site struct {
	File    string   `json:"file"` // relative to the repository
	Line    int      `json:"line"`
	Model   string   `json:"model"`
	Key     []string `json:"key,omitempty"`
	Kind    string   `json:"kind"`
	Fixed   bool     `json:"fixed"`
	Message string   `json:"message"`
}

// Repo is the record of one repository: campaign.json's entries and the
// per-repository status files.
type Repo struct {
	Name    string `json:"name"`
	Path    string `json:"path"`
	Status  string `json:"status"`
	Fixed   int    `json:"fixed"`
	Unfixed int    `json:"unfixed"`
	Branch  string `json:"branch,omitempty"`
	Commit  string `json:"commit,omitempty"`
	Patch   string `json:"patch,omitempty"` // relative to the campaign directory
	Error   string `json:"error,omitempty"`

	PR     string `json:"pr,omitempty"`     // the pull-request body, relative to the campaign directory
	Pushed bool   `json:"pushed,omitempty"` // the branch was pushed
	Sites  []Site `json:"sites,omitempty"`
	// What the repository was before the campaign touched it, to put it
	// back after a failure or a kill.
	OrigBranch    string `json:"orig_branch,omitempty"` // "" when HEAD was detached
	OrigHead      string `json:"orig_head,omitempty"`
	CreatedBranch bool   `json:"created_branch,omitempty"`
	// VerifyNote says the verify command already failed on the untouched
	// tree, the same way as after the fix, which was kept.
	VerifyNote string `json:"verify_note,omitempty"`
	// ModuleNote names the modules that did not load, in a repository
	// whose other modules were fixed.
	ModuleNote string `json:"module_note,omitempty"`
	// Modules are the Go modules of the repository and what became of
	// each.
	Modules []Module `json:"modules,omitempty"`
}

// Module is one Go module of a repository in a campaign.
type Module struct {
	Dir     string `json:"dir"`    // relative to the repository, "." for its root
	Status  string `json:"status"` // fixed, clean, unfixable-only, skipped or error
	Fixed   int    `json:"fixed"`
	Unfixed int    `json:"unfixed"`
	Error   string `json:"error,omitempty"` // why it did not load, or why it was skipped
}

// PartialLoad is the error a fixer returns with its sites when some
// packages of the module did not load (a go:embed of a front-end build
// that is not there, a cgo package): the packages that loaded were
// analyzed and fixed, the others are named in Packages.
type PartialLoad struct{ Packages []string }

func (p *PartialLoad) Error() string {
	return "packages that did not load, left as they are: " + strings.Join(p.Packages, ", ")
}

// Skipped is the status of a module left out by -skip-module or the
// repository's .upsertfix.yml.
const Skipped = "skipped"

// runVerify runs the verify command in dir and returns its output.
func runVerify(ctx context.Context, verify, dir string) (string, error) {
	var out bytes.Buffer
	cmd := exec.CommandContext(ctx, "sh", "-c", verify)
	cmd.Dir = dir
	cmd.Stdout, cmd.Stderr = &out, &out
	// On a signal, stop the whole command (go test's children too), not
	// only the shell, and do not wait for pipes they hold.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = 2 * time.Second
	err := cmd.Run()
	return out.String(), err
}

// verifyUntouched runs the verify command in dir on the tree as it was
// before the fix: the fix is stashed, then put back.
func verifyUntouched(ctx context.Context, g git, verify, dir string) (string, error) {
	// The stash and its pop run whatever a signal does: the fix must
	// not stay stashed.
	bg := context.WithoutCancel(ctx)
	if _, err := g.run(bg, "stash", "push", "-q"); err != nil {
		return "", nil // cannot tell: judge the fix alone
	}
	out, err := runVerify(ctx, verify, dir)
	if _, perr := g.run(bg, "stash", "pop", "-q"); perr != nil {
		return "", nil
	}
	return out, err
}

// newLines returns the lines of after that before does not have.
func newLines(before, after string) string {
	seen := map[string]bool{}
	for _, l := range strings.Split(before, "\n") {
		seen[strings.TrimSpace(l)] = true
	}
	var out []string
	for _, l := range strings.Split(after, "\n") {
		if t := strings.TrimSpace(l); t != "" && !seen[t] {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// Finished reports whether a re-run skips the repository.
func (r *Repo) Finished() bool {
	return r.Status != "" && r.Status != Pending && r.Status != Interrupted
}

// Failed reports whether -retry failed reruns the repository.
func (r *Repo) Failed() bool {
	return r.Status == VerifyFailed || r.Status == Error || r.Status == Dirty
}

// Fixer runs upsertfix -w on one Go module and returns its findings.
// fixed lists the findings it wrote a fix for.
type Fixer func(ctx context.Context, moduleDir string) ([]Site, error)

// Options configure a campaign.
type Options struct {
	Out    string // the campaign directory
	Verify string // a shell command run in each changed module
	Branch string
	Push   bool
	Remote string // for -push; default origin
	Jobs   int
	Shard  int // 1-based; 0 for no sharding
	Shards int
	Retry  bool // rerun only the failed repositories
	// SkipModules are globs (path.Match, on the module's directory
	// relative to the repository, "." for the root) of modules to leave
	// out, besides those a repository's .upsertfix.yml names.
	SkipModules []string
	Fix         Fixer
	Log         func(format string, args ...any) // plain progress lines
	Started     func(r *Repo)                    // a repository is being worked on
	Done        func(r *Repo)                    // a repository ended
}

// Input is one repository of the list.
type Input struct{ Name, Path string }

// ReadList reads a list file: one repository path per line, blank lines
// and # comments ignored. Relative paths are relative to the file.
func ReadList(file string) ([]string, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, line := range strings.Split(string(b), "\n") {
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if !filepath.IsAbs(line) {
			line = filepath.Join(filepath.Dir(file), line)
		}
		out = append(out, line)
	}
	return out, nil
}

// Inputs names the repositories: the directory's base name, made unique
// with -2, -3... in list order.
func Inputs(paths []string) ([]Input, error) {
	seen := map[string]int{}
	var out []Input
	for _, p := range paths {
		abs, err := filepath.Abs(p)
		if err != nil {
			return nil, err
		}
		name := filepath.Base(abs)
		seen[name]++
		if n := seen[name]; n > 1 {
			name = fmt.Sprintf("%s-%d", name, n)
		}
		out = append(out, Input{Name: name, Path: abs})
	}
	return out, nil
}

// InShard reports whether the repository belongs to shard k of n (1-based).
// The choice hashes the repository's name, so it does not depend on the
// order of the list, and the n shards partition it.
func InShard(name string, k, n int) bool {
	if n <= 1 {
		return true
	}
	h := fnv.New32a()
	h.Write([]byte(name))
	return int(h.Sum32()%uint32(n)) == k-1
}

// Run runs the campaign over the inputs and writes the campaign directory.
// It returns the records of every repository of this campaign directory.
func Run(ctx context.Context, opts Options, inputs []Input) ([]*Repo, error) {
	opts = opts.withDefaults()
	if err := os.MkdirAll(filepath.Join(opts.Out, "repos"), 0o755); err != nil {
		return nil, err
	}
	todo, all, err := plan(opts, inputs)
	if err != nil {
		return nil, err
	}
	work := make(chan *Repo)
	var wg sync.WaitGroup
	for i := 0; i < opts.Jobs; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range work {
				if opts.Started != nil {
					opts.Started(r)
				}
				process(ctx, opts, r)
				if opts.Done != nil {
					opts.Done(r)
				}
			}
		}()
	}
	for _, r := range todo {
		if ctx.Err() != nil {
			break
		}
		work <- r
	}
	close(work)
	wg.Wait()
	if err := WriteSummary(opts.Out, all); err != nil {
		return all, err
	}
	return all, ctx.Err()
}

// withDefaults fills in the options left empty.
func (opts Options) withDefaults() Options {
	// git runs in each repository: a relative -out would name a
	// directory there (git commit -F out/x.commit.txt).
	if abs, err := filepath.Abs(opts.Out); err == nil {
		opts.Out = abs
	}
	if opts.Branch == "" {
		opts.Branch = DefaultBranch
	}
	if opts.Verify == "" {
		opts.Verify = DefaultVerify
	}
	if opts.Remote == "" {
		opts.Remote = "origin"
	}
	if opts.Jobs < 1 {
		opts.Jobs = 1
	}
	if opts.Log == nil {
		opts.Log = func(string, ...any) {}
	}
	return opts
}

// plan returns the repositories of this shard still to do (those never
// done, those a killed run left pending, after putting them back, and
// failed ones with Retry) and all of this shard's, from the statuses an
// earlier run left in opts.Out.
func plan(opts Options, inputs []Input) (todo, all []*Repo, err error) {
	for _, in := range inputs {
		if opts.Shards > 1 && !InShard(in.Name, opts.Shard, opts.Shards) {
			continue
		}
		prev, err := readStatus(opts.Out, in.Name)
		if err != nil {
			return nil, nil, err
		}
		switch {
		case prev != nil && prev.Path != in.Path:
			return nil, nil, fmt.Errorf("%s: the campaign directory has a repository of this name at %s, not %s", in.Name, prev.Path, in.Path)
		case prev != nil && prev.Status == Pending:
			// killed in the middle: put it back, then do it again
			if err := restore(prev); err != nil {
				prev.Status, prev.Error = Error, "putting back after an interrupted run: "+err.Error()
				writeStatus(opts.Out, prev)
				all = append(all, prev)
				continue
			}
			todo = append(todo, &Repo{Name: in.Name, Path: in.Path})
			all = append(all, todo[len(todo)-1])
		case prev != nil && prev.Finished() && !(opts.Retry && prev.Failed()):
			all = append(all, prev)
		default:
			todo = append(todo, &Repo{Name: in.Name, Path: in.Path})
			all = append(all, todo[len(todo)-1])
		}
	}
	return todo, all, nil
}

// process handles one repository and records the outcome.
func process(ctx context.Context, opts Options, r *Repo) {
	p := &proc{ctx: ctx, opts: opts, r: r, g: git{dir: r.Path}}
	if !p.branch() {
		return
	}
	changed, ok := p.fixModules()
	if !ok || !p.verify(changed) || p.interrupted() {
		return
	}
	// From here the fix is committed and written out: short steps, run
	// to the end even if a signal comes, so that nothing is half done.
	p.ctx = context.WithoutCancel(p.ctx)
	p.commit()
}

// proc is one repository's run through the stages of process. Each stage
// reports whether the run goes on; one that stops has written the
// repository's status.
type proc struct {
	ctx  context.Context
	opts Options
	r    *Repo
	g    git
}

// interrupted records a repository a signal stopped: put back, left to
// the next run; one not touched yet is not recorded at all.
func (p *proc) interrupted() bool {
	r := p.r
	if p.ctx.Err() == nil {
		return false
	}
	if r.OrigHead == "" {
		os.Remove(statusPath(p.opts.Out, r.Name))
		r.Status = ""
		return true
	}
	r.Status, r.Error, r.Fixed = Interrupted, "interrupted: put back as it was; the next run does it again", 0
	if err := restore(r); err != nil {
		r.Status, r.Error = Error, "interrupted, and putting the repository back failed: "+err.Error()
	}
	writeStatus(p.opts.Out, r)
	return true
}

// fail records status and msg, after putting the repository back.
func (p *proc) fail(status, msg string) {
	r := p.r
	if p.interrupted() {
		return // the failure is the signal's doing
	}
	r.Status, r.Error = status, msg
	if r.OrigHead != "" {
		if err := restore(r); err != nil {
			r.Status, r.Error = Error, msg+"; and putting the repository back failed: "+err.Error()
		}
	}
	writeStatus(p.opts.Out, r)
}

// branch checks that the repository is a clean git work tree, records
// where it was, and checks out the campaign's branch (made if new).
func (p *proc) branch() bool {
	ctx, g, r, opts := p.ctx, p.g, p.r, p.opts
	if _, err := g.run(ctx, "rev-parse", "--git-dir"); err != nil {
		p.fail(Error, "not a git repository: "+err.Error())
		return false
	}
	st, err := g.run(ctx, "status", "--porcelain")
	if err != nil {
		p.fail(Error, err.Error())
		return false
	}
	if strings.TrimSpace(st) != "" {
		p.fail(Dirty, "the work tree has uncommitted changes; commit or stash them, then run the campaign again with -retry failed:\n"+st)
		return false
	}
	head, err := g.run(ctx, "rev-parse", "HEAD")
	if err != nil {
		p.fail(Error, "no commit to branch from: "+err.Error())
		return false
	}
	r.OrigHead = strings.TrimSpace(head)
	if b, err := g.run(ctx, "symbolic-ref", "-q", "--short", "HEAD"); err == nil {
		r.OrigBranch = strings.TrimSpace(b)
	}
	r.Branch = opts.Branch
	args := []string{"checkout", "-q", opts.Branch}
	if _, err := g.run(ctx, "rev-parse", "--verify", "-q", "refs/heads/"+opts.Branch); err != nil {
		r.CreatedBranch = true
		args = []string{"checkout", "-q", "-b", opts.Branch}
	}
	r.Status = Pending
	writeStatus(opts.Out, r) // recorded before the branch exists
	if _, err := g.run(ctx, args...); err != nil {
		p.fail(Error, err.Error())
		return false
	}
	return true
}

// fixModules runs the fixer on each module of the repository but the
// skipped ones, and returns the directories of those it changed. A
// module that does not load is put back and noted; the run stops only
// when none loaded, when nothing was fixed, or on a signal.
func (p *proc) fixModules() (changed []string, ok bool) {
	ctx, g, r, opts := p.ctx, p.g, p.r, p.opts
	mods, err := Modules(r.Path)
	if err != nil {
		p.fail(Error, err.Error())
		return nil, false
	}
	r.Sites, r.Modules = nil, nil
	skip, err := skipGlobs(r.Path, opts.SkipModules)
	if err != nil {
		p.fail(Error, err.Error())
		return nil, false
	}
	var broken []string // modules that did not load
	for _, m := range mods {
		rel, _ := filepath.Rel(r.Path, m)
		rel = orDot(filepath.ToSlash(rel))
		if why := skipped(rel, skip); why != "" {
			r.Modules = append(r.Modules, Module{Dir: rel, Status: Skipped, Error: why})
			continue
		}
		sites, err := opts.Fix(ctx, m)
		var partial *PartialLoad
		if errors.As(err, &partial) {
			err = nil
		}
		if err != nil {
			if ctx.Err() != nil {
				p.interrupted()
				return nil, false
			}
			// One module that does not load (an auxiliary scripts/
			// module) does not stop the others; what the fixer wrote in
			// it is taken back, since nothing verifies it.
			if _, cerr := g.run(ctx, "checkout", "-q", "--", rel); cerr != nil {
				p.fail(Error, fmt.Sprintf("module %s: %v; and putting it back failed: %v", rel, err, cerr))
				return nil, false
			}
			r.Modules = append(r.Modules, Module{Dir: rel, Status: Error, Error: err.Error()})
			broken = append(broken, rel)
			continue
		}
		mod := moduleOf(rel, sites, partial, r)
		if mod.Status == Fixed {
			changed = append(changed, m)
		}
		r.Modules = append(r.Modules, mod)
		r.Sites = append(r.Sites, sites...)
	}
	return changed, p.judged(broken)
}

// moduleOf is the record of a module the fixer ran on.
func moduleOf(rel string, sites []Site, partial *PartialLoad, r *Repo) Module {
	mod := Module{Dir: rel, Status: Clean}
	if partial != nil {
		mod.Error = partial.Error()
		r.ModuleNote = strings.TrimPrefix(r.ModuleNote+"; ", "; ") + "in " + rel + ", " + partial.Error()
	}
	for i := range sites {
		if sites[i].Fixed {
			mod.Fixed++
		} else {
			mod.Unfixed++
		}
	}
	switch {
	case mod.Fixed > 0:
		mod.Status = Fixed
	case mod.Unfixed > 0:
		mod.Status = UnfixableOnly
	}
	return mod
}

// judged counts the repository's sites after its modules ran, and stops
// the run when no module loaded, on a signal, or when there is nothing
// to commit (recording Clean or UnfixableOnly).
func (p *proc) judged(broken []string) bool {
	r := p.r
	loaded := 0
	for _, m := range r.Modules {
		if m.Status != Error && m.Status != Skipped {
			loaded++
		}
	}
	if len(broken) > 0 && loaded == 0 {
		// Nothing loaded: the repository could not be judged at all.
		p.fail(Error, fmt.Sprintf("module %s does not load: %s", broken[0], r.Modules[moduleIndex(r.Modules, broken[0])].Error))
		return false
	}
	if len(broken) > 0 {
		r.ModuleNote = strings.TrimPrefix(r.ModuleNote+"; ", "; ") + "modules not loaded, left as they are: " + strings.Join(broken, ", ")
	}
	r.Fixed, r.Unfixed = 0, 0
	for _, s := range r.Sites {
		if s.Fixed {
			r.Fixed++
		} else {
			r.Unfixed++
		}
	}
	if p.interrupted() {
		return false // the fixer may have been stopped half-way
	}
	st, _ := p.g.run(p.ctx, "status", "--porcelain")
	if r.Fixed == 0 || strings.TrimSpace(st) == "" {
		status := Clean
		if r.Unfixed > 0 {
			status = UnfixableOnly
		}
		r.Fixed = 0
		p.fail(status, "")
		r.Error = ""
		writeStatus(p.opts.Out, r)
		return false
	}
	return true
}

// verify runs the verify command in each changed module; a failure puts
// the repository back, unless the command already failed the same way on
// the untouched tree.
func (p *proc) verify(changed []string) bool {
	ctx, g, r, opts := p.ctx, p.g, p.r, p.opts
	for _, m := range changed {
		after, err := runVerify(ctx, opts.Verify, m)
		if err == nil {
			continue
		}
		rel, _ := filepath.Rel(r.Path, m)
		log := filepath.Join(opts.Out, r.Name+".verify.log")
		// A verify command the project already failed (a go vet warning
		// it has lived with) judges only what the fix changed: the same
		// failure on the untouched tree, and nothing new after the fix,
		// keeps the fix.
		before, errBefore := verifyUntouched(ctx, g, opts.Verify, m)
		if errBefore != nil && newLines(before, after) == "" {
			r.VerifyNote = fmt.Sprintf("in %s, %q already failed before the fix, and fails the same way after it (output in %s)", orDot(rel), opts.Verify, log)
			os.WriteFile(log, []byte(after), 0o644)
			continue
		}
		msg := fmt.Sprintf("in %s, %q failed (%v); the repository is as it was; output in %s:\n%s", orDot(rel), opts.Verify, err, log, tail(after, 2000))
		if errBefore != nil {
			msg = fmt.Sprintf("in %s, %q failed before the fix too, and the fix adds to its output; the repository is as it was; output in %s; new lines:\n%s", orDot(rel), opts.Verify, log, tail(newLines(before, after), 2000))
		}
		os.WriteFile(log, []byte(after), 0o644)
		p.fail(VerifyFailed, msg)
		return false
	}
	return true
}

// commit commits the fix on the branch, writes its patch and pull-request
// text, goes back to the original branch, and pushes when asked.
func (p *proc) commit() {
	ctx, g, r, opts := p.ctx, p.g, p.r, p.opts
	if _, err := g.run(ctx, "add", "-A"); err != nil {
		p.fail(Error, err.Error())
		return
	}
	msgFile := filepath.Join(opts.Out, r.Name+".commit.txt")
	os.WriteFile(msgFile, []byte(CommitMessage(r)), 0o644)
	if _, err := g.commit(ctx, msgFile); err != nil {
		p.fail(Error, err.Error())
		return
	}
	os.Remove(msgFile)
	commit, _ := g.run(ctx, "rev-parse", "HEAD")
	r.Commit = strings.TrimSpace(commit)
	patch, err := g.run(ctx, "format-patch", "-1", "--stdout", r.Commit)
	if err != nil {
		p.fail(Error, err.Error())
		return
	}
	r.Patch = r.Name + ".patch"
	r.PR = r.Name + ".md"
	if err := writeFile(filepath.Join(opts.Out, r.Patch), []byte(patch)); err != nil {
		p.fail(Error, err.Error())
		return
	}
	if err := writeFile(filepath.Join(opts.Out, r.PR), []byte(PRBody(r))); err != nil {
		p.fail(Error, err.Error())
		return
	}
	// Leave the user on the branch they were on; the fix waits on its own.
	if err := checkoutOrig(ctx, g, r); err != nil {
		r.Error = "the fix is committed on " + r.Branch + ", but going back to the original branch failed: " + err.Error()
	}
	r.Status = Fixed
	if opts.Push {
		if err := push(ctx, g, opts.Remote, r); err != nil {
			r.Error = err.Error()
		} else {
			r.Pushed = true
		}
	}
	writeStatus(opts.Out, r)
}

// push pushes the branch to the remote, never by force: a remote branch
// with commits that are not in ours is left alone and reported.
func push(ctx context.Context, g git, remote string, r *Repo) error {
	out, err := g.run(ctx, "ls-remote", "--heads", remote, "refs/heads/"+r.Branch)
	if err != nil {
		return fmt.Errorf("push: %v", err)
	}
	if f := strings.Fields(out); len(f) > 0 {
		theirs := f[0]
		if theirs == r.Commit {
			return nil // already there
		}
		if _, err := g.run(ctx, "fetch", "-q", remote, "refs/heads/"+r.Branch); err != nil {
			return fmt.Errorf("push: fetching %s/%s: %v", remote, r.Branch, err)
		}
		if _, err := g.run(ctx, "merge-base", "--is-ancestor", theirs, r.Commit); err != nil {
			return fmt.Errorf("push refused: %s/%s has commits the campaign did not make; the fix is committed locally on %s (%s), merge or push it by hand", remote, r.Branch, r.Branch, short(r.Commit))
		}
	}
	if _, err := g.run(ctx, "push", "-q", remote, r.Commit+":refs/heads/"+r.Branch); err != nil {
		return fmt.Errorf("push: %v", err)
	}
	return nil
}

// restore puts a repository back as it was before the campaign touched
// it: the original branch (or detached HEAD) checked out, the work tree
// and index as at that commit, and the branch deleted if the campaign
// created it.
func restore(r *Repo) error {
	ctx := context.Background()
	g := git{dir: r.Path}
	if r.OrigHead == "" {
		return nil
	}
	if _, err := g.run(ctx, "reset", "-q", "--hard"); err != nil {
		return err
	}
	// The tree was clean before (a dirty one is refused), so what is
	// untracked now was written by the fixer.
	if _, err := g.run(ctx, "clean", "-q", "-fd"); err != nil {
		return err
	}
	if err := checkoutOrig(ctx, g, r); err != nil {
		return err
	}
	if r.CreatedBranch {
		if _, err := g.run(ctx, "rev-parse", "--verify", "-q", "refs/heads/"+r.Branch); err == nil {
			if _, err := g.run(ctx, "branch", "-q", "-D", r.Branch); err != nil {
				return err
			}
		}
	}
	return nil
}

func checkoutOrig(ctx context.Context, g git, r *Repo) error {
	target := r.OrigBranch
	args := []string{"checkout", "-q", target}
	if target == "" {
		args = []string{"checkout", "-q", "--detach", r.OrigHead}
	}
	_, err := g.run(ctx, args...)
	return err
}

// Modules lists the directories of a repository that hold a go.mod,
// skipping vendor/, testdata/ and hidden directories.
func Modules(root string) ([]string, error) {
	var mods []string
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			name := d.Name()
			if path != root && (name == "vendor" || name == "testdata" || name == "node_modules" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Name() == "go.mod" {
			mods = append(mods, filepath.Dir(path))
		}
		return nil
	})
	sort.Strings(mods)
	return mods, err
}

type git struct{ dir string }

func (g git) run(ctx context.Context, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, "git", args...)
	cmd.Dir = g.dir
	cmd.Env = append(os.Environ(), "GIT_TERMINAL_PROMPT=0", "LC_ALL=C")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(errb.String())
		if msg == "" {
			msg = err.Error()
		}
		return out.String(), fmt.Errorf("git %s: %s", strings.Join(args, " "), msg)
	}
	return out.String(), nil
}

// commit commits the index with the message in file, as the repository's
// configured author, or as upsertfix when none is configured.
func (g git) commit(ctx context.Context, msgFile string) (string, error) {
	args := []string{"commit", "-q", "--no-verify", "-F", msgFile}
	if email, _ := g.run(ctx, "config", "user.email"); strings.TrimSpace(email) == "" {
		args = append([]string{"-c", "user.name=upsertfix", "-c", "user.email=upsertfix@localhost"}, args...)
	}
	return g.run(ctx, args...)
}

func readStatus(out, name string) (*Repo, error) {
	b, err := os.ReadFile(statusPath(out, name))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var r Repo
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("%s: %v", statusPath(out, name), err)
	}
	return &r, nil
}

func statusPath(out, name string) string { return filepath.Join(out, "repos", name+".json") }

func writeStatus(out string, r *Repo) error {
	b, _ := json.MarshalIndent(r, "", "  ")
	return writeFile(statusPath(out, r.Name), append(b, '\n'))
}

// writeFile writes through a temporary file and a rename, so that a kill
// never leaves half a file.
func writeFile(path string, data []byte) error { return atomicfile.Write(path, data, 0o644) }

// ReadDir reads every repository record of a campaign directory.
func ReadDir(out string) ([]*Repo, error) {
	files, err := filepath.Glob(filepath.Join(out, "repos", "*.json"))
	if err != nil {
		return nil, err
	}
	var rs []*Repo
	for _, f := range files {
		r, err := readStatus(out, strings.TrimSuffix(filepath.Base(f), ".json"))
		if err != nil {
			return nil, err
		}
		rs = append(rs, r)
	}
	return rs, nil
}

// Merge combines shard directories into out: their records, patches and
// pull-request bodies, then one campaign.json and SUMMARY.md.
func Merge(out string, shards []string) ([]*Repo, error) {
	if err := os.MkdirAll(filepath.Join(out, "repos"), 0o755); err != nil {
		return nil, err
	}
	byName := map[string]*Repo{}
	for _, dir := range shards {
		rs, err := ReadDir(dir)
		if err != nil {
			return nil, err
		}
		if len(rs) == 0 {
			if _, err := os.Stat(filepath.Join(dir, "campaign.json")); err != nil {
				return nil, fmt.Errorf("%s: not a campaign directory", dir)
			}
		}
		for _, r := range rs {
			if prev, ok := byName[r.Name]; ok && prev.Path != r.Path {
				return nil, fmt.Errorf("%s: in two shards with different paths (%s, %s)", r.Name, prev.Path, r.Path)
			}
			byName[r.Name] = r
			for _, f := range []string{r.Patch, r.PR, r.Name + ".verify.log"} {
				if f == "" {
					continue
				}
				if b, err := os.ReadFile(filepath.Join(dir, f)); err == nil {
					if err := writeFile(filepath.Join(out, f), b); err != nil {
						return nil, err
					}
				}
			}
			if err := writeStatus(out, r); err != nil {
				return nil, err
			}
		}
	}
	var all []*Repo
	for _, r := range byName {
		all = append(all, r)
	}
	return all, WriteSummary(out, all)
}

// ExitCode is the campaign's exit status: 0 when every repository ended
// clean or fixed (and pushed, when asked), 1 otherwise.
func ExitCode(rs []*Repo) int {
	for _, r := range rs {
		if (r.Status != Clean && r.Status != Fixed) || r.Error != "" {
			return 1
		}
	}
	return 0
}

func orDot(s string) string {
	if s == "" {
		return "."
	}
	return s
}

func short(sha string) string {
	if len(sha) > 12 {
		return sha[:12]
	}
	return sha
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "..." + s[len(s)-n:]
}

var _ io.Writer = (*bytes.Buffer)(nil)

func moduleIndex(ms []Module, dir string) int {
	for i, m := range ms {
		if m.Dir == dir {
			return i
		}
	}
	return 0
}

// repoConfig is a repository's .upsertfix.yml, as far as the campaign
// reads it:
//
//	campaign:
//	  skip-modules:
//	    - scripts
//	    - tools/*
type repoConfig struct {
	Campaign struct {
		SkipModules []string `yaml:"skip-modules"`
	} `yaml:"campaign"`
}

// skipGlobs returns the globs of modules to leave out: the campaign's
// and the repository's .upsertfix.yml, each with where it comes from.
func skipGlobs(repo string, flags []string) (map[string]string, error) {
	globs := map[string]string{}
	for _, g := range flags {
		globs[g] = "-skip-module " + g
	}
	b, err := os.ReadFile(filepath.Join(repo, ".upsertfix.yml"))
	if os.IsNotExist(err) {
		return globs, nil
	}
	if err != nil {
		return nil, err
	}
	var c repoConfig
	if err := yaml.Unmarshal(b, &c); err != nil {
		return nil, fmt.Errorf(".upsertfix.yml: %v", err)
	}
	for _, g := range c.Campaign.SkipModules {
		if _, err := path.Match(g, "."); err != nil {
			return nil, fmt.Errorf(".upsertfix.yml: skip-modules: %q: %v", g, err)
		}
		globs[g] = ".upsertfix.yml skip-modules " + g
	}
	return globs, nil
}

// skipped returns why the module at rel is left out, or "".
func skipped(rel string, globs map[string]string) string {
	for g, why := range globs {
		if ok, _ := path.Match(g, rel); ok {
			return "left out by " + why
		}
	}
	return ""
}
