package controllers

import (
	"encoding/json"

	"example.com/heldout/casnode/object"
	"example.com/heldout/casnode/util"
)

// AddReply reproduces controllers/reply.go:127 (POST /api/add-reply, signed
// in; lookup :158, insert :169 -> object/reply.go:316). The tag segmentation,
// the balance charge and bonus, the counters and the mailing-list mail are
// trimmed; the notification (which subscribes mentioned members, see
// object.AddMemberFavorites) is kept.
func (c *ApiController) AddReply() {
	if c.RequireSignedIn() {
		return
	}

	user := c.GetSessionUser()

	if object.IsForbidden(user) {
		c.ResponseError("Your account has been forbidden to perform this operation")
		return
	}

	reply := object.Reply{
		Author:      GetUserName(user),
		CreatedTime: util.GetCurrentTime(),
		Deleted:     false,
	}

	err := json.Unmarshal(c.Ctx.Input.RequestBody, &reply)
	if err != nil {
		panic(err)
	}

	// A double submit: both requests find no earlier reply with this
	// (content, author) and both insert it (and both charge the author).
	previousReply := object.GetReplyByContentAndAuthor(reply.Content, reply.Author) // race; no unique key: reply.content is an unindexed mediumtext and reply.author a plain index; the primary key is the autoincrement id (object/reply.go:26-36)
	if previousReply != nil {
		c.ResponseError("You have same reply before.")
		return
	}

	if object.ContainsSensitiveWord(reply.Content) {
		c.ResponseError("Reply contains sensitive word.")
		return
	}

	affected, id := object.AddReply(&reply)
	if affected {
		object.AddReplyNotification(reply.Author, reply.Content, id, reply.TopicId)
	}

	c.ResponseOk(affected)
}
