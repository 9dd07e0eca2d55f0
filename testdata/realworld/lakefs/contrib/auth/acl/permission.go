package acl

import (
	"fmt"

	"example.com/realworld/lakefs/pkg/auth/model"
)

const (
	ReadPermission  model.ACLPermission = "Read"
	WritePermission model.ACLPermission = "Write"
	SuperPermission model.ACLPermission = "Super"
	AdminPermission model.ACLPermission = "Admin"
)

var ErrBadACLPermission = fmt.Errorf("bad ACL permission")

// ACLToStatement is reduced: upstream (permission.go:34) expands each
// permission into its action list.
func ACLToStatement(acl model.ACL) (model.Statements, error) {
	switch acl.Permission {
	case ReadPermission, WritePermission, SuperPermission, AdminPermission:
		return model.Statements{{Effect: model.StatementEffectAllow, Action: []string{string(acl.Permission)}, Resource: "*"}}, nil
	default:
		return nil, fmt.Errorf("%w: %s", ErrBadACLPermission, acl.Permission)
	}
}
