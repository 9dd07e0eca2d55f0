// A get-or-create in a _test.go file is reported, as go vet reports it.
package test_file

type Fixture struct {
	ID   uint
	Name string `gorm:"uniqueIndex"`
}
