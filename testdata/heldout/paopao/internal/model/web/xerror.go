// Package web reproduces rocboss/paopao-ce 0b35d12b74c0 internal/model/web (request/response types, trimmed).
package web

import (
	"example.com/heldout/paopao/pkg/xerror"
)

// The errors reproduce internal/model/web/xerror.go (the ones the sites return).
var (
	ErrUsernameHasExisted         = xerror.NewError(20001, "用户名已存在")        // xerror.go:13
	ErrUsernameLengthLimit        = xerror.NewError(20002, "用户名长度3~12")     // xerror.go:14
	ErrUsernameCharLimit          = xerror.NewError(20003, "用户名只能包含字母、数字")  // xerror.go:15
	ErrUserRegisterFailed         = xerror.NewError(20005, "用户注册失败")        // xerror.go:17
	ErrNoPermission               = xerror.NewError(20007, "无权限执行该请求")      // xerror.go:19
	ErrNoExistUsername            = xerror.NewError(20021, "用户不存在")         // xerror.go:33
	ErrDisallowUserRegister       = xerror.NewError(20023, "系统不允许注册用户")     // xerror.go:35
	ErrInvalidDownloadReq         = xerror.NewError(30007, "附件下载请求不合法")     // xerror.go:43
	ErrDownloadReqError           = xerror.NewError(30008, "附件下载请求失败")      // xerror.go:44
	ErrInsuffientDownloadMoney    = xerror.NewError(30009, "附件下载失败:账户资金不足") // xerror.go:45
	ErrNoRequestingFriendToSelf   = xerror.NewError(80001, "不允许添加自己为好友")    // xerror.go:77
	ErrNotExistFriendId           = xerror.NewError(80002, "好友id不存在")       // xerror.go:78
	ErrSendRequestingFriendFailed = xerror.NewError(80003, "申请添加朋友请求发送失败")  // xerror.go:79
	ErrPasswordLengthLimit        = xerror.NewError(20004, "密码长度6~16")      // xerror.go:16
)
