// Package dbauthz is coderd/database/dbauthz reduced to the wrapped methods
// the catalogued sites call. Every api.Database of coderd is a dbauthz
// querier wrapping the sqlQuerier: each method authorizes the actor in the
// context, then delegates to the wrapped Store unchanged. The wrapper adds
// no locking and no transaction: the lookup and the insert of a site are
// still two independent statements.
package dbauthz

import (
	"context"

	"github.com/google/uuid"

	"example.com/realworld/coder/coderd/database"
	"example.com/realworld/coder/coderd/rbac"
	"example.com/realworld/coder/third_party/xerrors"
)

var _ database.Store = (*querier)(nil)

// NotAuthorizedError is dbauthz.NotAuthorizedError.
type NotAuthorizedError struct{ Err error }

func (e NotAuthorizedError) Error() string { return "unauthorized: " + e.Err.Error() }

func (e NotAuthorizedError) Unwrap() error { return e.Err }

// IsNotAuthorizedError reports whether err is a NotAuthorizedError.
func IsNotAuthorizedError(err error) bool {
	var e NotAuthorizedError
	return xerrors.As(err, &e)
}

type authContextKey struct{}

// AsSystemRestricted returns a context with an actor that has the
// permissions required for system operations (dbauthz.AsSystemRestricted).
func AsSystemRestricted(ctx context.Context) context.Context {
	return context.WithValue(ctx, authContextKey{}, rbac.Subject{ID: uuid.Nil.String(), System: true})
}

// ActorFromContext returns the authorization subject from the context.
func ActorFromContext(ctx context.Context) (rbac.Subject, bool) {
	a, ok := ctx.Value(authContextKey{}).(rbac.Subject)
	return a, ok
}

// querier is a wrapper around the database store that performs authorization
// checks before returning data (dbauthz.go).
type querier struct {
	db   database.Store
	auth rbac.Authorizer
}

// New wraps db with authorization checks.
func New(db database.Store, authorizer rbac.Authorizer) database.Store {
	// If the underlying db store is already a querier, return it.
	if _, ok := db.(*querier); ok {
		return db
	}
	return &querier{db: db, auth: authorizer}
}

func (q *querier) authorizeContext(ctx context.Context, action rbac.Action, object rbac.Object) error {
	act, ok := ActorFromContext(ctx)
	if !ok {
		return NotAuthorizedError{Err: xerrors.New("no authorization actor in context")}
	}
	if act.System {
		return nil
	}
	if err := q.auth.Authorize(ctx, act, action, object); err != nil {
		return NotAuthorizedError{Err: err}
	}
	return nil
}

// InTx runs the function in a transaction of the wrapped store, handing the
// function a querier that wraps the transaction.
func (q *querier) InTx(function func(querier database.Store) error, txOpts *database.TxOptions) error {
	return q.db.InTx(func(tx database.Store) error {
		// Wrap the transaction store in a querier.
		wrapped := New(tx, q.auth)
		return function(wrapped)
	}, txOpts)
}

func (q *querier) AcquireLock(ctx context.Context, id int64) error {
	return q.db.AcquireLock(ctx, id)
}

func (q *querier) DeleteCryptoKey(ctx context.Context, arg database.DeleteCryptoKeyParams) (database.CryptoKey, error) {
	if err := q.authorizeContext(ctx, rbac.ActionDelete, rbac.ResourceCryptoKey); err != nil {
		return database.CryptoKey{}, err
	}
	return q.db.DeleteCryptoKey(ctx, arg)
}

func (q *querier) GetCryptoKeys(ctx context.Context) ([]database.CryptoKey, error) {
	if err := q.authorizeContext(ctx, rbac.ActionRead, rbac.ResourceCryptoKey); err != nil {
		return nil, err
	}
	return q.db.GetCryptoKeys(ctx)
}

func (q *querier) GetDefaultOrganization(ctx context.Context) (database.Organization, error) {
	if err := q.authorizeContext(ctx, rbac.ActionRead, rbac.ResourceOrganization); err != nil {
		return database.Organization{}, err
	}
	return q.db.GetDefaultOrganization(ctx)
}

func (q *querier) GetExternalAuthLink(ctx context.Context, arg database.GetExternalAuthLinkParams) (database.ExternalAuthLink, error) {
	if err := q.authorizeContext(ctx, rbac.ActionRead, rbac.ResourceUserObject.WithOwner(arg.UserID.String())); err != nil {
		return database.ExternalAuthLink{}, err
	}
	return q.db.GetExternalAuthLink(ctx, arg)
}

func (q *querier) GetFileByHashAndCreator(ctx context.Context, arg database.GetFileByHashAndCreatorParams) (database.File, error) {
	if err := q.authorizeContext(ctx, rbac.ActionRead, rbac.ResourceFile.WithOwner(arg.CreatedBy.String())); err != nil {
		return database.File{}, err
	}
	return q.db.GetFileByHashAndCreator(ctx, arg)
}

func (q *querier) GetLatestCryptoKeyByFeature(ctx context.Context, feature database.CryptoKeyFeature) (database.CryptoKey, error) {
	if err := q.authorizeContext(ctx, rbac.ActionRead, rbac.ResourceCryptoKey); err != nil {
		return database.CryptoKey{}, err
	}
	return q.db.GetLatestCryptoKeyByFeature(ctx, feature)
}

func (q *querier) GetOrganizationByName(ctx context.Context, arg database.GetOrganizationByNameParams) (database.Organization, error) {
	if err := q.authorizeContext(ctx, rbac.ActionRead, rbac.ResourceOrganization); err != nil {
		return database.Organization{}, err
	}
	return q.db.GetOrganizationByName(ctx, arg)
}

func (q *querier) GetOrganizationsByUserID(ctx context.Context, arg database.GetOrganizationsByUserIDParams) ([]database.Organization, error) {
	if err := q.authorizeContext(ctx, rbac.ActionRead, rbac.ResourceOrganization); err != nil {
		return nil, err
	}
	return q.db.GetOrganizationsByUserID(ctx, arg)
}

func (q *querier) GetReplicaByID(ctx context.Context, id uuid.UUID) (database.Replica, error) {
	if err := q.authorizeContext(ctx, rbac.ActionRead, rbac.ResourceSystem); err != nil {
		return database.Replica{}, err
	}
	return q.db.GetReplicaByID(ctx, id)
}

func (q *querier) GetTelemetryItem(ctx context.Context, key string) (database.TelemetryItem, error) {
	if err := q.authorizeContext(ctx, rbac.ActionRead, rbac.ResourceSystem); err != nil {
		return database.TelemetryItem{}, err
	}
	return q.db.GetTelemetryItem(ctx, key)
}

func (q *querier) GetTemplateByID(ctx context.Context, id uuid.UUID) (database.Template, error) {
	if err := q.authorizeContext(ctx, rbac.ActionRead, rbac.ResourceTemplate.WithID(id)); err != nil {
		return database.Template{}, err
	}
	return q.db.GetTemplateByID(ctx, id)
}

func (q *querier) GetTemplateByOrganizationAndName(ctx context.Context, arg database.GetTemplateByOrganizationAndNameParams) (database.Template, error) {
	if err := q.authorizeContext(ctx, rbac.ActionRead, rbac.ResourceTemplate.InOrg(arg.OrganizationID)); err != nil {
		return database.Template{}, err
	}
	return q.db.GetTemplateByOrganizationAndName(ctx, arg)
}

func (q *querier) GetTemplateVersionByID(ctx context.Context, id uuid.UUID) (database.TemplateVersion, error) {
	if err := q.authorizeContext(ctx, rbac.ActionRead, rbac.ResourceTemplate); err != nil {
		return database.TemplateVersion{}, err
	}
	return q.db.GetTemplateVersionByID(ctx, id)
}

func (q *querier) GetTemplateVersionByTemplateIDAndName(ctx context.Context, arg database.GetTemplateVersionByTemplateIDAndNameParams) (database.TemplateVersion, error) {
	if err := q.authorizeContext(ctx, rbac.ActionRead, rbac.ResourceTemplate); err != nil {
		return database.TemplateVersion{}, err
	}
	return q.db.GetTemplateVersionByTemplateIDAndName(ctx, arg)
}

func (q *querier) GetUserByEmailOrUsername(ctx context.Context, arg database.GetUserByEmailOrUsernameParams) (database.User, error) {
	if err := q.authorizeContext(ctx, rbac.ActionRead, rbac.ResourceUser); err != nil {
		return database.User{}, err
	}
	return q.db.GetUserByEmailOrUsername(ctx, arg)
}

func (q *querier) GetUserByID(ctx context.Context, id uuid.UUID) (database.User, error) {
	if err := q.authorizeContext(ctx, rbac.ActionRead, rbac.ResourceUser.WithID(id)); err != nil {
		return database.User{}, err
	}
	return q.db.GetUserByID(ctx, id)
}

func (q *querier) GetUserCount(ctx context.Context) (int64, error) {
	if err := q.authorizeContext(ctx, rbac.ActionRead, rbac.ResourceSystem); err != nil {
		return 0, err
	}
	return q.db.GetUserCount(ctx)
}

func (q *querier) GetUserLinkByLinkedID(ctx context.Context, linkedID string) (database.UserLink, error) {
	if err := q.authorizeContext(ctx, rbac.ActionRead, rbac.ResourceSystem); err != nil {
		return database.UserLink{}, err
	}
	return q.db.GetUserLinkByLinkedID(ctx, linkedID)
}

func (q *querier) GetUserLinkByUserIDLoginType(ctx context.Context, arg database.GetUserLinkByUserIDLoginTypeParams) (database.UserLink, error) {
	if err := q.authorizeContext(ctx, rbac.ActionRead, rbac.ResourceSystem); err != nil {
		return database.UserLink{}, err
	}
	return q.db.GetUserLinkByUserIDLoginType(ctx, arg)
}

func (q *querier) GetWorkspaceByOwnerIDAndName(ctx context.Context, arg database.GetWorkspaceByOwnerIDAndNameParams) (database.Workspace, error) {
	if err := q.authorizeContext(ctx, rbac.ActionRead, rbac.ResourceWorkspace.WithOwner(arg.OwnerID.String())); err != nil {
		return database.Workspace{}, err
	}
	return q.db.GetWorkspaceByOwnerIDAndName(ctx, arg)
}

func (q *querier) InsertCryptoKey(ctx context.Context, arg database.InsertCryptoKeyParams) (database.CryptoKey, error) {
	if err := q.authorizeContext(ctx, rbac.ActionCreate, rbac.ResourceCryptoKey); err != nil {
		return database.CryptoKey{}, err
	}
	return q.db.InsertCryptoKey(ctx, arg)
}

func (q *querier) InsertExternalAuthLink(ctx context.Context, arg database.InsertExternalAuthLinkParams) (database.ExternalAuthLink, error) {
	if err := q.authorizeContext(ctx, rbac.ActionUpdate, rbac.ResourceUserObject.WithOwner(arg.UserID.String())); err != nil {
		return database.ExternalAuthLink{}, err
	}
	return q.db.InsertExternalAuthLink(ctx, arg)
}

func (q *querier) InsertFile(ctx context.Context, arg database.InsertFileParams) (database.File, error) {
	if err := q.authorizeContext(ctx, rbac.ActionCreate, rbac.ResourceFile.WithOwner(arg.CreatedBy.String())); err != nil {
		return database.File{}, err
	}
	return q.db.InsertFile(ctx, arg)
}

func (q *querier) InsertOrganization(ctx context.Context, arg database.InsertOrganizationParams) (database.Organization, error) {
	if err := q.authorizeContext(ctx, rbac.ActionCreate, rbac.ResourceOrganization); err != nil {
		return database.Organization{}, err
	}
	return q.db.InsertOrganization(ctx, arg)
}

func (q *querier) InsertOrganizationMember(ctx context.Context, arg database.InsertOrganizationMemberParams) (database.OrganizationMember, error) {
	if err := q.authorizeContext(ctx, rbac.ActionCreate, rbac.ResourceOrganizationMember.InOrg(arg.OrganizationID)); err != nil {
		return database.OrganizationMember{}, err
	}
	return q.db.InsertOrganizationMember(ctx, arg)
}

func (q *querier) InsertReplica(ctx context.Context, arg database.InsertReplicaParams) (database.Replica, error) {
	if err := q.authorizeContext(ctx, rbac.ActionCreate, rbac.ResourceSystem); err != nil {
		return database.Replica{}, err
	}
	return q.db.InsertReplica(ctx, arg)
}

func (q *querier) InsertTelemetryItemIfNotExists(ctx context.Context, arg database.InsertTelemetryItemIfNotExistsParams) error {
	if err := q.authorizeContext(ctx, rbac.ActionCreate, rbac.ResourceSystem); err != nil {
		return err
	}
	return q.db.InsertTelemetryItemIfNotExists(ctx, arg)
}

func (q *querier) InsertTemplate(ctx context.Context, arg database.InsertTemplateParams) error {
	if err := q.authorizeContext(ctx, rbac.ActionCreate, rbac.ResourceTemplate.InOrg(arg.OrganizationID)); err != nil {
		return err
	}
	return q.db.InsertTemplate(ctx, arg)
}

func (q *querier) InsertUser(ctx context.Context, arg database.InsertUserParams) (database.User, error) {
	if err := q.authorizeContext(ctx, rbac.ActionCreate, rbac.ResourceUser); err != nil {
		return database.User{}, err
	}
	return q.db.InsertUser(ctx, arg)
}

func (q *querier) InsertUserLink(ctx context.Context, arg database.InsertUserLinkParams) (database.UserLink, error) {
	if err := q.authorizeContext(ctx, rbac.ActionUpdate, rbac.ResourceUser.WithID(arg.UserID)); err != nil {
		return database.UserLink{}, err
	}
	return q.db.InsertUserLink(ctx, arg)
}

func (q *querier) InsertWorkspace(ctx context.Context, arg database.InsertWorkspaceParams) (database.Workspace, error) {
	obj := rbac.ResourceWorkspace.WithOwner(arg.OwnerID.String()).InOrg(arg.OrganizationID)
	if err := q.authorizeContext(ctx, rbac.ActionCreate, obj); err != nil {
		return database.Workspace{}, err
	}
	return q.db.InsertWorkspace(ctx, arg)
}

func (q *querier) UpdateCryptoKeyDeletesAt(ctx context.Context, arg database.UpdateCryptoKeyDeletesAtParams) (database.CryptoKey, error) {
	if err := q.authorizeContext(ctx, rbac.ActionUpdate, rbac.ResourceCryptoKey); err != nil {
		return database.CryptoKey{}, err
	}
	return q.db.UpdateCryptoKeyDeletesAt(ctx, arg)
}

func (q *querier) UpdateExternalAuthLink(ctx context.Context, arg database.UpdateExternalAuthLinkParams) (database.ExternalAuthLink, error) {
	if err := q.authorizeContext(ctx, rbac.ActionUpdate, rbac.ResourceUserObject.WithOwner(arg.UserID.String())); err != nil {
		return database.ExternalAuthLink{}, err
	}
	return q.db.UpdateExternalAuthLink(ctx, arg)
}

func (q *querier) UpdateReplica(ctx context.Context, arg database.UpdateReplicaParams) (database.Replica, error) {
	if err := q.authorizeContext(ctx, rbac.ActionUpdate, rbac.ResourceSystem); err != nil {
		return database.Replica{}, err
	}
	return q.db.UpdateReplica(ctx, arg)
}

func (q *querier) UpdateTemplateVersionByID(ctx context.Context, arg database.UpdateTemplateVersionByIDParams) error {
	if err := q.authorizeContext(ctx, rbac.ActionUpdate, rbac.ResourceTemplate); err != nil {
		return err
	}
	return q.db.UpdateTemplateVersionByID(ctx, arg)
}

func (q *querier) UpdateUserLink(ctx context.Context, arg database.UpdateUserLinkParams) (database.UserLink, error) {
	if err := q.authorizeContext(ctx, rbac.ActionUpdate, rbac.ResourceUser.WithID(arg.UserID)); err != nil {
		return database.UserLink{}, err
	}
	return q.db.UpdateUserLink(ctx, arg)
}

func (q *querier) UpdateUserStatus(ctx context.Context, arg database.UpdateUserStatusParams) (database.User, error) {
	if err := q.authorizeContext(ctx, rbac.ActionUpdate, rbac.ResourceUser.WithID(arg.ID)); err != nil {
		return database.User{}, err
	}
	return q.db.UpdateUserStatus(ctx, arg)
}
