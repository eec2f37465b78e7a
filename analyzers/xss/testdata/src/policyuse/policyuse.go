package policyuse

import (
	"html/template"
	"net/http"

	"policylib"
)

func comment(r *http.Request) template.HTML {
	return template.HTML(policylib.CommentPolicy().Sanitize(r.FormValue("c"))) // want `the bluemonday policy it went through lets script through \(AllowAttrs\("onerror"\) in policylib.CommentPolicy\)`
}

func scripted(r *http.Request) template.HTML {
	return template.HTML(policylib.Scripts.Sanitize(r.FormValue("c"))) // want `lets script through \(AllowUnsafe with script or style elements allowed in policylib.Scripts\)`
}

func article(r *http.Request) template.HTML {
	return template.HTML(policylib.ArticlePolicy().Sanitize(r.FormValue("c"))) // safe
}
