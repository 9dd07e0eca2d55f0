package event

import "context"

// RegistrationEvent reproduces internal/user/internal/event (consumed by the
// marketing module's user-registration activity).
type RegistrationEvent struct {
	Uid            int64  `json:"uid"`
	InvitationCode string `json:"invitationCode"`
}

// RegistrationEventProducer reproduces the producer interface (Kafka behind
// it, not reproduced).
type RegistrationEventProducer interface {
	Produce(ctx context.Context, evt RegistrationEvent) error
}
