package load

import (
	"os"
	"path/filepath"
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
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			f := filepath.Join(dir, "p.go")
			os.WriteFile(f, []byte(c.src), 0o644)
			l, cr, nf := calls(&packages.Package{GoFiles: []string{f}})
			if l != c.lookup || cr != c.create || nf != c.notFnd {
				t.Errorf("lookup %v create %v notFound %v; want %v %v %v", l, cr, nf, c.lookup, c.create, c.notFnd)
			}
		})
	}
}
