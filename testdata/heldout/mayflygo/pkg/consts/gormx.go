package consts

const (
	In    = "IN"
	NotIn = "NOT IN"
	Like  = "LIKE"
	Eq    = "="
	Ne    = "<>"
)
