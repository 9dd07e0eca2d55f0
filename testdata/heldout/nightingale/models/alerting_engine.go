package models

import (
	"time"

	"example.com/heldout/nightingale/pkg/ctx"
)

// AlertingEngines reproduces models/alerting_engine.go:11 (table
// alerting_engines, docker/initsql/a-n9e.sql:635-645: PRIMARY KEY (id),
// INDEX idx_inst (instance), INDEX idx_clock (clock); nothing unique).
type AlertingEngines struct {
	Id            int64  `json:"id" gorm:"primaryKey"`
	Instance      string `json:"instance"`
	EngineCluster string `json:"cluster" gorm:"engine_cluster"`
	DatasourceId  int64  `json:"datasource_id"`
	Clock         int64  `json:"clock"`
}

func (e *AlertingEngines) TableName() string {
	return "alerting_engines"
}

// AlertingEngineHeartbeatWithCluster reproduces models/alerting_engine.go:150
// (trimmed of the non-center branch that POSTs /v1/n9e/server-heartbeat;
// lookup :162, insert :169, update :178). Callers: Naming.heartbeat
// (alert/naming/heartbeat.go:91/98/143), run by one goroutine per process
// (loopHeartbeat) with instance = this process's own Heartbeat.Endpoint
// ("IP:port", conf/conf.go:123), and serverHeartbeat (router_server.go:25) for
// edge engines, each posting its own endpoint from its own sequential loop.
func AlertingEngineHeartbeatWithCluster(ctx *ctx.Context, instance, cluster string, datasourceId int64) error {
	var total int64
	err := DB(ctx).Model(new(AlertingEngines)).Where("instance=? and engine_cluster = ? and datasource_id=?", instance, cluster, datasourceId).Count(&total).Error // safe: single writer per key: a (instance, cluster, datasource) row is only written by the sequential heartbeat loop of the engine whose endpoint is instance (no unique key on alerting_engines, a-n9e.sql:635-645)
	if err != nil {
		return err
	}

	if total == 0 {
		// insert
		err = DB(ctx).Create(&AlertingEngines{
			Instance:      instance,
			DatasourceId:  datasourceId,
			EngineCluster: cluster,
			Clock:         time.Now().Unix(),
		}).Error
	} else {
		// updates
		fields := map[string]interface{}{"clock": time.Now().Unix()}
		err = DB(ctx).Model(new(AlertingEngines)).Where("instance=? and engine_cluster = ? and datasource_id=?", instance, cluster, datasourceId).Updates(fields).Error
	}

	return err
}
