package fmtcase

import (
	"bytes"
	"fmt"
	"os"
)

func Print(password string) {
	fmt.Println("pw", password)               // want `credential \(password\) parameter password printed by fmt.Println`
	fmt.Fprintf(os.Stderr, "pw %s", password) // want `printed by fmt.Fprintf`
	var b bytes.Buffer
	fmt.Fprintf(&b, "pw %s", password) // safe: not a log
}
