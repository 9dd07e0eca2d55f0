package detect

import (
	"slices"
	"strings"

	"github.com/upsertfix/upsertfix/internal/orm"
)

// gate decides whether a finding can be fixed: the looked-up columns must
// be exactly one unique key of the model, usable as a conflict target.
func (m *matcher) gate(fd *Finding) {
	s := fd.Site
	l := s.Lookup
	no := func(why string) { fd.Fixable, fd.Reason = false, why }
	if fd.Kind == KindFirstOrInit {
		if s.Create.Method == "Save" {
			no("Save also updates a row that was found; write the intended upsert by hand (clause.OnConflict with the columns to update)")
		} else {
			no("the create also runs when FirstOrInit found the row; guard it with a zero primary-key test (if x.ID == 0), then run upsertfix again")
		}
		return
	}
	if via := viaText(l, s.Create); via != "" {
		fd.Key = dedupe(l.Key)
		no(via + "; upsertfix rewrites only direct ORM calls: call the ORM here, or make the repository's create report a unique violation and run the lookup again when it does")
		return
	}
	if l.KeyErr != "" {
		no(l.KeyErr + "; make the lookup an equality match on a unique key")
		return
	}
	key := dedupe(l.Key)
	fd.Key = key
	// A unique key on the looked-up columns, or on some of them: either
	// way at most one row matches the lookup, and a concurrent insert of
	// the same key fails.
	var match *orm.UniqueKey
	keys := m.a.UniqueKeys(m.pass.Fset, l.Model)
	for i := range keys {
		if sameSet(keys[i].Columns, key) {
			match = &keys[i]
			break
		}
	}
	for i := range keys {
		if match == nil && !keys[i].Partial && subset(keys[i].Columns, key) {
			match = &keys[i]
		}
	}
	switch {
	case match == nil:
		no("no unique index or constraint covers exactly (" + strings.Join(key, ", ") + "); " + m.a.Suggest(l.Model, key) + " to make it fixable")
		return
	case match.Partial:
		no("the unique index " + match.Name + " is partial (WHERE ...), so a row outside its condition does not make a concurrent insert fail")
		return
	}
	if why := m.a.Check(m.pass.TypesInfo, l, s.Create); why != "" {
		no(why)
		return
	}
	if fd.Kind != KindExistsThenCreate && !m.a.CarriesKey(m.pass.TypesInfo, m.file, s.Create, *match) {
		no("the created record does not visibly set (" + strings.Join(match.Columns, ", ") + ") to the looked-up values, so a concurrent insert could not fail on the key; set the key on the new record, then run upsertfix again")
		return
	}
	if why := m.retryable(fd); why != "" {
		no(why)
		return
	}
	s.Unique = *match
	fd.Fixable = true
	fd.Reason = m.a.FixText(m.pass.TypesInfo, l, s.Create, *match, fd.Kind == KindExistsThenCreate)
}

func dedupe(xs []string) []string {
	var out []string
	for _, x := range xs {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

func subset(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return len(a) > 0
}

func sameSet(a, b []string) bool {
	a, b = dedupe(a), dedupe(b)
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// viaText says which user functions a site goes through, or "".
func viaText(l *orm.Lookup, c *orm.Create) string {
	switch {
	case l.Via != "" && c.Via != "":
		return "the lookup goes through " + l.Via + " and the create through " + c.Via
	case l.Via != "":
		return "the lookup goes through " + l.Via
	case c.Via != "":
		return "the create goes through " + c.Via
	}
	return ""
}
