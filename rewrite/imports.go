package rewrite

import (
	"go/token"
	"strconv"
	"strings"

	"github.com/dave/dst"
)

// addImports adds an import spec for every package a fix refers to that
// the file does not import yet. Each goes right after the existing import
// that shares the longest path prefix (gorm.io/gorm/clause after
// gorm.io/gorm), so the file's import grouping is kept: dst's restorer
// would otherwise re-sort the first import block when it adds one itself.
func addImports(f *dst.File, self string, names nameResolver) {
	have := map[string]bool{}
	taken := map[string]bool{} // the names the file's imports go by
	var specs []*dst.ImportSpec
	var decls []*dst.GenDecl
	for _, d := range f.Decls {
		gd, ok := d.(*dst.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		decls = append(decls, gd)
		for _, s := range gd.Specs {
			is := s.(*dst.ImportSpec)
			p, _ := strconv.Unquote(is.Path.Value)
			have[p] = true
			specs = append(specs, is)
			if is.Name != nil {
				taken[is.Name.Name] = true
			} else if n, err := names.ResolvePackage(p); err == nil {
				taken[n] = true
			}
		}
	}
	var need []string
	dst.Inspect(f, func(n dst.Node) bool {
		if id, ok := n.(*dst.Ident); ok && id.Path != "" && id.Path != self && !have[id.Path] {
			have[id.Path] = true
			need = append(need, id.Path)
		}
		return true
	})
	for _, path := range need {
		spec := &dst.ImportSpec{Path: &dst.BasicLit{Kind: token.STRING, Value: strconv.Quote(path)}}
		if n, err := names.ResolvePackage(path); err == nil && taken[n] && standard(path) {
			// the file's own errors package (github.com/pkg/errors)
			// keeps its name, and the standard one gets an alias, so
			// that no line of the user's changes for it
			spec.Name = dst.NewIdent("std" + n)
		}
		spec.Decs.Before, spec.Decs.After = dst.NewLine, dst.NewLine
		if len(decls) == 0 {
			continue // the restorer creates the block
		}
		best, before := placeFor(specs, path)
		for _, gd := range decls {
			for j, s := range gd.Specs {
				if best < 0 || s != specs[best] {
					continue
				}
				if before {
					gd.Specs = append(gd.Specs[:j], append([]dst.Spec{spec}, gd.Specs[j:]...)...)
					spec.Decs.Before, spec.Decs.After = s.Decorations().Before, dst.NewLine
					s.Decorations().Before = dst.NewLine
					gd.Lparen, gd.Rparen = true, true
					specs = append(specs, spec)
					best = -2 // done
					continue
				}
				gd.Specs = append(gd.Specs[:j+1], append([]dst.Spec{spec}, gd.Specs[j+1:]...)...)
				if spec.Decs.After = s.Decorations().After; s.Decorations().After == dst.EmptyLine {
					s.Decorations().After = dst.NewLine
				}
				gd.Lparen, gd.Rparen = true, true
				specs = append(specs, spec)
				best = -2 // done
			}
		}
	}
}

// placeFor returns the existing import a new one for path goes after (or
// before, when before is set): the closest import of the same kind
// (standard or not) by shared prefix; for a standard path with none, in
// order among the standard imports; else the last non-standard import.
func placeFor(specs []*dst.ImportSpec, path string) (best int, before bool) {
	best, bestLen := -1, 0
	for i, s := range specs {
		p, _ := strconv.Unquote(s.Path.Value)
		if n := commonPrefix(p, path); n > bestLen && p != "C" && standard(p) == standard(path) {
			best, bestLen = i, n
		}
	}
	if best < 0 && standard(path) {
		for i, s := range specs {
			if p, _ := strconv.Unquote(s.Path.Value); standard(p) && p != "C" && p < path {
				best = i
			}
		}
		if best < 0 {
			for i, s := range specs {
				if p, _ := strconv.Unquote(s.Path.Value); standard(p) && p != "C" {
					return i, true
				}
			}
		}
	}
	if best < 0 {
		for i, s := range specs {
			if p, _ := strconv.Unquote(s.Path.Value); strings.Contains(p, ".") || best < 0 {
				best = i
			}
		}
	}
	return best, false
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	// Count whole path elements only.
	if n < len(a) && n < len(b) {
		n = strings.LastIndex(a[:n], "/") + 1
	}
	return n
}

// standard reports an import path of the standard library (no dot in
// its first element).
func standard(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}
