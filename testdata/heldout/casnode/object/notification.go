package object

import (
	"regexp"
	"strconv"
	"sync"

	"example.com/heldout/casnode/util"
)

// Notification reproduces object/notification.go:29.
// NotificationType 1-6 means: reply(topic), mentioned(reply), mentioned(topic), favorite(topic), thanks(topic), thanks(reply)
// Status 1-3 means: unread, have read, deleted
type Notification struct {
	Id               int    `xorm:"int notnull pk autoincr" json:"id"`
	NotificationType int    `xorm:"int index" json:"notificationType"`
	ObjectId         int    `xorm:"int index" json:"objectId"`
	CreatedTime      string `xorm:"varchar(40)" json:"createdTime"`
	SenderId         string `xorm:"varchar(100)" json:"senderId"`
	ReceiverId       string `xorm:"varchar(100) index" json:"receiverId"`
	Status           int    `xorm:"tinyint" json:"-"`
}

// AddNotification reproduces object/notification.go:40.
func AddNotification(notification *Notification) bool {
	affected, err := adapter.Engine.Insert(notification)
	if err != nil {
		panic(err)
	}

	return affected != 0
}

// AddReplyNotification reproduces object/notification.go:172 (the reminder
// e-mails are dropped). Caller: POST /api/add-reply, controllers/reply.go:178.
func AddReplyNotification(senderId, content string, objectId, topicId int) {
	memberMap := make(map[string]bool)

	topicInfo := GetTopicBasicInfo(topicId)
	receiverId := topicInfo.Author
	memberMap[receiverId] = true

	reg := regexp.MustCompile("@(.*?)[ \n\t]")
	reg2 := regexp.MustCompile("@([^ \n\t]*?)[^ \n\t]$")
	regResult := reg.FindAllStringSubmatch(content, -1)
	regResult2 := reg2.FindAllStringSubmatch(content, -1)

	for _, v := range regResult {
		if senderId != v[1] && !memberMap[v[1]] {
			memberMap[v[1]] = true
			AddMemberFavorites(v[1], "subscribe_topic", strconv.Itoa(topicId))
		}
	}

	for _, v := range regResult2 {
		v[1] += content[len(content)-1:]
		if senderId != v[1] && !memberMap[v[1]] {
			memberMap[v[1]] = true
			AddMemberFavorites(v[1], "subscribe_topic", strconv.Itoa(topicId))
		}
	}

	subscribeUsers := GetMembersFromFavorites(strconv.Itoa(topicId), SubscribeTopic) // safe: not a get-or-create: every member found gets a new event row keyed on a fresh autoincrement notification.id; nothing is inserted on "not found"
	for _, v := range subscribeUsers {
		if senderId != v.Name && !memberMap[v.Name] {
			memberMap[v.Name] = true
		}
	}

	var wg sync.WaitGroup

	if senderId != receiverId {
		notification := Notification{
			NotificationType: 1,
			ObjectId:         objectId,
			CreatedTime:      util.GetCurrentTime(),
			SenderId:         senderId,
			ReceiverId:       receiverId,
			Status:           1,
		}
		_ = AddNotification(&notification)
	}

	delete(memberMap, receiverId)
	for receiverId2 := range memberMap {
		wg.Add(1)
		go func(receiverId2 string) {
			defer wg.Done()
			notification := Notification{
				NotificationType: 2,
				ObjectId:         objectId,
				CreatedTime:      util.GetCurrentTime(),
				SenderId:         senderId,
				ReceiverId:       receiverId2,
				Status:           1,
			}
			_ = AddNotification(&notification)
		}(receiverId2)
	}
	wg.Wait()
}

// AddTopicNotification reproduces object/notification.go:258 (the reminder
// e-mails are dropped). Caller: POST /api/add-topic, controllers/topic.go:264.
func AddTopicNotification(objectId int, author, content string) {
	var wg sync.WaitGroup
	memberMap := make(map[string]bool)
	reg := regexp.MustCompile("@(.*?)[ \n\t]")
	reg2 := regexp.MustCompile("@([^ \n\t]*?)[^ \n\t]$")
	regResult := reg.FindAllStringSubmatch(content, -1)
	regResult2 := reg2.FindAllStringSubmatch(content, -1)

	for _, v := range regResult {
		if author != v[1] && !memberMap[v[1]] {
			memberMap[v[1]] = true
			AddMemberFavorites(v[1], "subscribe_topic", strconv.Itoa(objectId))
		}
	}

	for _, v := range regResult2 {
		v[1] += content[len(content)-1:]
		if author != v[1] && !memberMap[v[1]] {
			memberMap[v[1]] = true
			AddMemberFavorites(v[1], "subscribe_topic", strconv.Itoa(objectId))
		}
	}

	for k := range memberMap {
		wg.Add(1)
		k := k
		go func() {
			defer wg.Done()
			notification := Notification{
				NotificationType: 3,
				ObjectId:         objectId,
				CreatedTime:      util.GetCurrentTime(),
				SenderId:         author,
				ReceiverId:       k,
				Status:           1,
			}
			_ = AddNotification(&notification)
		}()
	}
	wg.Wait()
}
