package validate

// StructError is the error returned by Struct.
type StructError struct {
	errs []error
}

// Error returns all the errors as a string separated by commas.
func (e *StructError) Error() string {
	errStr := ""
	for idx, err := range e.errs {
		if idx > 0 {
			errStr += ", "
		}
		errStr += err.Error()
	}
	return errStr
}

// Struct validates the given struct. Trimmed: upstream uses
// github.com/go-playground/validator/v10 (internal/validate/struct.go).
func Struct[T any](sPointer *T) *StructError {
	return nil
}
