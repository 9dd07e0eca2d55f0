package model

// BookmarkDTO is the bookmark object representation in database and the data transfer object
// at the same time, pending a refactor to two separate object to represent each role.
// Reproduces internal/model/bookmark.go:23.
type BookmarkDTO struct {
	ID            int      `db:"id"            json:"id"`
	URL           string   `db:"url"           json:"url"`
	Title         string   `db:"title"         json:"title"`
	Excerpt       string   `db:"excerpt"       json:"excerpt"`
	Author        string   `db:"author"        json:"author"`
	Public        int      `db:"public"        json:"public"`
	CreatedAt     string   `db:"created_at"    json:"createdAt"`
	ModifiedAt    string   `db:"modified_at"   json:"modifiedAt"`
	Content       string   `db:"content"       json:"-"`
	HTML          string   `db:"html"          json:"html,omitempty"`
	ImageURL      string   `db:"image_url"     json:"imageURL"`
	HasContent    bool     `db:"has_content"   json:"hasContent"`
	Tags          []TagDTO `json:"tags"`
	HasArchive    bool     `json:"hasArchive"`
	HasEbook      bool     `json:"hasEbook"`
	CreateArchive bool     `json:"create_archive"` // TODO: migrate outside the DTO
	CreateEbook   bool     `json:"create_ebook"`   // TODO: migrate outside the DTO
}
