// Package casbin reproduces the part of github.com/casbin/casbin/v3 that
// go-admin-team/go-admin 85666f160f29 app/admin/service/sys_role.go calls.
package casbin

// SyncedEnforcer is a minimal stand-in for the upstream declaration of the same name.
// SyncedEnforcer is casbin.SyncedEnforcer (backed upstream by the gorm
// adapter writing sys_casbin_rule).
type SyncedEnforcer struct {
	policies [][]string
}

// AddNamedPolicies is a minimal stand-in for the upstream declaration of the same name.
// AddNamedPolicies is casbin.SyncedEnforcer.AddNamedPolicies.
func (e *SyncedEnforcer) AddNamedPolicies(ptype string, rules [][]string) (bool, error) {
	e.policies = append(e.policies, rules...)
	return true, nil
}
