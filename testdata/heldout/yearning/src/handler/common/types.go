package common

// Search reproduces src/handler/common/types.go:26.
type Search struct {
	Picker   []string `json:"picker"`
	Valve    bool     `json:"valve"`
	Text     string   `json:"text"`
	Explain  string   `json:"explain"`
	WorkId   string   `json:"work_id"`
	Type     int      `json:"type"`
	Status   int      `json:"status"`
	IDC      string   `json:"idc"`
	Source   string   `json:"source"`
	Username string   `json:"username"`
	Dept     string   `json:"dept"`
	RealName string   `json:"real_name"`
	Rule     string   `json:"rule"`
	Email    string   `json:"email"`
	IP       string   `json:"ip"`
	IsQuery  int      `json:"is_query"`
}

// QueryOrder reproduces src/handler/common/types.go:53.
type QueryOrder struct {
	SourceId string `json:"source_id"`
	Export   uint   `json:"export"`
	Text     string `json:"text"`
	WorkId   string `json:"work_id"`
	Tp       string `json:"tp"`
}

// Resp reproduces src/handler/common/types.go:87.
type Resp struct {
	Payload interface{} `json:"payload"`
	Code    int         `json:"code"`
	Text    string      `json:"text"`
}
