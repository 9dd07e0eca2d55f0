package object

// FrontConf reproduces object/frontConf.go:17 (primary key id).
type FrontConf struct {
	Id    string   `xorm:"varchar(100) notnull pk" json:"id"`
	Value string   `xorm:"mediumtext" json:"value"`
	Field string   `xorm:"varchar(100)" json:"field"`
	Tags  []string `xorm:"varchar(200)" json:"tags"`
}

// Confs reproduces object/frontConf.go:24 (abridged).
var Confs = []*FrontConf{
	{Id: "forumName", Value: "Casnode", Field: "visualConf", Tags: nil},
	{Id: "logoImage", Value: "https://cdn.casbin.com/forum/static/img/logo.png", Field: "visualConf", Tags: nil},
	{Id: "faq", Value: "Not yet", Field: "", Tags: nil},
	{Id: "mission", Value: "Not yet", Field: "", Tags: nil},
}

// InitFrontConf reproduces object/frontConf.go:39 (lookup :41, insert :49).
// Only caller: main (main.go:35), at start-up.
func InitFrontConf() {
	var confs []*FrontConf
	err := adapter.Engine.Find(&confs) // safe: start-up only (main -> InitFrontConf, main.go:35, before beego.Run); one process seeds the defaults, front_conf.id is the primary key
	if err != nil {
		panic(err)
	}
	if len(confs) > 0 {
		return
	}
	confs = Confs
	_, err = adapter.Engine.Insert(&confs)
	if err != nil {
		panic(err)
	}
}
