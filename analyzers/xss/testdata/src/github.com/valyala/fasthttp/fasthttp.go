// Package fasthttp is a trimmed stub of github.com/valyala/fasthttp
// v1.51.0, the server under fiber v2.
package fasthttp

type ResponseHeader struct{}

func (h *ResponseHeader) SetContentType(contentType string) {}
func (h *ResponseHeader) Set(key, value string)             {}

type Response struct {
	Header ResponseHeader
}

type RequestCtx struct {
	Response Response
}

func (ctx *RequestCtx) SetContentType(contentType string) {}
