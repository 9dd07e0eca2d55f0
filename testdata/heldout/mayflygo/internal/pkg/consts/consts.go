// Package consts reproduces the values of server/internal/pkg/consts used here.
package consts

const (
	AdminId = 1

	ResourceTypeMachine    int8 = 1
	ResourceTypeDbInstance int8 = 2
	ResourceTypeRedis      int8 = 3
	ResourceTypeMongo      int8 = 4
	ResourceTypeAuthCert   int8 = 5
	ResourceTypeEsInstance int8 = 6
	ResourceTypeContainer  int8 = 7
)
