// Package atclient reproduces, trimmed, indigo atproto/atclient (the XRPC
// API client); the HTTP plumbing is not reproduced.
package atclient

import "net/http"

// APIClient reproduces atproto/atclient APIClient (trimmed).
type APIClient struct {
	Client  *http.Client
	Host    string
	Headers http.Header
}

// NewAPIClient reproduces atproto/atclient NewAPIClient (trimmed).
func NewAPIClient(host string) *APIClient {
	return &APIClient{Client: http.DefaultClient, Host: host, Headers: http.Header{}}
}
