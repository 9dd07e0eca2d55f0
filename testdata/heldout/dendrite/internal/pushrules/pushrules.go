// Package pushrules is a small stand-in for dendrite's internal/pushrules.
package pushrules

import "example.com/heldout/dendrite/third_party/gomatrixserverlib/spec"

// AccountRuleSets mirrors internal/pushrules.AccountRuleSets (opaque here).
type AccountRuleSets struct {
	Global map[string]interface{} `json:"global"`
}

// DefaultAccountRuleSets stands in for internal/pushrules/default.go DefaultAccountRuleSets.
func DefaultAccountRuleSets(localpart string, serverName spec.ServerName) *AccountRuleSets {
	return &AccountRuleSets{Global: map[string]interface{}{"user": "@" + localpart + ":" + string(serverName)}}
}
