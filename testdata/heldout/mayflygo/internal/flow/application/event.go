package application

import (
	"context"
	"sync"
)

// event.go:8 and the flow event bus (pkg/eventbus), trimmed to a synchronous bus.
const (
	EventTopicFlowProcinstCreate = "flow:procinst:create" // 流程实例创建事件

	FlowTaskNotifyBizKey = "flow:task:notify" // const.go:4 工单任务处理通知

	FlowNodeTypeStart = "start"
)

type syncBus struct {
	mu   sync.Mutex
	subs map[string][]func(ctx context.Context, val any) error
}

var flowEventBus = &syncBus{subs: map[string][]func(ctx context.Context, val any) error{}}

func (b *syncBus) Subscribe(topic, subId string, fn func(ctx context.Context, val any) error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.subs[topic] = append(b.subs[topic], fn)
}

func (b *syncBus) PublishSync(ctx context.Context, topic string, val any) error {
	b.mu.Lock()
	fns := b.subs[topic]
	b.mu.Unlock()
	for _, fn := range fns {
		if err := fn(ctx, val); err != nil {
			return err
		}
	}
	return nil
}
