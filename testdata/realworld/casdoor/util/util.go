// Package util reproduces the helpers of casdoor/casdoor e6b2338f8955 util
// used by the reproduced code.
package util

import (
	"fmt"
	"strings"
	"time"
)

// GetId is util/string.go GetId.
func GetId(owner, name string) string {
	return fmt.Sprintf("%s/%s", owner, name)
}

// GetOwnerAndNameFromIdWithError is util/string.go.
func GetOwnerAndNameFromIdWithError(id string) (string, string, error) {
	tokens := strings.Split(id, "/")
	if len(tokens) != 2 {
		return "", "", fmt.Errorf("GetOwnerAndNameFromId() error, wrong token count for ID: %s", id)
	}
	return tokens[0], tokens[1], nil
}

// GetOwnerAndNameFromIdNoCheck is util/string.go.
func GetOwnerAndNameFromIdNoCheck(id string) (string, string) {
	tokens := strings.SplitN(id, "/", 2)
	if len(tokens) != 2 {
		return "", ""
	}
	return tokens[0], tokens[1]
}

// GetSharedOrgFromApp is util/string.go (shared-application suffix trimmed).
func GetSharedOrgFromApp(rawName string) (string, string) {
	return rawName, ""
}

// GetCurrentTime is util/time.go.
func GetCurrentTime() string {
	return time.Now().Format(time.RFC3339)
}

// GenerateId is util/string.go (uuid trimmed).
func GenerateId() string {
	return fmt.Sprintf("%d", time.Now().UnixNano())
}

// GenerateUUID is util/string.go (uuid trimmed).
func GenerateUUID() string {
	return "00000000-" + GenerateId() + "-0000"
}

// GenerateClientId is util/string.go (random bytes trimmed).
func GenerateClientId() string {
	return GenerateId()
}

// GenerateClientSecret is util/string.go (random bytes trimmed).
func GenerateClientSecret() string {
	return GenerateId()
}

// IsStringsEmpty is util/string.go.
func IsStringsEmpty(strs ...string) bool {
	for _, str := range strs {
		if len(str) == 0 {
			return true
		}
	}
	return false
}

// StructToJson is util/json.go.
func StructToJson(v interface{}) string {
	return fmt.Sprintf("%v", v)
}

// GetOwnerFromId is util/string.go.
func GetOwnerFromId(id string) string {
	tokens := strings.Split(id, "/")
	return tokens[0]
}
