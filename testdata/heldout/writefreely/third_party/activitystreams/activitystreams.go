// Package activitystreams is a stand-in for
// github.com/writeas/web-core/activitystreams (the subset writefreely uses).
package activitystreams

// Namespace is the ActivityStreams context.
const Namespace = "https://www.w3.org/ns/activitystreams"

// BaseObject holds the common fields.
type BaseObject struct {
	Context []interface{} `json:"@context,omitempty"`
	Type    string        `json:"type"`
	ID      string        `json:"id"`
}

// Endpoints of an actor.
type Endpoints struct {
	SharedInbox string `json:"sharedInbox,omitempty"`
}

// PublicKey of an actor.
type PublicKey struct {
	ID           string `json:"id"`
	Owner        string `json:"owner"`
	PublicKeyPEM string `json:"publicKeyPem"`
	privateKey   []byte
}

// Person is an ActivityPub actor.
type Person struct {
	BaseObject
	Inbox             string    `json:"inbox"`
	Outbox            string    `json:"outbox"`
	PreferredUsername string    `json:"preferredUsername"`
	URL               string    `json:"url"`
	Name              string    `json:"name"`
	Summary           string    `json:"summary"`
	Endpoints         Endpoints `json:"endpoints"`
	PublicKey         PublicKey `json:"publicKey"`
}

// NewPerson returns a Person with the given account root as ID.
func NewPerson(accountRoot string) *Person {
	return &Person{
		BaseObject: BaseObject{Type: "Person", Context: []interface{}{Namespace}, ID: accountRoot},
		Inbox:      accountRoot + "/inbox",
		Outbox:     accountRoot + "/outbox",
	}
}

// AddPubKey sets the public key.
func (p *Person) AddPubKey(k []byte) {
	p.PublicKey.ID = p.ID + "#main-key"
	p.PublicKey.Owner = p.ID
	p.PublicKey.PublicKeyPEM = string(k)
}

// SetPrivKey sets the private key.
func (p *Person) SetPrivKey(k []byte) {
	p.PublicKey.privateKey = k
}

// GetPrivKey returns the private key.
func (p *Person) GetPrivKey() []byte {
	return p.PublicKey.privateKey
}

// Tag is a mention or hashtag.
type Tag struct {
	Type string `json:"type"`
	HRef string `json:"href"`
	Name string `json:"name,omitempty"`
}

// Object is a Note or Article.
type Object struct {
	BaseObject
	CC  []string `json:"cc,omitempty"`
	Tag []Tag    `json:"tag,omitempty"`
}

// NewNoteObject returns a Note.
func NewNoteObject() *Object {
	return &Object{BaseObject: BaseObject{Type: "Note"}}
}
