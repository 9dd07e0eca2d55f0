// Package code implements temporary no-login authentication by short numeric code.
// Trimmed copy of tinode/chat server/auth/code/auth_code.go.
package code

import (
	"crypto/rand"
	"math/big"
	"strconv"
	"strings"
	"time"

	"example.com/heldout/tinode/server/auth"
	"example.com/heldout/tinode/server/store"
	"example.com/heldout/tinode/server/store/types"
)

const realName = "code"

// authenticator is a singleton instance of the authenticator.
type authenticator struct {
	name         string
	codeLength   int
	maxCodeValue *big.Int
	maxRetries   int
	lifetime     time.Duration
}

func sanitizeKey(key string) string {
	return strings.ReplaceAll(key, "%", "/")
}

// IsInitialized returns true if the handler is initialized.
func (ca *authenticator) IsInitialized() bool {
	return ca.name != ""
}

// AddRecord is not supported, will produce an error.
func (authenticator) AddRecord(rec *auth.Rec, secret []byte, remoteAddr string) (*auth.Rec, error) {
	return nil, types.ErrUnsupported
}

// UpdateRecord is not supported, will produce an error.
func (authenticator) UpdateRecord(rec *auth.Rec, secret []byte, remoteAddr string) (*auth.Rec, error) {
	return nil, types.ErrUnsupported
}

// Authenticate checks validity of provided short code.
// The secret is structured as <code>:<cred_method>:<cred_value>, "123456:email:alice@example.com".
func (ca *authenticator) Authenticate(secret []byte, remoteAddr string) (*auth.Rec, []byte, error) {
	parts := strings.SplitN(string(secret), ":", 2)
	if len(parts) != 2 {
		return nil, nil, types.ErrMalformed
	}

	code, cred := parts[0], parts[1]
	key := sanitizeKey(realName + "_" + cred)

	value, err := store.PCache.Get(key) // safe: on not-found it fails (ErrFailed); the write below is on the found path and is an atomic REPLACE / INSERT ... ON CONFLICT ("key") DO UPDATE on kvmeta PRIMARY KEY(key)
	if err != nil {
		if err == types.ErrNotFound {
			err = types.ErrFailed
		}
		return nil, nil, err
	}

	// code:count:uid
	parts = strings.Split(value, ":")
	if len(parts) != 3 {
		return nil, nil, types.ErrInternal
	}

	count, err := strconv.Atoi(parts[1])
	if err != nil {
		return nil, nil, types.ErrInternal
	}

	if count >= ca.maxRetries {
		return nil, nil, types.ErrFailed
	}

	if parts[0] != code {
		// Update count of attempts. If the update fails, the error is ignored.
		store.PCache.Upsert(key, parts[0]+":"+strconv.Itoa(count+1)+":"+parts[2], false)
		return nil, nil, types.ErrFailed
	}

	// Success. Remove no longer needed entry. The error is ignored here.
	store.PCache.Delete(key)

	return &auth.Rec{
		Uid:        types.ParseUid(parts[2]),
		AuthLevel:  auth.LevelNone,
		Lifetime:   auth.Duration(ca.lifetime),
		Features:   auth.FeatureNoLogin,
		State:      types.StateUndefined,
		Credential: cred}, nil, nil
}

// GenSecret generates a new code.
func (ca *authenticator) GenSecret(rec *auth.Rec) ([]byte, time.Time, error) {
	// Generate random code.
	code, err := rand.Int(rand.Reader, ca.maxCodeValue)
	if err != nil {
		return nil, time.Time{}, types.ErrInternal
	}

	// Convert the code to fixed length string.
	resp := strconv.FormatInt(code.Int64(), 10)
	resp = strings.Repeat("0", ca.codeLength-len(resp)) + resp

	if rec.Lifetime == 0 {
		rec.Lifetime = auth.Duration(ca.lifetime)
	} else if rec.Lifetime < 0 {
		return nil, time.Time{}, types.ErrExpired
	}

	// Save "code:counter:uid" to the database. The key is code_<credential>.
	if err = store.PCache.Upsert(sanitizeKey(realName+"_"+rec.Credential), resp+":0:"+rec.Uid.String(), true); err != nil {
		return nil, time.Time{}, err
	}

	expires := time.Now().Add(time.Duration(rec.Lifetime)).UTC().Round(time.Millisecond)

	return []byte(resp), expires, nil
}

// IsUnique is not supported, will produce an error.
func (authenticator) IsUnique(secret []byte, remoteAddr string) (bool, error) {
	return false, types.ErrUnsupported
}

// GetResetParams returns authenticator parameters passed to password reset handler
// (none for short code).
func (authenticator) GetResetParams(uid types.Uid) (map[string]any, error) {
	return nil, nil
}

func init() {
	store.RegisterAuthScheme(realName, &authenticator{name: realName, codeLength: 6, maxCodeValue: big.NewInt(1000000), maxRetries: 4, lifetime: time.Hour})
}
