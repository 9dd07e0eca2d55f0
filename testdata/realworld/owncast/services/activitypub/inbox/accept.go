package inbox

import (
	"fmt"
	"net/url"
	"time"

	log "example.com/realworld/owncast/third_party/logrus"
)

// markFederatedServerAccepted is services/activitypub/inbox/accept.go:53,
// called from handleAcceptInboxRequest (:17) for an Accept of our Follow.
// The lookup is at :70, the update at :77. Metadata refresh is trimmed.
func (s *Service) markFederatedServerAccepted(actorIRI string) {
	log.Debugf("Received Accept for Follow request from %s", actorIRI)

	parsedIRI, err := url.Parse(actorIRI)
	if err != nil {
		log.Errorf("Failed to parse actor IRI %s: %v", actorIRI, err)
		return
	}

	serverURL := fmt.Sprintf("%s://%s", parsedIRI.Scheme, parsedIRI.Host)

	repo := s.federatedServers()
	if repo == nil {
		log.Errorln("Federated servers repository not initialised; cannot mark Accept")
		return
	}

	server, err := repo.GetFederatedServer(serverURL) // safe: guards an update of the found row; nothing is inserted when it is missing
	if err != nil || server == nil {
		log.Debugf("No pending follow found for %s", serverURL)
		return
	}

	acceptedAt := time.Now()
	if err := repo.UpdateFollowStatus(serverURL, "accepted", false, &acceptedAt, nil); err != nil {
		log.Errorf("Failed to update follow status for %s: %v", serverURL, err)
		return
	}

	log.Infof("Follow request to %s has been accepted", serverURL)
}
