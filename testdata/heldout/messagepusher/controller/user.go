package controller

import (
	"encoding/json"
	"net/http"
	"strings"

	"example.com/heldout/messagepusher/common"
	"example.com/heldout/messagepusher/model"
	"example.com/heldout/messagepusher/pkg/gin"
	"example.com/heldout/messagepusher/pkg/sessions"
	"github.com/google/uuid"
)

// setup session & cookies and then return user info
func setupLogin(user *model.User, c *gin.Context) {
	session := sessions.Default(c)
	session.Set("id", user.Id)
	session.Set("username", user.Username)
	session.Set("role", user.Role)
	session.Set("status", user.Status)
	err := session.Save()
	if err != nil {
		c.JSON(http.StatusOK, gin.H{
			"message": "无法保存会话信息，请重试",
			"success": false,
		})
		return
	}
	cleanUser := model.User{
		Id:          user.Id,
		Username:    user.Username,
		DisplayName: user.DisplayName,
		Role:        user.Role,
		Status:      user.Status,
	}
	c.JSON(http.StatusOK, gin.H{
		"message": "",
		"success": true,
		"data":    cleanUser,
	})
}

// GenerateToken is GET /api/user/token behind UserAuth (router/api-router.go:37).
func GenerateToken(c *gin.Context) {
	id := c.GetInt("id")
	user, err := model.GetUserById(id, true)
	if err != nil {
		c.JSON(http.StatusOK, gin.H{
			"success": false,
			"message": err.Error(),
		})
		return
	}
	user.Token = uuid.New().String()
	user.Token = strings.Replace(user.Token, "-", "", -1)

	if model.DB.Where("token = ?", user.Token).First(user).RowsAffected != 0 { // safe: the looked-up token is a fresh random UUID and the lookup only guards an update of the caller's own row
		c.JSON(http.StatusOK, gin.H{
			"success": false,
			"message": "请重试，系统生成的 UUID 竟然重复了！",
		})
		return
	}

	if err := user.Update(false); err != nil {
		c.JSON(http.StatusOK, gin.H{
			"success": false,
			"message": err.Error(),
		})
		return
	}

	c.JSON(http.StatusOK, gin.H{
		"success": true,
		"message": "",
		"data":    user.Token,
	})
	return
}

type ManageRequest struct {
	Username string `json:"username"`
	Action   string `json:"action"`
}

// ManageUser Only admin user can do this
// POST /api/user/manage behind AdminAuth (router/api-router.go:47).
func ManageUser(c *gin.Context) {
	var req ManageRequest
	err := json.NewDecoder(c.Request.Body).Decode(&req)

	if err != nil {
		c.JSON(http.StatusOK, gin.H{
			"success": false,
			"message": "无效的参数",
		})
		return
	}
	user := model.User{
		Username: req.Username,
	}
	// Fill attributes
	model.DB.Where(&user).First(&user) // safe: on not found (user.Id == 0) it returns; the found user is only updated (user.Update, Updates) or deleted
	if user.Id == 0 {
		c.JSON(http.StatusOK, gin.H{
			"success": false,
			"message": "用户不存在",
		})
		return
	}
	myRole := c.GetInt("role")
	if myRole <= user.Role && myRole != common.RoleRootUser {
		c.JSON(http.StatusOK, gin.H{
			"success": false,
			"message": "无权更新同权限等级或更高权限等级的用户信息",
		})
		return
	}
	switch req.Action {
	case "disable":
		if user.Status == common.UserStatusDisabled {
			c.JSON(http.StatusOK, gin.H{
				"success": false,
				"message": "该账户已经是封禁状态",
			})
			return
		}
		if user.Role == common.RoleRootUser {
			c.JSON(http.StatusOK, gin.H{
				"success": false,
				"message": "无法禁用超级管理员用户",
			})
			return
		}
		user.Status = common.UserStatusDisabled
	case "enable":
		if user.Status == common.UserStatusEnabled {
			c.JSON(http.StatusOK, gin.H{
				"success": false,
				"message": "该账户已经是启用状态",
			})
			return
		}
		user.Status = common.UserStatusEnabled
	case "delete":
		if user.Role == common.RoleRootUser {
			c.JSON(http.StatusOK, gin.H{
				"success": false,
				"message": "无法删除超级管理员用户",
			})
			return
		}
		if err := user.Delete(); err != nil {
			c.JSON(http.StatusOK, gin.H{
				"success": false,
				"message": err.Error(),
			})
			return
		}
	case "promote":
		if myRole != common.RoleRootUser {
			c.JSON(http.StatusOK, gin.H{
				"success": false,
				"message": "普通管理员用户无法提升其他用户为管理员",
			})
			return
		}
		if user.Role >= common.RoleAdminUser {
			c.JSON(http.StatusOK, gin.H{
				"success": false,
				"message": "该用户已经是管理员",
			})
			return
		}
		user.Role = common.RoleAdminUser
	case "allow_save_message_to_database":
		user.SaveMessageToDatabase = common.SaveMessageToDatabaseAllowed
	case "disallow_save_message_to_database":
		user.SaveMessageToDatabase = common.SaveMessageToDatabaseDisallowed
	}
	// (upstream also has demote and the send_email_to_others actions and token store calls; trimmed)

	if err := user.Update(false); err != nil {
		c.JSON(http.StatusOK, gin.H{
			"success": false,
			"message": err.Error(),
		})
		return
	}
	clearUser := model.User{
		Role:                  user.Role,
		Status:                user.Status,
		SendEmailToOthers:     user.SendEmailToOthers,
		SaveMessageToDatabase: user.SaveMessageToDatabase,
	}
	c.JSON(http.StatusOK, gin.H{
		"success": true,
		"message": "",
		"data":    clearUser,
	})
	return
}

// EmailBind is GET /api/oauth/email/bind behind UserAuth (router/api-router.go:23).
func EmailBind(c *gin.Context) {
	email := c.Query("email")
	code := c.Query("code")
	if !common.VerifyCodeWithKey(email, code, common.EmailVerificationPurpose) {
		c.JSON(http.StatusOK, gin.H{
			"success": false,
			"message": "验证码错误或已过期",
		})
		return
	}
	id := c.GetInt("id")
	user := model.User{
		Id: id,
	}
	err := user.FillUserById() // safe: the lookup is of the caller's own user (found path); the email channel inserted below is keyed on the UNIQUE index name_user_id (user_id, name) and its duplicate error is discarded
	if err != nil {
		c.JSON(http.StatusOK, gin.H{
			"success": false,
			"message": err.Error(),
		})
		return
	}
	user.Email = email
	// no need to check if this email already taken, because we have used verification code to check it
	err = user.Update(false)
	if err != nil {
		c.JSON(http.StatusOK, gin.H{
			"success": false,
			"message": err.Error(),
		})
		return
	}
	// create email channel for this user
	emailChannel := model.Channel{
		Type:        model.TypeEmail,
		UserId:      user.Id,
		Name:        "email",
		Description: "系统自动创建",
		Status:      common.ChannelStatusEnabled,
		CreatedTime: common.GetTimestamp(),
	}
	_ = emailChannel.Insert()
	c.JSON(http.StatusOK, gin.H{
		"success": true,
		"message": "",
	})
	return
}
