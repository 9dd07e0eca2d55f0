package object

// Poster reproduces object/poster.go:17.
type Poster struct {
	Id          string `xorm:"varchar(50) notnull pk" json:"id"`
	Advertiser  string `xorm:"varchar(40)" json:"advertiser"`
	Link        string `xorm:"varchar(500)" json:"link"`
	PictureLink string `xorm:"varchar(500)" json:"picture_link"`
	State       string `xorm:"varchar(10)" json:"state"`
}

// AddPoster reproduces object/poster.go:25.
func AddPoster(poster Poster) bool {
	affected, err := adapter.Engine.Insert(poster)
	if err != nil {
		panic(err)
	}

	return affected != 0
}

// GetPoster reproduces object/poster.go:34.
func GetPoster(id string) *Poster {
	poster := Poster{Id: id}
	existed, err := adapter.Engine.Get(&poster)
	if err != nil {
		panic(err)
	}

	if existed {
		return &poster
	} else {
		return nil
	}
}

// UpdatePoster reproduces object/poster.go:48 (lookup :49, insert :50 -> :26,
// else update :53). Caller: POST /api/update-poster ->
// controllers/poster.go:28 (admin).
func UpdatePoster(id string, poster Poster) bool {
	// Two saves of a new poster: both miss, both insert; the loser panics on
	// the poster primary key instead of updating.
	if GetPoster(id) == nil { // race
		return AddPoster(poster)
	}

	affected, err := adapter.Engine.ID(id).AllCols().Update(poster)
	if err != nil {
		panic(err)
	}

	return affected != 0
}
