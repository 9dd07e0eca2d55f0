// Package contactmethod reproduces user/contactmethod/store.go (the
// metadata-by-destination helpers used by the Twilio carrier lookup).
package contactmethod

import (
	"context"
	"encoding/json"
	"time"

	"example.com/heldout/goalert/gadb"
	"example.com/heldout/goalert/notification/nfydest"
	"example.com/heldout/goalert/permission"
)

// Metadata reproduces user/contactmethod/metadata.go:10.
type Metadata struct {
	FetchedAt time.Time `json:"-"`

	CarrierV1 struct {
		UpdatedAt         time.Time
		Name              string
		Type              string
		MobileNetworkCode string
		MobileCountryCode string
	}
}

// Store reproduces user/contactmethod/store.go:17.
type Store struct {
	reg *nfydest.Registry
}

// NewStore reproduces user/contactmethod/store.go:21.
func NewStore(reg *nfydest.Registry) *Store {
	return &Store{reg: reg}
}

// MetadataByDest reproduces user/contactmethod/store.go:25
// (ContactMethodMetaDest, user/contactmethod/queries.sql:70-77).
func (s *Store) MetadataByDest(ctx context.Context, dbtx gadb.DBTX, dest gadb.DestV1) (*Metadata, error) {
	err := permission.LimitCheckAny(ctx, permission.Admin)
	if err != nil {
		return nil, err
	}

	data, err := gadb.New(dbtx).ContactMethodMetaDest(ctx, gadb.NullDestV1{Valid: true, DestV1: dest})
	if err != nil {
		return nil, err
	}

	var m Metadata
	err = json.Unmarshal(data.Metadata, &m)
	if err != nil {
		return nil, err
	}
	m.FetchedAt = data.Now

	return &m, nil
}

// SetCarrierV1MetadataByDest reproduces user/contactmethod/store.go:46: an
// UPDATE of the contact method row with that dest
// (ContactMethodUpdateMetaDest, user/contactmethod/queries.sql:79-85).
func (s *Store) SetCarrierV1MetadataByDest(ctx context.Context, dbtx gadb.DBTX, dest gadb.DestV1, newM *Metadata) error {
	err := permission.LimitCheckAny(ctx, permission.Admin)
	if err != nil {
		return err
	}

	data, err := json.Marshal(newM.CarrierV1)
	if err != nil {
		return err
	}

	err = gadb.New(dbtx).ContactMethodUpdateMetaDest(ctx, gadb.ContactMethodUpdateMetaDestParams{Dest: gadb.NullDestV1{Valid: true, DestV1: dest}, CarrierV1: data})
	if err != nil {
		return err
	}

	return nil
}
