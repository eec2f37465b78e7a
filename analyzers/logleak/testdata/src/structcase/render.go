package structcase

import (
	"html/template"
	"io"
	"log"
)

type Inpatient struct {
	Name string
	MRN  string
}

var pages = template.Must(template.New("p").Parse(`{{.Name}}`))

// A render helper logs the error of executing the template, not the data:
// the data's fields are not written to the log.
func render(w io.Writer, name string, data any) {
	if err := pages.ExecuteTemplate(w, name, data); err != nil {
		log.Printf("template %s: %v", name, err)
	}
}

func showPatient(w io.Writer) {
	render(w, "p", Inpatient{Name: "Ada", MRN: "123"}) // safe
}

// A helper that logs its data whole does write the fields.
func dump(data any) { log.Printf("rendering %+v", data) }

func dumpPatient() {
	dump(Inpatient{Name: "Ada", MRN: "123"}) // want `struct with personal data \(name\) Inpatient rendered by fmt shows field Name written to the log by log.Printf via structcase.dump`
}
