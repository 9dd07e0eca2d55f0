package main

import (
	"path"

	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/upsertfix/upsertfix/internal/campaign"
)

const campaignUsage = `usage: upsertfix campaign -out DIR [-verify CMD] [-branch NAME] [-push] [-j N]
                          [-shard K/N] [-retry failed] (-list FILE | REPO...)
       upsertfix campaign merge -out DIR SHARD_DIR...

campaign fixes get-or-create races across many git repositories. For each
repository: refuse a dirty work tree; create (or reuse) a branch from the
current HEAD; run upsertfix -w on every Go module; run the verify command;
on failure put the repository back exactly as it was; else commit, and
write DIR/<repo>.patch and DIR/<repo>.md (a pull-request body). DIR holds
one status per repository (repos/<repo>.json), SUMMARY.md and
campaign.json; running the same campaign again resumes it.

Flags:
`

const campaignExit = `
Exit status: 0 every repository ended clean or fixed; 1 some repository has
only unfixable findings, failed verification, is dirty, or failed; 2 the
campaign itself could not run.
`

// runCampaign is "upsertfix campaign ...".
func runCampaign(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "merge" {
		return runMerge(args[1:], stdout, stderr)
	}
	f, code := parseCampaignFlags(args, stderr)
	if f == nil {
		return code
	}
	bad := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "upsertfix campaign: "+format+"\n", a...)
		return 2
	}
	inputs, why := f.inputs()
	if why != "" {
		return bad("%s", why)
	}
	if _, err := exec.LookPath("git"); err != nil {
		return bad("git is not installed")
	}
	return f.run(inputs, stdout, stderr)
}

// campaignFlags are the flags of upsertfix campaign, and its repositories.
type campaignFlags struct {
	out, verify, branch, shard, retry, list, remote string
	push                                            bool
	jobs                                            int
	skipModules                                     []string
	k, n                                            int // the shard, when given
	paths                                           []string
}

// parseCampaignFlags parses and checks the flags; on error (or -h) it
// returns nil and the exit code.
func parseCampaignFlags(args []string, stderr io.Writer) (*campaignFlags, int) {
	f := &campaignFlags{}
	fs := flag.NewFlagSet("upsertfix campaign", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&f.out, "out", "", "the campaign `directory` (created if missing; reused to resume)")
	fs.StringVar(&f.verify, "verify", campaign.DefaultVerify, "shell `command` run in each changed module; the fix is kept only if it passes,\ne.g. -verify 'go build ./... && go test ./...'")
	fs.StringVar(&f.branch, "branch", campaign.DefaultBranch, "the `branch` to commit the fixes on")
	fs.BoolVar(&f.push, "push", false, "push the branch to the repository's remote (never by force)")
	fs.StringVar(&f.remote, "remote", "origin", "the `remote` -push pushes to")
	fs.IntVar(&f.jobs, "j", runtime.NumCPU(), "repositories worked on at once")
	fs.StringVar(&f.shard, "shard", "", "take only shard `K/N` of the list (1 <= K <= N), e.g. -shard 2/8 in a CI matrix")
	fs.StringVar(&f.retry, "retry", "", "`failed`: rerun only the repositories that failed (verify-failed, dirty, error)")
	fs.StringVar(&f.list, "list", "", "a `file` of repository paths, one per line, # comments")
	fs.Func("skip-module", "leave out the Go modules whose directory (relative to the repository, . for its root)\nmatches `glob` (repeatable; a repository's .upsertfix.yml may add campaign: skip-modules:), e.g. -skip-module scripts", func(g string) error {
		if _, err := path.Match(g, "."); err != nil {
			return err
		}
		f.skipModules = append(f.skipModules, g)
		return nil
	})
	fs.Usage = func() {
		fmt.Fprint(stderr, campaignUsage)
		fs.PrintDefaults()
		fmt.Fprint(stderr, campaignExit)
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, 0
		}
		return nil, 2
	}
	bad := func(format string, a ...any) (*campaignFlags, int) {
		fmt.Fprintf(stderr, "upsertfix campaign: "+format+"\n", a...)
		return nil, 2
	}
	if f.out == "" {
		return bad("-out DIR is required")
	}
	if f.retry != "" && f.retry != "failed" {
		return bad("-retry takes only failed, not %q", f.retry)
	}
	if f.shard != "" {
		ks, ns, ok := strings.Cut(f.shard, "/")
		var err1, err2 error
		f.k, err1 = strconv.Atoi(ks)
		f.n, err2 = strconv.Atoi(ns)
		if !ok || err1 != nil || err2 != nil || f.n < 1 || f.k < 1 || f.k > f.n {
			return bad("-shard %q: want K/N with 1 <= K <= N, e.g. 2/8", f.shard)
		}
	}
	f.paths = fs.Args()
	return f, 0
}

// inputs resolves the repositories to work on (from -list or the
// arguments), or says why it cannot.
func (f *campaignFlags) inputs() ([]campaign.Input, string) {
	paths := f.paths
	if f.list != "" {
		if len(paths) > 0 {
			return nil, "give -list FILE or repositories, not both"
		}
		var err error
		if paths, err = campaign.ReadList(f.list); err != nil {
			return nil, fmt.Sprintf("-list: %v", err)
		}
	}
	if len(paths) == 0 {
		return nil, "no repositories: give -list FILE or REPO..."
	}
	for _, p := range paths {
		if st, err := os.Stat(p); err != nil || !st.IsDir() {
			return nil, p + ": no such directory"
		}
	}
	inputs, err := campaign.Inputs(paths)
	if err != nil {
		return nil, err.Error()
	}
	return inputs, ""
}

// run runs the campaign until done or interrupted, and prints its
// summary.
func (f *campaignFlags) run(inputs []campaign.Input, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	p := newProgress(stderr, len(inputs))
	opts := campaign.Options{
		Out: f.out, Verify: f.verify, Branch: f.branch, Push: f.push, Remote: f.remote, Jobs: f.jobs,
		Shard: f.k, Shards: f.n, Retry: f.retry == "failed", SkipModules: f.skipModules,
		Fix: inProcessFixer, Started: p.started, Done: p.done,
	}
	if campaignFixer != nil {
		opts.Fix = campaignFixer
	}
	rs, err := campaign.Run(ctx, opts, inputs)
	p.finish()
	if errors.Is(err, context.Canceled) {
		// Ctrl-C or SIGTERM: what was in flight is put back and left to
		// the next run, which does it again.
		fmt.Fprint(stdout, campaign.Summary(rs))
		n := 0
		for _, r := range rs {
			if r.Status == campaign.Interrupted {
				n++
			}
		}
		fmt.Fprintf(stderr, "upsertfix campaign: interrupted; %d in-flight repositories put back as they were; run the same command again to finish (exit status %d)\n", n, exitInterrupted)
		return exitInterrupted
	}
	if err != nil {
		fmt.Fprintf(stderr, "upsertfix campaign: %v\n", err)
		return 2
	}
	fmt.Fprint(stdout, campaign.Summary(rs))
	fmt.Fprintf(stderr, "upsertfix campaign: summary in %s\n", filepath.Join(f.out, "SUMMARY.md"))
	return campaign.ExitCode(rs)
}

func runMerge(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("upsertfix campaign merge", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var out string
	fs.StringVar(&out, "out", "", "the merged campaign `directory`")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if out == "" || fs.NArg() == 0 {
		fmt.Fprintln(stderr, "usage: upsertfix campaign merge -out DIR SHARD_DIR...")
		return 2
	}
	rs, err := campaign.Merge(out, fs.Args())
	if err != nil {
		fmt.Fprintf(stderr, "upsertfix campaign merge: %v\n", err)
		return 2
	}
	fmt.Fprint(stdout, campaign.Summary(rs))
	return campaign.ExitCode(rs)
}

// exitInterrupted is the campaign's exit status when a signal stopped it
// (128 + SIGINT, as shells report).
const exitInterrupted = 130

// campaignFixer, when set, replaces inProcessFixer (a test kills the
// process with it).
var campaignFixer campaign.Fixer

// inProcessFixer runs upsertfix -w -json on one module, in this process.
func inProcessFixer(ctx context.Context, module string) ([]campaign.Site, error) {
	var out, errb bytes.Buffer
	code := Run([]string{"-C", module, "-json", "-w", "./..."}, &out, &errb)
	var fs []jsonFinding
	jsonErr := json.Unmarshal(out.Bytes(), &fs)
	var partial *campaign.PartialLoad
	if code == 2 {
		msg := strings.TrimSpace(errb.String())
		if msg == "" {
			msg = "exit status 2"
		}
		// Some packages did not load and the others were analyzed: the
		// module is fixed where it loaded, and the rest named.
		pkgs := notLoaded(msg)
		var n, of int
		for _, ln := range strings.Split(msg, "\n") {
			if _, err := fmt.Sscanf(ln, "upsertfix: %d of %d package(s) did not load", &n, &of); err == nil {
				break
			}
		}
		if jsonErr != nil || len(pkgs) == 0 || n == 0 || n >= of {
			return nil, errors.New(msg) // nothing loaded
		}
		partial = &campaign.PartialLoad{Packages: pkgs}
	}
	if jsonErr != nil {
		return nil, fmt.Errorf("reading the findings: %v", jsonErr)
	}
	root := repoRoot(module)
	var sites []campaign.Site
	for _, f := range fs {
		if f.Kind == "ignore-without-reason" || f.Kind == "unused-ignore" {
			continue
		}
		file := f.File
		if !filepath.IsAbs(file) {
			file = filepath.Join(module, file)
		}
		if r, err := filepath.Rel(root, file); err == nil {
			file = filepath.ToSlash(r)
		}
		sites = append(sites, campaign.Site{File: file, Line: f.Line, Model: f.Model, Key: f.Key, Kind: f.Kind, Fixed: f.Fixed, Message: f.Message})
	}
	if partial != nil {
		return sites, partial
	}
	return sites, nil
}

// notLoaded lists the packages the command's stderr says did not load.
func notLoaded(stderr string) []string {
	var pkgs []string
	for _, ln := range strings.Split(stderr, "\n") {
		if p, ok := strings.CutPrefix(ln, "upsertfix: package "); ok {
			if p, ok := strings.CutSuffix(p, " does not load:"); ok {
				pkgs = append(pkgs, p)
			}
		}
	}
	return pkgs
}

// repoRoot is the directory holding .git above dir (dir itself if none).
func repoRoot(dir string) string {
	for d := dir; ; {
		if _, err := os.Stat(filepath.Join(d, ".git")); err == nil {
			return d
		}
		parent := filepath.Dir(d)
		if parent == d {
			return dir
		}
		d = parent
	}
}

// progress shows the campaign's progress on stderr: a bar through
// progressbar on a terminal, one line per repository otherwise.
type progress struct {
	mu            sync.Mutex
	w             io.Writer
	bar           *progressbar.ProgressBar
	total, ended  int
	fixed, failed int
	current       map[string]bool
}

func newProgress(w io.Writer, total int) *progress {
	p := &progress{w: w, total: total, current: map[string]bool{}}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.bar = progressbar.NewOptions(total,
			progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription("campaign"),
			progressbar.OptionShowCount(),
			progressbar.OptionSetWidth(30),
			progressbar.OptionClearOnFinish(),
		)
	}
	return p
}

func (p *progress) started(r *campaign.Repo) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.current[r.Name] = true
	p.describe()
}

func (p *progress) done(r *campaign.Repo) {
	p.mu.Lock()
	defer p.mu.Unlock()
	delete(p.current, r.Name)
	p.ended++
	switch r.Status {
	case campaign.Fixed:
		p.fixed++
	case campaign.Clean, campaign.UnfixableOnly:
	default:
		p.failed++
	}
	if p.bar == nil {
		line := fmt.Sprintf("upsertfix campaign: [%d] %s: %s", p.ended, r.Name, r.Status)
		if r.Status == campaign.Fixed || r.Status == campaign.UnfixableOnly {
			line += fmt.Sprintf(" (%d fixed, %d unfixed)", r.Fixed, r.Unfixed)
		}
		if r.Error != "" {
			msg, _, _ := strings.Cut(r.Error, "\n")
			line += ": " + msg
		}
		fmt.Fprintln(p.w, line)
		return
	}
	p.describe()
	p.bar.Add(1)
}

func (p *progress) describe() {
	if p.bar == nil {
		return
	}
	var cur []string
	for n := range p.current {
		cur = append(cur, n)
	}
	desc := fmt.Sprintf("fixed %d, failed %d", p.fixed, p.failed)
	if len(cur) > 0 {
		desc += " | " + strings.Join(cur, ", ")
	}
	p.bar.Describe(desc)
}

func (p *progress) finish() {
	if p.bar != nil {
		p.bar.Finish()
	}
}
