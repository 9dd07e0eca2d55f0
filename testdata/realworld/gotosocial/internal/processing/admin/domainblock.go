// Package admin is a reduced copy of internal/processing/admin.
package admin

import (
	"context"
	"errors"

	apimodel "example.com/realworld/gotosocial/internal/api/model"
	"example.com/realworld/gotosocial/internal/db"
	"example.com/realworld/gotosocial/internal/gtserror"
	"example.com/realworld/gotosocial/internal/gtsmodel"
	"example.com/realworld/gotosocial/internal/id"
	"example.com/realworld/gotosocial/internal/state"
)

// Processor is internal/processing/admin/admin.go (fields trimmed).
type Processor struct {
	state *state.State
}

// createDomainBlock is internal/processing/admin/domainblock.go:33, reached
// from POST /api/v1/admin/domain_blocks (domainpermission.go:60), from
// accepting a permission draft (domainpermissiondraft.go:224) and from
// domain permission subscriptions. GetDomainBlock (:43), then
// PutDomainBlock (:63). HTML stripping and the admin action that applies
// the block are trimmed.
func (p *Processor) createDomainBlock(
	ctx context.Context,
	adminAcct *gtsmodel.Account,
	domain string,
	obfuscate bool,
	publicComment string,
	privateComment string,
	subscriptionID string,
) (*apimodel.DomainPermission, string, gtserror.WithCode) {
	// Check if a block already exists for this domain.
	domainBlock, err := p.state.DB.GetDomainBlock(ctx, domain) // race; no unique key: domain_blocks.domain has only the plain index domain_blocks_domain_idx (migrations/20220305130328_database_optimizations.go:155; gtsmodel/domainblock.go:27)
	if err != nil && !errors.Is(err, db.ErrNoEntries) {
		// Something went wrong in the DB.
		err = gtserror.Newf("db error getting domain block %s: %w", domain, err)
		return nil, "", gtserror.NewErrorInternalError(err)
	}

	if domainBlock == nil {
		// No block exists yet, create it.
		domainBlock = &gtsmodel.DomainBlock{
			ID:                 id.NewULID(),
			Domain:             domain,
			CreatedByAccountID: adminAcct.ID,
			PrivateComment:     privateComment,
			PublicComment:      publicComment,
			Obfuscate:          &obfuscate,
			SubscriptionID:     subscriptionID,
		}

		// Insert the new block into the database.
		if err := p.state.DB.PutDomainBlock(ctx, domainBlock); err != nil {
			err = gtserror.Newf("db error putting domain block %s: %w", domain, err)
			return nil, "", gtserror.NewErrorInternalError(err)
		}
	}

	actionID := id.NewULID()
	return &apimodel.DomainPermission{ID: domainBlock.ID, Domain: domainBlock.Domain}, actionID, nil
}
