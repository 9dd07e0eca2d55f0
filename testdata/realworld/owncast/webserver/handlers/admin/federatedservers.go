package admin

import (
	"encoding/json"
	"net/http"
	"net/url"

	log "example.com/realworld/owncast/third_party/logrus"

	"example.com/realworld/owncast/persistence/federatedserversrepository"
	webutils "example.com/realworld/owncast/webserver/utils"
)

// Outbox stands in for the activitypub outbox service.
type Outbox interface {
	SendFollowRequestToOwncastServerURL(targetServerURL string, isStreamConnected bool) error
}

// Admin bundles the admin handler dependencies (reduced).
type Admin struct {
	outbox Outbox
}

// AddFederatedServerJSONRequestBody stands in for the generated request body.
type AddFederatedServerJSONRequestBody struct {
	Url string `json:"url"`
}

// AddFederatedServer is webserver/handlers/admin/federatedservers.go:163
// (admin POST, featured streams). The lookup is at :191; this version no
// longer inserts the federated_servers row (the follow request is sent at
// :198 and the row is written elsewhere, not on this path).
func (a *Admin) AddFederatedServer(w http.ResponseWriter, r *http.Request) {
	var request AddFederatedServerJSONRequestBody
	if err := json.NewDecoder(r.Body).Decode(&request); err != nil {
		webutils.WriteSimpleResponse(w, false, "Invalid request body: "+err.Error())
		return
	}

	serverURL, err := url.Parse(request.Url)
	if err != nil {
		webutils.WriteSimpleResponse(w, false, "Invalid server URL: "+err.Error())
		return
	}

	if serverURL.Scheme == "" {
		serverURL.Scheme = "https"
	}

	if serverURL.Scheme != "https" {
		webutils.WriteSimpleResponse(w, false, "Server URL must use https protocol for federation")
		return
	}

	repo := federatedserversrepository.Get()
	if repo == nil {
		webutils.WriteSimpleResponse(w, false, "Federated servers repository is not initialised")
		return
	}

	existingServer, _ := repo.GetFederatedServer(serverURL.String()) // safe: a found row only turns the request away; this handler inserts nothing, it sends an ActivityPub Follow
	if existingServer != nil {
		webutils.WriteSimpleResponse(w, false, "Already following this federated server")
		return
	}

	if err := a.outbox.SendFollowRequestToOwncastServerURL(serverURL.String(), false); err != nil {
		log.Errorf("Failed to send follow request to %s: %v", serverURL.String(), err)
		webutils.WriteSimpleResponse(w, false, "Failed to send follow request: "+err.Error())
		return
	}

	webutils.WriteSimpleResponse(w, true, "Follow request sent successfully. The server will appear in your list once they accept the follow.")
}
