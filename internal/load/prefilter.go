package load

import (
	"bytes"
	"os"
	"regexp"
	"runtime"
	"sync"

	"golang.org/x/tools/go/packages"
)

// The syntactic prefilter: before anything is type-checked, a package's
// files are tokenized (not parsed) and the names it calls are collected.
// A package can hold a get-or-create only if it calls something that
// looks up and something that creates; it can give its importers a
// lookup or create fact only if it calls one of them. Type-checking from
// source is the cost of a run, so the packages that can do neither are
// left to export data, even in a module where every package imports the
// ORM through a shared package.

// lookupName and createName match the names of calls that may look a row
// up or create one: the ORMs' own methods, and the names repositories and
// helpers give their wrappers.
var (
	// (a name may also end with Exists: UserExists, CategoryTitleExists)
	lookupName = regexp.MustCompile(`^(?:First|Take|Last|Find|Get|Fetch|Load|Lookup|Query|Only|Exist|Count|Select|Search|Read|Retrieve|Is[A-Z]|Has[A-Z]|Check|Validate|Verify|find|get|fetch|load|lookup|query|exist|count|search|read|retrieve|is[A-Z]|has[A-Z]|check|validate|verify)|Exists?$`)
	createName = regexp.MustCompile(`^(?:Create|Insert|Save|Add|Register|Upsert|Store|Put|Ensure|Signup|SignUp|Provision|Update|create|insert|save|add|register|upsert|store|put|ensure|signup|signUp|provision|update)`)
)

// calls reports whether the package's files call a lookup-like name and a
// create-like name, and whether they name a not-found error or test
// (gorm.ErrRecordNotFound, ent's IsNotFound: a not-found helper gives its
// importers a fact). A file that cannot be read counts as all three: the
// typed load then reports it.
//
// A package that imports a SQL layer itself creates with Exec too
// (db.ExecContext(ctx, "INSERT ...")); elsewhere Exec is too common a
// name (GORM's raw statements) to keep a package for.
func calls(p *packages.Package) (lookup, create, notFound bool) {
	sqlLayer := false
	for path := range p.Imports {
		switch path {
		case "database/sql", "github.com/jmoiron/sqlx", "github.com/jackc/pgx/v5", "github.com/jackc/pgx/v4", "github.com/jackc/pgx/v5/pgxpool", "github.com/jackc/pgx/v4/pgxpool":
			sqlLayer = true
		}
	}
	for _, name := range p.GoFiles {
		src, err := os.ReadFile(name)
		if err != nil {
			return true, true, true
		}
		if sqlLayer && !create && bytes.Contains(src, []byte("Exec")) {
			create = true
		}
		if scan(src, &lookup, &create, &notFound) {
			return true, true, true
		}
	}
	return lookup, create, notFound
}

// scan reads Go source for identifiers and the calls of them: name(...),
// and name[T](...) (an explicit instantiation; an index expression of a
// like name only keeps a package more). It skips comments, strings and
// runes as go/scanner would, but it is a byte loop that allocates only
// for a called name: seed data files of thousands of literals are the
// bulk of what it reads. It returns true once a lookup and a create are
// both seen.
func scan(src []byte, lookup, create, notFound *bool) bool {
	prev := -1 // start of the identifier just before, if nothing since
	prevEnd := 0
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == '/' && i+1 < len(src) && src[i+1] == '/':
			for i < len(src) && src[i] != '\n' {
				i++
			}
			prev = -1
		case c == '/' && i+1 < len(src) && src[i+1] == '*':
			end := bytes.Index(src[i+2:], []byte("*/"))
			if end < 0 {
				return false
			}
			if bytes.IndexByte(src[i+2:i+2+end], '\n') >= 0 {
				prev = -1 // a newline: the identifier ended a statement
			}
			i += end + 4
		case c == '"' || c == '\'':
			for i++; i < len(src) && src[i] != c && src[i] != '\n'; i++ {
				if src[i] == '\\' {
					i++
				}
			}
			i++
			prev = -1
		case c == '`':
			end := bytes.IndexByte(src[i+1:], '`')
			if end < 0 {
				return false
			}
			i += end + 2
			prev = -1
		case c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= 0x80:
			start := i
			for i < len(src) && (src[i] == '_' || 'a' <= src[i] && src[i] <= 'z' || 'A' <= src[i] && src[i] <= 'Z' || '0' <= src[i] && src[i] <= '9' || src[i] >= 0x80) {
				i++
			}
			prev, prevEnd = start, i
			if !*notFound && (bytes.Contains(src[start:i], []byte("NotFound")) || bytes.Contains(src[start:i], []byte("ErrNoRows"))) {
				*notFound = true
			}
		case '0' <= c && c <= '9':
			for i < len(src) && (src[i] == '_' || src[i] == '.' || 'a' <= src[i] && src[i] <= 'z' || 'A' <= src[i] && src[i] <= 'Z' || '0' <= src[i] && src[i] <= '9') {
				i++
			}
			prev = -1
		case c == ' ' || c == '\t' || c == '\r':
			i++
		case c == '(' || c == '[':
			if prev >= 0 {
				name := string(src[prev:prevEnd])
				*lookup = *lookup || lookupName.MatchString(name)
				*create = *create || createName.MatchString(name)
				if *lookup && *create {
					return true
				}
			}
			i++
			prev = -1
		default:
			i++
			prev = -1
		}
	}
	return false
}

// callInfo is what the prefilter learned of a package.
type callInfo struct{ lookup, create, notFound bool }

// scanAll tokenizes the main module's packages, on every CPU. A package
// it leaves out needs no parse for its syntax errors to be reported: the
// listing's export data compiled it, and go list reports the errors.
func scanAll(listed []*packages.Package) map[*packages.Package]callInfo {
	var mine []*packages.Package
	for _, p := range listed {
		if p.Module != nil && p.Module.Main {
			mine = append(mine, p)
		}
	}
	infos := make([]callInfo, len(mine))
	work := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				l, c, nf := calls(mine[i])
				infos[i] = callInfo{lookup: l, create: c, notFound: nf}
			}
		}()
	}
	for i := range mine {
		work <- i
	}
	close(work)
	wg.Wait()
	out := make(map[*packages.Package]callInfo, len(mine))
	for i, p := range mine {
		out[p] = infos[i]
	}
	return out
}
