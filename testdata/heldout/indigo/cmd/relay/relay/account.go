package relay

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"example.com/heldout/indigo/atproto/syntax"
	"example.com/heldout/indigo/cmd/relay/relay/models"

	"gorm.io/gorm"
)

// GetAccount reproduces cmd/relay/relay/account.go:17 (lookup :28; tracing
// span dropped).
func (r *Relay) GetAccount(ctx context.Context, did syntax.DID) (*models.Account, error) {
	// first try cache
	a, ok := r.accountCache.Get(did.String())
	if ok {
		return a, nil
	}

	var acc models.Account
	if err := r.db.WithContext(ctx).Where("did = ?", did).First(&acc).Error; err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return nil, ErrAccountNotFound
		}
		return nil, err
	}

	// TODO: is this zero UID check redundant?
	if acc.UID == 0 {
		return nil, ErrAccountNotFound
	}

	r.accountCache.Add(did.String(), &acc)

	return &acc, nil
}

// GetAccountRepo reproduces cmd/relay/relay/account.go:45 (lookup :47).
func (r *Relay) GetAccountRepo(ctx context.Context, uid uint64) (*models.AccountRepo, error) {
	var repo models.AccountRepo
	if err := r.db.WithContext(ctx).First(&repo, uid).Error; err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return nil, ErrAccountRepoNotFound
		}
		return nil, err
	}
	return &repo, nil
}

// Attempts creation of a new account associated with the given host, presumably because the account was discovered on that host's stream.
//
// If the account's identity doesn't match the host, this will fail. We only create accounts associated with hosts we already know of, not remote hosts (aka, no spidering).
//
// CreateAccountHost reproduces cmd/relay/relay/account.go:59 (insert :109).
func (r *Relay) CreateAccountHost(ctx context.Context, did syntax.DID, hostID uint64, hostname string) (*models.Account, error) {
	// NOTE: this method doesn't use locking. the database UNIQUE constraint should prevent duplicate account creation.
	logger := r.Logger.With("did", did, "hostname", hostname)

	ident, err := r.Dir.LookupDID(ctx, did)
	if err != nil {
		return nil, fmt.Errorf("new account identity resolution: %w", err)
	}
	pdsEndpoint := ident.PDSEndpoint()
	if pdsEndpoint == "" {
		return nil, fmt.Errorf("new account has no declared PDS: %s", did)
	}
	pdsHostname, _, err := ParseHostname(pdsEndpoint)
	if err != nil {
		return nil, fmt.Errorf("new account PDS endpoint invalid: %s", pdsEndpoint)
	}

	if pdsHostname != hostname {
		if r.Config.SkipAccountHostCheck {
			logger.Info("ignoring account host mismatch", "pdsHostname", pdsHostname)
		} else {
			return nil, fmt.Errorf("new account from a different host: %s", pdsHostname)
		}
	}

	acc := models.Account{
		DID:            did.String(),
		HostID:         hostID,
		Status:         models.AccountStatusActive,
		UpstreamStatus: models.AccountStatusActive,
	}

	host, err := r.GetHostByID(ctx, hostID)
	if err != nil {
		return nil, err
	}
	if host.AccountCount >= host.AccountLimit {
		acc.Status = models.AccountStatusHostThrottled
	}

	// create Account row and increment host count in the same transaction
	err = r.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Model(&models.Host{}).Where("id = ?", hostID).Update("account_count", gorm.Expr("account_count + 1")).Error; err != nil {
			return fmt.Errorf("failed to increment account count for host (%s): %w", hostname, err)
		}
		if err := tx.Create(&acc).Error; err != nil {
			return fmt.Errorf("failed to create account: %w", err)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}

	r.accountCache.Add(did.String(), &acc)

	return &acc, nil
}

// EnsureAccountHost reproduces cmd/relay/relay/account.go:127 (trimmed:
// the identity re-resolution is dropped; only updates, no insert).
func (r *Relay) EnsureAccountHost(ctx context.Context, acc *models.Account, hostID uint64, hostname string) error {

	if acc.HostID == hostID {
		return nil
	}

	did := syntax.DID(acc.DID)

	// create Account row and increment host count in the same transaction
	err := r.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		// decrement old host count
		if err := tx.Model(&models.Host{}).Where("id = ?", acc.HostID).Update("account_count", gorm.Expr("account_count - 1")).Error; err != nil {
			return fmt.Errorf("failed to decrement account count for former host (%d): %w", acc.HostID, err)
		}
		// increment new host count
		if err := tx.Model(&models.Host{}).Where("id = ?", hostID).Update("account_count", gorm.Expr("account_count + 1")).Error; err != nil {
			return fmt.Errorf("failed to increment account count for host (%s): %w", hostname, err)
		}
		if err := tx.Model(models.Account{}).Where("uid = ?", acc.UID).Update("host_id", hostID).Error; err != nil {
			return fmt.Errorf("failed update account HostID: %w", err)
		}
		return nil
	})
	if err != nil {
		return err
	}

	// evict stale record from account cache
	r.accountCache.Remove(did.String())

	acc.HostID = hostID
	return nil
}

// This method updates the "local" account status (as opposed to "upstream" status, eg at the account's PDS).
//
// UpdateAccountLocalStatus reproduces cmd/relay/relay/account.go:252
// (lookup :253, update :258; the #account event emission is dropped).
func (r *Relay) UpdateAccountLocalStatus(ctx context.Context, did syntax.DID, status models.AccountStatus, emitEvent bool) error {
	acc, err := r.GetAccount(ctx, did) // safe: the lookup only guards an UPDATE of the found account's status (no insert; not found returns ErrAccountNotFound)
	if err != nil {
		return err
	}

	if err := r.db.WithContext(ctx).Model(models.Account{}).Where("uid = ?", acc.UID).Update("status", status).Error; err != nil {
		return err
	}

	// clear account cache
	r.accountCache.Remove(did.String())

	// update copy of row for computing public status field
	acc.Status = status

	return nil
}

// UpsertAccountRepo reproduces cmd/relay/relay/account.go:320-322.
func (r *Relay) UpsertAccountRepo(ctx context.Context, uid uint64, rev syntax.TID, commitCID, commitDataCID string) error {
	return r.db.WithContext(ctx).Exec("INSERT INTO account_repo (uid, rev, commit_cid, commit_data_cid) VALUES (?, ?, ?, ?) ON CONFLICT (uid) DO UPDATE SET rev = EXCLUDED.rev, commit_cid = EXCLUDED.commit_cid, commit_data_cid = EXCLUDED.commit_data_cid", uid, rev, commitCID, commitDataCID).Error
}

// This implements the `diskpersist.UidSource` interface
//
// DidToUid reproduces cmd/relay/relay/account.go:325.
func (r *Relay) DidToUid(ctx context.Context, did string) (uint64, error) {
	// NOTE: not re-parsing DID here (this function is called "loopback" from persister)
	xu, err := r.GetAccount(ctx, syntax.DID(did))
	if err != nil {
		return 0, err
	}
	if xu == nil {
		return 0, ErrAccountNotFound
	}
	return xu.UID, nil
}

// In the general case, DIDs are case-sensitive. But PLC and did:web should not be, and should normalize to lower-case.
func NormalizeDID(orig syntax.DID) syntax.DID {
	lower := strings.ToLower(string(orig))
	if strings.HasPrefix(lower, "did:plc:") || strings.HasPrefix(lower, "did:web:") {
		return syntax.DID(lower)
	}
	return orig
}
