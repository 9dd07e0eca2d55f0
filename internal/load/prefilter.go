package load

import (
	"go/scanner"
	"go/token"
	"os"
	"regexp"
	"runtime"
	"strings"
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
	lookupName = regexp.MustCompile(`^(?:First|Take|Last|Find|Get|Fetch|Load|Lookup|Query|Only|Exist|Count|Select|Search|Read|Retrieve|Is[A-Z]|Has[A-Z]|Check|find|get|fetch|load|lookup|query|exist|count|search|read|retrieve|is[A-Z]|has[A-Z]|check)`)
	createName = regexp.MustCompile(`^(?:Create|Insert|Save|Add|Register|Upsert|Store|Put|Ensure|Signup|SignUp|Provision|Update|create|insert|save|add|register|upsert|store|put|ensure|signup|signUp|provision|update)`)
)

// calls reports whether the package's files call a lookup-like name and a
// create-like name, and whether they name a not-found error or test
// (gorm.ErrRecordNotFound, ent's IsNotFound: a not-found helper gives its
// importers a fact). A file that cannot be read, or does not parse,
// counts as all three: the typed load then reports it.
func calls(p *packages.Package) (lookup, create, notFound bool) {
	fset := token.NewFileSet()
	for _, name := range p.GoFiles {
		src, err := os.ReadFile(name)
		if err != nil {
			return true, true, true
		}
		var s scanner.Scanner
		s.Init(fset.AddFile(name, -1, len(src)), src, nil, 0)
		prev := ""
		for {
			_, tok, lit := s.Scan()
			if tok == token.EOF {
				break
			}
			// f(...), and f[T](...) (an explicit instantiation; an index
			// expression of a like name only keeps a package more)
			if (tok == token.LPAREN || tok == token.LBRACK) && prev != "" {
				lookup = lookup || lookupName.MatchString(prev)
				create = create || createName.MatchString(prev)
				if lookup && create {
					return true, true, true
				}
			}
			prev = ""
			if tok == token.IDENT {
				prev = lit
				notFound = notFound || strings.Contains(lit, "NotFound")
			}
		}
	}
	return lookup, create, notFound
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
