// Package views is a minimal stand-in for dnote/dnote 8ffd44f36287 pkg/server/views
// (HTML template rendering is out of scope).
package views

import "net/http"

// AlertLvlSuccess stands in for views.AlertLvlSuccess.
const AlertLvlSuccess = "success"

// Alert stands in for views.Alert.
type Alert struct {
	Level   string
	Message string
}

// Data stands in for views.Data.
type Data struct {
	Alert *Alert
	Yield map[string]interface{}
}

// SetAlert stands in for views.Data.SetAlert.
func (d *Data) SetAlert(err error, alertInBody bool) {
	_ = alertInBody
	d.Alert = &Alert{Level: "danger", Message: err.Error()}
}

// View stands in for views.View.
type View struct {
	AlertInBody bool
}

// Render stands in for views.View.Render.
func (v *View) Render(w http.ResponseWriter, r *http.Request, data *Data, statusCode int) {
	_, _ = r, data
	w.WriteHeader(statusCode)
}

// RedirectAlert stands in for views.RedirectAlert.
func RedirectAlert(w http.ResponseWriter, r *http.Request, urlStr string, code int, alert Alert) {
	_ = alert
	http.Redirect(w, r, urlStr, code)
}
