package inbox

import (
	"context"
	"fmt"
	"time"

	log "example.com/realworld/owncast/third_party/logrus"

	"example.com/realworld/owncast/third_party/errors"
)

// fediverseEngagementFollow is events.FediverseEngagementFollow.
const fediverseEngagementFollow = "FEDIVERSE_ENGAGEMENT_FOLLOW"

// handleFollowInboxRequest is services/activitypub/inbox/follow.go:17. The
// follower row is written unconditionally (:32, followers.Add); the
// previously-handled count (:63) only decides whether a chat action is sent
// (:75), and the activity row is saved on both paths (:70). The follow
// accept request and the webhook are trimmed.
func (s *Service) handleFollowInboxRequest(c context.Context, follow *Actor, objectIRI string) error {
	if follow == nil {
		return fmt.Errorf("unable to handle request")
	}

	approved := !s.federationPrivate

	followRequest := *follow

	if err := s.followers.Add(followRequest, approved); err != nil {
		log.Errorln("unable to save follow request", err)
		return err
	}

	actorIRI := follow.ActorIriString()

	// If this request is approved and we have not previously sent an action to
	// chat due to a previous follow request, then do so.
	hasPreviouslyhandled := true // Default so we don't send anything if it fails.
	var err error
	if approved {
		hasPreviouslyhandled, err = s.persistence.HasPreviouslyHandledInboundActivity(objectIRI, actorIRI, fediverseEngagementFollow) // safe: the count only gates the chat action; the activity row below is saved whether or not one was found
		if err != nil {
			log.Errorln("error checking for previously handled follow activity", err)
		}
	}

	// Save this follow action to our activities table.
	if err := s.persistence.SaveInboundFediverseActivity(objectIRI, actorIRI, fediverseEngagementFollow, time.Now()); err != nil {
		return errors.Wrap(err, "unable to save inbound share/re-post activity")
	}

	// Send action to chat if it has not been previously handled.
	if !hasPreviouslyhandled {
		return s.handleEngagement(fediverseEngagementFollow, false, followRequest, fediverseEngagementFollow)
	}

	return nil
}
