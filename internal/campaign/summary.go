package campaign

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
)

// File is campaign.json.
type File struct {
	Repos []*Repo `json:"repos"`
}

// summaryRepo is a repository as campaign.json shows it: the fields of
// the documented format only.
type summaryRepo struct {
	Name    string `json:"name"`
	Path    string `json:"path"`
	Status  string `json:"status"`
	Fixed   int    `json:"fixed"`
	Unfixed int    `json:"unfixed"`
	Branch  string `json:"branch"`
	Commit  string `json:"commit"`
	Patch   string `json:"patch"`
	Error   string `json:"error"`
}

// WriteSummary writes campaign.json and SUMMARY.md for the repositories,
// sorted by name.
func WriteSummary(out string, rs []*Repo) error {
	rs = append([]*Repo(nil), rs...)
	sort.Slice(rs, func(i, j int) bool { return rs[i].Name < rs[j].Name })
	list := make([]summaryRepo, 0, len(rs))
	for _, r := range rs {
		s := summaryRepo{Name: r.Name, Path: r.Path, Status: r.Status, Fixed: r.Fixed, Unfixed: r.Unfixed, Patch: r.Patch, Error: r.Error}
		if r.Status == Fixed {
			s.Branch, s.Commit = r.Branch, r.Commit
		}
		list = append(list, s)
	}
	b, err := json.MarshalIndent(struct {
		Repos []summaryRepo `json:"repos"`
	}{list}, "", "  ")
	if err != nil {
		return err
	}
	if err := writeFile(filepath.Join(out, "campaign.json"), append(b, '\n')); err != nil {
		return err
	}
	return writeFile(filepath.Join(out, "SUMMARY.md"), []byte(Summary(rs)))
}

// Summary is SUMMARY.md: counts by status, then one row per repository.
func Summary(rs []*Repo) string {
	var b strings.Builder
	counts := map[string]int{}
	fixed, unfixed := 0, 0
	discarded := 0
	for _, r := range rs {
		if r.Status == "" {
			r.Status = Pending // not started: a signal stopped the campaign first
		}
		counts[r.Status]++
		if r.Status == Fixed {
			fixed += r.Fixed
		} else {
			discarded += r.Fixed // a fix the verify threw away, or never committed
		}
		unfixed += r.Unfixed
	}
	fmt.Fprintf(&b, "# upsertfix campaign\n\n%d repositories: ", len(rs))
	var parts []string
	for _, s := range []string{Fixed, Clean, UnfixableOnly, VerifyFailed, Dirty, Error, Interrupted, Pending} {
		if counts[s] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", counts[s], s))
		}
	}
	if len(parts) == 0 {
		parts = []string{"none"}
	}
	fmt.Fprintf(&b, "%s; %s fixed, %d left unfixed", strings.Join(parts, ", "), plural(fixed, "site"), unfixed)
	if discarded > 0 {
		fmt.Fprintf(&b, "; discarded: %d (their repository's verify failed, or the run stopped)", discarded)
	}
	b.WriteString(".\n\n")
	b.WriteString("| repository | status | fixed | unfixed | modules | branch | patch | note |\n|---|---|---|---|---|---|---|---|\n")
	for _, r := range rs {
		branch, patch := "", ""
		if r.Status == Fixed {
			branch = "`" + r.Branch + "` " + short(r.Commit)
			if r.Pushed {
				branch += " (pushed)"
			}
		}
		if r.Patch != "" {
			patch = fmt.Sprintf("[%s](%s)", r.Patch, r.Patch)
			if r.PR != "" {
				patch += fmt.Sprintf(", [PR](%s)", r.PR)
			}
		}
		// The whole error on one line (its cause follows the first
		// line: "output in ...:", "does not load:"), cut only when long.
		note := strings.Join(strings.Fields(r.Error), " ")
		if len(note) > 400 {
			note = note[:400] + " …"
		}
		for _, n := range []string{r.VerifyNote, r.ModuleNote} {
			if n != "" && note == "" {
				note = n
			} else if n != "" {
				note += "; " + n
			}
		}
		note = strings.ReplaceAll(note, "|", "\\|")
		fixedCol := fmt.Sprint(r.Fixed)
		if r.Status != Fixed && r.Fixed > 0 {
			fixedCol = fmt.Sprintf("0 (%d discarded)", r.Fixed)
		}
		var mods []string
		for _, m := range r.Modules {
			mods = append(mods, "`"+m.Dir+"` "+m.Status)
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %d | %s | %s | %s | %s |\n", r.Name, r.Status, fixedCol, r.Unfixed, strings.Join(mods, ", "), branch, patch, note)
	}
	return b.String()
}

// CommitMessage lists every fix of the repository.
func CommitMessage(r *Repo) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Make %s atomic under concurrency (upsertfix)\n\n", plural(r.Fixed, "get-or-create"))
	b.WriteString("Each lookup-then-create below raced: two concurrent callers could both\nfind no row and both insert. A failed insert now sends the caller back\nto its lookup once, where it takes the found path, as if it had run\nsecond; it never inserts twice.\n\n")
	for _, s := range r.Sites {
		if s.Fixed {
			fmt.Fprintf(&b, "- %s:%d: %s%s\n", s.File, s.Line, s.Model, keyText(s.Key))
		}
	}
	return b.String()
}

// prIntro is the pull request's explanation, before its list of sites;
// {{repository}} is where repositoryParagraph goes when a fix is across
// layers.
const prIntro = `This change was made by [upsertfix](https://github.com/upsertfix/upsertfix).

**The race.** Each site below looks a row up, and creates it when it is
not found. Two requests at once can both see "not found" and both insert:
one then fails with a unique violation (a 500 for its caller), or, without
a unique constraint, the table gets two rows. Checking first cannot close
the gap; only the database can decide which insert wins.

**The fix.** The insert is made to fail cleanly on a unique violation
(GORM: inside ` + "`db.Transaction`" + `, a savepoint in an existing
transaction; ent and Prisma: the client's unique-violation test). The
caller that loses goes back to its lookup once; where the database lets
that second lookup see the winner's row, it takes the found path, as if
it had run second. If the second lookup still finds nothing, the caller
gets the first insert's error, as before, without a second insert. Any
other insert error is returned at once, as before. Nothing in the found
path or after the create changes.

**Where it cannot help.** Inside a transaction the caller opened itself,
the second lookup runs in that transaction: on PostgreSQL at READ
COMMITTED (its default) it sees the winner's row; on MySQL and MariaDB at
REPEATABLE READ (their default) GORM's second lookup is a locking read
(` + "`FOR UPDATE`" + `), which sees it too, though plain reads the found path
makes afterwards still see the transaction's snapshot. At SERIALIZABLE,
on PostgreSQL at REPEATABLE READ, or in an SQLite transaction that
already read, it cannot, and the caller gets the duplicate-key error it
got before this change, no worse. Such callers must retry the whole
transaction.

{{repository}}
**Why ` + "`goto`" + `.** Going back must re-run the lookup statement itself,
with its variables, and nothing else. A label right above the lookup and
one ` + "`goto`" + ` after a failed insert do that without moving the found path
into a loop body or re-indenting the function. The jump happens at most
once (` + "`dupErr`" + ` is set before it) and only backwards, to a label in the
same or an enclosing block, as Go requires; the variables the retried
code changed get their value at the label back first.

Every fix was type-checked`

// PRBody is the pull-request description: the race, each fixed site with
// its uniqueness evidence, and what was left unfixed and why.
func PRBody(r *Repo) string {
	var b strings.Builder
	fmt.Fprintf(&b, "## Make %s atomic under concurrency\n\n", plural(r.Fixed, "get-or-create"))
	around := ""
	for _, st := range r.Sites {
		if st.Fixed && strings.Contains(st.Message, "; fix: run ") {
			around = repositoryParagraph + "\n"
		}
	}
	b.WriteString(strings.Replace(prIntro, "{{repository}}\n", around, 1))
	if r.VerifyNote != "" {
		b.WriteString(". The repository's verify command already failed before this change: " + r.VerifyNote + ".\n\n")
	} else {
		b.WriteString(", and the repository's verify command passed.\n\n")
	}
	writeSites(&b, r.Sites)
	return b.String()
}

// writeSites lists the fixed sites, then the others by reason.
func writeSites(b *strings.Builder, sites []Site) {
	b.WriteString("### Fixed\n\n")
	for _, s := range sites {
		if s.Fixed {
			fmt.Fprintf(b, "- `%s:%d`: %s%s (%s). %s\n", s.File, s.Line, s.Model, keyText(s.Key), s.Kind, evidence(s))
		}
	}
	var left []Site
	for _, s := range sites {
		if !s.Fixed {
			left = append(left, s)
		}
	}
	if len(left) == 0 {
		return
	}
	fmt.Fprintf(b, "\n### Found, not fixed (%d)\n\nThese sites race too, but upsertfix could not prove a fix keeps behaviour. They are grouped by reason, which says what would make them fixable.\n\n<details><summary>%s, by reason</summary>\n\n", len(left), plural(len(left), "site"))
	for _, g := range byReason(left) {
		fmt.Fprintf(b, "- %s: %s\n", plural(len(g.sites), "site"), g.reason)
		for _, s := range g.sites {
			fmt.Fprintf(b, "  - `%s:%d`: %s%s\n", s.File, s.Line, s.Model, keyText(s.Key))
		}
	}
	b.WriteString("\n</details>\n")
}

// repositoryParagraph explains the fixes made around a repository's
// calls, when the body has one.
const repositoryParagraph = `**Sites fixed around a repository.** Where the lookup and the create go
through the project's own functions (a repository, an interface), the fix
is in the caller and the repository is unchanged: its create runs once,
and any failed insert sends the caller back to the repository's lookup
once. That lookup is not a locking read and there is no savepoint: inside
a transaction (which PostgreSQL ends at the failed insert, and whose
snapshot MySQL and MariaDB keep at REPEATABLE READ) the caller gets the
insert's error, as before; outside one, the usual case for a repository
over the database handle, it takes the found path.
`

// evidence is the uniqueness evidence of a fixed site, from its message,
// and how it was fixed when that is not the savepoint.
func evidence(s Site) string {
	if len(s.Key) == 0 {
		return ""
	}
	e := fmt.Sprintf("Unique key: (%s), from the model's schema.", strings.Join(s.Key, ", "))
	if i := strings.Index(s.Message, "; fix: run "); i >= 0 {
		fn := strings.TrimPrefix(s.Message[i:], "; fix: run ")
		if j := strings.Index(fn, " once"); j > 0 {
			e += " Fixed around the repository's `" + fn[:j] + "`, which is unchanged."
		}
	}
	if strings.Contains(s.Message, "with -add-unique, it also") {
		e = fmt.Sprintf("Unique key: (%s), declared by this change on the model (-add-unique); create the index (AutoMigrate does) after removing the duplicate rows the message's query lists.", strings.Join(s.Key, ", "))
	}
	return e
}

func keyText(key []string) string {
	if len(key) == 0 {
		return ""
	}
	return " (" + strings.Join(key, ", ") + ")"
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

type reasonGroup struct {
	reason string
	sites  []Site
}

// byReason groups sites by the reason they were not fixed (the part of
// the message after "no fix: " or "fix withheld: "), the largest group
// first.
func byReason(sites []Site) []reasonGroup {
	idx := map[string]int{}
	var out []reasonGroup
	for _, s := range sites {
		reason := s.Message
		for _, sep := range []string{"; no fix: ", "; fix withheld: "} {
			if i := strings.LastIndex(reason, sep); i >= 0 {
				reason = reason[i+len(sep):]
				break
			}
		}
		i, ok := idx[reason]
		if !ok {
			i = len(out)
			idx[reason] = i
			out = append(out, reasonGroup{reason: reason})
		}
		out[i].sites = append(out[i].sites, s)
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].sites) > len(out[j].sites) })
	return out
}
