package object

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"time"

	"example.com/heldout/casnode/pkg/casdoorsdk"
	"example.com/heldout/casnode/pkg/gitter"
	"example.com/heldout/casnode/util"
)

const (
	topicDuration = "4" // Hours
	apiLIMIT      = 10  // request frequency
)

type topicGitter struct {
	Topic        Topic
	Massages     []gitter.Message
	MemberMsgMap map[string]int
}

var (
	roomSyncMsgHeadMap = map[string]string{}
	roomSyncMsgTailMap = map[string]string{}
	lastMsgMap         = map[string]gitter.Message{}
	lastTopicMap       = map[string]topicGitter{}
	currentTopicMap    = map[string]topicGitter{}
)

// AutoSyncGitter reproduces object/gitter.go:56 (started by
// InitForumBasicInfo only when AutoSyncPeriodSecond >= 30; -1 at this commit).
func AutoSyncGitter() {
	if AutoSyncPeriodSecond < 30 {
		return
	}

	SyncAllGitterRooms()
	for {
		time.Sleep(time.Duration(AutoSyncPeriodSecond) * time.Second)
		SyncAllGitterRooms()
	}
}

// SyncAllGitterRooms reproduces object/gitter.go:68.
func SyncAllGitterRooms() {
	fmt.Println("Sync from gitter room started...")
	var nodes []Node
	err := adapter.Engine.Find(&nodes)
	if err != nil {
		panic(err)
	}
	for _, node := range nodes {
		node.SyncGitter()
	}
}

// SyncGitter reproduces object/gitter.go:80 (topic preload :112; two
// goroutines :117 and :180 each run createTopicWithMessages over the same
// preloaded topics, :176 and :268). The paging of the Gitter API and the
// head/tail index bookkeeping are trimmed.
func (n Node) SyncGitter() {
	if n.GitterRoomURL == "" || n.GitterApiToken == "" {
		return
	}

	defer func() {
		if err := recover(); err != nil {
			handleErr(err.(error))
		}
	}()

	api := gitter.New(n.GitterApiToken)

	rooms, err := api.GetRooms()
	if err != nil {
		panic(err)
	}

	room := gitter.Room{}
	for _, v := range rooms { // find RoomId by url
		if "https://gitter.im/"+v.URI == n.GitterRoomURL {
			room = v
			break
		}
	}
	if room.Name == "" {
		panic(errors.New("room is not exist"))
	}

	// The head and tail goroutines below both create topics in this node and
	// check titles only against this one snapshot (GetTopicExist,
	// createTopicWithMessages): the same first line posted twice in the room
	// (e.g. "hello") is a new title to both, and both insert it.
	topics := n.GetAllTopicsByNode() // race; no unique key: topic.title and topic.node_id are plain non-unique indexes (topic.go:31,34)

	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		headIdx := roomSyncMsgHeadMap[room.ID]

		messages, err := api.GetMessages(room.ID, &gitter.Pagination{
			AfterID: headIdx,
		})
		if err != nil {
			panic(err)
		}
		if len(messages) == 0 {
			roomSyncMsgHeadMap[room.ID] = headIdx
			return
		}

		createTopicWithMessages(messages, room, n, topics, true)
	}()

	// tail
	go func() {
		defer wg.Done()
		tailIdx := roomSyncMsgTailMap[room.ID]

		messages, err := api.GetMessages(room.ID, &gitter.Pagination{
			BeforeID: tailIdx,
		})
		if err != nil {
			panic(err)
		}
		if len(messages) == 0 {
			roomSyncMsgTailMap[room.ID] = tailIdx
			return
		}

		createTopicWithMessages(messages, room, n, topics, false)
	}()
	wg.Wait()
}

// createTopicWithMessages reproduces object/gitter.go:274 (user lookup :307,
// user insert :323; topic check :352 against the preloaded topics, topic
// insert :369; reply insert :394).
func createTopicWithMessages(messages []gitter.Message, room gitter.Room, node Node, topics []Topic, asc bool) {
	GetTopicExist := func(topicTitle string) Topic {
		for _, topic := range topics {
			if topic.Title == topicTitle {
				return topic
			}
		}
		return Topic{}
	}

	// initialize value
	lastMsg, ok := lastMsgMap[room.ID]
	if !ok {
		lastMsg = gitter.Message{}
	}
	lastTopic := lastTopicMap[room.ID]
	if !ok {
		lastTopic = topicGitter{MemberMsgMap: map[string]int{}}
	}
	currentTopic, ok := currentTopicMap[room.ID]
	if !ok {
		currentTopic = topicGitter{MemberMsgMap: map[string]int{}}
	}

	for _, msg := range messages {
		func() {
			defer func() {
				if err := recover(); err != nil {
					handleErr(err.(error))
				}
			}()

			// create if user is not exist
			// casdoorsdk.GetUser decodes Casdoor's answer into a *User, which is
			// nil for a missing user (data: null), so the user.Id test below
			// panics (recovered just above) before AddUser; an existing user has
			// a non-empty Id (Casdoor fills it in). The insert is unreachable.
			user, err := casdoorsdk.GetUser(msg.From.Username) // safe: the not-found branch cannot run: GetUser returns a nil *User (or an error) for a missing user, and user.Id panics (recovered per message) before AddUser
			if err != nil {
				panic(err)
			}
			if user.Id == "" { // add user
				avatar := msg.From.AvatarURLMedium
				newUser := casdoorsdk.User{
					Name:              msg.From.Username,
					CreatedTime:       util.GetCurrentTime(),
					UpdatedTime:       util.GetCurrentTime(),
					DisplayName:       msg.From.DisplayName,
					Avatar:            avatar,
					SignupApplication: CasdoorApplication,
				}
				fmt.Println("add user: ", newUser.Name)
				_, err := casdoorsdk.AddUser(&newUser)
				if err != nil {
					panic(err)
				}
			}

			mentioned := false // if @user
			for _, mention := range msg.Mentions {
				if mention.ScreenName == lastMsg.From.Username {
					mentioned = true
					break
				}
			}

			// if @user and lastMsg is not @user, then create topic
			// if duration is more than 4 hour, then create topic

			d := msg.Sent.Sub(lastMsg.Sent)
			dur, err := strconv.Atoi(topicDuration)
			if err != nil {
				panic(err)
			}
			if d > time.Hour*time.Duration(dur) && !mentioned { // if dur > `TopicDuration` and not @user last replied
				tmpStr := []rune(msg.Text)
				if len(tmpStr) > 200 { // limit length
					tmpStr = tmpStr[:200]
				}
				title := string(tmpStr)

				topic := GetTopicExist(title)
				if topic.Id == 0 { // not exist
					// add topic
					topic = Topic{
						Author:          msg.From.Username,
						NodeId:          node.Id,
						NodeName:        node.Name,
						TabId:           node.TabId,
						Title:           title,
						CreatedTime:     util.Time2String(msg.Sent),
						LastReplyTime:   util.Time2String(msg.Sent),
						EditorType:      "markdown",
						Content:         msg.Text,
						GitterMessageId: msg.ID,
					}

					_, topicID := AddTopic(&topic)
					topic.Id = topicID
				}

				// deep copy
				data, _ := json.Marshal(currentTopic)
				_ = json.Unmarshal(data, &lastTopic)
				lastTopicMap[room.ID] = lastTopic

				// new currentTopic
				currentTopic = topicGitter{Topic: topic, MemberMsgMap: map[string]int{}}
				currentTopic.Massages = append(currentTopic.Massages, msg)
				currentTopic.MemberMsgMap[msg.From.Username]++
				currentTopicMap[room.ID] = currentTopic
			} else {
				// add reply to lastTopic
				reply := Reply{
					Author:          msg.From.Username,
					TopicId:         currentTopic.Topic.Id,
					CreatedTime:     util.Time2String(msg.Sent),
					EditorType:      "markdown",
					Content:         msg.Text,
					GitterMessageId: msg.ID,
				}
				_, _ = AddReply(&reply)

				ChangeTopicReplyCount(reply.TopicId, 1)
				ChangeTopicLastReplyUser(currentTopic.Topic.Id, msg.From.Username, util.Time2String(msg.Sent))

				currentTopic.Massages = append(currentTopic.Massages, msg)
				currentTopic.MemberMsgMap[msg.From.Username]++
				currentTopicMap[room.ID] = currentTopic
			}

			// deep copy
			data, _ := json.Marshal(msg)
			_ = json.Unmarshal(data, &lastMsg)

			// add index to sync message
			if asc {
				roomSyncMsgHeadMap[room.ID] = msg.ID
			} else {
				roomSyncMsgTailMap[room.ID] = messages[0].ID
			}
		}()
	}
}

// handleErr reproduces object/gitter.go:418 (logging trimmed).
func handleErr(err error) {
	fmt.Println("Handler crashed with error:", err)
}
