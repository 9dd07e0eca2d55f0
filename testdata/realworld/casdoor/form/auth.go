// Package form reproduces casdoor/casdoor e6b2338f8955 form (AuthForm fields
// used by the reproduced code).
package form

// AuthForm is form/auth.go.
type AuthForm struct {
	Type           string `json:"type"`
	Method         string `json:"method"`
	Organization   string `json:"organization"`
	Application    string `json:"application"`
	Username       string `json:"username"`
	Password       string `json:"password"`
	Name           string `json:"name"`
	Email          string `json:"email"`
	Phone          string `json:"phone"`
	CountryCode    string `json:"countryCode"`
	Language       string `json:"language"`
	InvitationCode string `json:"invitationCode"`
	Provider       string `json:"provider"`
	Code           string `json:"code"`
}
