// Package casbin is a stand-in for github.com/casbin/casbin/v2 (v2.81.0 in
// Dragonfly2's go.mod, with github.com/casbin/gorm-adapter/v3 storing the
// policies in the casbin_rule table, models/casbin_rule.go). Only the two
// Enforcer methods the reproduced code calls are kept. In the real library each
// checks the in-memory model (loaded from casbin_rule when the enforcer is
// built) and, when the rule is missing, inserts it through the adapter.
package casbin

// Enforcer mirrors *casbin.Enforcer.
type Enforcer struct {
	rules map[[3]string]bool
}

// AddPermissionForUser mirrors (*casbin.Enforcer).AddPermissionForUser.
func (e *Enforcer) AddPermissionForUser(user string, permission ...string) (bool, error) {
	return e.add("p", user, permission...), nil
}

// AddRoleForUser mirrors (*casbin.Enforcer).AddRoleForUser.
func (e *Enforcer) AddRoleForUser(user string, role string, domain ...string) (bool, error) {
	return e.add("g", user, role), nil
}

func (e *Enforcer) add(ptype, user string, rest ...string) bool {
	if e.rules == nil {
		e.rules = map[[3]string]bool{}
	}
	key := [3]string{ptype, user}
	if len(rest) > 0 {
		key[2] = rest[0]
	}
	if e.rules[key] {
		return false
	}
	e.rules[key] = true
	return true
}
