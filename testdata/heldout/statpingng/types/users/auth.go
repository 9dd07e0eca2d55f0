package users

import (
	"fmt"
	"time"

	"example.com/heldout/statpingng/utils"
)

// AuthUser will return the User and a boolean if authentication was correct.
// accepts username, and password as a string
func AuthUser(username, passwordHash string) (*User, bool) {
	user, err := FindByUsername(username) // safe: the lookup only guards an update of the found user (UpdatedAt); nothing is inserted when it is missing
	if err != nil {
		log.Warnln(fmt.Errorf("user %v not found", username))
		return nil, false
	}
	if utils.CheckHash(passwordHash, user.Password) {
		user.UpdatedAt = time.Now().UTC()
		user.Update()
		return user, true
	}
	return nil, false
}
