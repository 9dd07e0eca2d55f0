package entorm

import (
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestSchemaFallback reads unique keys from the schema package when the
// generated migrate/schema.go is missing.
func TestSchemaFallback(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "user"), 0o755)
	os.MkdirAll(filepath.Join(dir, "schema"), 0o755)
	os.WriteFile(filepath.Join(dir, "user", "user.go"), []byte(`package user

const (
	Table = "users"
	FieldID = "id"
	FieldEmail = "email"
	FieldOrgID = "org_id"
	FieldName = "name"
)
`), 0o644)
	os.WriteFile(filepath.Join(dir, "schema", "user.go"), []byte(`package schema

func (User) Fields() []ent.Field {
	return []ent.Field{
		field.String("email").NotEmpty().Unique(),
		field.Int("org_id"),
		field.String("name"),
	}
}

func (User) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("org_id", "name").Unique(),
		index.Fields("name").Edges("owner").Unique(),
		index.Fields("org_id"),
	}
}
`), 0o644)
	pkg := types.NewPackage("example.com/ent", "ent")
	model := types.NewNamed(types.NewTypeName(token.NoPos, pkg, "User", nil), types.NewStruct(nil, nil), nil)
	var got [][]string
	for _, k := range readKeys(dir, model) {
		got = append(got, k.Columns)
		for _, f := range k.Fields {
			if f == "" {
				t.Errorf("key %v has a column without a field constant", k.Columns)
			}
		}
	}
	want := [][]string{{"id"}, {"email"}, {"org_id", "name"}}
	if !slices.EqualFunc(got, want, slices.Equal[[]string]) {
		t.Errorf("keys %v, want %v", got, want)
	}
}
