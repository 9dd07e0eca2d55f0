// Package handlers is a reduced copy of upstream internal/handlers: the HTTP
// handlers holding the catalogued sites, with the same storage calls, error
// tests and control flow (logging and unrelated branches trimmed).
package handlers

const (
	messageOperationFailed               = "Operation failed."
	messageAuthenticationFailed          = "Authentication failed. Check your credentials."
	messageMFAValidationFailed           = "Authentication failed, please retry later."
	messageUnableToRegisterSecurityKey   = "Unable to register your security key."
	messageSecurityKeyDuplicateName      = "Another one of your security keys is already registered with that display name."
	messageUnableToDeleteOneTimePassword = "Unable to delete your one-time password."
	errStrUserSessionData                = "error occurred retrieving the user session data"
	errStrReqBodyParse                   = "error occurred parsing the request body"
	logFmtErrRegulationFail              = "Unsuccessful %s authentication attempt by user '%s': failed to check the regulation status"
	webauthnCredentialDescriptionMaxLen  = 64
	enroll                               = "enroll"
	deny                                 = "deny"
	allow                                = "allow"
	auth                                 = "auth"
)
