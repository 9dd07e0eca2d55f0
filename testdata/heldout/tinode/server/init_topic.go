package main

import (
	"strings"

	"example.com/heldout/tinode/server/store"
	"example.com/heldout/tinode/server/store/types"
)

// topicInit reads an existing topic from database or creates a new topic
func topicInit(t *Topic, join *ClientComMessage, h *Hub) {
	var err error
	switch {
	case strings.HasPrefix(t.xoriginal, "usr") || strings.HasPrefix(t.xoriginal, "p2p"):
		// Request to load an existing or create a new p2p topic, then attach to it.
		err = initTopicP2P(t, join)
	case t.xoriginal == "slf":
		// Initialize self (notes and saved messages) topic.
		err = initTopicSlf(t, join)
	default:
		// Unrecognized topic name
		err = types.ErrTopicNotFound
	}
	if err != nil {
		h.topics.Delete(join.RcptTo)
	}
}

// initTopicP2P (trimmed from server/init_topic.go:227-500).
func initTopicP2P(t *Topic, sreg *ClientComMessage) error {
	pktsub := sreg.Sub

	t.cat = types.TopicCatP2P

	// Check if the topic already exists
	stopic, err := store.Topics.Get(t.name) // safe: per-topic serialization: only the hub's topicInit goroutine for t.name runs this (Hub.run puts the name in h.topics first); topics_name and subscriptions_topic_userid are UNIQUE and createSubscription is insert-then-update
	if err != nil {
		return err
	}

	// If topic exists, load subscriptions
	var subs []types.Subscription

	if stopic != nil && len(subs) == 2 {
		// Case 4.
		return nil
	}

	// Cases 1 (new topic), 2 (one of the two subscriptions is missing: either it's a new request
	// or the subscription was deleted)

	// Requester.
	userID1 := types.ParseUserId(sreg.AsUser)
	// The other user.
	userID2 := types.ParseUserId(t.xoriginal)

	users, err := store.Users.GetAll(userID1, userID2)
	if err != nil {
		return err
	}
	if len(users) != 2 {
		// Invited user does not exist
		return types.ErrUserNotFound
	}

	var sub1, sub2 *types.Subscription
	var user1only bool

	// Other user's (responder's) subscription is missing
	if sub2 == nil {
		sub2 = &types.Subscription{
			User:    userID2.String(),
			Topic:   t.name,
			Private: nil,
		}
		sub2.ModeGiven = types.ModeCP2P
		// Mark the entire topic as new.
		pktsub.Created = true
	}

	// Requester's subscription is missing
	if sub1 == nil {
		sub1 = &types.Subscription{
			User:      userID1.String(),
			Topic:     t.name,
			ModeWant:  types.ModeCP2P,
			ModeGiven: types.ModeCP2P,
		}
		// Mark this subscription as new
		pktsub.Newsub = true
	}

	// Create everything
	if stopic == nil {
		if err = store.Topics.CreateP2P(sub1, sub2); err != nil {
			return err
		}
	} else {
		// Recreate one of the subscriptions
		var subToMake *types.Subscription
		if user1only {
			subToMake = sub1
		} else {
			subToMake = sub2
		}
		if err = store.Subs.Create(subToMake); err != nil {
			return err
		}
	}

	// Clear original topic name.
	t.xoriginal = ""

	return nil
}

// initTopicSlf initializes or loads a self-topic 'slf' (trimmed from server/init_topic.go:709-815).
func initTopicSlf(t *Topic, sreg *ClientComMessage) error {
	t.cat = types.TopicCatSlf

	stopic, err := store.Topics.Get(t.name) // safe: per-topic serialization in Hub.run (one topicInit per topic name); topics_name is UNIQUE
	if err != nil {
		return err
	}

	// If topic exists, load subscriptions
	if stopic != nil {
		return nil
	}

	// Get topic owner.
	userID := types.ParseUserId(sreg.AsUser)
	user, err := store.Users.Get(userID)
	if err != nil {
		return err
	}
	if user == nil {
		// User not found. Really should not happen.
		return types.ErrUserNotFound
	}

	t.owner = userID

	userData := perUserData{
		modeGiven: types.ModeCFull,
		modeWant:  types.ModeCFull,
	}

	// Mark the topic as new.
	sreg.Sub.Created = true

	t.perUser[t.owner] = userData

	timestamp := types.TimeNow()

	stopic = &types.Topic{
		ObjHeader: types.ObjHeader{Id: sreg.RcptTo, CreatedAt: timestamp},
	}

	// store.Topics.Create will add a subscription record for the topic creator
	err = store.Topics.Create(stopic, t.owner, t.perUser[t.owner].private)
	if err != nil {
		return err
	}

	sreg.Sub.Created = true
	sreg.Sub.Newsub = true

	return nil
}
