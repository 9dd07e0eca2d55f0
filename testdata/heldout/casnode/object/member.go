package object

import (
	"fmt"
	"strconv"
	"strings"

	"example.com/heldout/casnode/casdoor"
	"example.com/heldout/casnode/pkg/casdoorsdk"
	"example.com/heldout/casnode/util"
)

// GetUser reproduces object/member.go:35.
func GetUser(id string) *casdoorsdk.User {
	user := casdoor.GetUser(id)
	return user
}

// GetMemberNum reproduces object/member.go:45.
func GetMemberNum() int {
	return casdoor.GetUserCount()
}

// GetUserByEmail reproduces object/member.go:81.
func GetUserByEmail(email string) *casdoorsdk.User {
	return casdoor.GetUserByEmail(email)
}

// GetUserName reproduces object/member.go:94.
func GetUserName(user *casdoorsdk.User) string {
	if user == nil {
		return ""
	}

	return user.Name
}

// GetMemberFileQuota reproduces object/member.go:110.
func GetMemberFileQuota(user *casdoorsdk.User) int {
	if user == nil {
		return 0
	}

	return GetUserFieldInt(user, "fileQuota")
}

// GetOnlineUserCount reproduces object/member.go:129.
func GetOnlineUserCount() int {
	return casdoor.GetOnlineUserCount()
}

// AddMemberByNameAndEmailIfNotExist reproduces object/member.go:138 (lookups
// :149 and :158 casdoorsdk.GetUser by name, :166 GetUserByEmail; insert :199
// casdoorsdk.AddUser, i.e. POST /api/add-user on the Casdoor server, which
// inserts into Casdoor's user table, primary key (owner, name)).
// Only caller: SyncFromGoogleGroup (mailing_list.go:46,104).
func AddMemberByNameAndEmailIfNotExist(username, email string) (*casdoorsdk.User, error) {
	username = strings.ReplaceAll(username, " ", "")
	if username == "" {
		return nil, fmt.Errorf("username is empty")
	}

	email = strings.ReplaceAll(email, " ", "")
	if email == "" {
		return nil, fmt.Errorf("email is empty")
	}

	user, err := casdoorsdk.GetUser(username)
	if err != nil {
		return nil, err
	}
	if user != nil {
		return user, nil
	}

	username = strings.Split(email, "@")[0]
	// The user created below is named after the e-mail's local part looked up
	// here. Nothing serializes this check with the AddUser below: a sign-up of
	// the same name on the Casdoor server, or a second casnode instance
	// syncing the same group, misses too; both call AddUser, and Casdoor
	// refuses the loser's row on its user primary key (owner, name): an error
	// here panics the sync (mailing_list.go:48), an "affected == false" answer
	// is ignored and the unsaved user is returned.
	user, err = casdoorsdk.GetUser(username) // race
	if err != nil {
		return nil, err
	}
	if user != nil {
		return user, nil
	}

	newUser := GetUserByEmail(email)
	if newUser == nil {
		properties := map[string]string{}
		properties["emailVerifiedTime"] = util.GetCurrentTime()
		properties["fileQuota"] = strconv.Itoa(DefaultUploadFileQuota)
		properties["renameQuota"] = strconv.Itoa(DefaultRenameQuota)

		newUser = &casdoorsdk.User{
			Name:              username,
			CreatedTime:       util.GetCurrentTime(),
			UpdatedTime:       util.GetCurrentTime(),
			Id:                "",
			Type:              "",
			Password:          "",
			DisplayName:       "",
			Avatar:            "",
			Email:             email,
			Phone:             "",
			Location:          "",
			Address:           nil,
			Affiliation:       "",
			Title:             "",
			Homepage:          "",
			Tag:               "",
			Score:             getInitScore(),
			Ranking:           GetMemberNum() + 1,
			IsOnline:          false,
			IsAdmin:           false,
			IsForbidden:       false,
			SignupApplication: CasdoorApplication,
			Properties:        properties,
		}

		_, err = casdoorsdk.AddUser(newUser)
		if err != nil {
			return newUser, err
		}
	}

	return newUser, nil
}
