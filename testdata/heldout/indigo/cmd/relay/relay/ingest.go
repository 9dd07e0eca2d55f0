package relay

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	comatproto "example.com/heldout/indigo/api/atproto"
	"example.com/heldout/indigo/atproto/identity"
	"example.com/heldout/indigo/atproto/syntax"
	"example.com/heldout/indigo/cmd/relay/relay/models"
)

// Implements the shared part of event processing: that the account existing, is associated with this host, etc.
//
// If there is no error, the returned account is always non-nil, but the identity may be nil (if there was a resolution error).
//
// preProcessEvent reproduces cmd/relay/relay/ingest.go:54 (lookup call :63,
// create call :69). It is called for every #commit, #sync, #identity and
// #account event of every subscribed host (ingest.go:92, :153, :213, :255).
func (r *Relay) preProcessEvent(ctx context.Context, didStr string, hostname string, hostID uint64, logger *slog.Logger) (*models.Account, *identity.Identity, error) {

	did, err := syntax.ParseDID(didStr)
	if err != nil {
		return nil, nil, fmt.Errorf("invalid DID in message: %w", err)
	}
	// TODO: add a test case for non-normalized DID
	did = NormalizeDID(did)

	// events are serialized per DID only within one host's parallel
	// scheduler; events for the same DID from two hosts (account migration,
	// an #identity event from another PDS, or SkipAccountHostCheck) run
	// concurrently, both miss, both reach CreateAccountHost, and the second
	// tx.Create fails on account.did uniqueIndex (models.go:93); upstream
	// relies on that ("the database UNIQUE constraint should prevent
	// duplicate account creation", account.go:60).
	acc, err := r.GetAccount(ctx, did) // race
	if err != nil {
		if !errors.Is(err, ErrAccountNotFound) {
			return nil, nil, fmt.Errorf("fetching account: %w", err)
		}

		acc, err = r.CreateAccountHost(ctx, did, hostID, hostname)
		if err != nil {
			return nil, nil, err
		}
	}

	// verify that the account is on the subscribed host (or update if it should be)
	if err := r.EnsureAccountHost(ctx, acc, hostID, hostname); err != nil {
		return nil, nil, err
	}

	ident, err := r.Dir.LookupDID(ctx, did)
	if err != nil {
		logger.Warn("failed to load identity", "did", did, "err", err)
	}

	return acc, ident, nil
}

// processCommitEvent reproduces cmd/relay/relay/ingest.go:88 (lookup call
// :108, upsert call :129; account status check, commit verification and
// event emission trimmed).
func (r *Relay) processCommitEvent(ctx context.Context, evt *comatproto.SyncSubscribeRepos_Commit, hostname string, hostID uint64) error {
	logger := r.Logger.With("did", evt.Repo, "seq", evt.Seq, "host", hostname, "eventType", "commit", "rev", evt.Rev)
	logger.Debug("relay got commit event")

	acc, ident, err := r.preProcessEvent(ctx, evt.Repo, hostname, hostID, logger)
	if err != nil {
		return err
	}

	prevRepo, err := r.GetAccountRepo(ctx, acc.UID) // safe: account_repo is written by UpsertAccountRepo, INSERT ... ON CONFLICT (uid) DO UPDATE on its primary key (models.go:109)
	if err != nil && !errors.Is(err, ErrAccountRepoNotFound) {
		logger.Error("failed to read previous repo state", "err", err)
		return err
	}

	// fast check for stale revision (will be re-checked in VerifyRepoCommit)
	if prevRepo != nil && prevRepo.Rev != "" && evt.Rev != "" {
		if evt.Rev <= prevRepo.Rev {
			logger.Warn("dropping commit with old rev", "prevRev", prevRepo.Rev)
			return nil
		}
	}

	// most commit validation happens in this method. Note that is handles lenient/strict modes.
	newRepo, err := r.VerifyRepoCommit(ctx, evt, ident, prevRepo, hostname)
	if err != nil {
		logger.Warn("commit message failed verification", "err", err)
		return err
	}

	err = r.UpsertAccountRepo(ctx, acc.UID, syntax.TID(newRepo.Rev), newRepo.CommitCID, newRepo.CommitDataCID)
	if err != nil {
		return fmt.Errorf("failed to upsert account repo (%s): %w", acc.DID, err)
	}

	return nil
}

// VerifyRepoCommit reproduces the signature of cmd/relay/relay/verify.go:38
// (verification trimmed).
func (r *Relay) VerifyRepoCommit(ctx context.Context, evt *comatproto.SyncSubscribeRepos_Commit, ident *identity.Identity, prevRepo *models.AccountRepo, hostname string) (*models.AccountRepo, error) {
	return &models.AccountRepo{Rev: evt.Rev}, nil
}
