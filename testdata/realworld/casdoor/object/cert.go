package object

import (
	"xorm.io/xorm/schemas"

	"example.com/realworld/casdoor/util"
)

// Cert is object/cert.go:27 (trimmed).
type Cert struct {
	Owner       string `xorm:"varchar(100) notnull pk" json:"owner"`
	Name        string `xorm:"varchar(100) notnull pk" json:"name"`
	CreatedTime string `xorm:"varchar(100)" json:"createdTime"`

	DisplayName     string `xorm:"varchar(100)" json:"displayName"`
	Scope           string `xorm:"varchar(100)" json:"scope"`
	Type            string `xorm:"varchar(100)" json:"type"`
	CryptoAlgorithm string `xorm:"varchar(100)" json:"cryptoAlgorithm"`
	BitSize         int    `json:"bitSize"`
	ExpireInYears   int    `json:"expireInYears"`
	Certificate     string `xorm:"mediumtext" json:"certificate"`
	PrivateKey      string `xorm:"mediumtext" json:"privateKey"`
}

// getCert is object/cert.go:131.
func getCert(owner string, name string) (*Cert, error) {
	if owner == "" || name == "" {
		return nil, nil
	}

	cert := Cert{Owner: owner, Name: name}
	existed, err := ormer.Engine.Get(&cert)
	if err != nil {
		return &cert, err
	}

	if existed {
		return &cert, nil
	} else {
		return nil, nil
	}
}

// UpdateCert is object/cert.go:180 (rename trigger and content population
// trimmed).
func UpdateCert(id string, cert *Cert) (bool, error) {
	owner, name, err := util.GetOwnerAndNameFromIdWithError(id)
	if err != nil {
		return false, err
	}
	if c, err := getCert(owner, name); err != nil { // safe: lookup only guards the update below (not found returns false)
		return false, err
	} else if c == nil {
		return false, nil
	}

	affected, err := ormer.Engine.ID(schemas.PK{owner, name}).AllCols().Update(cert)
	if err != nil {
		return false, err
	}

	return affected != 0, nil
}

// AddCert is object/cert.go:211 (content population trimmed).
func AddCert(cert *Cert) (bool, error) {
	affected, err := ormer.Engine.Insert(cert)
	if err != nil {
		return false, err
	}

	return affected != 0, nil
}
