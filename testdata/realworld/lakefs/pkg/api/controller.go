// Package api reproduces the lakeFS pkg/api/controller.go handlers on the
// catalogued chains (Setup, SetupCommPrefs, SetGroupACL,
// SetRepositoryMetadata), with authorization, stats and the generated request
// types trimmed.
package api

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"sync/atomic"
	"time"

	authacl "example.com/realworld/lakefs/contrib/auth/acl"
	"example.com/realworld/lakefs/pkg/auth"
	"example.com/realworld/lakefs/pkg/auth/model"
	"example.com/realworld/lakefs/pkg/auth/setup"
	"example.com/realworld/lakefs/pkg/catalog"
	"example.com/realworld/lakefs/pkg/graveler"
	"example.com/realworld/lakefs/pkg/kv"
	"example.com/realworld/lakefs/pkg/logging"
	"example.com/realworld/lakefs/third_party/swag"
)

const (
	setupAlreadyInitializedMsg = "lakeFS already initialized"
	setupNotInitializedMsg     = "lakeFS is not initialized"
	commPrefsAlreadySetMsg     = "communication preferences already set"
)

// Config stands in for config.Config (the two settings these handlers read).
type Config struct {
	RBAC                     string // auth.ui_config.rbac: "none" (basic), "simplified" (ACL server), "external"
	EmailSubscriptionEnabled bool
}

const AuthRBACExternal = "external"

type Controller struct {
	Config          Config
	Catalog         *catalog.Catalog
	Auth            auth.Service
	MetadataManager auth.MetadataManager
	Migrator        kv.Migrator
	Logger          logging.Logger

	setupComplete atomic.Bool
	commPrefsSet  atomic.Bool
}

type SetupJSONRequestBody struct {
	Username       string
	Key            *AccessKeyCredentials
	Email          *string
	FirstName      *string
	LastName       *string
	CompanyName    *string
	FeatureUpdates *bool
}

type AccessKeyCredentials struct {
	AccessKeyId     string
	SecretAccessKey string
}

type SetupCommPrefsJSONRequestBody struct {
	Email          *string
	FirstName      *string
	LastName       *string
	CompanyName    *string
	FeatureUpdates bool
}

type CredentialsWithSecret struct {
	AccessKeyId     string `json:"access_key_id"`
	SecretAccessKey string `json:"secret_access_key"`
	CreationDate    int64  `json:"creation_date"`
}

func writeError(w http.ResponseWriter, _ *http.Request, code int, v any) {
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(map[string]any{"message": v})
}

func writeResponse(w http.ResponseWriter, _ *http.Request, code int, response any) {
	w.WriteHeader(code)
	if response != nil {
		_ = json.NewEncoder(w).Encode(response)
	}
}

// handleAPIError is reduced to the cases these handlers reach (controller.go:3047).
func (c *Controller) handleAPIError(_ context.Context, w http.ResponseWriter, r *http.Request, err error) bool {
	switch {
	case err == nil:
		return false
	case errors.Is(err, graveler.ErrNotFound), errors.Is(err, auth.ErrNotFound):
		writeError(w, r, http.StatusNotFound, err)
	case errors.Is(err, graveler.ErrNotUnique):
		writeError(w, r, http.StatusConflict, err)
	case errors.Is(err, auth.ErrAlreadyExists):
		writeError(w, r, http.StatusConflict, "Already exists")
	case errors.Is(err, graveler.ErrPreconditionFailed):
		writeError(w, r, http.StatusPreconditionFailed, "Precondition failed")
	default:
		writeError(w, r, http.StatusInternalServerError, err)
	}
	return true
}

func validateEmail(email string) error {
	if email == "" {
		return errors.New("empty email")
	}
	return nil
}

func (c *Controller) SetGroupACL(w http.ResponseWriter, r *http.Request, permission string, groupID string) {
	// trimmed: authorize (ReadGroup, AttachPolicy, UpdatePolicy on the ACL policy)
	ctx := r.Context()

	newACL := model.ACL{
		Permission: model.ACLPermission(permission),
	}

	err := authacl.WriteGroupACL(ctx, c.Auth, groupID, newACL, time.Now(), false)
	if c.handleAPIError(ctx, w, r, err) {
		return
	}

	writeResponse(w, r, http.StatusCreated, nil)
}

func (c *Controller) SetRepositoryMetadata(w http.ResponseWriter, r *http.Request, metadata map[string]string, repository string) {
	// trimmed: authorize (UpdateRepository), LogAction
	ctx := r.Context()
	err := c.Catalog.UpdateRepositoryMetadata(ctx, repository, metadata)
	if c.handleAPIError(ctx, w, r, err) {
		return
	}
	writeResponse(w, r, http.StatusNoContent, nil)
}

// commPrefsMissing reports whether communication preferences still need to be
// collected for this installation, mirroring the state surfaced by GetSetupState.
func (c *Controller) commPrefsMissing(ctx context.Context, state auth.SetupStateName) bool {
	// if email subscription is disabled in the config, comm prefs are never collected.
	if !c.Config.EmailSubscriptionEnabled {
		return false
	}

	prefsSet, err := c.MetadataManager.IsCommPrefsSet(ctx)
	switch {
	case errors.Is(err, auth.ErrNotFound):
		// comprefs may not be found for two reasons:
		// 1. The setup ran on an older version of lakeFS that didn't have commprefs. In this case, we treat it as set.
		// 2. The setup ran on a newer version of lakeFS that has commprefs, but the setup didn't complete. In this case, we treat it as not set.
		return state != auth.SetupStateInitialized
	case err != nil:
		// failed to check if comm prefs are set, treating as set
		return false
	default:
		return !prefsSet
	}
}

func (c *Controller) Setup(w http.ResponseWriter, r *http.Request, body SetupJSONRequestBody) {
	if len(body.Username) == 0 {
		writeError(w, r, http.StatusBadRequest, "empty user display name")
		return
	}

	ctx := r.Context()
	// fast path: already initialized this process, skip the KV read
	if c.setupComplete.Load() {
		writeError(w, r, http.StatusConflict, setupAlreadyInitializedMsg)
		return
	}
	initialized, err := c.MetadataManager.IsInitialized(ctx) // race; no unique key: the guard row auth/installation_metadata/setup_timestamp is written last by an upsert (Set), and the admin users created in between are keyed users/<username>, so two setups with different usernames both succeed (ACL mode); basic mode's single key users/superAdmin arbitrates
	if err != nil {
		writeError(w, r, http.StatusInternalServerError, err)
		return
	}
	if initialized {
		c.setupComplete.Store(true)
		writeError(w, r, http.StatusConflict, setupAlreadyInitializedMsg)
		return
	}

	// validate comm prefs email early
	email := swag.StringValue(body.Email)
	var commPrefs *auth.CommPrefs
	if email != "" {
		if err := validateEmail(email); err != nil {
			writeError(w, r, http.StatusBadRequest, err)
			return
		}
		commPrefs = &auth.CommPrefs{
			UserEmail:      email,
			FirstName:      swag.StringValue(body.FirstName),
			LastName:       swag.StringValue(body.LastName),
			CompanyName:    swag.StringValue(body.CompanyName),
			FeatureUpdates: swag.BoolValue(body.FeatureUpdates),
		}
	}

	// migrate the database if needed
	err = c.Migrator.Migrate(ctx)
	if err != nil {
		writeError(w, r, http.StatusInternalServerError, err)
		return
	}

	// Persist comm prefs state before creating user.
	if _, err := c.MetadataManager.UpdateCommPrefs(ctx, commPrefs); err != nil {
		c.Logger.WithError(err).Error("Setup failed to save comm prefs")
		writeError(w, r, http.StatusInternalServerError, err)
		return
	}

	if c.Config.RBAC == AuthRBACExternal {
		// nothing to do - users are managed elsewhere
		writeResponse(w, r, http.StatusOK, CredentialsWithSecret{})
		return
	}

	var cred *model.Credential
	setupCfg := setup.Config{RBAC: c.Config.RBAC}
	if body.Key == nil {
		cred, err = setup.CreateInitialAdminUser(ctx, c.Auth, setupCfg, c.MetadataManager, body.Username)
	} else {
		cred, err = setup.CreateInitialAdminUserWithKeys(ctx, c.Auth, setupCfg, c.MetadataManager, body.Username, &body.Key.AccessKeyId, &body.Key.SecretAccessKey)
	}
	if c.handleAPIError(ctx, w, r, err) {
		return
	}

	// trimmed: stats metadata and init event

	// setup is complete - latch so repeated POSTs short-circuit without a KV read.
	c.setupComplete.Store(true)
	if commPrefs != nil {
		// comm prefs were stored as part of setup, so setup_comm_prefs is done too.
		c.commPrefsSet.Store(true)
	}

	response := CredentialsWithSecret{
		AccessKeyId:     cred.AccessKeyID,
		SecretAccessKey: cred.SecretAccessKey,
		CreationDate:    cred.IssuedDate.Unix(),
	}
	writeResponse(w, r, http.StatusOK, response)
}

func (c *Controller) SetupCommPrefs(w http.ResponseWriter, r *http.Request, body SetupCommPrefsJSONRequestBody) {
	ctx := r.Context()

	// fast path: comm prefs already captured this process, skip the KV read
	if c.commPrefsSet.Load() {
		writeError(w, r, http.StatusConflict, commPrefsAlreadySetMsg)
		return
	}

	// comm prefs can only be set once, and only after lakeFS setup completed.
	savedState, err := c.MetadataManager.GetSetupState(ctx)
	if err != nil {
		writeError(w, r, http.StatusInternalServerError, err)
		return
	}
	if savedState != auth.SetupStateInitialized {
		// setup must run first - do not latch
		writeError(w, r, http.StatusPreconditionFailed, setupNotInitializedMsg)
		return
	}
	if !c.commPrefsMissing(ctx, savedState) { // safe: the create is UpdateCommPrefs, Set = INSERT ... ON CONFLICT (partition_key,key) DO UPDATE of fixed keys: no failure, no duplicate row (concurrent callers overwrite each other, last writer wins)
		// prefs already captured (or the feature is disabled) - refuse to overwrite.
		writeError(w, r, http.StatusConflict, commPrefsAlreadySetMsg)
		return
	}

	email := swag.StringValue(body.Email)
	if err := validateEmail(email); err != nil {
		writeError(w, r, http.StatusBadRequest, err)
		return
	}
	commPrefs := &auth.CommPrefs{
		UserEmail:      email,
		FirstName:      swag.StringValue(body.FirstName),
		LastName:       swag.StringValue(body.LastName),
		CompanyName:    swag.StringValue(body.CompanyName),
		FeatureUpdates: body.FeatureUpdates,
	}
	_, err = c.MetadataManager.UpdateCommPrefs(ctx, commPrefs)
	if err != nil {
		c.Logger.WithError(err).Error("Setup comm prefs failed")
		writeError(w, r, http.StatusInternalServerError, err)
		return
	}
	c.commPrefsSet.Store(true)
	writeResponse(w, r, http.StatusOK, nil)
}
