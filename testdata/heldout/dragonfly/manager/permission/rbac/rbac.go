// Package rbac reproduces Dragonfly2 manager/permission/rbac/rbac.go (InitRBAC
// :87, user count :102, root user create :118). InitRBAC is called once by
// manager.New (manager/manager.go:172) on every start of every manager
// instance, after database.New and rbac.NewEnforcer.
package rbac

import (
	"errors"
	"fmt"
	"regexp"

	"golang.org/x/crypto/bcrypt"
	"gorm.io/gorm"

	managermodels "example.com/heldout/dragonfly/manager/models"
	"example.com/heldout/dragonfly/pkg/casbin" // stand-in for github.com/casbin/casbin/v2
	"example.com/heldout/dragonfly/pkg/gin"    // stand-in for github.com/gin-gonic/gin
)

const (
	RootRole  = "root"
	GuestRole = "guest"
)

const (
	AllAction  = "*"
	ReadAction = "read"
)

var (
	apiGroupRegexp = regexp.MustCompile(`^/api/v[0-9]+/([-_a-zA-Z]*)[/.*]*`)
)

func InitRBAC(e *casbin.Enforcer, g *gin.Engine, db *gorm.DB) error {
	// Create roles
	permissions := GetPermissions(g)
	for _, permission := range permissions {
		if _, err := e.AddPermissionForUser(RootRole, permission.Object, AllAction); err != nil {
			return err
		}

		if _, err := e.AddPermissionForUser(GuestRole, permission.Object, ReadAction); err != nil {
			return err
		}
	}

	// Create root user for the first time
	var rootUserCount int64
	// Start-up count-then-create with no lock: two manager instances starting
	// on an empty user table both count 0 and both insert "root"; the second
	// insert fails on uk_user_name (and uk_user_email, both emails are "") and
	// that manager fails to start.
	if err := db.Model(managermodels.User{}).Count(&rootUserCount).Error; err != nil { // race
		return err
	}

	if rootUserCount <= 0 {
		encryptedPasswordBytes, err := bcrypt.GenerateFromPassword([]byte("dragonfly"), bcrypt.MinCost)
		if err != nil {
			return err
		}

		rootUser := managermodels.User{
			EncryptedPassword: string(encryptedPasswordBytes),
			Name:              "root",
			State:             managermodels.UserStateEnabled,
		}

		if err := db.Create(&rootUser).Error; err != nil {
			return err
		}

		if _, err := e.AddRoleForUser(fmt.Sprint(rootUser.ID), RootRole); err != nil {
			return err
		}
	}

	return nil
}

type Permission struct {
	Object string `json:"object" binding:"required"`
	Action string `json:"action" binding:"required,oneof=read *"`
}

func GetPermissions(g *gin.Engine) []Permission {
	permissions := []Permission{}
	actions := []string{AllAction, ReadAction}
	for _, permission := range GetAPIGroupNames(g) {
		for _, action := range actions {
			permissions = append(permissions, Permission{
				Object: permission,
				Action: action,
			})
		}
	}

	return permissions
}

func GetAPIGroupNames(g *gin.Engine) []string {
	apiGroupNames := []string{}
	for _, route := range g.Routes() {
		name, err := GetAPIGroupName(route.Path)
		if err != nil {
			continue
		}

		if !contains(apiGroupNames, name) {
			apiGroupNames = append(apiGroupNames, name)
		}
	}

	return apiGroupNames
}

func GetAPIGroupName(path string) (string, error) {
	matchs := apiGroupRegexp.FindStringSubmatch(path)
	if len(matchs) != 2 {
		return "", errors.New("cannot find group name")
	}

	return matchs[1], nil
}

// contains replaces d7y.io/dragonfly/v2/pkg/strings.Contains.
func contains(s []string, e string) bool {
	for _, v := range s {
		if v == e {
			return true
		}
	}
	return false
}
