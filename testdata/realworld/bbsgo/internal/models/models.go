// Package models reproduces mlogclub/bbs-go 35f4190d73eb internal/models.
package models

import (
	"database/sql"

	"example.com/realworld/bbsgo/internal/models/constants"
)

// Model is internal/models/models.go:25.
type Model struct {
	Id int64 `gorm:"primaryKey;autoIncrement" json:"id" form:"id"`
}

// Role is internal/models/models.go:40.
type Role struct {
	Model
	Type       int    `gorm:"not null;default:1" json:"type" form:"type"`             // 角色类型（0：系统角色、1：自定义角色）
	Name       string `gorm:"size:64" json:"name" form:"name"`                        // 角色名称
	Code       string `gorm:"unique;size:64" json:"code" form:"code"`                 // 角色编码
	SortNo     int    `json:"sortNo" form:"sortNo"`                                   // 排序
	Status     int    `json:"status" form:"status"`                                   // 状态
	CreateTime int64  `gorm:"not null;default:0" json:"createTime" form:"createTime"` // 创建时间
	UpdateTime int64  `gorm:"not null;default:0" json:"updateTime" form:"updateTime"` // 更新时间
}

// Permission is internal/models/models.go:59.
type Permission struct {
	Model
	Type        string `gorm:"size:32;not null;index:idx_permission_type" json:"type" form:"type"`                 // 权限类型
	Code        string `gorm:"size:128;not null;uniqueIndex:uk_permission_code" json:"code" form:"code"`           // 权限编码
	Name        string `gorm:"size:64;not null" json:"name" form:"name"`                                           // 权限名称
	GroupName   string `gorm:"size:64;not null;index:idx_permission_group_name" json:"groupName" form:"groupName"` // 权限分组
	Description string `gorm:"size:256" json:"description" form:"description"`                                     // 描述
	SortNo      int    `gorm:"not null;default:0" json:"sortNo" form:"sortNo"`                                     // 排序
	Status      int    `gorm:"not null;default:0;index:idx_permission_status" json:"status" form:"status"`         // 状态
	CreateTime  int64  `gorm:"not null;default:0" json:"createTime" form:"createTime"`                             // 创建时间
	UpdateTime  int64  `gorm:"not null;default:0" json:"updateTime" form:"updateTime"`                             // 更新时间
}

// RolePermission is internal/models/models.go:72.
type RolePermission struct {
	Model
	RoleId       int64 `gorm:"not null;uniqueIndex:uk_role_permission_role_permission;index:idx_role_permission_role_id" json:"roleId" form:"roleId"`
	PermissionId int64 `gorm:"not null;uniqueIndex:uk_role_permission_role_permission;index:idx_role_permission_permission_id" json:"permissionId" form:"permissionId"`
	CreateTime   int64 `gorm:"not null;default:0" json:"createTime" form:"createTime"` // 创建时间
}

// User is internal/models/models.go:102.
type User struct {
	Model
	Phone         sql.NullString `gorm:"size:16;unique;" json:"phone" form:"phone"`                        // 电话
	Username      sql.NullString `gorm:"size:32;unique;" json:"username" form:"username"`                  // 用户名
	Email         sql.NullString `gorm:"size:128;unique;" json:"email" form:"email"`                       // 邮箱
	EmailVerified bool           `gorm:"not null;default:false" json:"emailVerified" form:"emailVerified"` // 邮箱是否验证
	Nickname      string         `gorm:"size:16;" json:"nickname" form:"nickname"`                         // 昵称
	Avatar        string         `gorm:"type:text" json:"avatar" form:"avatar"`                            // 头像
	Password      string         `gorm:"size:512" json:"password" form:"password"`                         // 密码
	Score         int            `gorm:"type:int;not null;index:idx_user_score" json:"score" form:"score"` // 积分
	Status        int            `gorm:"type:int;index:idx_user_status;not null" json:"status" form:"status"`
	FollowCount   int            `gorm:"type:int;not null" json:"followCount" form:"followCount"` // 关注数量
	FansCount     int            `gorm:"type:int;not null" json:"fansCount" form:"fansCount"`     // 粉丝数量
	CreateTime    int64          `json:"createTime" form:"createTime"`                            // 创建时间
	UpdateTime    int64          `json:"updateTime" form:"updateTime"`                            // 更新时间
}

// ThirdUser is internal/models/models.go:139.
type ThirdUser struct {
	Model
	UserId     int64               `gorm:"not null;uniqueIndex:idx_third_user_user_id" json:"userId" form:"userId"`
	OpenId     string              `gorm:"size:64;not null;uniqueIndex:idx_open_id" json:"openId" form:"openId"`
	ThirdType  constants.ThirdType `gorm:"size:32;not null;uniqueIndex:idx_open_id;uniqueIndex:idx_third_user_user_id" json:"thirdType" form:"thirdType"`
	Nickname   string              `gorm:"size:32" json:"nickname" form:"nickname"`
	Avatar     string              `gorm:"size:1024" json:"avatar" form:"avatar"`
	ExtraData  string              `json:"extraData" form:"extraData"`
	CreateTime int64               `json:"createTime" form:"createTime"`
	UpdateTime int64               `json:"updateTime" form:"updateTime"`
}

// OIDCIdentity is internal/models/models.go:154: keeps the stable issuer +
// subject binding.
type OIDCIdentity struct {
	Model
	ProviderKey string `gorm:"size:64;not null;uniqueIndex:uk_oidc_issuer_subject" json:"providerKey"`
	Issuer      string `gorm:"size:512;not null;uniqueIndex:uk_oidc_issuer_subject" json:"issuer"`
	Subject     string `gorm:"size:512;not null;uniqueIndex:uk_oidc_issuer_subject" json:"subject"`
	UserId      int64  `gorm:"not null;uniqueIndex:uk_oidc_user_provider" json:"userId"`
	Email       string `gorm:"size:128" json:"email"`
	Nickname    string `gorm:"size:64" json:"nickname"`
	Avatar      string `gorm:"size:1024" json:"avatar"`
	CreateTime  int64  `json:"createTime"`
	UpdateTime  int64  `json:"updateTime"`
}

// Tag is internal/models/models.go:168: 标签
type Tag struct {
	Model
	Name        string `gorm:"size:32;unique;not null" json:"name" form:"name"`
	Description string `gorm:"size:1024" json:"description" form:"description"`
	Status      int    `gorm:"type:int;index:idx_tag_status;not null" json:"status" form:"status"`
	CreateTime  int64  `json:"createTime" form:"createTime"`
	UpdateTime  int64  `json:"updateTime" form:"updateTime"`
}

// Favorite is internal/models/models.go:225 (no unique index).
type Favorite struct {
	Model
	UserId     int64  `gorm:"index:idx_favorite_user_id;not null" json:"userId" form:"userId"`                     // 用户编号
	EntityType string `gorm:"size:32;index:idx_favorite_entity_type;not null" json:"entityType" form:"entityType"` // 收藏实体类型
	EntityId   int64  `gorm:"index:idx_favorite_entity_id;not null" json:"entityId" form:"entityId"`               // 收藏实体编号
	CreateTime int64  `json:"createTime" form:"createTime"`                                                        // 创建时间
}

// Topic is internal/models/models.go:247.
type Topic struct {
	Model
	LikeCount int64 `gorm:"not null" json:"likeCount" form:"likeCount"`                   // 点赞数量
	Status    int   `gorm:"type:int;index:idx_topic_status;" json:"status" form:"status"` // 状态：0：正常、1：删除
}

// Vote is internal/models/models.go:280.
type Vote struct {
	Model
	Title     string `gorm:"size:128" json:"title" form:"title" redis:"title"`                       // 标题
	ExpiredAt int64  `gorm:"not null" json:"expiredAt" form:"expiredAt" redis:"expiredAt"`           // 截止日期
	VoteCount int    `gorm:"not null;default:0" json:"voteCount" form:"voteCount" redis:"voteCount"` // 投票数量
}

// VoteRecord is internal/models/models.go:304: 投票记录
type VoteRecord struct {
	Model
	UserId     int64  `gorm:"uniqueIndex:idx_user_vote" json:"userId" form:"userId"` // 用户ID
	VoteId     int64  `gorm:"uniqueIndex:idx_user_vote" json:"voteId" form:"voteId"` // 投票ID
	OptionIds  string `gorm:"type:text" json:"optionIds" form:"optionIds"`           // 选项ID列表，逗号分隔
	CreateTime int64  `json:"createTime" form:"createTime"`                          // 投票时间
}

// UserLike is internal/models/models.go:324: 用户点赞
type UserLike struct {
	Model
	UserId     int64  `gorm:"not null;uniqueIndex:idx_user_like_unique;" json:"userId" form:"userId"`                                            // 用户
	EntityId   int64  `gorm:"not null;uniqueIndex:idx_user_like_unique;index:idx_user_like_entity;" json:"topicId" form:"topicId"`               // 实体编号
	EntityType string `gorm:"not null;size:32;uniqueIndex:idx_user_like_unique;index:idx_user_like_entity;" json:"entityType" form:"entityType"` // 实体类型
	CreateTime int64  `json:"createTime" form:"createTime"`                                                                                      // 创建时间
}

// SysConfig is internal/models/models.go:347: 系统配置
type SysConfig struct {
	Model
	Key         string `gorm:"column:key;not null;size:128;unique" json:"key" form:"key"` // 配置key
	Value       string `gorm:"type:text" json:"value" form:"value"`                       // 配置值
	Name        string `gorm:"not null;size:128" json:"name" form:"name"`                 // 配置名称
	Description string `gorm:"size:1024" json:"description" form:"description"`           // 配置描述
	CreateTime  int64  `gorm:"not null" json:"createTime" form:"createTime"`              // 创建时间
	UpdateTime  int64  `gorm:"not null" json:"updateTime" form:"updateTime"`              // 更新时间
}

// TaskConfig is internal/models/models.go:369.
type TaskConfig struct {
	Model
	EventType      string `gorm:"size:64;not null;index:idx_task_config_event_type" json:"eventType" form:"eventType"`
	SortNo         int    `gorm:"type:int;index:idx_task_config_sort_no" json:"sortNo" form:"sortNo"`
	StartTime      int64  `gorm:"type:bigint;not null;default:0;index:idx_task_config_time" json:"startTime" form:"startTime"`
	EndTime        int64  `gorm:"type:bigint;not null;default:0;index:idx_task_config_time" json:"endTime" form:"endTime"`
	Status         int    `gorm:"type:int; not null;default:0;index:idx_task_config_status" json:"status" form:"status"`
	Period         int    `json:"period" form:"period"`
	EventCount     int    `json:"eventCount" form:"eventCount"`
	MaxFinishCount int    `json:"maxFinishCount" form:"maxFinishCount"`
	Score          int    `json:"score" form:"score"`
	Exp            int    `json:"exp" form:"exp"`
	BadgeId        int64  `json:"badgeId" form:"badgeId"`
}

// UserTaskEvent is internal/models/models.go:397.
type UserTaskEvent struct {
	Model
	UserId          int64 `gorm:"type:bigint;not null;uniqueIndex:uk_user_task_event_upt;index:idx_user_task_event_user_id" json:"userId" form:"userId"`
	PeriodKey       int   `gorm:"type:int;not null;uniqueIndex:uk_user_task_event_upt;index:idx_user_task_event_period_key" json:"periodKey" form:"periodKey"` // 一次性=0；每日=yyyyMMdd
	TaskId          int64 `gorm:"type:bigint;not null;uniqueIndex:uk_user_task_event_upt;index:idx_user_task_event_task_id" json:"taskId" form:"taskId"`
	EventCount      int   `gorm:"type:int;not null;default:0" json:"eventCount" form:"eventCount"`            // 事件次数（余量）
	TaskFinishCount int   `gorm:"type:int; not null;default:0" json:"taskFinishCount" form:"taskFinishCount"` // 已完成次数（周期内）
	CreateTime      int64 `gorm:"type:bigint;not null" json:"createTime" form:"createTime"`                   // 创建时间
	UpdateTime      int64 `gorm:"type:bigint;not null" json:"updateTime" form:"updateTime"`                   // 更新时间
}

// UserTaskLog is internal/models/models.go:409: 用户任务完成/发奖记录
type UserTaskLog struct {
	Model
	UserId    int64 `gorm:"type:bigint;not null;uniqueIndex:uk_user_task_log_uptf;index:idx_user_task_log_user_id" json:"userId" form:"userId"`       // 用户编号
	PeriodKey int   `gorm:"type:int;not null;uniqueIndex:uk_user_task_log_uptf;index:idx_user_task_log_period_key" json:"periodKey" form:"periodKey"` // 一次性=0；每日=yyyyMMdd
	TaskId    int64 `gorm:"type:bigint;not null;uniqueIndex:uk_user_task_log_uptf;index:idx_user_task_log_task_id" json:"taskId" form:"taskId"`       // 任务ID
	FinishNo  int   `gorm:"type:int;not null;default:1;uniqueIndex:uk_user_task_log_uptf" json:"finishNo" form:"finishNo"`                            // 周期内第几次完成（1..MaxFinishCount）

	Score   int   `gorm:"type:int;not null;default:0" json:"score" form:"score"`        // 发放积分
	Exp     int   `gorm:"type:int;not null;default:0" json:"exp" form:"exp"`            // 发放经验
	BadgeId int64 `gorm:"type:bigint;not null;default:0" json:"badgeId" form:"badgeId"` // 发放勋章（0 表示无）

	CreateTime int64 `gorm:"type:bigint;not null" json:"createTime" form:"createTime"` // 创建时间
	UpdateTime int64 `gorm:"type:bigint;not null" json:"updateTime" form:"updateTime"` // 更新时间
}

// UserBadge is internal/models/models.go:438: 用户勋章（避免重复授予：UserId + BadgeId 唯一）
type UserBadge struct {
	Model
	UserId     int64  `gorm:"type:bigint;not null;uniqueIndex:uk_user_badge_ub;index:idx_user_badge_user_id" json:"userId" form:"userId"`
	BadgeId    int64  `gorm:"type:bigint;not null;uniqueIndex:uk_user_badge_ub;index:idx_user_badge_badge_id" json:"badgeId" form:"badgeId"`
	SourceType string `gorm:"size:32;not null;index:idx_user_badge_source" json:"sourceType" form:"sourceType"` // 例如：task
	SourceId   string `gorm:"size:64;not null;index:idx_user_badge_source" json:"sourceId" form:"sourceId"`     // 例如：UserTaskLog.Id
	IsWorn     bool   `gorm:"not null;default:false" json:"isWorn" form:"isWorn"`                               // 是否佩戴（可选能力）
	SortNo     int    `gorm:"type:int" json:"sortNo" form:"sortNo"`                                             // 佩戴/展示排序（可选）
	CreateTime int64  `gorm:"type:bigint;not null" json:"createTime" form:"createTime"`
	UpdateTime int64  `gorm:"type:bigint;not null" json:"updateTime" form:"updateTime"`
}

// LevelConfig is internal/models/models.go:451: 等级配置（Level -> NeedExp）
type LevelConfig struct {
	Model
	Level      int    `gorm:"type:int;not null;uniqueIndex:uk_level_config_level" json:"level" form:"level"` // 等级（必须从 1 开始且连续）
	NeedExp    int    `gorm:"type:int;not null" json:"needExp" form:"needExp"`                               // 达到该等级所需累计经验（必须严格递增）
	Title      string `gorm:"size:64" json:"title" form:"title"`                                             // 等级称号（可选）
	Status     int    `gorm:"type:int;not null;default:0;index:idx_level_config_status" json:"status" form:"status"`
	CreateTime int64  `gorm:"type:bigint;not null" json:"createTime" form:"createTime"`
	UpdateTime int64  `gorm:"type:bigint;not null" json:"updateTime" form:"updateTime"`
}

// CheckIn is internal/models/models.go:537.
type CheckIn struct {
	Model
	UserId          int64 `gorm:"not null;uniqueIndex:idx_check_in_user_id" json:"userId" form:"userId"` // 用户编号
	LatestDayName   int   `gorm:"type:int;not null;index:idx_latest" json:"dayName" form:"dayName"`      // 最后一次签到
	ConsecutiveDays int   `gorm:"type:int;not null;" json:"consecutiveDays" form:"consecutiveDays"`      // 连续签到天数
	CreateTime      int64 `json:"createTime" form:"createTime"`                                          // 创建时间
	UpdateTime      int64 `gorm:"index:idx_latest" json:"updateTime" form:"updateTime"`                  // 更新时间
}

// UserFollow is internal/models/models.go:547: 粉丝关注
type UserFollow struct {
	Model
	UserId     int64 `gorm:"not null;uniqueIndex:idx_user_follow" json:"userId"`       // 用户编号
	OtherId    int64 `gorm:"not null;uniqueIndex:idx_user_follow" json:"otherId"`      // 对方的ID（被关注用户编号）
	Status     int   `gorm:"type:int;not null" json:"status"`                          // 关注状态
	CreateTime int64 `gorm:"type:bigint;not null" json:"createTime" form:"createTime"` // 创建时间
}

// Attachment is internal/models/models.go:588.
type Attachment struct {
	Id            string `gorm:"primaryKey;size:64" json:"id" form:"id"`
	TopicId       int64  `gorm:"not null;default:0;index:idx_attachment_topic_id" json:"topicId" form:"topicId"` // 所属帖子 ID
	UserId        int64  `gorm:"not null;index:idx_attachment_user_id" json:"userId" form:"userId"`              // 上传者（发帖人）ID
	FileUrl       string `gorm:"size:1024" json:"fileUrl" form:"fileUrl"`                                        // 访问地址
	DownloadScore int    `gorm:"type:int;not null;default:0" json:"downloadScore" form:"downloadScore"`          // 下载所需积分，0 表示免费
	DownloadCount int    `gorm:"type:int;not null;default:0" json:"downloadCount" form:"downloadCount"`          // 下载次数
	Status        int    `gorm:"type:int;not null;index:idx_attachment_status" json:"status" form:"status"`      // 状态：正常/删除
}

// AttachmentDownloadLog is internal/models/models.go:604: 附件下载记录（用户已购买，同一附件再次下载不扣积分）
type AttachmentDownloadLog struct {
	Model
	UserId       int64  `gorm:"not null;uniqueIndex:uk_attachment_download_log_ua" json:"userId" form:"userId"`                     // 下载用户 ID
	AttachmentId string `gorm:"not null;size:64;uniqueIndex:uk_attachment_download_log_ua" json:"attachmentId" form:"attachmentId"` // 附件 ID（UUID）
	CreateTime   int64  `gorm:"not null;default:0" json:"createTime" form:"createTime"`                                             // 首次下载（支付）时间（毫秒）
}
