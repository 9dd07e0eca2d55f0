package object

// Reply reproduces object/reply.go:25: primary key id (autoincrement); author
// and topic_id carry plain indexes; content is an unindexed mediumtext.
type Reply struct {
	Id              int      `xorm:"int notnull pk autoincr" json:"id"`
	Author          string   `xorm:"varchar(100) index" json:"author"`
	TopicId         int      `xorm:"int index" json:"topicId"`
	ParentId        int      `xorm:"int" json:"parentId"`
	Tags            []string `xorm:"varchar(200)" json:"tags"`
	CreatedTime     string   `xorm:"varchar(40)" json:"createdTime"`
	Deleted         bool     `xorm:"bool" json:"deleted"`
	IsHidden        bool     `xorm:"bool" json:"isHidden"`
	ThanksNum       int      `xorm:"int" json:"thanksNum"`
	EditorType      string   `xorm:"varchar(40)" json:"editorType"`
	Content         string   `xorm:"mediumtext" json:"content"`
	Ip              string   `xorm:"varchar(100)" json:"ip"`
	State           string   `xorm:"varchar(100)" json:"state"`
	GitterMessageId string   `xorm:"varchar(100)" json:"gitterMessageId"`
}

// GetRepliesOfTopic reproduces object/reply.go:185.
func GetRepliesOfTopic(topicId int) []Reply {
	var ret []Reply
	err := adapter.Engine.Where("topic_id = ?", topicId).And("deleted = ?", 0).Find(&ret)
	if err != nil {
		panic(err)
	}
	return ret
}

// GetReplyByContentAndAuthor reproduces object/reply.go:209: ret stays nil
// when no row matches (xorm only appends).
func GetReplyByContentAndAuthor(content string, author string) []*Reply {
	var ret []*Reply
	err := adapter.Engine.Where("content = ?", content).And("author = ?", author).Find(&ret)
	if err != nil {
		panic(err)
	}
	return ret
}

// AddReply reproduces object/reply.go:313.
func AddReply(reply *Reply) (bool, int) {
	reply.Content = FilterUnsafeHTML(reply.Content)
	affected, err := adapter.Engine.Insert(reply)
	if err != nil {
		panic(err)
	}

	return affected != 0, reply.Id
}
