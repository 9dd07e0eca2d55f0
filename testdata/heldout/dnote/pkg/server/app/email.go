package app

// SendVerificationEmail stands in for pkg/server/app/email.go:74 (mail delivery is out of scope).
func (a *App) SendVerificationEmail(email, tokenValue string) error {
	_, _ = email, tokenValue
	return nil
}

// SendPasswordResetEmail stands in for pkg/server/app/email.go:118.
func (a *App) SendPasswordResetEmail(email, tokenValue string) error {
	_, _ = email, tokenValue
	return nil
}

// SendPasswordResetAlertEmail stands in for pkg/server/app/email.go:149.
func (a *App) SendPasswordResetAlertEmail(email string) error {
	_ = email
	return nil
}
