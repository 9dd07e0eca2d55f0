package object

import (
	"fmt"
	"net/http"
	"strings"
	"time"

	crawler "example.com/heldout/casnode/pkg/crawler"
	"example.com/heldout/casnode/util"
)

// httpClient stands for the proxy-aware client of object/proxy.go (InitHttpClient).
var httpClient = &http.Client{}

// SyncFromGoogleGroup reproduces object/mailing_list.go:22 (topic preload :26,
// check :62, insert :74; reply preload :92, check :111, insert :121).
// Chain: InitForumBasicInfo (basic.go:44, only when AutoSyncPeriodSecond >= 30;
// it is hard-coded -1 at this commit, object/conf.go:49) -> go
// AutoSyncGoogleGroup (:129) -> SyncAllNodeFromGoogleGroup (:139) -> per node.
// One loop per process, concurrently with the gitter loop (AutoSyncGitter);
// no lock, no unique key.
func (n Node) SyncFromGoogleGroup() {
	if !strings.Contains(n.MailingList, "@googlegroups.com") {
		return
	}
	// The titles are read once per node and never refreshed: a sync running
	// at the same time (another casnode instance, or the gitter loop creating
	// topics in the same node) misses the same title and inserts it too.
	topicTitles := n.GetAllTopicTitlesOfNode() // race; no unique key: topic.title and topic.node_id are plain non-unique indexes (topic.go:31,34)

	isInTopicList := func(topicTitle string) bool {
		for _, title := range topicTitles {
			if title == topicTitle {
				return true
			}
		}
		return false
	}

	group := crawler.NewGoogleGroup(n.MailingList, n.GoogleGroupCookie)
	conversations := group.GetAllConversations(*httpClient)
	for _, conv := range conversations {
		messages := conv.GetAllMessages(*httpClient, true)
		if len(messages) < 1 {
			fmt.Printf("Google Groups Crawler: Getting messages from Google Group: %s for node: %s failed, please check your cookie.\n", group.GroupName, n.Id)
			break
		}
		var newTopic Topic
		AuthorMember, err := AddMemberByNameAndEmailIfNotExist(messages[0].Author, messages[0].AuthorEmail)
		if err != nil {
			panic(err)
		}
		if AuthorMember == nil {
			continue
		}

		for msgIndex, msgItem := range messages {
			if msgItem.Files != nil {
				for _, msgFileItem := range msgItem.Files {
					messages[msgIndex].Content = fmt.Sprintf("%s<br>[%s](%s)", messages[msgIndex].Content, msgFileItem.FileName, msgFileItem.Url)
				}
			}
		}

		if !isInTopicList(conv.Title) {
			newTopic = Topic{
				Author:        AuthorMember.Id,
				NodeId:        n.Id,
				NodeName:      n.Name,
				TabId:         n.TabId,
				Title:         conv.Title,
				Content:       FilterUnsafeHTML(messages[0].Content),
				CreatedTime:   util.GetTimeFromTimestamp(int64(conv.Time)),
				LastReplyTime: util.GetTimeFromTimestamp(int64(conv.Time)),
				EditorType:    "richtext",
			}
			AddTopic(&newTopic)
		} else {
			var topics []Topic
			err := adapter.Engine.Where("title = ? and deleted = 0", conv.Title).Find(&topics)
			if err != nil {
				panic(err)
			}
			if len(topics) == 0 {
				continue
			}
			for _, t := range topics {
				if conv.Title == t.Title {
					newTopic = t
					break
				}
			}
		}

		// Same pattern for the replies of the topic: a concurrent sync of the
		// same group misses the same message and adds it again.
		replies := newTopic.GetAllRepliesOfTopic() // race; no unique key: reply.content is an unindexed mediumtext, reply.topic_id a plain index (reply.go:28,36)
		isInReplies := func(replyStr string) bool {
			for _, c := range replies {
				if c == replyStr {
					return true
				}
			}
			return false
		}

		for _, msg := range messages[1:] {
			msg.Content = FilterUnsafeHTML(msg.Content)
			AuthorMember, err = AddMemberByNameAndEmailIfNotExist(msg.Author, msg.AuthorEmail)
			if err != nil {
				panic(err)
			}
			if AuthorMember == nil {
				continue
			}
			if isInReplies(msg.Content) {
				continue
			}
			newReply := Reply{
				Author:      AuthorMember.Id,
				TopicId:     newTopic.Id,
				EditorType:  "richtext",
				Content:     msg.Content,
				CreatedTime: util.GetTimeFromTimestamp(int64(msg.Time)),
			}
			AddReply(&newReply)
			newTopic.LastReplyTime = util.GetTimeFromTimestamp(int64(msg.Time))
			newTopic.LastReplyUser = AuthorMember.Id
		}
		UpdateTopic(newTopic.Id, &newTopic)
	}
}

// AutoSyncGoogleGroup reproduces object/mailing_list.go:129.
func AutoSyncGoogleGroup() {
	if AutoSyncPeriodSecond < 30 {
		return
	}
	for {
		time.Sleep(time.Duration(AutoSyncPeriodSecond) * time.Second)
		SyncAllNodeFromGoogleGroup()
	}
}

// SyncAllNodeFromGoogleGroup reproduces object/mailing_list.go:139.
func SyncAllNodeFromGoogleGroup() {
	if AutoSyncPeriodSecond < 30 {
		return
	}
	fmt.Println("Sync from google group started...")
	var nodes []Node
	err := adapter.Engine.Find(&nodes)
	if err != nil {
		panic(err)
	}
	for _, node := range nodes {
		node.SyncFromGoogleGroup()
	}
}
