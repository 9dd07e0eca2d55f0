package serviceaccounts

import (
	"example.com/heldout/grafana/pkg/apimachinery/errutil"
	"example.com/heldout/grafana/pkg/services/org"
)

// Upstream: pkg/services/serviceaccounts/models.go (trimmed).
var (
	ErrServiceAccountNotFound      = errutil.NotFound("serviceaccounts.ErrNotFound")
	ErrServiceAccountAlreadyExists = errutil.BadRequest("serviceaccounts.ErrAlreadyExists")
	ErrDuplicateToken              = errutil.BadRequest("serviceaccounts.ErrTokenAlreadyExists")
	ErrInvalidTokenExpiration      = errutil.BadRequest("serviceaccounts.ErrInvalidInput")
)

const (
	ServiceAccountPrefix = "sa"
	ExtSvcPrefix         = "extsvc-"
)

type CreateServiceAccountForm struct {
	Name       string        `json:"name" binding:"Required"`
	Role       *org.RoleType `json:"role"`
	IsDisabled *bool         `json:"isDisabled"`
}

type ServiceAccountDTO struct {
	Id         int64  `json:"id" xorm:"user_id"`
	UID        string `json:"uid" xorm:"uid"`
	Name       string `json:"name" xorm:"name"`
	Login      string `json:"login" xorm:"login"`
	OrgId      int64  `json:"orgId" xorm:"org_id"`
	IsDisabled bool   `json:"isDisabled" xorm:"is_disabled"`
	Role       string `json:"role" xorm:"role"`
	Tokens     int64  `json:"tokens"`
}

type AddServiceAccountTokenCommand struct {
	Name          string `json:"name" binding:"Required"`
	OrgId         int64  `json:"-"`
	Key           string `json:"-"`
	SecondsToLive int64  `json:"secondsToLive"`
}

type ManageExtSvcAccountCmd struct {
	ExtSvcSlug  string
	Enabled     bool
	OrgID       int64
	Permissions []string
}
