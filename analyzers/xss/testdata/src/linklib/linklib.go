package linklib // want package:"analysed"

import (
	"fmt"
	"html"
	"html/template"
)

// Helpers another package calls: each escapes its parameter for HTML and
// places it where that escape does not hold, which counts where a caller
// passes request input or stored data (a misfit sink effect, in the fact).

// Link puts its href escaped for HTML at the start of a URL attribute.
func Link(href, text string) template.HTML { // want Link:`sink html-trusted template.HTML<-p0/built ctx=html misfit 1 in "href"`
	return template.HTML(fmt.Sprintf(`<a href="%s">%s</a>`, html.EscapeString(href), html.EscapeString(text)))
}

// Track puts its id escaped for HTML into an event handler.
func Track(id string) template.HTMLAttr { // want Track:`sink html-trusted template.HTMLAttr<-p0/built ctx=html misfit 2 in "onclick"`
	return template.HTMLAttr(`onclick="track('` + html.EscapeString(id) + `')"`)
}
