// A repository's getter that answers its sentinel when no row matched,
// and also when the row it found has a zero field (indigo's GetAccount:
// if acc.UID == 0 { return nil, ErrAccountNotFound }): its callers
// create on the sentinel, so the getter is a lookup, and the race is
// theirs. A sentinel returned after a test of something else than the
// found row is not the lookup's.
package zero_field_sentinel

import (
	"errors"

	"gorm.io/gorm"
)

type Account struct {
	UID uint64 `gorm:"column:uid;primarykey"`
	DID string `gorm:"column:did;uniqueIndex"`
}

var ErrAccountNotFound = errors.New("account not found")

type Relay struct {
	db       *gorm.DB
	disabled bool
}

// GetAccount is a lookup by did.
func (r *Relay) GetAccount(did string) (*Account, error) {
	var acc Account
	if err := r.db.Where("did = ?", did).First(&acc).Error; err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return nil, ErrAccountNotFound
		}
		return nil, err
	}
	if acc.UID == 0 {
		return nil, ErrAccountNotFound
	}
	return &acc, nil
}

// EnsureAccount creates the account on the sentinel: fixed.
func (r *Relay) EnsureAccount(did string) (*Account, error) {
	acc, err := r.GetAccount(did)
	if err != nil {
		if !errors.Is(err, ErrAccountNotFound) {
			return nil, err
		}
		acc = &Account{DID: did}
		if err := r.db.Create(acc).Error; err != nil {
			return nil, err
		}
	}
	return acc, nil
}

// getIfEnabled answers the sentinel when the relay is disabled too: not
// a lookup for its callers.
func (r *Relay) getIfEnabled(did string) (*Account, error) {
	var acc Account
	if err := r.db.Where("did = ?", did).First(&acc).Error; err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return nil, ErrAccountNotFound
		}
		return nil, err
	}
	if r.disabled {
		return nil, ErrAccountNotFound
	}
	return &acc, nil
}

// EnsureEnabled is not reported.
func (r *Relay) EnsureEnabled(did string) (*Account, error) {
	acc, err := r.getIfEnabled(did)
	if errors.Is(err, ErrAccountNotFound) {
		acc = &Account{DID: did}
		err = r.db.Create(acc).Error
	}
	return acc, err
}
