package web

import (
	"example.com/heldout/paopao/internal/model/web"
	"example.com/heldout/paopao/internal/servants/base"
	"example.com/heldout/paopao/pkg/xerror"
)

// adminSrv reproduces internal/servants/web/admin.go:23 (trimmed).
type adminSrv struct {
	*base.DaoServant
}

// ChangeUserStatus reproduces internal/servants/web/admin.go:35.
func (s *adminSrv) ChangeUserStatus(req *web.ChangeUserStatusReq) error {
	// safe: guard of an update only (a missing user is an error; the row is updated, never created)
	user, err := s.Ds.GetUserByID(req.ID)
	if err != nil || user.Model == nil || user.ID <= 0 {
		return web.ErrNoExistUsername
	}
	// 执行更新
	user.Status = req.Status
	if err := s.Ds.UpdateUser(user); err != nil {
		return xerror.ServerError
	}
	return nil
}
