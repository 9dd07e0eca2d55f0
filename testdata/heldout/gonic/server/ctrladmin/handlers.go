//nolint:err113,goconst
package ctrladmin

// Reproduces go.senan.xyz/gonic/server/ctrladmin/handlers.go (trimmed).

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"

	"example.com/heldout/gonic/db"
	"example.com/heldout/gonic/transcode"
)

// ServeUpdateLastFMAPIKeyDo reproduces handlers.go:369: the HTTP entry point of the
// db.SetSetting site (db/db.go:187).
func (c *Controller) ServeUpdateLastFMAPIKeyDo(r *http.Request) *Response {
	apiKey := r.FormValue("api_key")
	secret := r.FormValue("secret")
	if err := validateAPIKey(apiKey, secret); err != nil {
		return &Response{
			redirect: r.Referer(),
			flashW:   []string{err.Error()},
		}
	}
	if err := c.dbc.SetSetting(db.LastFMAPIKey, apiKey); err != nil {
		return &Response{redirect: r.Referer(), flashW: []string{fmt.Sprintf("couldn't set api key: %v", err)}}
	}
	if err := c.dbc.SetSetting(db.LastFMSecret, secret); err != nil {
		return &Response{redirect: r.Referer(), flashW: []string{fmt.Sprintf("couldn't set secret: %v", err)}}
	}
	return &Response{redirect: "/admin/home"}
}

// ServeCreateTranscodeFormatPrefDo reproduces handlers.go:445 (lookup :457, insert :470).
// The check is "no preference of this user for the same format suffix"; two profiles share
// a suffix (mp3 / mp3_320 / mp3_rg, the opus ones; transcode/transcode.go:21-50).
func (c *Controller) ServeCreateTranscodeFormatPrefDo(r *http.Request) *Response {
	profileName := r.FormValue("profile")
	profile, ok := transcode.UserProfiles[profileName]
	if !ok {
		return &Response{
			redirect: "/admin/home",
			flashW:   []string{fmt.Sprintf("unknown profile %q", profileName)},
		}
	}
	user := r.Context().Value(CtxUser).(*db.User)

	var existing []*db.TranscodeFormatPreference
	// Two concurrent posts of one user for one format both pass: for two profiles of the
	// same suffix (mp3, mp3_320) both rows are inserted, breaking the one-default-per-format
	// rule; for the same profile the second INSERT fails on idx_user_id_profile.
	if err := c.dbc.Where("user_id=?", user.ID).Find(&existing).Error; err != nil { // race; no unique key: the checked key is (user_id, format suffix of profile); the only unique index is idx_user_id_profile (user_id, profile) (db/db.go:424-426), which lets two profiles of one format through
		return &Response{redirect: "/admin/home", flashW: []string{fmt.Sprintf("find preferences: %v", err)}}
	}
	for _, fp := range existing {
		if p, ok := transcode.UserProfiles[fp.Profile]; ok && p.Suffix() == profile.Suffix() {
			return &Response{
				redirect: "/admin/home",
				flashW:   []string{fmt.Sprintf("a default profile for format %q is already set", profile.Suffix())},
			}
		}
	}

	pref := db.TranscodeFormatPreference{UserID: user.ID, Profile: profileName}
	if err := c.dbc.Create(&pref).Error; err != nil {
		return &Response{
			redirect: "/admin/home",
			flashW:   []string{fmt.Sprintf("could not create preference: %v", err)},
		}
	}
	return &Response{redirect: "/admin/home"}
}

// ServeInternetRadioStationUpdateDo reproduces handlers.go:604 (lookup :638, save :645).
func (c *Controller) ServeInternetRadioStationUpdateDo(r *http.Request) *Response {
	stationID, err := strconv.Atoi(r.URL.Query().Get("id"))
	if err != nil {
		return &Response{code: 400, err: "please provide a valid internet radio station id"}
	}

	streamURL := r.FormValue("streamURL")
	name := r.FormValue("name")
	homepageURL := r.FormValue("homepageURL")

	if name == "" {
		return &Response{
			redirect: "/admin/home",
			flashW:   []string{"no name provided"},
		}
	}

	if _, err := url.ParseRequestURI(streamURL); err != nil {
		return &Response{
			redirect: "/admin/home",
			flashW:   []string{fmt.Sprintf("bad stream URL provided: %v", err)},
		}
	}

	var station db.InternetRadioStation
	if err := c.dbc.Where("id=?", stationID).First(&station).Error; err != nil { // safe: the lookup by primary key guards an update (not found is an error); Save writes the station back under its id
		return &Response{redirect: r.Referer(), flashW: []string{fmt.Sprintf("find station by id: %v", err)}}
	}

	station.StreamURL = streamURL
	station.Name = name
	station.HomepageURL = homepageURL
	if err := c.dbc.Save(&station).Error; err != nil {
		return &Response{code: 500, err: "please provide a valid internet radio station id"}
	}

	return &Response{
		redirect: "/admin/home",
	}
}
