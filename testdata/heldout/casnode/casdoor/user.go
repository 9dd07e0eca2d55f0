package casdoor

import (
	"fmt"

	"example.com/heldout/casnode/pkg/casdoorsdk"
)

// GetUserCount reproduces casdoor/user.go:49 (SDK branch omitted).
func GetUserCount() int {
	if adapter != nil {
		return getUserCount()
	}
	return 0
}

// GetOnlineUserCount reproduces casdoor/user.go:62 (SDK branch omitted).
func GetOnlineUserCount() int {
	if adapter != nil {
		return getOnlineUserCount()
	}
	fmt.Printf("GetOnlineUserCount() error, %s\n", "no casdoor adapter")
	return -1
}

// GetUserByEmail reproduces casdoor/user.go:76.
func GetUserByEmail(email string) *casdoorsdk.User {
	if adapter != nil {
		return getUserByEmail(email)
	} else {
		user, err := casdoorsdk.GetUserByEmail(email)
		if err != nil {
			panic(err)
		}

		return user
	}
}
