package common

import (
	"log"
	"os"
)

func SysLog(s string) {
	log.Printf("[SYS] %s", s)
}

func SysError(s string) {
	log.Printf("[SYS] %s", s)
}

func FatalLog(v ...any) {
	log.Println(v...)
	os.Exit(1)
}
