package handlers

// Reproduces validateKey of github.com/getfider/fider/app/handlers/common.go.

import (
	"time"

	"example.com/heldout/fider/app"
	"example.com/heldout/fider/app/models/cmd"
	"example.com/heldout/fider/app/models/entity"
	"example.com/heldout/fider/app/models/enum"
	"example.com/heldout/fider/app/models/query"
	"example.com/heldout/fider/app/pkg/bus"
	"example.com/heldout/fider/app/pkg/errors"
	"example.com/heldout/fider/app/pkg/web"
)

func validateKey(kind enum.EmailVerificationKind, key string, c *web.Context) (*entity.EmailVerification, error) {
	//If key has been used, return NotFound
	findByKey := &query.GetVerificationByKey{Kind: kind, Key: key}
	err := bus.Dispatch(c, findByKey)
	if err != nil {
		if errors.Cause(err) == app.ErrNotFound {
			return nil, c.NotFound()
		}
		return nil, c.Failure(err)
	}

	now := time.Now()
	res := findByKey.Result

	// If key has been used more than 5 minutes ago, deny usage
	// The 5 minutes grace period is to avoid issues with email clients that preview the link
	// Examples: Outlook Smart Preview, corporate email protection software
	if res.VerifiedAt != nil && now.Sub(*res.VerifiedAt) > 5*time.Minute {
		return nil, c.Gone()
	}

	//If key expired, deny usage
	if now.After(res.ExpiresAt) {
		err = bus.Dispatch(c, &cmd.SetKeyAsVerified{Key: key})
		if err != nil {
			return nil, c.Failure(err)
		}
		return nil, c.Gone()
	}

	return res, nil
}
