// Package manager reproduces pkg/server/ca/manager/journal.go (Journal,
// LoadJournal, findCAJournal, save, saveInDatastore), trimmed: the catalog is
// replaced by the datastore and the key manager's public keys, the journal
// entries are a local struct and logging is cut.
package manager

import (
	"context"
	"fmt"
	"sync"

	"example.com/heldout/spire/pkg/server/datastore"
	"example.com/heldout/spire/third_party/protobuf/proto"
)

// KeyManager stands in for the catalog's KeyManager: the subject key IDs of
// this server's own keys (x509util.SubjectKeyIDToString of each public key).
type KeyManager interface {
	GetKeyAuthorityIDs(ctx context.Context) ([]string, error)
}

type journalConfig struct {
	ds datastore.DataStore
	km KeyManager
}

// Entries stands in for journal.Entries (proto/private/server/journal).
type Entries struct {
	X509CAs []string
	JwtKeys []string
}

// Journal stores X509 CAs, JWT keys, and WIT keys in the datastore as they are
// rotated by the manager.
type Journal struct {
	config *journalConfig

	mu                    sync.RWMutex
	activeX509AuthorityID string
	caJournalID           uint
	entries               *Entries
}

// LoadJournal (journal.go:43), called once per server from SlotLoader.load
// (slot.go:69) when the CA manager starts.
func LoadJournal(ctx context.Context, config *journalConfig) (*Journal, error) {
	// Look for the CA journal of this server in the datastore.
	j, err := loadJournalFromDS(ctx, config)
	if err != nil {
		return nil, fmt.Errorf("failed to load journal from datastore: %w", err)
	}
	return j, nil
}

// AppendX509CA (journal.go:58): every change to the journal goes through
// save under j.mu.
func (j *Journal) AppendX509CA(ctx context.Context, authorityID string) error {
	j.mu.Lock()
	defer j.mu.Unlock()

	j.entries.X509CAs = append(j.entries.X509CAs, authorityID)
	j.activeX509AuthorityID = authorityID

	return j.save(ctx)
}

// saveInDatastore saves the provided marshaled entries in the datastore.
// If caJournalID has not been defined yet (its value is 0), it first finds
// the CA journal record that corresponds to this server. In case there is no
// CA record for this server, it creates one (journal.go:217; -> SetCAJournal
// :229 -> sqlstore SetCAJournal: ID == 0 -> createCAJournal).
func (j *Journal) saveInDatastore(ctx context.Context, entriesBytes []byte) (caJournalID uint, err error) {
	if j.caJournalID == 0 {
		if j.activeX509AuthorityID == "" {
			return 0, nil
		}
	}

	caJournal, err := j.config.ds.SetCAJournal(ctx, &datastore.CAJournal{
		ID:                    j.caJournalID,
		Data:                  entriesBytes,
		ActiveX509AuthorityID: j.activeX509AuthorityID,
	})
	if err != nil {
		return 0, err
	}

	return caJournal.ID, nil
}

// findCAJournal finds the corresponding CA journal record in the datastore for
// this server (journal.go:250, lookup :267).
func (j *Journal) findCAJournal(ctx context.Context) (*datastore.CAJournal, error) {
	// Get all the public keys managed by the KeyManager.
	authorityIDs, err := j.config.km.GetKeyAuthorityIDs(ctx)
	if err != nil {
		return nil, fmt.Errorf("failed to get keys from key manager: %w", err)
	}

	for _, authorityID := range authorityIDs {
		caJournal, err := j.config.ds.FetchCAJournal(ctx, authorityID) // safe: the journal row belongs to this server (matched on its own key manager keys); the create happens later in save under j.mu with caJournalID cached in memory, one Journal per server process
		if err != nil {
			return nil, fmt.Errorf("failed to fetch CA journal from datastore: %w", err)
		}
		if caJournal != nil {
			// There is a CA journal record that has an active X509 authority
			// ID that matches with one of the public keys of this server. This
			// means that this record belongs to this server.
			return caJournal, nil
		}
	}

	return nil, nil
}

// save saves the CA journal in the datastore (journal.go:288).
func (j *Journal) save(ctx context.Context) error {
	entriesBytes, err := proto.Marshal(j.entries)
	if err != nil {
		return err
	}

	caJournalID, err := j.saveInDatastore(ctx, entriesBytes)
	if err != nil {
		return fmt.Errorf("could not save CA journal in the datastore: %w", err)
	}
	j.caJournalID = caJournalID

	return nil
}

// loadJournalFromDS loads the CA journal from the datastore (journal.go:314).
func loadJournalFromDS(ctx context.Context, config *journalConfig) (*Journal, error) {
	j := &Journal{
		config:  config,
		entries: new(Entries),
	}

	caJournal, err := j.findCAJournal(ctx)
	if err != nil {
		return nil, fmt.Errorf("failed to find CA journal record: %w", err)
	}
	if caJournal == nil {
		return j, nil
	}

	j.caJournalID = caJournal.ID
	if err := proto.Unmarshal(caJournal.Data, j.entries); err != nil {
		return nil, fmt.Errorf("unable to unmarshal entries from CA journal record: %w", err)
	}
	return j, nil
}
