package object

import "strings"

// SensitiveWord reproduces object/sensitive_word.go:19. Word has no index at
// all; the untagged `Id int64` is xorm's implicit autoincrement primary key.
type SensitiveWord struct {
	Word string `xorm:"varchar(64) notnull"`
	Id   int64
}

var sensitiveWords []SensitiveWord

// loadSensitiveWords reproduces object/sensitive_word.go:26: the whole table
// is preloaded into the package-level cache when it is empty.
func loadSensitiveWords() {
	if len(sensitiveWords) == 0 {
		err := adapter.Engine.Desc("word").Find(&sensitiveWords)
		if err != nil {
			panic(err)
		}
	}
}

// AddSensitiveWord reproduces object/sensitive_word.go:35 (lookup :36 through
// the cache, insert :39). Caller: GET /api/add-sensitive ->
// controllers/sensitive.go:24 AddSensitive (admin), which checks
// IsSensitiveWord itself first (:38).
func AddSensitiveWord(word string) {
	// Two admins (or a double click) adding the same word: both miss it in the
	// cache and both insert a row; nothing serializes the check and the insert
	// (the cache is an unguarded global slice).
	if IsSensitiveWord(word) { // race; no unique key: sensitive_word.word is only `varchar(64) notnull`, the primary key is the implicit autoincrement Id (sensitive_word.go:19-22)
		return
	}
	_, err := adapter.Engine.Insert(SensitiveWord{Word: word})
	if err != nil {
		panic(err)
	}
	sensitiveWords = nil
	err = adapter.Engine.Desc("word").Find(&sensitiveWords)
	if err != nil {
		panic(err)
	}
}

// IsSensitiveWord reproduces object/sensitive_word.go:62.
func IsSensitiveWord(word string) bool {
	loadSensitiveWords()
	for _, wordObj := range sensitiveWords {
		if word == wordObj.Word {
			return true
		}
	}
	return false
}

// ContainsSensitiveWord reproduces object/sensitive_word.go:81.
func ContainsSensitiveWord(str string) bool {
	loadSensitiveWords()
	for _, wordObj := range sensitiveWords {
		if strings.Index(str, wordObj.Word) >= 0 {
			return true
		}
	}
	return false
}
