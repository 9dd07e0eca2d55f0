package detect

import (
	"fmt"
	"go/ast"
	"go/types"
	"reflect"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// Repositories are often used through an interface (1Panel: groupRepo =
// repo.NewIGroupRepo(), an IGroupRepo whose only implementation is
// *GroupRepo). InterfaceFacts gives each method of the interfaces declared
// in pkgs the LookupFact or CreateFact that every implementing type of
// pkgs has for that method, when they agree on ORM and model. get reads a
// fact of an object; set records one (and may decline it).
//
// The Analyzer calls it for its own package (implementations beside the
// interface); the command calls it once more over the whole module, for
// implementations in packages that do not import the interface's.
func InterfaceFacts(pkgs []*types.Package, get func(types.Object, analysis.Fact) bool, set func(types.Object, analysis.Fact)) {
	var ifaces, concrete []*types.Named
	for _, pkg := range pkgs {
		scope := pkg.Scope()
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok || tn.IsAlias() {
				continue
			}
			n, ok := tn.Type().(*types.Named)
			if !ok || n.TypeParams().Len() > 0 {
				continue
			}
			if types.IsInterface(n) {
				ifaces = append(ifaces, n)
			} else {
				concrete = append(concrete, n)
			}
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
			if f := sharedFact(impls, m, get, func() modelFact { return new(LookupFact) }); f != nil {
				set(m, f)
			} else if f := sharedFact(impls, m, get, func() modelFact { return new(CreateFact) }); f != nil {
				set(m, f)
			} else if f := sharedFact(impls, m, get, func() modelFact { return new(ScopeFact) }); f != nil {
				set(m, f)
			} else if f := sharedFact(impls, m, get, func() modelFact { return new(TxFuncFact) }); f != nil {
				set(m, f)
			} else if f := sharedFact(impls, m, get, func() modelFact { return new(RunnerFact) }); f != nil {
				set(m, f)
			} else if f := sharedFact(impls, m, get, func() modelFact { return new(ErrKindFact) }); f != nil {
				set(m, f)
			}
		}
	}
}

// modelFact is a fact about a function of one ORM and model.
type modelFact interface {
	analysis.Fact
	ormModel() string
}

func (f *LookupFact) ormModel() string { return f.ORM + " " + f.Model }
func (f *CreateFact) ormModel() string { return f.ORM + " " + f.Model }
func (f *TxFuncFact) ormModel() string { return fmt.Sprint(*f) }

// sharedFact returns the fact (made by fresh) that method m has on every
// type of impls, when they agree on ORM and model; nil otherwise. A type
// that has the method only through an embedded interface is passed over.
func sharedFact(impls []types.Type, m *types.Func, get func(types.Object, analysis.Fact) bool, fresh func() modelFact) analysis.Fact {
	var first modelFact
	for _, t := range impls {
		// (the method's package: an unexported method is found only
		// with it)
		obj, _, _ := types.LookupFieldOrMethod(t, true, m.Pkg(), m.Name())
		fn, ok := obj.(*types.Func)
		if !ok {
			return nil
		}
		if recv := fn.Signature().Recv(); recv != nil && types.IsInterface(recv.Type()) {
			// a struct that embeds the interface (gotosocial's
			// DBService{Tag: &tagDB{...}}): it forwards to whatever it
			// is given, judged as an implementation of its own
			continue
		}
		f := fresh()
		if !get(fn, f) {
			return nil
		}
		if first == nil {
			first = f
			continue
		}
		if f.ormModel() != first.ormModel() {
			return nil
		}
		switch a := first.(type) {
		case *LookupFact:
			a.meet(f.(*LookupFact))
		case *CreateFact:
			a.meet(f.(*CreateFact))
		}
	}
	return first
}

// summarizeInterfaces runs InterfaceFacts over the pass's package.
// It reports whether it gave a method a fact it did not have.
func summarizeInterfaces(pass *analysis.Pass) bool {
	added := false
	InterfaceFacts([]*types.Package{pass.Pkg}, pass.ImportObjectFact, func(obj types.Object, f analysis.Fact) {
		if obj.Pkg() != pass.Pkg { // a method embedded from another package
			return
		}
		old := reflect.New(reflect.TypeOf(f).Elem()).Interface().(analysis.Fact)
		if !pass.ImportObjectFact(obj, old) {
			added = true
		}
		pass.ExportObjectFact(obj, f)
	})
	return added
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
