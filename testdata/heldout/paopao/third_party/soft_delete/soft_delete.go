// Package soft_delete is a minimal stand-in for gorm.io/plugin/soft_delete, used by the
// rocboss/paopao-ce 0b35d12b74c0 reproduction (the type only; the soft-delete query
// callbacks of the plugin are not reproduced).
package soft_delete

// DeletedAt stands in for soft_delete.DeletedAt.
type DeletedAt uint
