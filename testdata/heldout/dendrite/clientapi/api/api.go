// Package api reproduces clientapi/api/api.go (RegistrationToken only).
package api

// RegistrationToken reproduces clientapi/api/api.go:25.
type RegistrationToken struct {
	Token       *string `json:"token"`
	UsesAllowed *int32  `json:"uses_allowed"`
	Pending     *int32  `json:"pending"`
	Completed   *int32  `json:"completed"`
	ExpiryTime  *int64  `json:"expiry_time"`
}
