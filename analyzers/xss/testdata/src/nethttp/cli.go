package nethttp

import (
	"flag"
	"os"
	"text/template"
)

var format = flag.String("f", "{{.}}", "format output records using template")

// A template given on the command line is the operator's own (go list -f):
// not template injection.
func PrintWithFlagTemplate(records []string) error {
	t, err := template.New("f").Parse(*format)
	if err != nil {
		return err
	}
	return t.Execute(os.Stdout, records)
}

func PrintWithArgTemplate(records []string) error {
	t, err := template.New("f").Parse(os.Args[1])
	if err != nil {
		return err
	}
	return t.Execute(os.Stdout, records)
}
