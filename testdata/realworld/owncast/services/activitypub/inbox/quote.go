package inbox

import (
	"context"

	"example.com/realworld/owncast/third_party/errors"
)

// handleQuoteRequestInboxRequest is services/activitypub/inbox/quote.go:20
// (FEP-044f QuoteRequest). The quoted post's lookup is at :42, the insert
// of the QuoteAuthorization stamp at :57. Actor resolution, the stamp
// serialization and the federated responses are reduced to callbacks.
func (s *Service) handleQuoteRequestInboxRequest(c context.Context, quotedPostIRI string, stampBytes []byte, stampType string) error {
	// Only posts we know about are quotable, and only while our posts are
	// public. In private federation mode posts are follower-only, so quoting
	// them would leak them to a wider audience.
	if _, _, _, objectErr := s.persistence.GetObjectByIRI(quotedPostIRI); objectErr != nil || s.federationPrivate { // safe: looks up the quoted post, a parent that must exist; the row inserted below is the stamp, keyed on a fresh shortid IRI
		return s.sendQuoteResponses(false, "")
	}

	// Store the QuoteAuthorization stamp so other servers can fetch it by IRI
	// to verify the quote was approved.
	stampIRI := s.makeLocalStampIRI()

	if err := s.persistence.AddToOutbox(stampIRI, stampBytes, stampType, false); err != nil {
		return errors.Wrap(err, "unable to store quote authorization")
	}

	return s.sendQuoteResponses(true, stampIRI)
}
