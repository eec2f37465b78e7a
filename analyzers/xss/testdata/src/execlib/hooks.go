package execlib

import "fmt"

// ParseBed is a hook the package installs; every error of the function
// it stores begins plain, which the slot fact says to importers.
var ParseBed func(label string) (int, error) // want ParseBed:`slot\(plain-errors\)`

func init() {
	ParseBed = func(label string) (int, error) {
		if label == "" {
			return 0, fmt.Errorf("empty bed label")
		}
		return 0, fmt.Errorf("unknown bed %q", label)
	}
}

// Panel executes a page with data it builds from its parameter: its
// errors after output may quote that parameter.
func Panel(w interface{ Write([]byte) (int, error) }, name, note string) error { // want Panel:`named-exec w=0 name=1 quotes=\[2\]`
	return pages.ExecuteTemplate(w, name, map[string]string{"note": note})
}
