// The repository's create looks the row up again itself when its insert
// fails (authorizer's AddOrgDomain), and answers with the row it finds:
// the race of a caller that looked the row up by the same key first is
// handled there. A create that looks again by another key does not
// handle it.
package create_rereads

import (
	"errors"

	"gorm.io/gorm"
)

var ErrOwnedByOther = errors.New("domain owned by another org")

type Domain struct {
	ID    string // the domain name: the primary key
	OrgID string
	Label string
}

type Repo struct{ db *gorm.DB }

// Get returns the domain, or an error (gorm.ErrRecordNotFound).
func (r *Repo) Get(id string) (*Domain, error) {
	var d Domain
	if err := r.db.Where("id = ?", id).First(&d).Error; err != nil {
		return nil, err
	}
	return &d, nil
}

// ByLabel returns a domain with the label, or an error.
func (r *Repo) ByLabel(label string) (*Domain, error) {
	var d Domain
	if err := r.db.Where("label = ?", label).First(&d).Error; err != nil {
		return nil, err
	}
	return &d, nil
}

// Add inserts the domain; when the insert fails and the domain is there
// (a concurrent caller's), it answers as a lookup would have.
func (r *Repo) Add(d *Domain) (*Domain, error) {
	res := r.db.Create(d)
	if res.Error != nil {
		existing, err := r.Get(d.ID)
		if err == nil && existing != nil {
			if existing.OrgID == d.OrgID {
				return existing, nil
			}
			return nil, ErrOwnedByOther
		}
		return nil, res.Error
	}
	return d, nil
}

// AddChecked inserts the domain, and looks again by label on a failure:
// not the key of its callers' lookup, and not a unique one, so upsertfix
// does not take it as handling their race (it reports and fixes them).
func (r *Repo) AddChecked(d *Domain) (*Domain, error) {
	res := r.db.Create(d)
	if res.Error != nil {
		if existing, err := r.ByLabel(d.Label); err == nil {
			return existing, nil
		}
		return nil, res.Error
	}
	return d, nil
}

// Verify claims the domain for the org: handled by Add (not a finding).
func Verify(r *Repo, org, domain string) (*Domain, error) {
	if existing, _ := r.Get(domain); existing != nil {
		if existing.OrgID == org {
			return existing, nil
		}
		return nil, ErrOwnedByOther
	}
	return r.Add(&Domain{ID: domain, OrgID: org})
}

// VerifyChecked claims the domain through AddChecked: a race.
func VerifyChecked(r *Repo, org, domain string) (*Domain, error) {
	if existing, _ := r.Get(domain); existing != nil {
		if existing.OrgID == org {
			return existing, nil
		}
		return nil, ErrOwnedByOther
	}
	return r.AddChecked(&Domain{ID: domain, OrgID: org})
}
