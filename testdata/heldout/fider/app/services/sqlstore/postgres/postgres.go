// Package postgres reproduces github.com/getfider/fider/app/services/sqlstore/postgres
// (trimmed to the handlers reached by the catalogued sites). Each handler runs on
// the request's (or worker task's) *dbx.Trx taken from the context by using().
package postgres

import (
	"context"

	"example.com/heldout/fider/app"

	"example.com/heldout/fider/app/models/entity"
	"example.com/heldout/fider/app/pkg/bus"
	"example.com/heldout/fider/app/pkg/dbx"
)

func init() {
	bus.Register(Service{})
}

type Service struct{}

func (s Service) Name() string {
	return "PostgreSQL"
}

func (s Service) Category() string {
	return "sqlstore"
}

func (s Service) Enabled() bool {
	return true
}

func (s Service) Init() {
	bus.AddHandler(addNewNotification)
	bus.AddHandler(getActiveSubscribers)

	bus.AddHandler(getTagBySlug)
	bus.AddHandler(getAllTags)
	bus.AddHandler(addNewTag)
	bus.AddHandler(updateTag)
	bus.AddHandler(assignTag)

	bus.AddHandler(addVote)
	bus.AddHandler(removeVote)
	bus.AddHandler(listPostVotes)

	bus.AddHandler(addNewPost)
	bus.AddHandler(updatePost)
	bus.AddHandler(getPostByID)
	bus.AddHandler(getPostBySlug)
	bus.AddHandler(getPostByNumber)

	bus.AddHandler(setAttachments)
	bus.AddHandler(uploadImage)
	bus.AddHandler(uploadImages)

	bus.AddHandler(addNewComment)
	bus.AddHandler(updateComment)
	bus.AddHandler(toggleCommentReaction)
	bus.AddHandler(getCommentByID)

	bus.AddHandler(changeUserEmail)
	bus.AddHandler(registerUser)
	bus.AddHandler(registerUserProvider)
	bus.AddHandler(getUserByEmail)
	bus.AddHandler(getUserByID)
	bus.AddHandler(getUserByProvider)

	bus.AddHandler(createTenant)
	bus.AddHandler(getTenantByDomain)
	bus.AddHandler(activateTenant)
	bus.AddHandler(isSubdomainAvailable)
	bus.AddHandler(isCNAMEAvailable)
	bus.AddHandler(updateTenantSettings)

	bus.AddHandler(getVerificationByKey)
	bus.AddHandler(getActiveVerificationByEmail)
	bus.AddHandler(saveVerificationKey)
	bus.AddHandler(setKeyAsVerified)
	bus.AddHandler(incrementVerificationAttempts)
	bus.AddHandler(invalidateVerificationsByEmail)

	bus.AddHandler(getCustomOAuthConfigByProvider)
	bus.AddHandler(saveCustomOAuthConfig)

	bus.AddHandler(activateStripeSubscription)

	bus.AddHandler(setSystemSettings)
	bus.AddHandler(getSystemSettings)
	bus.AddHandler(AddMentionNotification)
	bus.AddHandler(getMentionsNotifications)
}

type SqlHandler func(trx *dbx.Trx, tenant *entity.Tenant, user *entity.User) error

func using(ctx context.Context, handler SqlHandler) error {
	trx, _ := ctx.Value(app.TransactionCtxKey).(*dbx.Trx)
	tenant, _ := ctx.Value(app.TenantCtxKey).(*entity.Tenant)
	user, _ := ctx.Value(app.UserCtxKey).(*entity.User)
	return handler(trx, tenant, user)
}
