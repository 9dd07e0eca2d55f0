package controllers

import (
	"encoding/json"
	"fmt"

	"example.com/heldout/casnode/object"
	"example.com/heldout/casnode/util"
)

// NewTopicForm reproduces controllers/topic.go:30.
type NewTopicForm struct {
	Title      string   `json:"title"`
	Body       string   `json:"body"`
	NodeId     string   `json:"nodeId"`
	EditorType string   `json:"editorType"`
	Tags       []string `json:"tags"`
}

// AddTopic reproduces controllers/topic.go:179 (POST /api/add-topic, signed
// in; lookup :253, insert :258 -> object/topic.go:447). The tag
// segmentation (service.Finalword), the balance charge
// (object.CreateTopicConsumption) and the mailing-list mail are trimmed.
func (c *ApiController) AddTopic() {
	if c.RequireSignedIn() {
		return
	}

	user := c.GetSessionUser()

	if object.IsForbidden(user) {
		c.ResponseError("Your account has been forbidden to perform this operation")
		return
	}

	var form NewTopicForm
	err := json.Unmarshal(c.Ctx.Input.RequestBody, &form)
	if err != nil {
		panic(err)
	}
	title, body, nodeId, editorType, tags := form.Title, form.Body, form.NodeId, form.EditorType, form.Tags

	node := object.GetNode(nodeId)
	if node == nil {
		c.ResponseError("Node does not exist.")
		return
	}

	if object.ContainsSensitiveWord(title) {
		c.ResponseError("Topic title contains sensitive word.")
		return
	}

	if object.ContainsSensitiveWord(body) {
		c.ResponseError("Topic body contains sensitive word.")
		return
	}

	topic := object.Topic{
		Author:         GetUserName(user),
		NodeId:         node.Id,
		NodeName:       node.Name,
		TabId:          node.TabId,
		Title:          title,
		CreatedTime:    util.GetCurrentTime(),
		Tags:           tags,
		LastReplyUser:  "",
		LastReplyTime:  util.GetCurrentTime(),
		UpCount:        0,
		DownCount:      0,
		HitCount:       0,
		FavoriteCount:  0,
		SubscribeCount: 0,
		Content:        body,
		Deleted:        false,
		EditorType:     editorType,
		IsHidden:       node.IsHidden,
	}

	err = json.Unmarshal(c.Ctx.Input.RequestBody, &topic)
	if err != nil {
		panic(err)
	}
	// A double submit of the same topic: both requests find no topic with
	// this (title, author) and both insert one, and the author is charged twice.
	topics := object.GetTopicsByTitleAndAuthor(topic.Title, topic.Author) // race; no unique key: topic.title and topic.author are plain non-unique indexes, the primary key is the autoincrement id (object/topic.go:29-34)
	if len(topics) != 0 {
		c.ResponseError("Duplicate topic")
		return
	}
	res, id := object.AddTopic(&topic)
	if res {
		object.AddTopicNotification(id, topic.Author, topic.Content)

		c.ResponseOk(topic.Id)
	} else {
		c.ResponseError("Failed to add topic.")
	}
}

// GetTopicByUrlPathAndTitle reproduces controllers/topic.go:808
// (GET /api/get-topic-by-urlpath-and-title, no sign-in: the embeddable
// comment page, web/src/Embed.js:33, asks for the topic of the embedding page
// on every load; lookup :835, insert :850 -> object/topic.go:447).
func (c *ApiController) GetTopicByUrlPathAndTitle() {
	urlPath := c.Input().Get("urlPath")
	title := c.Input().Get("title")
	author := c.Input().Get("author")
	nodeId := c.Input().Get("nodeId")

	if urlPath == "" {
		c.ResponseError(fmt.Sprintf("The urlPath: %s does not exist", urlPath))
		return
	}

	if title == "" {
		c.ResponseError(fmt.Sprintf("The title: %s does not exist", title))
		return
	}

	if author == "" {
		c.ResponseError(fmt.Sprintf("The author: %s does not exist", author))
		return
	}

	node := object.GetNode(nodeId)
	if nodeId == "" || node == nil {
		c.ResponseError(fmt.Sprintf("The node: %s does not exist", nodeId))
		return
	}

	// The first views of a new page (several visitors, or one browser
	// loading the widget twice) all miss and each creates the page's topic;
	// later views get whichever one xorm's Get returns first.
	topic := object.GetTopicByUrlPathAndTitle(urlPath, title, nodeId) // race; no unique key: topic.url_path is untagged, title and node_id are plain non-unique indexes (object/topic.go:31,34,52)
	if topic == nil {
		topic = &object.Topic{
			Author:        author,
			NodeId:        nodeId,
			NodeName:      node.Name,
			TabId:         node.TabId,
			Title:         title,
			CreatedTime:   util.GetCurrentTime(),
			LastReplyTime: util.GetCurrentTime(),
			Content:       fmt.Sprintf("URL: %s%s", nodeId, urlPath),
			UrlPath:       urlPath,
			EditorType:    "markdown",
			IsHidden:      node.IsHidden,
		}
		object.AddTopic(topic)
	}

	c.ResponseOk(topic)
}
