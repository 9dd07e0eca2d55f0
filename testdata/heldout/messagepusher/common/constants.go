package common

import (
	"sync"
)

// Trimmed copy of upstream common/constants.go (only what the reproduced code uses).

var SystemName = "消息推送服务"
var ServerAddress = "http://localhost:3000"
var MessageCount = 0 // Non critical value, no need to use atomic
var UserCount = 0    // Non critical value, no need to use atomic

var SQLitePath = "message-pusher.db"

var OptionMap map[string]string
var OptionMapRWMutex sync.RWMutex

var PasswordLoginEnabled = true
var PasswordRegisterEnabled = true
var EmailVerificationEnabled = false
var GitHubOAuthEnabled = false
var WeChatAuthEnabled = false
var TurnstileCheckEnabled = false
var RegisterEnabled = true
var MessagePersistenceEnabled = true
var MessageRenderEnabled = true

var GitHubClientId = ""
var GitHubClientSecret = ""

var WeChatServerAddress = ""
var WeChatServerToken = ""

var TurnstileSiteKey = ""

const (
	RoleGuestUser  = 0
	RoleCommonUser = 1
	RoleAdminUser  = 10
	RoleRootUser   = 100
)

const (
	UserStatusNonExisted = 0
	UserStatusEnabled    = 1 // don't use 0, 0 is the default value!
	UserStatusDisabled   = 2 // also don't use 0
)

const (
	SendEmailToOthersAllowed    = 1
	SendEmailToOthersDisallowed = 2
)

const (
	SaveMessageToDatabaseAllowed    = 1
	SaveMessageToDatabaseDisallowed = 2
)

const (
	MessageSendStatusUnknown      = 0
	MessageSendStatusPending      = 1
	MessageSendStatusSent         = 2
	MessageSendStatusFailed       = 3
	MessageSendStatusAsyncPending = 4
)

const (
	ChannelStatusUnknown  = 0
	ChannelStatusEnabled  = 1
	ChannelStatusDisabled = 2
)

const (
	WebhookStatusUnknown  = 0
	WebhookStatusEnabled  = 1
	WebhookStatusDisabled = 2
)
