package detect

import (
	"go/ast"
	"go/token"
	"strings"
)

const directive = "//upsertfix:ignore"

// ignores holds the //upsertfix:ignore comments of a file.
type ignores struct {
	lines map[int]*use    // lines ending in a directive
	funcs []funcDirective // functions whose doc carries one
	all   []*use
	bad   []*Finding // directives without a reason
}

// use is one directive, and whether it suppressed a finding.
type use struct {
	c    *ast.Comment
	used bool
}

type funcDirective struct {
	fn *ast.FuncDecl
	u  *use
}

func newIgnores(fset *token.FileSet, f *ast.File) *ignores {
	ig := &ignores{lines: map[int]*use{}}
	docs := map[*ast.CommentGroup]*ast.FuncDecl{}
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Doc != nil {
			docs[fd.Doc] = fd
		}
	}
	for _, g := range f.Comments {
		for _, c := range g.List {
			rest, ok := strings.CutPrefix(c.Text, directive)
			if !ok || (rest != "" && rest[0] != ' ' && rest[0] != '\t') {
				continue
			}
			if strings.TrimSpace(rest) == "" {
				ig.bad = append(ig.bad, &Finding{Pos: c.Pos(), End: c.End(), Kind: KindBadIgnore,
					Reason: "upsertfix:ignore needs a reason: say why this get-or-create cannot race (e.g. a single writer)"})
			}
			u := &use{c: c}
			ig.all = append(ig.all, u)
			ig.lines[fset.Position(c.Pos()).Line] = u
			if fd := docs[g]; fd != nil {
				ig.funcs = append(ig.funcs, funcDirective{fd, u})
			}
		}
	}
	return ig
}

// suppressed reports whether a directive covers the finding: on its line,
// the line above, or the doc comment of the enclosing function.
func (ig *ignores) suppressed(fset *token.FileSet, fd *Finding) bool {
	line := fset.Position(fd.Pos).Line
	for _, l := range []int{line, line - 1} {
		if u := ig.lines[l]; u != nil {
			u.used = true
			return true
		}
	}
	for _, f := range ig.funcs {
		if f.fn.Pos() <= fd.Pos && fd.Pos < f.fn.End() {
			f.u.used = true
			return true
		}
	}
	return false
}

// unused reports the directives that suppressed nothing, like
// staticcheck's unused lint:ignore: a misplaced directive (on the create's
// line, say) would otherwise hide nothing and look like it did.
func (ig *ignores) unused() []*Finding {
	var out []*Finding
	for _, u := range ig.all {
		if !u.used {
			out = append(out, &Finding{Pos: u.c.Pos(), End: u.c.End(), Kind: KindUnusedIgnore,
				Reason: "upsertfix:ignore suppresses nothing: put it on the line above a get-or-create's lookup, or in its function's doc comment, or remove it"})
		}
	}
	return out
}
