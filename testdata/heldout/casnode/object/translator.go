package object

// Translator reproduces object/translator.go:11 (primary key id).
type Translator struct {
	Id         string `xorm:"varchar(50) notnull pk" json:"id"`
	Name       string `xorm:"varchar(50)" json:"name"`
	Translator string `xorm:"varchar(50)" json:"translator"`
	Key        string `xorm:"varchar(200)" json:"key"`
	Enable     bool   `xorm:"bool" json:"enable"`
	Visible    bool   `xorm:"bool" json:"visible"`
}

// AddTranslator reproduces object/translator.go:116.
func AddTranslator(translator Translator) bool {
	affected, err := adapter.Engine.Insert(translator)
	if err != nil {
		panic(err)
	}

	return affected != 0
}

// GetTranslator reproduces object/translator.go:125.
func GetTranslator(id string) *[]Translator {
	translators := []Translator{}
	var err error
	if id != "" {
		err = adapter.Engine.Where("id = ?", id).Find(&translators)
	} else {
		err = adapter.Engine.Find(&translators)
	}

	if err != nil {
		panic(err)
	}

	return &translators
}
