package jinzhu

import (
	"example.com/heldout/paopao/internal/core"
	"example.com/heldout/paopao/internal/dao/jinzhu/dbr"
	"example.com/heldout/paopao/third_party/logrus"
	"gorm.io/gorm"
)

// contactManageSrv reproduces internal/dao/jinzhu/contacts.go:17.
type contactManageSrv struct {
	db *gorm.DB
}

// newContactManageService reproduces internal/dao/jinzhu/contacts.go:21.
func newContactManageService(db *gorm.DB) core.ContactManageService {
	return &contactManageSrv{
		db: db,
	}
}

// fetchOrNewContact reproduces internal/dao/jinzhu/contacts.go:27.
func (s *contactManageSrv) fetchOrNewContact(db *gorm.DB, userId int64, friendId int64, status int8) (*dbr.Contact, error) {
	contact := &dbr.Contact{
		UserId:   userId,
		FriendId: friendId,
	}
	// race
	contact, err := contact.FetchUser(db)
	if err != nil {
		contact = &dbr.Contact{
			UserId:   userId,
			FriendId: friendId,
			Status:   status,
		}
		if contact, err = contact.Create(db); err != nil {
			logrus.Errorf("contactManageSrv.fetchOrNewContact create new contact err:%s", err)
			return nil, err
		}
	}
	return contact, nil
}

// RequestingFriend reproduces internal/dao/jinzhu/contacts.go:47.
func (s *contactManageSrv) RequestingFriend(userId int64, friendId int64, greetings string) (err error) {
	db := s.db.Begin()
	defer func() {
		if err == nil {
			db.Commit()
		} else {
			db.Rollback()
		}
	}()

	contact, e := s.fetchOrNewContact(db, userId, friendId, dbr.ContactStatusRequesting)
	if e != nil {
		err = e
		return
	}

	// 如果已经好友，啥也不干
	if contact.Status == dbr.ContactStatusAgree {
		return nil
	} else if contact.Status == dbr.ContactStatusReject || contact.Status == dbr.ContactStatusDeleted {
		contact.Status = dbr.ContactStatusRequesting
		contact.IsDel = 0 // remove deleted flag if needed
		if err = contact.UpdateInUnscoped(db); err != nil {
			logrus.Errorf("contactManageSrv.RequestingFriend update exsit contact err:%s", err)
			return
		}
	}

	msg := &dbr.Message{
		SenderUserID:   userId,
		ReceiverUserID: friendId,
		Type:           dbr.MsgTypeRequestingFriend,
		Brief:          "请求添加好友，并附言:",
		Content:        greetings,
		ReplyID:        int64(dbr.ContactStatusRequesting),
	}
	if _, err = msg.Create(db); err != nil {
		logrus.Errorf("contactManageSrv.RequestingFriend create message err:%s", err)
		return
	}
	return nil
}
