package detect

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// Repositories are often used through an interface declared next to their
// implementation (1Panel: groupRepo = repo.NewIGroupRepo(), an IGroupRepo
// whose only implementation is *GroupRepo). summarizeInterfaces gives an
// interface method the lookup or create fact of its implementations when
// every type of the package that implements the interface has that fact,
// for the same ORM and model. Implementations in packages that do not
// import the interface's package are not seen (facts flow along imports).
func summarizeInterfaces(pass *analysis.Pass) {
	scope := pass.Pkg.Scope()
	var ifaces, concrete []*types.Named
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		n, ok := tn.Type().(*types.Named)
		if !ok || n.TypeParams().Len() > 0 {
			continue
		}
		if _, isIface := n.Underlying().(*types.Interface); isIface {
			ifaces = append(ifaces, n)
		} else {
			concrete = append(concrete, n)
		}
	}
	for _, in := range ifaces {
		it := in.Underlying().(*types.Interface)
		var impls []types.Type
		for _, c := range concrete {
			for _, t := range []types.Type{c, types.NewPointer(c)} {
				if types.Implements(t, it) {
					impls = append(impls, t)
					break
				}
			}
		}
		if len(impls) == 0 {
			continue
		}
		for i := 0; i < it.NumMethods(); i++ {
			m := it.Method(i)
			if m.Pkg() != pass.Pkg {
				continue // embedded from another package
			}
			if f := commonFact(pass, impls, m.Name(), new(LookupFact)); f != nil {
				pass.ExportObjectFact(m, f)
			} else if f := commonFact(pass, impls, m.Name(), new(CreateFact)); f != nil {
				pass.ExportObjectFact(m, f)
			}
		}
	}
}

// commonFact returns the fact that method name has on every type of
// impls, when they agree on ORM and model; nil otherwise.
func commonFact[F interface {
	*LookupFact | *CreateFact
	analysis.Fact
}](pass *analysis.Pass, impls []types.Type, name string, zero F) analysis.Fact {
	var first analysis.Fact
	key := ""
	for _, t := range impls {
		obj, _, _ := types.LookupFieldOrMethod(t, true, pass.Pkg, name)
		fn, ok := obj.(*types.Func)
		if !ok {
			return nil
		}
		var f analysis.Fact
		var k string
		switch any(zero).(type) {
		case *LookupFact:
			lf := new(LookupFact)
			if !pass.ImportObjectFact(fn, lf) {
				return nil
			}
			f, k = lf, lf.ORM+" "+lf.Model
		case *CreateFact:
			cf := new(CreateFact)
			if !pass.ImportObjectFact(fn, cf) {
				return nil
			}
			f, k = cf, cf.ORM+" "+cf.Model
		}
		if first == nil {
			first, key = f, k
		} else if k != key {
			return nil
		}
	}
	return first
}

// callee returns the function a call names: a static callee, or the
// abstract method of an interface method call.
func callee(info *types.Info, call *ast.CallExpr) *types.Func {
	if fn := typeutil.StaticCallee(info, call); fn != nil {
		return fn
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if fn, ok := info.Uses[sel.Sel].(*types.Func); ok {
			if recv := fn.Type().(*types.Signature).Recv(); recv != nil && types.IsInterface(recv.Type()) {
				return fn
			}
		}
	}
	return nil
}
