package main

import (
	"example.com/heldout/tinode/server/store"
	"example.com/heldout/tinode/server/store/types"
)

// run is the hub's single goroutine (trimmed from server/hub.go:151-220): a topic name is put
// into h.topics before its topicInit goroutine starts, so at most one topicInit (and so one
// load-or-create of the topic row) runs per topic name in a process; in a cluster each topic
// name is mastered by one node (globals.cluster.isRemoteTopic / ring.Get).
func (h *Hub) run() {
	for join := range h.join {
		// Is the topic already loaded?
		t := h.topicGet(join.RcptTo)
		if t == nil {
			// Topic does not exist or not loaded.
			t = &Topic{
				name:      join.RcptTo,
				xoriginal: join.Original,
				reg:       make(chan *ClientComMessage, 256),
				perUser:   make(map[types.Uid]perUserData),
			}
			// Save topic now to prevent race condition.
			h.topicPut(join.RcptTo, t)

			// Configure the topic.
			go topicInit(t, join, h)
		} else {
			// Topic will check access rights and send appropriate {ctrl}
			select {
			case t.reg <- join:
			default:
			}
		}
	}
}

// replyOfflineTopicSetSub updates Desc.Private and Sub.Mode when the topic is not loaded in memory.
// Only Private and Mode are updated and only for the requester. The requester must be subscribed to the
// topic but does not need to be attached.
func replyOfflineTopicSetSub(sess *Session, msg *ClientComMessage) {
	asUid := types.ParseUserId(msg.AsUser)

	topicName := msg.RcptTo
	if types.IsChannel(msg.Original) {
		topicName = msg.Original
	}

	sub, err := store.Subs.Get(topicName, asUid, false) // safe: the lookup only guards an UPDATE (store.Subs.Update); not found -> ErrNotFound reply
	if err != nil {
		sess.queueOut(err)
		return
	}

	if sub == nil {
		sess.queueOut(types.ErrNotFound)
		return
	}

	update := make(map[string]any)
	if msg.Set.Desc != nil && msg.Set.Desc.Private != nil {
		update["Private"] = msg.Set.Desc.Private
	}

	if len(update) > 0 {
		err = store.Subs.Update(topicName, asUid, update)
		if err != nil {
			sess.queueOut(err)
		}
	}
}
