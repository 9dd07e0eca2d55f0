package ctrlsubsonic

// Reproduces go.senan.xyz/gonic/server/ctrlsubsonic/handlers_internet_radio.go (trimmed).

import (
	"net/http"
	"net/url"

	"example.com/heldout/gonic/db"
	"example.com/heldout/gonic/server/ctrlsubsonic/params"
	"example.com/heldout/gonic/server/ctrlsubsonic/spec"
)

// ServeUpdateInternetRadioStation reproduces handlers_internet_radio.go:65 (lookup :95, save :103).
func (c *Controller) ServeUpdateInternetRadioStation(r *http.Request) *spec.Response {
	user := r.Context().Value(CtxUser).(*db.User)
	if !user.IsAdmin {
		return spec.NewError(50, "user not admin")
	}
	params := r.Context().Value(CtxParams).(params.Params)

	stationID, err := params.GetID("id")
	if err != nil {
		return spec.NewError(10, "no id provided: %v", err)
	}
	streamURL, err := params.Get("streamUrl")
	if err != nil {
		return spec.NewError(10, "no stream URL provided: %v", err)
	}
	if _, err = url.ParseRequestURI(streamURL); err != nil {
		return spec.NewError(70, "bad stream URL provided: %v", err)
	}
	name, err := params.Get("name")
	if err != nil {
		return spec.NewError(10, "no name provided: %v", err)
	}
	homepageURL, err := params.Get("homepageUrl")
	if err == nil {
		if _, err := url.ParseRequestURI(homepageURL); err != nil {
			return spec.NewError(70, "bad homepage URL provided: %v", err)
		}
	}

	var station db.InternetRadioStation
	if err := c.dbc.Where("id=?", stationID.Value).First(&station).Error; err != nil { // safe: the lookup by primary key guards an update (not found is an error); Save writes the station back under its id
		return spec.NewError(70, "id not found: %v", err)
	}

	station.StreamURL = streamURL
	station.Name = name
	station.HomepageURL = homepageURL

	if err := c.dbc.Save(&station).Error; err != nil {
		return spec.NewError(0, "save station: %v", err)
	}
	return spec.NewResponse()
}
