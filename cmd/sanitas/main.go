// Command sanitas is sanitas's driver: it lints Go packages with the sanitas
// analyzers and gosec's rules and writes text, JSON or SARIF. Run as
// `go vet -vettool=$(which sanitas)` it speaks the vet protocol instead.
package main

import "os"

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }
