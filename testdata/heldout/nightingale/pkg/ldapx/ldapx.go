// Package ldapx reproduces pkg/ldapx/ldapx.go, trimmed to LdapLogin. The LDAP
// search (github.com/go-ldap/ldap/v3) is replaced by the minimal SearchResult /
// Entry types below; it does not touch the database.
package ldapx

import (
	"strings"
	"sync"

	"example.com/heldout/nightingale/models"
	"example.com/heldout/nightingale/pkg/ctx"
	"example.com/heldout/nightingale/pkg/thirdparty/logger"

	"github.com/pkg/errors"
)

type SsoClient struct {
	sync.RWMutex
	Enable          bool
	Attributes      LdapAttributes
	CoverAttributes bool
	CoverTeams      bool
	CoverRoles      bool
}

type LdapAttributes struct {
	Username string
	Nickname string
	Phone    string
	Email    string
	Group    string // User support is “memberOf” by default
}

type RoleTeamMapping struct {
	DN    string
	Roles []string
	Teams []int64
}

// Entry / SearchResult stand in for *ldap.Entry / *ldap.SearchResult.
type Entry struct {
	Attributes map[string]string
}

func (e *Entry) GetAttributeValue(attribute string) string {
	return e.Attributes[attribute]
}

type SearchResult struct {
	Entries []*Entry
}

// LoginCheck stands in for ldapx.go:177 (bind + search against the LDAP server).
func (s *SsoClient) LoginCheck(user, pass string) (*SearchResult, error) {
	return &SearchResult{Entries: []*Entry{{Attributes: map[string]string{}}}}, nil
}

// GetUserRolesAndTeams stands in for ldapx.go:282 (group -> role/team mapping).
func (s *SsoClient) GetUserRolesAndTeams(entry *Entry) *RoleTeamMapping {
	return &RoleTeamMapping{}
}

// LdapLogin reproduces pkg/ldapx/ldapx.go:343 (lookup :371, insert :408),
// trimmed of UserGroupMemberSync. Caller: loginPost (center/router/router_login.go:68,
// POST /api/n9e/auth/login) for every LDAP login.
func LdapLogin(ctx *ctx.Context, username, pass string, defaultRoles []string, defaultTeams []int64, ldap *SsoClient) (*models.User, error) {
	sr, err := ldap.LoginCheck(username, pass)
	if err != nil {
		return nil, err
	}

	// copy attributes from ldap
	ldap.RLock()
	attrs := ldap.Attributes
	coverAttributes := ldap.CoverAttributes
	ldap.RUnlock()

	var nickname, email, phone string
	if attrs.Nickname != "" {
		nickname = sr.Entries[0].GetAttributeValue(attrs.Nickname)
	}
	if attrs.Email != "" {
		email = sr.Entries[0].GetAttributeValue(attrs.Email)
	}
	if attrs.Phone != "" {
		phone = strings.Replace(sr.Entries[0].GetAttributeValue(attrs.Phone), " ", "", -1)
	}

	// Gets the roles and teams for this entry
	roleTeamMapping := ldap.GetUserRolesAndTeams(sr.Entries[0])

	// the first LDAP login of a user from two tabs/clients at once: both miss,
	// UNIQUE KEY (username) (a-n9e.sql:25) fails the second Create -> login error.
	user, err := models.UserGetByUsername(ctx, username) // race
	if err != nil {
		return nil, err
	}

	if user != nil && user.Id > 0 {
		if coverAttributes {
			// need to override the user's basic properties
			updatedFields := user.UpdateSsoFields("ldap", nickname, phone, email)
			if err = user.Update(ctx, "update_at", updatedFields...); err != nil {
				return nil, errors.WithMessage(err, "failed to update user")
			}
		}
	} else {
		user = new(models.User)
		if len(roleTeamMapping.Roles) == 0 {
			// No role mapping is configured, the configured default role is used
			roleTeamMapping.Roles = defaultRoles
		}

		user.FullSsoFields("ldap", username, nickname, phone, email, roleTeamMapping.Roles)
		if err = models.DB(ctx).Create(user).Error; err != nil {
			return nil, errors.WithMessage(err, "failed to add user")
		}

		if len(roleTeamMapping.Teams) == 0 {
			for _, gid := range defaultTeams {
				err = models.UserGroupMemberAdd(ctx, gid, user.Id)
				if err != nil {
					logger.Errorf("user:%v gid:%d UserGroupMemberAdd: %s", user, gid, err)
				}
			}
		}
	}

	return user, nil
}
