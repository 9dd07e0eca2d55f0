package web

import (
	"example.com/heldout/paopao/internal/model/web"
	"example.com/heldout/paopao/internal/servants/base"
	"example.com/heldout/paopao/pkg/xerror"
	"example.com/heldout/paopao/third_party/logrus"
)

// friendshipSrv reproduces internal/servants/web/friendship.go:17 (trimmed).
type friendshipSrv struct {
	*base.DaoServant
}

// RequestingFriend reproduces internal/servants/web/friendship.go:96.
func (s *friendshipSrv) RequestingFriend(req *web.RequestingFriendReq) error {
	if req.User == nil {
		return xerror.ServerError
	}
	if req.User.ID == req.UserId {
		return web.ErrNoRequestingFriendToSelf
	}
	// safe: not-found returns an error (the friend User must exist); the inserts (Contact, Message) are of other models, made by Ds.RequestingFriend whose own get-or-create is fetchOrNewContact
	if _, err := s.Ds.GetUserByID(req.UserId); err != nil {
		return web.ErrNotExistFriendId
	}
	if err := s.Ds.RequestingFriend(req.User.ID, req.UserId, req.Greetings); err != nil {
		logrus.Errorf("Ds.RequestingFriend err: %s", err)
		return web.ErrSendRequestingFriendFailed
	}
	return nil
}
