// Package three_layers: a service that imports only a repository, which
// imports only a DAO, which imports GORM (webook's user service): the
// service, two imports away from GORM, is analyzed and its get-or-create
// fixed through both layers.
package three_layers
