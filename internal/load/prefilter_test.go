package load

import (
	"go/scanner"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
)

func TestCalls(t *testing.T) {
	for _, c := range []struct {
		name, src              string
		lookup, create, notFnd bool
	}{
		{"plain", "package p\nfunc F() int { return len(\"x\") }\n", false, false, false},
		{"gorm (both: the scan stops, all true)", "package p\nfunc F(db DB) { db.Where(\"a = ?\", 1).First(&u); db.Create(&u) }\n", true, true, true},
		{"instantiated", "package p\nfunc F() { x, _ := dal.GetOne[Row](); _ = x }\n", true, false, false},
		{"repository create", "package p\nfunc F(r Repo) error { return r.InsertUser(u) }\n", false, true, false},
		{"not-found helper", "package p\nfunc IsMissing(err error) bool { return errors.Is(err, gorm.ErrRecordNotFound) }\n", true, false, true},
		{"names, not calls", "package p\nvar First, Create = 1, 2\n", false, false, false},
		{"in comments and strings", "package p\n// db.First(&u)\n/* db.Create(&u) */\nvar s, r, c = \"First(\", `Create(`, 'F'\n", false, false, false},
		{"escaped quote", "package p\nvar s = \"\\\" First(\"; func F() { Create(x) }\n", false, true, false},
		{"SQL", "package p\nfunc F(db *sql.DB) { err := db.QueryRow(q).Scan(&id); if err == sql.ErrNoRows { db.Exec(ins) } }\n", true, true, true},
		{"Exec without a SQL layer", "package p\nfunc F(db *gorm.DB) { db.Where(q).First(&u); db.Exec(ins) }\n", true, false, false},
		{"space before the parenthesis", "package p\nfunc F() { db.First (&u) }\n", true, false, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			f := filepath.Join(dir, "p.go")
			os.WriteFile(f, []byte(c.src), 0o644)
			p := &packages.Package{GoFiles: []string{f}}
			if strings.HasPrefix(c.name, "SQL") {
				p.Imports = map[string]*packages.Package{"database/sql": {}}
			}
			l, cr, nf := calls(p)
			if l != c.lookup || cr != c.create || nf != c.notFnd {
				t.Errorf("lookup %v create %v notFound %v; want %v %v %v", l, cr, nf, c.lookup, c.create, c.notFnd)
			}
		})
	}
}

// scan agrees with go/scanner, which it replaces for speed, on every Go
// file of this repository and its test modules.
func TestScanMatchesScanner(t *testing.T) {
	n := 0
	filepath.WalkDir("../..", func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		var l, c, nf bool
		both := scan(src, &l, &c, &nf)
		rl, rc, rnf := reference(src)
		if both && !(rl && rc) || !both && (l != rl || c != rc || nf != rnf) {
			t.Errorf("%s: scan says lookup %v create %v notFound %v; go/scanner %v %v %v", path, l, c, nf, rl, rc, rnf)
		}
		n++
		return nil
	})
	if n < 300 {
		t.Fatalf("compared %d files", n)
	}
}

// reference is the prefilter's scan written with go/scanner.
func reference(src []byte) (lookup, create, notFound bool) {
	var s scanner.Scanner
	s.Init(token.NewFileSet().AddFile("x.go", -1, len(src)), src, nil, 0)
	prev := ""
	for {
		_, tok, lit := s.Scan()
		if tok == token.EOF {
			return
		}
		if (tok == token.LPAREN || tok == token.LBRACK) && prev != "" {
			lookup = lookup || lookupName.MatchString(prev)
			create = create || createName.MatchString(prev)
		}
		prev = ""
		if tok == token.IDENT {
			prev = lit
			notFound = notFound || strings.Contains(lit, "NotFound") || strings.Contains(lit, "ErrNoRows")
		}
	}
}
