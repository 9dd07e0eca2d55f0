package models

// Target reproduces models/target.go:24, trimmed (table target,
// docker/initsql/a-n9e.sql:364-383: PRIMARY KEY (id), UNIQUE KEY (ident);
// a-n9e-for-Postgres.sql:446 UNIQUE (ident)).
type Target struct {
	Id           int64    `json:"id" gorm:"primaryKey"`
	GroupId      int64    `json:"group_id"`
	Ident        string   `json:"ident"`
	Note         string   `json:"note"`
	Tags         string   `json:"-"` // user tags
	UpdateAt     int64    `json:"update_at"`
	HostIp       string   `json:"host_ip"` //ipv4，do not needs range select
	AgentVersion string   `json:"agent_version"`
	EngineName   string   `json:"engine_name"`
	OS           string   `json:"os" gorm:"column:os"`
	GroupIds     []int64  `json:"group_ids" gorm:"-"`
	HostTags     []string `json:"host_tags" gorm:"serializer:json"`
}

func (t *Target) TableName() string {
	return "target"
}

// MatchGroupId reproduces models/target.go:92.
func (t *Target) MatchGroupId(gid ...int64) bool {
	for _, tgId := range t.GroupIds {
		for _, id := range gid {
			if tgId == id {
				return true
			}
		}
	}
	return false
}
