package main

import (
	"errors"

	"example.com/heldout/tinode/server/store"
	"example.com/heldout/tinode/server/store/types"
)

// thisUserSub is run on the topic's own goroutine (Topic.run -> handleSubscription), which
// serializes all {sub} requests of one topic. Trimmed from server/topic.go:1506-1700.
func (t *Topic) thisUserSub(sess *Session, pkt *ClientComMessage, asUid types.Uid, asChan bool, want string,
	private any) (*types.Subscription, error) {

	var sub *types.Subscription
	var err error

	userData, existingSub := t.perUser[asUid]
	tname := t.name

	if !existingSub {

		// Check if the user has been subscribed previously and if so, use previous modeGiven.
		// Otherwise the user may delete subscription and resubscribe to avoid being blocked.
		sub, err = store.Subs.Get(t.name, asUid, true) // safe: runs on the topic goroutine (one per topic name); subscriptions_topic_userid is UNIQUE and TopicShare/createSubscription is insert-then-update
		if err != nil {
			return nil, err
		}

		if sub != nil {
			userData.modeGiven = sub.ModeGiven
		} else {
			// If no mode was previously given, give default access.
			userData.modeGiven = types.ModeUnset
		}
	}

	// Add subscription to database, if missing.
	if sub == nil || sub.DeletedAt != nil {
		sub = &types.Subscription{
			User:      asUid.String(),
			Topic:     tname,
			ModeWant:  userData.modeWant,
			ModeGiven: userData.modeGiven,
			Private:   userData.private,
		}

		if err := store.Subs.Create(sub); err != nil {
			return nil, err
		}
	}

	t.perUser[asUid] = userData
	return sub, nil
}

// anotherUserSub invites another user (trimmed from server/topic.go:1881-2060), also on the topic goroutine.
func (t *Topic) anotherUserSub(sess *Session, asUid, target types.Uid, asChan bool,
	pkt *ClientComMessage) (*types.Subscription, error) {

	// Check if it's a new invite. If so, save it to database as a subscription.
	// Saved subscription does not mean the user is allowed to post/read
	userData, existingSub := t.perUser[target]
	if !existingSub || userData.deleted {
		modeGiven := types.ModeCP2P

		var modeWant types.AccessMode
		// Check if the invitee has been subscribed previously and if so, use previous modeWant.
		// Otherwise the inviter may delete blocked subscription and reinvite to spam the user.
		sub, err := store.Subs.Get(t.name, target, true) // safe: runs on the topic goroutine (one per topic name); subscriptions_topic_userid is UNIQUE and createSubscription is insert-then-update
		if err != nil {
			return nil, err
		}

		if sub != nil {
			// Existing deleted subscription.
			modeWant = sub.ModeWant
		} else {
			// Get user's default access mode to be used as modeWant
			if user, err := store.Users.Get(target); err != nil {
				return nil, err
			} else if user == nil {
				return nil, errors.New("user not found")
			} else {
				modeWant = user.Access.Auth & modeGiven
			}
		}

		// Add subscription to database
		sub = &types.Subscription{
			User:      target.String(),
			Topic:     t.name,
			ModeWant:  modeWant,
			ModeGiven: modeGiven,
		}

		if err := store.Subs.Create(sub); err != nil {
			return nil, err
		}

		t.perUser[target] = perUserData{modeWant: modeWant, modeGiven: modeGiven}
		return sub, nil
	}
	return nil, nil
}
