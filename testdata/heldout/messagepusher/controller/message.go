package controller

import (
	"errors"
	"fmt"
	"net/http"

	"example.com/heldout/messagepusher/common"
	"example.com/heldout/messagepusher/model"
	"example.com/heldout/messagepusher/pkg/gin"
)

func authMessage(messageToken string, userToken string, channelToken *string) bool {
	if userToken != "" {
		if messageToken == userToken {
			return true
		}
	}
	if channelToken != nil && *channelToken != "" {
		if messageToken != *channelToken {
			return false
		}
	}
	return true
}

// processMessage is reached from POST/GET /push/:username (pushMessageHelper) and
// POST /webhook/:link (TriggerWebhook).
func processMessage(c *gin.Context, message *model.Message, user *model.User, needAuth bool) {
	if message.Title == "" {
		message.Title = common.SystemName
	}
	if message.Channel == "" {
		message.Channel = user.Channel
		if message.Channel == "" {
			message.Channel = model.TypeEmail
		}
	}
	channel_, err := model.GetChannelByName(message.Channel, user.Id) // safe: not found rejects the request; the message inserted on the found path is keyed on a fresh UUID link (common.GetUUID), nothing is created for the looked-up channel
	if err != nil {
		c.JSON(http.StatusOK, gin.H{
			"success": false,
			"message": "无效的渠道名称：" + message.Channel,
		})
		return
	}
	if needAuth && !authMessage(message.Token, user.Token, channel_.Token) {
		if message.Token == "" {
			c.JSON(http.StatusUnauthorized, gin.H{
				"success": false,
				"message": "通道维度或用户维度设置了鉴权令牌，需要提供鉴权令牌",
			})
			return
		}
		c.JSON(http.StatusUnauthorized, gin.H{
			"success": false,
			"message": "无效的 token",
		})
		return
	}
	if message.RenderMode == "code" {
		if message.Content != "" {
			message.Content = fmt.Sprintf("```\n%s\n```", message.Content)
		}
	}
	err = saveAndSendMessage(user, message, channel_)
	if err != nil {
		c.JSON(http.StatusOK, gin.H{
			"success": false,
			"message": err.Error(),
		})
		return
	}
	c.JSON(http.StatusOK, gin.H{
		"success": true,
		"message": "",
		"uuid":    message.Link,
	})
}

func saveAndSendMessage(user *model.User, message *model.Message, channel_ *model.Channel) error {
	if channel_.Status != common.ChannelStatusEnabled {
		return errors.New("该渠道已被禁用")
	}
	common.MessageCount += 1 // We don't need to use atomic here because it's not a critical value
	message.Link = common.GetUUID()
	if message.URL == "" {
		message.URL = fmt.Sprintf("%s/message/%s", common.ServerAddress, message.Link)
	}
	success := false
	if common.MessagePersistenceEnabled || user.SaveMessageToDatabase == common.SaveMessageToDatabaseAllowed {
		defer func() {
			// Update the status of the message
			status := common.MessageSendStatusFailed
			if message.Async {
				status = common.MessageSendStatusAsyncPending
			} else {
				if success {
					status = common.MessageSendStatusSent
				}
			}
			err := message.UpdateStatus(status)
			if err != nil {
				common.SysError("failed to update the status of the message: " + err.Error())
			}
			// (upstream: channel.AsyncMessageQueue <- message.Id when async; trimmed)
		}()
		err := message.UpdateAndInsert(user.Id)
		if err != nil {
			return err
		}
		// (upstream: go syncMessageToUser(message, user.Id); trimmed)
	} else {
		if message.Async {
			return errors.New("异步发送消息需要用户具备消息持久化的权限")
		}
		message.Link = "unsaved" // This is for user to identify whether the message is saved
	}
	// (upstream: channel.SendMessage(message, user, channel_) when not async; trimmed)
	success = true
	return nil // After this line, the message status will be updated
}
