// Package email stands in for museum pkg/utils/email.
package email

// SendTemplatedEmail sends an email (stub).
func SendTemplatedEmail(to []string, fromName string, fromEmail string, subject string, templateName string, templateData map[string]interface{}, inlineImages []map[string]interface{}) error {
	return nil
}

// NormalizeEmail lower-cases and trims an email.
func NormalizeEmail(email string) string { return email }
