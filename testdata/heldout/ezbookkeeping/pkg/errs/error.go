// Package errs is a reduced copy of github.com/mayswind/ezbookkeeping/pkg/errs
// (error.go and the error variable files): only the errors used by the reproduced sites.
package errs

import "errors"

// Error represents the specific error returned to user
type Error struct {
	code    int32
	Message string
}

// Error returns the error message
func (err *Error) Error() string { return err.Message }

// Code returns the error code
func (err *Error) Code() int32 { return err.code }

// New returns a new error model
func New(code int32, message string) *Error { return &Error{code: code, Message: message} }

// IsCustomError returns whether this error is a custom error
func IsCustomError(err error) bool {
	var e *Error
	return errors.As(err, &e)
}

// Or would return the error from err parameter if the this error is defined in this project,
// or return the default error
func Or(err error, defaultErr *Error) *Error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	return defaultErr
}

// NewIncompleteOrIncorrectSubmissionError returns a new incomplete or incorrect submission error
func NewIncompleteOrIncorrectSubmissionError(err error) *Error {
	return New(ErrIncompleteOrIncorrectSubmission.code, err.Error())
}

// Errors used by the reproduced sites
var (
	ErrSystemError                                = New(100001, "system error")
	ErrSystemIsBusy                               = New(100002, "system is busy")
	ErrDatabaseOperationFailed                    = New(100003, "database operation failed")
	ErrNotSupported                               = New(100004, "not supported")
	ErrOperationFailed                            = New(200001, "operation failed")
	ErrIncompleteOrIncorrectSubmission            = New(200002, "incomplete or incorrect submission")
	ErrNotPermittedToPerformThisAction            = New(200003, "not permitted to perform this action")
	ErrNothingWillBeUpdated                       = New(200004, "nothing will be updated")
	ErrUserIdInvalid                              = New(201001, "user id is invalid")
	ErrUsernameIsEmpty                            = New(201002, "username is empty")
	ErrEmailIsEmpty                               = New(201003, "email is empty")
	ErrUserNotFound                               = New(201004, "user not found")
	ErrUsernameAlreadyExists                      = New(201005, "username already exists")
	ErrUserEmailAlreadyExists                     = New(201006, "email already exists")
	ErrPasswordIsEmpty                            = New(201007, "password is empty")
	ErrUserRegistrationNotAllowed                 = New(201008, "user registration not allowed")
	ErrUserNameIsInvalid                          = New(201009, "username is invalid")
	ErrEmailIsInvalid                             = New(201010, "email is invalid")
	ErrUserPasswordWrong                          = New(201011, "password is wrong")
	ErrUserExternalAuthNotFound                   = New(201050, "user external auth is not found")
	ErrUserExternalAuthAlreadyExists              = New(201051, "user external auth already exists")
	ErrTwoFactorIsNotEnabled                      = New(202001, "two-factor is not enabled")
	ErrTwoFactorAlreadyEnabled                    = New(202002, "two-factor has already been enabled")
	ErrPasscodeInvalid                            = New(202003, "passcode is invalid")
	ErrTwoFactorRecoveryCodeNotExist              = New(202004, "two-factor recovery code does not exist")
	ErrOAuth2UserNameAndEmailEmpty                = New(211001, "oauth 2.0 user name and email are empty")
	ErrOAuth2UserAlreadyBoundToAnotherUser        = New(211002, "oauth 2.0 user already bound to another user")
	ErrOAuth2UserNameEmptyCannotRegister          = New(211003, "oauth 2.0 user name is empty")
	ErrOAuth2EmailEmptyCannotRegister             = New(211004, "oauth 2.0 email is empty")
	ErrOAuth2AutoRegistrationNotEnabled           = New(211005, "oauth 2.0 auto registration is not enabled")
	ErrInvalidOAuth2Callback                      = New(211006, "invalid oauth 2.0 callback")
	ErrInvalidOAuth2State                         = New(211007, "invalid oauth 2.0 state")
	ErrCannotRetrieveUserInfo                     = New(211008, "cannot retrieve user info")
	ErrTransactionIdInvalid                       = New(204001, "transaction id is invalid")
	ErrTransactionNotFound                        = New(204002, "transaction not found")
	ErrTransactionTypeInvalid                     = New(204003, "transaction type is invalid")
	ErrTooMuchTransactionInOneSecond              = New(204004, "too much transaction in one second")
	ErrCannotAddTagsToTooManyTransactionsOneTime  = New(204005, "cannot add tags to too many transactions")
	ErrTransactionTagIdInvalid                    = New(207001, "transaction tag id is invalid")
	ErrTransactionTagNotFound                     = New(207002, "transaction tag not found")
	ErrTransactionTagNameAlreadyExists            = New(207003, "transaction tag name already exists")
	ErrTransactionTagNameIsEmpty                  = New(207005, "transaction tag name is empty")
	ErrTransactionTagGroupNotFound                = New(207101, "transaction tag group not found")
	ErrTransactionTagGroupIdInvalid               = New(207102, "transaction tag group id is invalid")
	ErrTransactionCategoryIdInvalid               = New(205001, "transaction category id is invalid")
	ErrTransactionCategoryNotFound                = New(205002, "transaction category not found")
	ErrParentTransactionCategoryNotFound          = New(205003, "parent transaction category not found")
	ErrCannotAddToSecondaryTransactionCategory    = New(205004, "cannot add to secondary transaction category")
	ErrCannotUseHiddenTransactionCategory         = New(205005, "cannot use hidden transaction category")
	ErrCannotUsePrimaryCategoryForTransaction     = New(205006, "cannot use primary category for transaction")
	ErrTransactionCategoryTypeInvalid             = New(205007, "transaction category type is invalid")
	ErrSourceAccountNotFound                      = New(206001, "source account not found")
	ErrDestinationAccountNotFound                 = New(206002, "destination account not found")
	ErrAccountIdInvalid                           = New(206003, "account id is invalid")
	ErrCannotUseHiddenAccount                     = New(206004, "cannot use hidden account")
	ErrCannotAddTransactionToParentAccount        = New(206005, "cannot add transaction to parent account")
	ErrCannotUseHiddenTransactionTag              = New(207004, "cannot use hidden transaction tag")
	ErrTransactionTemplateIdInvalid               = New(212001, "transaction template id is invalid")
	ErrUserCustomExchangeRateNotFound             = New(213001, "user custom exchange rate not found")
	ErrCannotUpdateExchangeRateForDefaultCurrency = New(213002, "cannot update exchange rate for default currency")
)
