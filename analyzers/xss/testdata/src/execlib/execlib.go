package execlib // want package:"analysed"

// Template helpers that other packages call and write the error of: each
// is learned as a named template execution (a fact), or not, by what its
// errors can quote.

import (
	"fmt"
	"html/template"
	"io"
	"strconv"
)

var pages = template.Must(template.New("").Parse(`{{define "a"}}<p>{{.}}</p>{{end}}`))

// Render executes the page of the given name: its error quotes the name
// only before it writes anything.
func Render(w io.Writer, name string, data any) error { // want Render:`named-exec w=0 name=1 quotes=\[2\]`
	return pages.ExecuteTemplate(w, name, data)
}

// Page looks the page up first: a name it does not know fails with a
// plain message; the template it found is the program's.
func Page(w io.Writer, name string, data any) error { // want Page:`named-exec w=0 name=-1 quotes=\[2\]`
	t := pages.Lookup(name)
	if t == nil {
		return fmt.Errorf("no page %q", name)
	}
	return t.Execute(w, data)
}

// Titled quotes the name in an error returned after it wrote the title:
// the name is what that error may quote.
func Titled(w io.Writer, name string) error { // want Titled:`named-exec w=0 name=-1 quotes=\[1\]`
	io.WriteString(w, "<h1>Record</h1>")
	if err := pages.ExecuteTemplate(w, "a", nil); err != nil {
		return fmt.Errorf("page %s: %w", name, err)
	}
	return nil
}

// Marked fails before writing with markup around the name: not one.
func Marked(w io.Writer, name string, data any) error { // want Marked:`taint\(r0=p1,p2\+blind\(p2\)/built\)`
	if pages.Lookup(name) == nil {
		return fmt.Errorf("<b>%s</b> is not a page", name)
	}
	return pages.ExecuteTemplate(w, name, data)
}

// Ward parses a ward number: every error it returns begins plain.
func Ward(s string) (int, error) { // want Ward:`plain-errors`
	n, err := strconv.Atoi(s)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("invalid ward %q", s)
	}
	return n, nil
}

// Bed checks a bed label in a walk that records the first failure in a
// variable the closure sets.
func Bed(label string) error { // want Bed:`plain-errors`
	var bad error
	check := func(c rune) {
		if c == '<' && bad == nil {
			bad = fmt.Errorf("invalid bed label %s", label)
		}
	}
	for _, c := range label {
		check(c)
	}
	return bad
}

// Templates is a hook: the package installs the function that renders
// mail bodies (as gitea's MailRender does), and others call it.
type Templates struct {
	Execute func(w io.Writer, name string, data any) error // want Execute:`slot\(named-exec w=0 name=-1 quotes=\[2\]\)`
}

var Mail = newTemplates()

func newTemplates() *Templates {
	t := &Templates{}
	t.Execute = func(w io.Writer, name string, data any) error {
		tmpl, err := find(name)
		if err != nil {
			return err
		}
		return tmpl.Execute(w, data)
	}
	return t
}

func find(name string) (*template.Template, error) { // want find:`taint\(r1=p0/built; plain-errors\)`
	if t := pages.Lookup(name); t != nil {
		return t, nil
	}
	return nil, fmt.Errorf("template %q not found", name)
}
