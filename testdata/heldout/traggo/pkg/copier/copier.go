// Package copier is a stand-in for github.com/jinzhu/copier (v0.4.0 upstream):
// only the Copy function the reproduced resolvers call. It does not copy
// anything; the conversion to the GraphQL models is unrelated to the sites.
package copier

// Copy stands in for copier.Copy(toValue, fromValue interface{}) error.
func Copy(toValue interface{}, fromValue interface{}) (err error) {
	_, _ = toValue, fromValue
	return nil
}
