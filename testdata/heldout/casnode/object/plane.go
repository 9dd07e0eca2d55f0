package object

// Plane reproduces object/plane.go:19 (primary key id).
type Plane struct {
	Id              string `xorm:"varchar(50) notnull pk" json:"id"`
	Name            string `xorm:"varchar(50)" json:"name"`
	Sorter          int    `xorm:"int" json:"-"`
	CreatedTime     string `xorm:"varchar(40)" json:"createdTime"`
	Image           string `xorm:"varchar(200)" json:"image"`
	BackgroundColor string `xorm:"varchar(20)" json:"backgroundColor"`
	Color           string `xorm:"varchar(20)" json:"color"`
	Visible         bool   `xorm:"bool" json:"-"`
}

// GetPlane reproduces object/plane.go:60.
func GetPlane(id string) *Plane {
	plane := Plane{Id: id}
	existed, err := adapter.Engine.Get(&plane)
	if err != nil {
		panic(err)
	}

	if existed {
		return &plane
	} else {
		return nil
	}
}

// AddPlane reproduces object/plane.go:97.
func AddPlane(plane *Plane) bool {
	affected, err := adapter.Engine.Insert(plane)
	if err != nil {
		panic(err)
	}

	return affected != 0
}
