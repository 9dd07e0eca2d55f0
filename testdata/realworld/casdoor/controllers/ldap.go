package controllers

import (
	"encoding/json"
	"fmt"

	"example.com/realworld/casdoor/object"
	"example.com/realworld/casdoor/util"
)

// AddLdap is controllers/ldap.go:157 (auto sync start trimmed).
func (c *ApiController) AddLdap() {
	var ldap object.Ldap
	err := json.Unmarshal(c.Ctx.Input.RequestBody, &ldap)
	if err != nil {
		c.ResponseError(err.Error())
		return
	}

	if util.IsStringsEmpty(ldap.Owner, ldap.ServerName, ldap.Host, ldap.Username, ldap.Password, ldap.BaseDn) {
		c.ResponseError(c.T("general:Missing parameter"))
		return
	}

	organization, err := object.GetOrganization(util.GetId("admin", ldap.Owner)) // safe: the organization is another table; the insert is of an Ldap
	if err != nil {
		c.ResponseError(err.Error())
		return
	}
	if organization == nil {
		c.ResponseError(fmt.Sprintf(c.T("auth:The organization: %s does not exist"), ldap.Owner))
		return
	}

	if ok, err := object.CheckLdapExist(&ldap); err != nil { // race
		c.ResponseError(err.Error())
		return
	} else if ok {
		c.ResponseError(c.T("ldap:Ldap server exist"))
		return
	}

	resp := wrapActionResponse(object.AddLdap(&ldap))
	resp.Data2 = ldap

	c.ResponseOk(resp)
}
