// Package notifier reproduces utils/notifier/offline.go of
// komari-monitor/komari da4d5187c1b1 (the message sending is trimmed).
//
// Callers: the agent report endpoints. WebSocketReport
// (web/api/client/report.go:197-200) starts `go notifier.OnlineNotification`
// for every new connection and calls notifier.OfflineNotification when a
// connection ends; a reconnecting agent closes its old connection (:189-193)
// while the new one comes up, so both run at once for one client. The HTTP POST
// reporter (refreshPostPresence :66, postPresenceExpired :96) and the v2 RPC
// socket (report_v2.go:211-220) do the same.
package notifier

import (
	"sync"
	"time"

	"example.com/heldout/komari/database/clients"
	"example.com/heldout/komari/database/dbcore"
	"example.com/heldout/komari/database/models"
	"example.com/heldout/komari/internal/config"
	logger "example.com/heldout/komari/utils/log"
)

// notificationState 保存单个客户端的通知状态。
type notificationState struct {
	mu                  sync.Mutex // 互斥锁，保护该客户端状态
	pendingOfflineSince time.Time  // 客户端离线的时间。为零值表示客户端在线或已发送离线通知。
	isFirstConnection   bool       // 标记是否为首次上线连接。
	isConnExist         bool       // 标记是否存在连接
	connectionID        int64      // 连接ID，用于区分不同的连接会话，防止竞态条件
}

// clientStates 使用 sync.Map 实现对客户端状态的并发访问。
var clientStates sync.Map

// getNotificationConfig 获取指定客户端的通知配置 (offline.go:33).
// FirstOrCreate is a SELECT ... LIMIT 1 and, when nothing is found, an INSERT,
// with no transaction and no ON CONFLICT. The per-client state mutex is not
// held here. offline_notifications.client is `unique`
// (models/notification.go:7): when OnlineNotification and
// OfflineNotification (or an admin upsert) meet on a client without a row,
// one INSERT fails with a UNIQUE violation and that caller treats
// notifications as disabled.
func getNotificationConfig(clientID string) (*models.OfflineNotification, bool) {
	conf, err := config.GetAs[bool](config.NotificationEnabledKey, false)
	if err != nil || !conf {
		return nil, false
	}

	notiConf := models.OfflineNotification{Client: clientID}
	db := dbcore.GetDBInstance()
	if err := db.Model(&models.OfflineNotification{}).Where("client = ?", clientID).FirstOrCreate(&notiConf).Error; err != nil { // race
		logger.Errorf("notifier", "Failed to get or create offline notification config for client %s: %v", clientID, err)
		return nil, false
	}

	return &notiConf, notiConf.Enable
}

// getOrInitState 从 sync.Map 获取客户端状态，不存在则新建并存储。
func getOrInitState(clientID string) *notificationState {
	val, _ := clientStates.LoadOrStore(clientID, &notificationState{isFirstConnection: true})
	return val.(*notificationState)
}

// OfflineNotification reproduces offline.go:57 (notification sending trimmed).
func OfflineNotification(clientID string, endedConnectionID int64) {
	_, err := clients.GetClientByUUID(clientID)
	if err != nil {
		return
	}

	notiConf, enabled := getNotificationConfig(clientID)
	if !enabled {
		return
	}

	gracePeriod := time.Duration(notiConf.GracePeriod) * time.Second
	if gracePeriod <= 0 {
		gracePeriod = 5 * time.Minute // 默认宽限期
	}

	now := time.Now().UTC()
	state := getOrInitState(clientID)

	state.mu.Lock()
	if !state.pendingOfflineSince.IsZero() || state.connectionID != endedConnectionID {
		state.mu.Unlock()
		return
	}
	state.pendingOfflineSince = now
	state.mu.Unlock()

	go func(startTime time.Time, expectedConnectionID int64) {
		time.Sleep(gracePeriod)

		state.mu.Lock()
		defer state.mu.Unlock()
		if state.pendingOfflineSince.IsZero() || state.connectionID != expectedConnectionID {
			return
		}
		state.pendingOfflineSince = time.Time{}
		state.isConnExist = false

		// (messageSender.SendNotification trimmed)

		db := dbcore.GetDBInstance()
		if err := db.Model(&models.OfflineNotification{}).Where("client = ?", clientID).Update("last_notified", now.UTC()).Error; err != nil {
			logger.Errorf("notifier", "Failed to update last_notified for client %s: %v", clientID, err)
		}
	}(now, endedConnectionID)
}

// updateOnlineState records a connection before notification configuration is checked.
func updateOnlineState(clientID string, connectionID int64) bool {
	state := getOrInitState(clientID)
	state.mu.Lock()
	defer state.mu.Unlock()
	state.connectionID = connectionID

	if state.isFirstConnection {
		state.isFirstConnection = false
		state.pendingOfflineSince = time.Time{}
		state.isConnExist = true
		return false
	}

	wasPending := !state.pendingOfflineSince.IsZero()
	state.pendingOfflineSince = time.Time{}
	if wasPending {
		return false
	}
	if state.isConnExist {
		return false
	}
	state.isConnExist = true
	return true
}

// OnlineNotification reproduces offline.go:167 (renewal check and sending trimmed).
func OnlineNotification(clientID string, connectionID int64) {
	_, err := clients.GetClientByUUID(clientID)
	if err != nil {
		return
	}
	shouldNotify := updateOnlineState(clientID, connectionID)
	_, enabled := getNotificationConfig(clientID)
	if !enabled || !shouldNotify {
		return
	}
	// (online notification sending trimmed)
}
