// An import loop: a flag starts true and is cleared when the row's
// reference exists (homebox's CsvImport), then the row is created when
// the flag is still set. The existence helper builds its query in a
// local first and returns the flag with the error.
package flag_cleared

import "xorm.io/xorm"

type Item struct {
	ID  int64  `xorm:"pk autoincr 'id'"`
	Ref string `xorm:"unique 'ref'"`
	Tag string `xorm:"'tag'"`
}

type Repo struct{ engine *xorm.Engine }

// RefExists reports whether an item has the reference.
func (r *Repo) RefExists(ref string) (bool, error) {
	q := r.engine.Where("ref = ?", ref)
	exists, err := q.Exist(&Item{})
	if err != nil {
		return exists, err
	}
	return exists, nil
}

// TagExists reports whether an item has the tag (not a unique column).
func (r *Repo) TagExists(tag string) (bool, error) {
	q := r.engine.Where("tag = ?", tag)
	exists, err := q.Exist(&Item{})
	if err != nil {
		return exists, err
	}
	return exists, nil
}

// Import creates the items whose reference is new.
func Import(r *Repo, refs []string) (int, error) {
	created := 0
	for _, ref := range refs {
		createRequired := true
		exists, err := r.RefExists(ref)
		if err != nil {
			return created, err
		}
		if exists {
			createRequired = false
		}
		if createRequired {
			if _, err := r.engine.Insert(&Item{Ref: ref}); err != nil {
				return created, err
			}
			created++
		}
	}
	return created, nil
}

// Tagged creates an item per new tag: no unique key covers the tag.
func Tagged(r *Repo, ref, tag string) error {
	createRequired := true
	exists, err := r.TagExists(tag)
	if err != nil {
		return err
	}
	if exists {
		createRequired = false
	}
	if createRequired {
		_, err = r.engine.Insert(&Item{Ref: ref, Tag: tag})
	}
	return err
}

// Count only counts the new references: the flag decides no create.
func Count(r *Repo, refs []string) (int, error) {
	n := 0
	for _, ref := range refs {
		isNew := true
		exists, err := r.RefExists(ref)
		if err != nil {
			return n, err
		}
		if exists {
			isNew = false
		}
		if isNew {
			n++
		}
	}
	return n, nil
}
