// Package rest is an authenticator which calls a remote server over HTTP.
// Trimmed copy of tinode/chat server/auth/rest/auth_rest.go.
package rest

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/url"
	"time"

	"example.com/heldout/tinode/server/auth"
	"example.com/heldout/tinode/server/store"
	"example.com/heldout/tinode/server/store/types"
)

// authenticator is the type to map authentication methods to.
type authenticator struct {
	// Logical name of this authenticator
	name string
	// URL of the server
	serverUrl string
	// Authenticator may add new accounts to local database.
	allowNewAccounts bool
	// Use separate endpoints, i.e. add request name to serverUrl path when making requests.
	useSeparateEndpoints bool
}

// Request to the server.
type request struct {
	Endpoint   string    `json:"endpoint"`
	Name       string    `json:"name"`
	Record     *auth.Rec `json:"rec,omitempty"`
	Secret     []byte    `json:"secret,omitempty"`
	RemoteAddr string    `json:"addr,omitempty"`
}

// User initialization data when creating a new user.
type newAccount struct {
	// Default access mode
	Auth string `json:"auth,omitempty"`
	Anon string `json:"anon,omitempty"`
	// User's Public data
	Public any `json:"public,omitempty"`
	// User's Trusted data
	Trusted any `json:"trusted,omitempty"`
	// Per-subscription private data
	Private any `json:"private,omitempty"`
}

// Response from the server.
type response struct {
	// Error message in case of an error.
	Err string `json:"err,omitempty"`
	// Optional auth record
	Record *auth.Rec `json:"rec,omitempty"`
	// Optional byte slice
	ByteVal []byte `json:"byteval,omitempty"`
	// Optional time value
	TimeVal time.Time `json:"ts,omitempty"`
	// Boolean value
	BoolVal bool `json:"boolval,omitempty"`
	// String slice value
	StrSliceVal []string `json:"strarr,omitempty"`
	// Account creation data
	NewAcc *newAccount `json:"newacc,omitempty"`
}

func (a *authenticator) callEndpoint(endpoint string, rec *auth.Rec, secret []byte, remoteAddr string) (*response, error) {
	// Convert payload to json.
	req := &request{Endpoint: endpoint, Name: a.name, Record: rec, Secret: secret, RemoteAddr: remoteAddr}
	content, err := json.Marshal(req)
	if err != nil {
		return nil, err
	}

	urlToCall := a.serverUrl
	if a.useSeparateEndpoints {
		epUrl, _ := url.Parse(a.serverUrl)
		epUrl.Path += endpoint
		urlToCall = epUrl.String()
	}

	// Send payload to server using default HTTP client.
	post, err := http.Post(urlToCall, "application/json", bytes.NewBuffer(content))
	if err != nil {
		return nil, err
	}
	defer post.Body.Close()

	// Check HTTP status response. Must be 2xx.
	if post.StatusCode < http.StatusOK || post.StatusCode >= http.StatusMultipleChoices {
		return nil, errors.New("unexpected HTTP response " + post.Status)
	}

	// Read response.
	body, err := io.ReadAll(post.Body)
	if err != nil {
		return nil, err
	}

	// Parse response.
	var resp response
	err = json.Unmarshal(body, &resp)
	if err != nil {
		return nil, err
	}

	if resp.Err != "" {
		return nil, types.StoreError(resp.Err)
	}

	return &resp, nil
}

// IsInitialized returns true if the handler is initialized.
func (a *authenticator) IsInitialized() bool {
	return a.name != ""
}

// AddRecord adds persistent authentication record to the database.
// Returns: updated auth record, error
func (a *authenticator) AddRecord(rec *auth.Rec, secret []byte, remoteAddr string) (*auth.Rec, error) {
	resp, err := a.callEndpoint("add", rec, secret, remoteAddr)
	if err != nil {
		return nil, err
	}

	return resp.Record, nil
}

// UpdateRecord updates existing record with new credentials.
func (a *authenticator) UpdateRecord(rec *auth.Rec, secret []byte, remoteAddr string) (*auth.Rec, error) {
	_, err := a.callEndpoint("upd", rec, secret, remoteAddr)
	return rec, err
}

// Authenticate: get user record by provided secret
func (a *authenticator) Authenticate(secret []byte, remoteAddr string) (*auth.Rec, []byte, error) {
	// Lookup is an HTTP call to the external auth server; on "no local uid" a local account is
	// created under a fresh uid and only then linked back. Two concurrent first logins of the same
	// external account both create a local user; nothing local is keyed on the external identity.
	resp, err := a.callEndpoint("auth", nil, secret, remoteAddr) // race; no unique key: users is keyed only by a fresh snowflake id (users PRIMARY KEY(id), upstream mysql/adapter.go:324-340); no local column holds the external identity, dedup is left to the remote "link" endpoint
	if err != nil {
		return nil, nil, err
	}

	// Auth record not found.
	if resp.Record == nil {
		return nil, nil, types.ErrInternal
	}

	// Check if server provided a user ID. If not, create a new account in the local database.
	if resp.Record.Uid.IsZero() && a.allowNewAccounts {
		if resp.NewAcc == nil {
			return nil, nil, types.ErrNotFound
		}

		// Create account, get UID, report UID back to the server.

		user := types.User{
			State:   resp.Record.State,
			Public:  resp.NewAcc.Public,
			Trusted: resp.NewAcc.Trusted,
			Tags:    resp.Record.Tags,
		}
		_, err = store.Users.Create(&user, resp.NewAcc.Private)
		if err != nil {
			return nil, nil, err
		}

		// Report the new UID to the server.
		resp.Record.Uid = user.Uid()
		_, err = a.callEndpoint("link", resp.Record, secret, "")
		if err != nil {
			store.Users.Delete(resp.Record.Uid, true)
			return nil, nil, err
		}
	}

	return resp.Record, resp.ByteVal, nil
}

// IsUnique verifies if the provided secret can be considered unique by the auth scheme.
func (a *authenticator) IsUnique(secret []byte, remoteAddr string) (bool, error) {
	resp, err := a.callEndpoint("checkunique", nil, secret, remoteAddr)
	if err != nil {
		return false, err
	}

	return resp.BoolVal, err
}

// GenSecret generates a new secret, if appropriate.
func (a *authenticator) GenSecret(rec *auth.Rec) ([]byte, time.Time, error) {
	resp, err := a.callEndpoint("gen", rec, nil, "")
	if err != nil {
		return nil, time.Time{}, err
	}

	return resp.ByteVal, resp.TimeVal, err
}

// GetResetParams returns authenticator parameters passed to password reset handler.
func (a *authenticator) GetResetParams(uid types.Uid) (map[string]any, error) {
	return nil, nil
}

func init() {
	store.RegisterAuthScheme("rest", &authenticator{name: "rest", allowNewAccounts: true})
}
