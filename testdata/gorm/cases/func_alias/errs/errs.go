// Package errs re-exports helpers through variables, as gin-admin's
// pkg/errors does (WithStack = errors.WithStack).
package errs

func label(code string) string { return "role:" + code }

// Label names a role; a variable that only names label.
var Label = label

// Hook is assigned again below: not an alias.
var Hook = label

// SetHook replaces Hook.
func SetHook(f func(string) string) { Hook = f }
