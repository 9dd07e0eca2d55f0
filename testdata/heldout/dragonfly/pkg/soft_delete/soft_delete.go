// Package soft_delete is a stand-in for gorm.io/plugin/soft_delete (v1.2.1 in
// Dragonfly2's go.mod), which is not in the held-out module. Only the type used
// by manager/models.BaseModel is kept. The real plugin registers query, update
// and delete clauses so that, for a field tagged `softDelete:flag`, every query
// gets `WHERE is_del = 0` and Delete becomes `UPDATE ... SET is_del = 1`
// (Unscoped() bypasses both). Every delete in Dragonfly2's manager is Unscoped,
// so rows are hard-deleted in practice.
package soft_delete

import "database/sql/driver"

// DeletedAt mirrors soft_delete.DeletedAt (type DeletedAt uint).
type DeletedAt uint

// Value implements driver.Valuer.
func (n DeletedAt) Value() (driver.Value, error) {
	return int64(n), nil
}
