package a

import (
	"crypto/md5" //sanitas:ignore G501 etags of public files
	"os"
)

func Etag(b []byte) [16]byte {
	os.Remove("x")    // G104 is disabled by the plugin settings
	return md5.Sum(b) //sanitas:ignore G401 etag of a public file
}

func Bad(b []byte) [16]byte {
	return md5.Sum(b) // want `Use of weak cryptographic primitive \[G401\]`
}
