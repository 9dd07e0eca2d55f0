package detect

import (
	"go/ast"
	"go/token"
	"strings"
)

const directive = "//upsertfix:ignore"

// ignores holds the //upsertfix:ignore comments of a file.
type ignores struct {
	lines map[int]bool    // lines ending in a directive
	funcs []*ast.FuncDecl // functions whose doc carries one
	bad   []*Finding      // directives without a reason
}

func newIgnores(fset *token.FileSet, f *ast.File) *ignores {
	ig := &ignores{lines: map[int]bool{}}
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
			ig.lines[fset.Position(c.Pos()).Line] = true
			if fd := docs[g]; fd != nil {
				ig.funcs = append(ig.funcs, fd)
			}
		}
	}
	return ig
}

// suppressed reports whether a directive covers the finding: on its line,
// the line above, or the doc comment of the enclosing function.
func (ig *ignores) suppressed(fset *token.FileSet, fd *Finding) bool {
	line := fset.Position(fd.Pos).Line
	if ig.lines[line] || ig.lines[line-1] {
		return true
	}
	for _, f := range ig.funcs {
		if f.Pos() <= fd.Pos && fd.Pos < f.End() {
			return true
		}
	}
	return false
}
