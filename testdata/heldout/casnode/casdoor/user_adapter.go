package casdoor

import (
	"example.com/heldout/casnode/pkg/casdoorsdk"
)

func getUserCount() int {
	owner := CasdoorOrganization

	if adapter == nil {
		panic("casdoor adapter is nil")
	}

	count, err := adapter.Engine.Count(&casdoorsdk.User{Owner: owner})
	if err != nil {
		panic(err)
	}

	return int(count)
}

func getOnlineUserCount() int {
	owner := CasdoorOrganization

	if adapter == nil {
		panic("casdoor adapter is nil")
	}

	count, err := adapter.Engine.Where("is_online = ?", 1).Count(&casdoorsdk.User{Owner: owner})
	if err != nil {
		panic(err)
	}

	return int(count)
}

// GetUser reproduces casdoor/user_adapter.go:87.
func GetUser(name string) *casdoorsdk.User {
	owner := CasdoorOrganization

	if adapter == nil {
		panic("casdoor adapter is nil")
	}

	if owner == "" || name == "" {
		return nil
	}

	user := casdoorsdk.User{Owner: owner, Name: name}
	existed, err := adapter.Engine.Get(&user)
	if err != nil {
		panic(err)
	}

	if existed {
		return &user
	} else {
		return nil
	}
}

// getUserByEmail reproduces casdoor/user_adapter.go:111.
func getUserByEmail(email string) *casdoorsdk.User {
	owner := CasdoorOrganization

	if adapter == nil {
		panic("casdoor adapter is nil")
	}

	if owner == "" || email == "" {
		return nil
	}

	user := casdoorsdk.User{Owner: owner, Email: email}
	existed, err := adapter.Engine.Get(&user)
	if err != nil {
		panic(err)
	}

	if existed {
		return &user
	} else {
		return nil
	}
}
