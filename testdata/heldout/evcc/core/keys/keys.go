package keys

const (
	Hems     = "hems"
	Interval = "interval"
)
