// Package interact reproduces cookieY/Yearning 6de5cbf9ab4f (minimal stand-in for github.com/gookit/gcli/v3/interact).
package interact

// Confirm stands in for interact.Confirm.
func Confirm(message string, defVal ...bool) bool {
	return len(defVal) > 0 && defVal[0]
}
