package nethttp

import (
	"fmt"
	"html"
	"html/template"
	"net/http"
)

// html/template inserts a template.HTMLAttr inside a tag: text escaped
// for HTML is safe in a quoted value there, not in an unquoted one.

func attrQuoted(r *http.Request) template.HTMLAttr {
	return template.HTMLAttr(fmt.Sprintf(`title="%s"`, html.EscapeString(r.FormValue("nick")))) // safe
}

func attrUnquoted(r *http.Request) template.HTMLAttr {
	return template.HTMLAttr(fmt.Sprintf("title=%s", html.EscapeString(r.FormValue("nick")))) // want `escaped for HTML but placed in an unquoted title attribute value`
}

func attrUnquotedConcat(r *http.Request) template.HTMLAttr {
	return template.HTMLAttr("class=" + html.EscapeString(r.FormValue("c"))) // want `escaped for HTML but placed in an unquoted class attribute value`
}
