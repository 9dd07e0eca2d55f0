package object

import (
	"example.com/heldout/casnode/pkg/casdoorsdk"
)

// Topic reproduces object/topic.go:28: primary key id (autoincrement); author,
// node_id, tab_id and title carry plain non-unique indexes; url_path has no
// index.
type Topic struct {
	Id              int      `xorm:"int notnull pk autoincr" json:"id"`
	Author          string   `xorm:"varchar(100) index" json:"author"`
	NodeId          string   `xorm:"varchar(100) index" json:"nodeId"`
	NodeName        string   `xorm:"varchar(100)" json:"nodeName"`
	TabId           string   `xorm:"varchar(100) index" json:"tabId"`
	Title           string   `xorm:"varchar(300) index" json:"title"`
	CreatedTime     string   `xorm:"varchar(40)" json:"createdTime"`
	Tags            []string `xorm:"varchar(200)" json:"tags"`
	ReplyCount      int      `json:"replyCount"`
	UpCount         int      `json:"upCount"`
	DownCount       int      `json:"downCount"`
	HitCount        int      `json:"hitCount"`
	Hot             int      `xorm:"index" json:"hot"`
	FavoriteCount   int      `json:"favoriteCount"`
	SubscribeCount  int      `json:"subscribeCount"`
	HomePageTopTime string   `xorm:"varchar(40) index(IDX_topic_htt_lrt)" json:"homePageTopTime"`
	TabTopTime      string   `xorm:"varchar(40) index(IDX_topic_ttt_lrt)" json:"tabTopTime"`
	NodeTopTime     string   `xorm:"varchar(40) index(IDX_topic_ntt_lrt)" json:"nodeTopTime"`
	LastReplyUser   string   `xorm:"varchar(100)" json:"lastReplyUser"`
	LastReplyTime   string   `xorm:"varchar(40) index(IDX_topic_htt_lrt) index(IDX_topic_ttt_lrt) index(IDX_topic_ntt_lrt)" json:"lastReplyTime"`
	Deleted         bool     `xorm:"bool index" json:"-"`
	EditorType      string   `xorm:"varchar(40)" json:"editorType"`
	Content         string   `xorm:"mediumtext" json:"content"`
	UrlPath         string   `xorm:"varchar(100)" json:"urlPath"`
	IsHidden        bool     `xorm:"bool index" json:"isHidden"`
	Ip              string   `xorm:"varchar(100)" json:"ip"`
	State           string   `xorm:"varchar(100)" json:"state"`
	GitterMessageId string   `xorm:"varchar(100)" json:"gitterMessageId"`
}

// GetTopicsByTitleAndAuthor reproduces object/topic.go:123.
func GetTopicsByTitleAndAuthor(title string, author string) []*Topic {
	topics := []*Topic{}
	err := adapter.Engine.Where("title = ?", title).And("author = ?", author).Find(&topics)
	if err != nil {
		panic(err)
	}

	return topics
}

// GetTopic reproduces object/topic.go:263.
func GetTopic(id int) *Topic {
	topic := Topic{Id: id}
	existed, err := adapter.Engine.Get(&topic)
	if err != nil {
		panic(err)
	}

	if existed {
		return &topic
	} else {
		return nil
	}
}

// GetTopicByUrlPathAndTitle reproduces object/topic.go:277: xorm's Get uses
// the non-zero fields as conditions (url_path, title, node_id).
func GetTopicByUrlPathAndTitle(urlPath, title, nodeId string) *Topic {
	topic := Topic{UrlPath: urlPath, Title: title, NodeId: nodeId}
	existed, err := adapter.Engine.Get(&topic)
	if err != nil {
		panic(err)
	}

	if !existed {
		return nil
	}

	return &topic
}

// GetTopicBasicInfo reproduces object/topic.go:291.
func GetTopicBasicInfo(id int) *Topic {
	topic := Topic{Id: id}
	existed, err := adapter.Engine.ID(id).Omit("content").Get(&topic)
	if err != nil {
		panic(err)
	}

	if existed {
		return &topic
	} else {
		return nil
	}
}

// GetTopicAuthor reproduces object/topic.go:336.
func GetTopicAuthor(id int) *casdoorsdk.User {
	topic := Topic{Id: id}
	existed, err := adapter.Engine.Cols("author").Get(&topic)
	if err != nil {
		panic(err)
	}

	if !existed {
		return nil
	}

	return GetUser(topic.Author)
}

// UpdateTopic reproduces object/topic.go:407.
func UpdateTopic(id int, topic *Topic) bool {
	if GetTopic(id) == nil {
		return false
	}
	topic.Content = FilterUnsafeHTML(topic.Content)
	_, err := adapter.Engine.ID(id).AllCols().Update(topic)
	if err != nil {
		panic(err)
	}

	return true
}

// AddTopic reproduces object/topic.go:445.
func AddTopic(topic *Topic) (bool, int) {
	topic.Content = FilterUnsafeHTML(topic.Content)
	affected, err := adapter.Engine.Insert(topic)
	if err != nil {
		panic(err)
	}

	return affected != 0, topic.Id
}

// ChangeTopicFavoriteCount reproduces object/topic.go:547.
func ChangeTopicFavoriteCount(topicId int, num int) bool {
	affected, err := adapter.Engine.ID(topicId).Incr("favorite_count", num).Update(Topic{})
	if err != nil {
		panic(err)
	}

	return affected != 0
}

// ChangeTopicSubscribeCount reproduces object/topic.go:556.
func ChangeTopicSubscribeCount(topicId int, num int) bool {
	affected, err := adapter.Engine.ID(topicId).Incr("subscribe_count", num).Update(Topic{})
	if err != nil {
		panic(err)
	}

	return affected != 0
}

// ChangeTopicReplyCount reproduces object/topic.go:565.
func ChangeTopicReplyCount(topicId int, num int) bool {
	affected, err := adapter.Engine.ID(topicId).Incr("reply_count", num).Update(Topic{})
	if err != nil {
		panic(err)
	}

	return affected != 0
}

// ChangeTopicLastReplyUser reproduces object/topic.go:574.
func ChangeTopicLastReplyUser(topicId int, memberId string, updateTime string) bool {
	topic := GetTopic(topicId)
	if topic == nil {
		return false
	}

	topic.LastReplyUser = memberId
	topic.LastReplyTime = updateTime
	if len(memberId) == 0 {
		topic.LastReplyTime = ""
	}
	affected, err := adapter.Engine.ID(topicId).Cols("last_reply_user, last_reply_time").Update(topic)
	if err != nil {
		panic(err)
	}

	return affected != 0
}

// GetAllRepliesOfTopic reproduces object/topic.go:767 (without the markdown
// rendering of markdown replies, github.com/gomarkdown/markdown).
func (t Topic) GetAllRepliesOfTopic() []string {
	var ret []string
	var replies []Reply
	err := adapter.Engine.Where("topic_id = ? and deleted = 0", t.Id).Find(&replies)
	if err != nil {
		panic(err)
	}
	var content string
	for _, reply := range replies {
		content = reply.Content
		ret = append(ret, content)
	}
	return ret
}
