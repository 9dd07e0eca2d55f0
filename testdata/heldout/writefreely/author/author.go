// Package author is a reduced copy of
// github.com/writefreely/writefreely/author (author/author.go).
package author

import (
	"os"
	"path/filepath"
	"regexp"

	"example.com/heldout/writefreely/config"
	"example.com/heldout/writefreely/third_party/log"
)

// Regex pattern for valid usernames
var validUsernameReg = regexp.MustCompile("^[a-zA-Z0-9][a-zA-Z0-9-]*$")

// List of reserved usernames (upstream lists about 100 names)
var reservedUsernames = map[string]bool{
	"a":     true,
	"about": true,
	"admin": true,
	"api":   true,
	"login": true,
	"me":    true,
	"new":   true,
	"oauth": true,
	"post":  true,
}

// IsValidUsername is author/author.go:109.
func IsValidUsername(cfg *config.Config, username string) bool {
	// Username has to be above a character limit
	if len(username) < cfg.App.MinUsernameLen {
		return false
	}
	// Username is invalid if page with the same name exists. So traverse
	// available pages, adding them to reservedUsernames map that'll be checked
	// later.
	err := filepath.Walk(filepath.Join(cfg.Server.PagesParentDir, "pages"), func(path string, i os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		reservedUsernames[i.Name()] = true
		return nil
	})
	if err != nil {
		log.Error("[IMPORTANT WARNING]: Could not determine IsValidUsername! %s", err)
		return false
	}

	// Username is invalid if it is reserved!
	if _, reserved := reservedUsernames[username]; reserved {
		return false
	}

	// TODO: use correct regexp function here
	return len(validUsernameReg.FindStringSubmatch(username)) > 0
}
