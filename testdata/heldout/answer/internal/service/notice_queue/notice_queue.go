package notice_queue

import (
	"context"

	"example.com/heldout/answer/internal/schema"
	"example.com/heldout/answer/third_party/pacman/log"
)

type NotificationQueueService interface {
	Send(ctx context.Context, msg *schema.NotificationMsg)
	RegisterHandler(handler func(ctx context.Context, msg *schema.NotificationMsg) error)
}

type notificationQueueService struct {
	Queue   chan *schema.NotificationMsg
	Handler func(ctx context.Context, msg *schema.NotificationMsg) error
}

// Send reproduces internal/service/notice_queue/notice_queue.go:39.
func (ns *notificationQueueService) Send(ctx context.Context, msg *schema.NotificationMsg) {
	ns.Queue <- msg
}

// RegisterHandler reproduces internal/service/notice_queue/notice_queue.go:43.
func (ns *notificationQueueService) RegisterHandler(
	handler func(ctx context.Context, msg *schema.NotificationMsg) error) {
	ns.Handler = handler
}

// working reproduces internal/service/notice_queue/notice_queue.go:48: one goroutine
// drains the queue and runs the registered handler for one message at a time.
func (ns *notificationQueueService) working() {
	go func() {
		for msg := range ns.Queue {
			log.Debugf("received notification %+v", msg)
			if ns.Handler == nil {
				log.Warnf("no handler for notification")
				continue
			}
			if err := ns.Handler(context.Background(), msg); err != nil {
				log.Error(err)
			}
		}
	}()
}

// NewNotificationQueueService reproduces internal/service/notice_queue/notice_queue.go:64.
// NewNotificationQueueService create a new notification queue service
func NewNotificationQueueService() NotificationQueueService {
	ns := &notificationQueueService{}
	ns.Queue = make(chan *schema.NotificationMsg, 128)
	ns.working()
	return ns
}
