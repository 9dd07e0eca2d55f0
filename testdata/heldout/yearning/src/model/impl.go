package model

import (
	"errors"
)

type ALdap struct {
	Ldap
	ldapMap
}

type ldapMap struct {
	RealName   string `json:"real_name"`
	Email      string `json:"email"`
	Department string `json:"department"`
}

// LdapConnect reproduces src/model/impl.go:24 (the gopkg.in/ldap.v3 bind and search are dropped).
func (l *ALdap) LdapConnect(user string, pass string, isTest bool) (isOk bool, err error) {
	if l.Url == "" {
		return false, errors.New("ldap url is empty")
	}
	return user != "" && pass != "", nil
}
