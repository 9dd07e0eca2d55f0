package main

import (
	"net/http"

	"example.com/realworld/listmonk/models"
	"example.com/realworld/listmonk/third_party/echo"
)

type campReq struct {
	models.Campaign

	MediaIDs []int `json:"media"`
	ListIDs  []int `json:"lists"`
}

// UpdateCampaign handles campaign modification.
// Campaigns that are done cannot be modified.
// upstream cmd/campaigns.go:301 (permission checks and field validation trimmed)
func (a *App) UpdateCampaign(c echo.Context) error {
	// Get the campaign ID.
	id := getID(c)

	// Retrieve the campaign from the DB.
	cm, err := a.core.GetCampaign(id, "", "") // safe: lookup guards an update of the found campaign; its campaign_lists/campaign_media inserts are ON CONFLICT (campaign_id, list_id) DO UPDATE / (campaign_id, media_id) DO NOTHING
	if err != nil {
		return err
	}

	if !canEditCampaign(cm.Status) {
		return echo.NewHTTPError(http.StatusBadRequest, a.i18n.T("campaigns.cantUpdate"))
	}

	// Clear attribs to avoid merging old and new values as json.Unmarshal in JSON.scan() merges maps,
	// merging values already in the DB and incoming values. If this is nil, then DB values remain
	// unchanged.
	cm.Attribs = nil

	// Read the incoming params into the existing campaign fields from the DB.
	// This allows updating of values that have been sent whereas fields
	// that are not in the request retain the old values.
	o := campReq{Campaign: cm}
	if err := c.Bind(&o); err != nil {
		return err
	}

	out, err := a.core.UpdateCampaign(id, o.Campaign, o.ListIDs, o.MediaIDs)
	if err != nil {
		return err
	}

	return c.JSON(http.StatusOK, okResp{out})
}

// canEditCampaign returns true if a campaign is in a status where updating
// its properties is allowed.
func canEditCampaign(status string) bool {
	return status == models.CampaignStatusDraft ||
		status == models.CampaignStatusPaused ||
		status == models.CampaignStatusScheduled
}
