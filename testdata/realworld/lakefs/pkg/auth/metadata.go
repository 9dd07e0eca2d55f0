package auth

import (
	"context"
	"encoding/base64"
	"errors"
	"strconv"
	"time"

	"example.com/realworld/lakefs/pkg/auth/model"
	"example.com/realworld/lakefs/pkg/kv"
)

const (
	InstallationIDKeyName  = "installation_id"
	SetupTimestampKeyName  = "setup_timestamp"
	SetupAuthTypeKeyPrefix = "setup_auth_"
	CommPrefsSetKeyName    = "comm_prefs_set"
	EmailKeyName           = "encoded_user_email"
	FirstNameKeyName       = "encoded_user_first_name"
	LastNameKeyName        = "encoded_user_last_name"
	CompanyNameKeyName     = "encoded_user_company_name"
	FeatureUpdatesKeyName  = "feature_updates"
)

type SetupStateName string

const (
	SetupStateInitialized    SetupStateName = "initialized"
	SetupStateNotInitialized SetupStateName = "not_initialized"
)

type MetadataManager interface {
	IsInitialized(ctx context.Context) (bool, error)
	GetSetupState(ctx context.Context) (SetupStateName, error)
	UpdateCommPrefs(ctx context.Context, commPrefs *CommPrefs) (string, error)
	IsCommPrefsSet(ctx context.Context) (bool, error)
	UpdateSetupTimestamp(ctx context.Context, setupTime time.Time, authType string) error
}

type KVMetadataManager struct {
	version        string
	kvType         string
	installationID string
	store          kv.Store
}

type CommPrefs struct {
	UserEmail      string
	FirstName      string
	LastName       string
	CompanyName    string
	FeatureUpdates bool
	InstallationID string
}

func NewKVMetadataManager(version, fixedInstallationID, kvType string, store kv.Store) *KVMetadataManager {
	return &KVMetadataManager{
		version:        version,
		kvType:         kvType,
		installationID: fixedInstallationID,
		store:          store,
	}
}

func (m *KVMetadataManager) getSetupTimestamp(ctx context.Context) (time.Time, error) {
	valWithPred, err := m.store.Get(ctx, []byte(model.PartitionKey), []byte(model.MetadataKeyPath(SetupTimestampKeyName)))
	if err != nil {
		return time.Time{}, err
	}
	return time.Parse(time.RFC3339, string(valWithPred.Value))
}

func (m *KVMetadataManager) IsCommPrefsSet(ctx context.Context) (bool, error) {
	commPrefsSet, err := m.store.Get(ctx, []byte(model.PartitionKey), []byte(model.MetadataKeyPath(CommPrefsSetKeyName)))
	if err != nil {
		if errors.Is(err, kv.ErrNotFound) {
			return false, ErrNotFound
		}
		return false, err
	}

	return strconv.ParseBool(string(commPrefsSet.Value))
}

func (m *KVMetadataManager) GetSetupState(ctx context.Context) (SetupStateName, error) {
	// for backwards compatibility (i.e. so existing instances don't need to go through setup again)
	// we first check if the setup timestamp has already been set
	isInitialized, err := m.IsInitialized(ctx)
	if err != nil {
		return "", err
	}
	if isInitialized {
		return SetupStateInitialized, nil
	}
	return SetupStateNotInitialized, nil
}

func (m *KVMetadataManager) writeMetadata(ctx context.Context, items map[string]string) error {
	for key, value := range items {
		kvKey := model.MetadataKeyPath(key)
		err := m.store.Set(ctx, []byte(model.PartitionKey), []byte(kvKey), []byte(value))
		if err != nil {
			return err
		}
	}
	return nil
}

func (m *KVMetadataManager) UpdateSetupTimestamp(ctx context.Context, setupTime time.Time, authType string) error {
	setupTimeStr := setupTime.UTC().Format(time.RFC3339)
	items := map[string]string{
		SetupTimestampKeyName: setupTimeStr,
	}
	items[SetupAuthTypeKeyPrefix+authType] = setupTimeStr
	return m.writeMetadata(ctx, items)
}

// UpdateCommPrefs - updates the comm prefs metadata.
// When commPrefs is nil, we assume the setup is done and the user didn't provide any comm prefs.
// The data can be provided later as the web UI verifies if the comm prefs are set.
func (m *KVMetadataManager) UpdateCommPrefs(ctx context.Context, commPrefs *CommPrefs) (string, error) {
	var meta map[string]string
	if commPrefs != nil {
		// if commPrefs is not nil, we assume the setup is done and the user provided comm prefs
		meta = map[string]string{
			FirstNameKeyName:      base64.StdEncoding.EncodeToString([]byte(commPrefs.FirstName)),
			LastNameKeyName:       base64.StdEncoding.EncodeToString([]byte(commPrefs.LastName)),
			EmailKeyName:          base64.StdEncoding.EncodeToString([]byte(commPrefs.UserEmail)),
			CompanyNameKeyName:    base64.StdEncoding.EncodeToString([]byte(commPrefs.CompanyName)),
			FeatureUpdatesKeyName: strconv.FormatBool(commPrefs.FeatureUpdates),
			CommPrefsSetKeyName:   strconv.FormatBool(true),
		}
	} else {
		// if commPrefs is nil, we assume the setup is done and the user didn't provide any comm prefs
		meta = map[string]string{
			CommPrefsSetKeyName: strconv.FormatBool(false),
		}
	}
	err := m.writeMetadata(ctx, meta)
	return m.installationID, err
}

func (m *KVMetadataManager) IsInitialized(ctx context.Context) (bool, error) {
	setupTimestamp, err := m.getSetupTimestamp(ctx)
	if err != nil {
		if errors.Is(err, kv.ErrNotFound) {
			return false, nil
		}
		return false, err
	}
	return !setupTimestamp.IsZero(), nil
}
