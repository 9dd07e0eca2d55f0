package models

import (
	"github.com/jmoiron/sqlx"
)

// Queries contains all prepared SQL queries.
// Reduced copy of upstream models/queries.go:13 (only the statements the
// reproduced sites use); cmd/init.go prepares them from queries/*.sql by tag.
type Queries struct {
	InsertSubscriber          *sqlx.Stmt `query:"insert-subscriber"`
	GetSubscriber             *sqlx.Stmt `query:"get-subscriber"`
	GetSubscriberLists        *sqlx.Stmt `query:"get-subscriber-lists"`
	UpdateSubscriber          *sqlx.Stmt `query:"update-subscriber"`
	UpdateSubscriberWithLists *sqlx.Stmt `query:"update-subscriber-with-lists"`
	ConfirmSubscriptionOptin  *sqlx.Stmt `query:"confirm-subscription-optin"`
	DeleteSubscribers         *sqlx.Stmt `query:"delete-subscribers"`

	UnsubscribeSubscribersFromLists *sqlx.Stmt `query:"unsubscribe-subscribers-from-lists"`

	GetCampaign    *sqlx.Stmt `query:"get-campaign"`
	UpdateCampaign *sqlx.Stmt `query:"update-campaign"`

	InsertMedia *sqlx.Stmt `query:"insert-media"`
	GetMedia    *sqlx.Stmt `query:"get-media"`

	CreateLink *sqlx.Stmt `query:"create-link"`

	RecordBounce *sqlx.Stmt `query:"record-bounce"`

	CreateUser        *sqlx.Stmt `query:"create-user"`
	UpdateUserProfile *sqlx.Stmt `query:"update-user-profile"`
	GetUser           *sqlx.Stmt `query:"get-user"`

	CreateRole            *sqlx.Stmt `query:"create-role"`
	GetUserRoles          *sqlx.Stmt `query:"get-user-roles"`
	UpdateRole            *sqlx.Stmt `query:"update-role"`
	UpsertListPermissions *sqlx.Stmt `query:"upsert-list-permissions"`
}
