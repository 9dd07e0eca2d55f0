package router

import (
	"strconv"
	"strings"

	"example.com/heldout/nightingale/memsto"
	"example.com/heldout/nightingale/models"
	"example.com/heldout/nightingale/pkg/ctx"
	"example.com/heldout/nightingale/pkg/ginx"
	"example.com/heldout/nightingale/pkg/thirdparty/gin"
	"example.com/heldout/nightingale/pkg/thirdparty/logger"
	"example.com/heldout/nightingale/pushgw/idents"
)

// HostMeta stands in for models.HostMeta (the heartbeat body).
type HostMeta struct {
	Hostname string `json:"hostname"`
	HostIp   string `json:"host_ip"`
}

// HandleHeartbeat reproduces center/router/router_heartbeat.go:34 (POST
// /v1/n9e/heartbeat from categraf agents, also /v1/n9e/center/heartbeat),
// trimmed of body decoding, the meta set and the target field updates; the
// lookup is the in-memory target cache (:83, :115) and the insert is
// TargetBindBgids (:116).
func HandleHeartbeat(c *gin.Context, ctx *ctx.Context, engineName string, identSet *idents.Set, targetCache *memsto.TargetCacheType) (HostMeta, error) {
	var req HostMeta
	ginx.BindJSON(c, &req)

	var items = make(map[string]struct{})
	items[req.Hostname] = struct{}{}
	identSet.MSet(items)

	if target, has := targetCache.Get(req.Hostname); has && target != nil { // safe: the insert is TargetBindBgids, an INSERT IGNORE / ON CONFLICT (target_ident, group_id) DO NOTHING on UNIQUE KEY idx_target_group (a-n9e.sql:764), so a stale cache miss cannot duplicate
		gidsStr := ginx.QueryStr(c, "gid", "")
		gids := strings.Split(gidsStr, ",")

		if gidsStr != "" {
			for i := range gids {
				groupId, err := strconv.ParseInt(gids[i], 10, 64)
				if err != nil {
					logger.Warningf("update target:%s group ids failed, err: %v", req.Hostname, err)
					continue
				}

				if !target.MatchGroupId(groupId) {
					err := models.TargetBindBgids(ctx, []string{target.Ident}, []int64{groupId}, nil)
					if err != nil {
						logger.Warningf("update target:%s group ids failed, err: %v", target.Ident, err)
					}
				}
			}
		}
	}

	return req, nil
}
