package typeutils

import (
	"context"

	apimodel "example.com/realworld/gotosocial/internal/api/model"
	"example.com/realworld/gotosocial/internal/gtserror"
	"example.com/realworld/gotosocial/internal/gtsmodel"
)

// AppToAPIAppSensitive is internal/typeutils/internaltofrontend.go:645
// (fields trimmed): every call reads (or first creates) the instance's
// VAPID key pair through state.DB.GetVAPIDKeyPair.
func (c *Converter) AppToAPIAppSensitive(ctx context.Context, a *gtsmodel.Application) (*apimodel.Application, error) {
	vapidKeyPair, err := c.state.DB.GetVAPIDKeyPair(ctx)
	if err != nil {
		return nil, gtserror.Newf("error getting VAPID public key: %w", err)
	}

	return &apimodel.Application{
		ID:       a.ID,
		VapidKey: vapidKeyPair.Public,
	}, nil
}
