package bundb

import (
	"context"

	"github.com/uptrace/bun"

	"example.com/realworld/gotosocial/internal/gtsmodel"
	"example.com/realworld/gotosocial/internal/state"
)

// notificationDB is internal/db/bundb/notification.go.
type notificationDB struct {
	db    *bun.DB
	state *state.State
}

// GetNotification is internal/db/bundb/notification.go:55.
func (n *notificationDB) GetNotification(
	ctx context.Context,
	notifType gtsmodel.NotificationType,
	targetAcctID string,
	originAcctID string,
	statusOrEditID string,
) (*gtsmodel.Notification, error) {
	return n.getNotification(
		ctx,
		"NotificationType,TargetAccountID,OriginAccountID,StatusOrEditID",
		func(notif *gtsmodel.Notification) error {
			q := n.db.NewSelect().
				Model(notif).
				Where("? = ?", bun.Ident("notification_type"), notifType).
				Where("? = ?", bun.Ident("target_account_id"), targetAcctID).
				Where("? = ?", bun.Ident("origin_account_id"), originAcctID)

			if statusOrEditID != "" {
				q = q.Where("? = ?", bun.Ident("status_id"), statusOrEditID)
			}

			return q.Scan(ctx)
		},
		notifType, targetAcctID, originAcctID, statusOrEditID,
	)
}

// getNotification is internal/db/bundb/notification.go (population trimmed).
func (n *notificationDB) getNotification(ctx context.Context, lookup string, dbQuery func(*gtsmodel.Notification) error, keyParts ...any) (*gtsmodel.Notification, error) {
	// Fetch notification from cache with loader callback
	notif, err := n.state.Caches.DB.Notification.LoadOne(lookup, func() (*gtsmodel.Notification, error) {
		var notif gtsmodel.Notification

		// Not cached! Perform database query
		if err := dbQuery(&notif); err != nil {
			return nil, err
		}

		return &notif, nil
	}, keyParts...)
	if err != nil {
		return nil, err
	}

	return notif, nil
}

// PutNotification is internal/db/bundb/notification.go:287.
func (n *notificationDB) PutNotification(ctx context.Context, notif *gtsmodel.Notification) error {
	return n.state.Caches.DB.Notification.Store(notif, func() error {
		_, err := n.db.NewInsert().Model(notif).Exec(ctx)
		return err
	})
}

// interactionDB is internal/db/bundb/interaction.go.
type interactionDB struct {
	db    *bun.DB
	state *state.State
}

// newInteractionRequestQ is internal/db/bundb/interaction.go:41.
func (i *interactionDB) newInteractionRequestQ(request interface{}) *bun.SelectQuery {
	return i.db.
		NewSelect().
		Model(request)
}

// GetInteractionRequestByInteractionURI is internal/db/bundb/interaction.go:61.
func (i *interactionDB) GetInteractionRequestByInteractionURI(ctx context.Context, intURI string) (*gtsmodel.InteractionRequest, error) {
	return i.getInteractionRequest(
		ctx,
		"InteractionURI",
		func(request *gtsmodel.InteractionRequest) error {
			return i.
				newInteractionRequestQ(request).
				Where("? = ?", bun.Ident("interaction_request.interaction_uri"), intURI).
				Scan(ctx)
		},
		intURI,
	)
}

// getInteractionRequest is internal/db/bundb/interaction.go (population trimmed).
func (i *interactionDB) getInteractionRequest(ctx context.Context, lookup string, dbQuery func(*gtsmodel.InteractionRequest) error, keyParts ...any) (*gtsmodel.InteractionRequest, error) {
	request, err := i.state.Caches.DB.InteractionRequest.LoadOne(lookup, func() (*gtsmodel.InteractionRequest, error) {
		var request gtsmodel.InteractionRequest

		// Not cached! Perform database query
		if err := dbQuery(&request); err != nil {
			return nil, err
		}

		return &request, nil
	}, keyParts...)
	if err != nil {
		return nil, err
	}

	return request, nil
}

// PutInteractionRequest is internal/db/bundb/interaction.go:251.
func (i *interactionDB) PutInteractionRequest(ctx context.Context, request *gtsmodel.InteractionRequest) error {
	return i.state.Caches.DB.InteractionRequest.Store(request, func() error {
		_, err := i.db.NewInsert().Model(request).Exec(ctx)
		return err
	})
}
