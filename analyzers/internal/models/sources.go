package models

// LabelRequest is the Source.Label of HTTP request input.
const LabelRequest = request

const (
	request = "request input"
	cmdline = "command-line argument"
	stdin   = "standard input"
)

// sources: untrusted input, modelled once for every analyzer.
var sources = []Source{
	// net/http
	{Func: "(*net/http.Request).FormValue", Out: Result, Kind: Untrusted, Label: request},
	{Func: "(*net/http.Request).PostFormValue", Out: Result, Kind: Untrusted, Label: request},
	{Func: "(*net/http.Request).PathValue", Out: Result, Kind: Untrusted, Label: request},
	{Func: "(*net/http.Request).Cookie", Out: Result, Kind: Untrusted, Label: request},
	{Func: "(*net/http.Request).Cookies", Out: Result, Kind: Untrusted, Label: request},
	{Func: "(*net/http.Request).CookiesNamed", Out: Result, Kind: Untrusted, Label: request},
	{Func: "(*net/http.Request).Referer", Out: Result, Kind: Untrusted, Label: request},
	{Func: "(*net/http.Request).UserAgent", Out: Result, Kind: Untrusted, Label: request},
	{Func: "(*net/http.Request).BasicAuth", Out: Result, Kind: Untrusted, Label: request},
	{Func: "(*net/http.Request).FormFile", Out: Result, Kind: Untrusted, Label: request},
	{Func: "(*net/http.Request).MultipartReader", Out: Result, Kind: Untrusted, Label: request},

	// gin v1
	{Func: "(*github.com/gin-gonic/gin.Context).Param", Out: Result, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gin-gonic/gin.Context).Query", Out: Result, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gin-gonic/gin.Context).DefaultQuery", Out: Result, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gin-gonic/gin.Context).GetQuery", Out: Result, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gin-gonic/gin.Context).QueryArray", Out: Result, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gin-gonic/gin.Context).QueryMap", Out: Result, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gin-gonic/gin.Context).PostForm", Out: Result, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gin-gonic/gin.Context).DefaultPostForm", Out: Result, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gin-gonic/gin.Context).GetPostForm", Out: Result, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gin-gonic/gin.Context).PostFormArray", Out: Result, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gin-gonic/gin.Context).GetHeader", Out: Result, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gin-gonic/gin.Context).Cookie", Out: Result, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gin-gonic/gin.Context).GetRawData", Out: Result, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gin-gonic/gin.Context).Bind", Out: 0, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gin-gonic/gin.Context).BindJSON", Out: 0, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gin-gonic/gin.Context).BindQuery", Out: 0, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gin-gonic/gin.Context).ShouldBind", Out: 0, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gin-gonic/gin.Context).ShouldBindJSON", Out: 0, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gin-gonic/gin.Context).ShouldBindQuery", Out: 0, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gin-gonic/gin.Context).ShouldBindUri", Out: 0, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gin-gonic/gin.Context).BindXML", Out: 0, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gin-gonic/gin.Context).BindYAML", Out: 0, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gin-gonic/gin.Context).BindTOML", Out: 0, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gin-gonic/gin.Context).BindPlain", Out: 0, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gin-gonic/gin.Context).BindHeader", Out: 0, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gin-gonic/gin.Context).BindUri", Out: 0, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gin-gonic/gin.Context).BindWith", Out: 0, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gin-gonic/gin.Context).MustBindWith", Out: 0, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gin-gonic/gin.Context).ShouldBindXML", Out: 0, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gin-gonic/gin.Context).ShouldBindYAML", Out: 0, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gin-gonic/gin.Context).ShouldBindTOML", Out: 0, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gin-gonic/gin.Context).ShouldBindPlain", Out: 0, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gin-gonic/gin.Context).ShouldBindHeader", Out: 0, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gin-gonic/gin.Context).ShouldBindWith", Out: 0, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gin-gonic/gin.Context).ShouldBindBodyWith", Out: 0, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gin-gonic/gin.Context).ShouldBindBodyWithJSON", Out: 0, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gin-gonic/gin.Context).ShouldBindBodyWithXML", Out: 0, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gin-gonic/gin.Context).ShouldBindBodyWithYAML", Out: 0, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gin-gonic/gin.Context).ShouldBindBodyWithTOML", Out: 0, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gin-gonic/gin.Context).ShouldBindBodyWithPlain", Out: 0, Kind: Untrusted, Label: request},

	{Func: "(github.com/gin-gonic/gin.Params).ByName", Out: Result, Kind: Untrusted, Label: request}, // c.Params.ByName
	{Func: "(github.com/gin-gonic/gin.Params).Get", Out: Result, Kind: Untrusted, Label: request},

	// echo v4 (Context is an interface)
	{Func: "(github.com/labstack/echo/v4.Context).Param", Out: Result, Kind: Untrusted, Label: request},
	{Func: "(github.com/labstack/echo/v4.Context).QueryParam", Out: Result, Kind: Untrusted, Label: request},
	{Func: "(github.com/labstack/echo/v4.Context).QueryParams", Out: Result, Kind: Untrusted, Label: request},
	{Func: "(github.com/labstack/echo/v4.Context).QueryString", Out: Result, Kind: Untrusted, Label: request},
	{Func: "(github.com/labstack/echo/v4.Context).FormValue", Out: Result, Kind: Untrusted, Label: request},
	{Func: "(github.com/labstack/echo/v4.Context).FormParams", Out: Result, Kind: Untrusted, Label: request},
	{Func: "(github.com/labstack/echo/v4.Context).Cookie", Out: Result, Kind: Untrusted, Label: request},
	{Func: "(github.com/labstack/echo/v4.Context).Bind", Out: 0, Kind: Untrusted, Label: request},

	// chi v5 and v1, gorilla/mux, httprouter
	{Func: "github.com/go-chi/chi/v5.URLParam", Out: Result, Kind: Untrusted, Label: request},
	{Func: "github.com/go-chi/chi/v5.URLParamFromCtx", Out: Result, Kind: Untrusted, Label: request},
	{Func: "github.com/go-chi/chi.URLParam", Out: Result, Kind: Untrusted, Label: request},
	{Func: "github.com/gorilla/mux.Vars", Out: Result, Kind: Untrusted, Label: request},
	{Func: "(github.com/julienschmidt/httprouter.Params).ByName", Out: Result, Kind: Untrusted, Label: request},

	// fiber v2 (*Ctx) and v3 (Ctx is an interface)
	{Func: "(*github.com/gofiber/fiber/v2.Ctx).Params", Out: Result, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gofiber/fiber/v2.Ctx).Query", Out: Result, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gofiber/fiber/v2.Ctx).FormValue", Out: Result, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gofiber/fiber/v2.Ctx).Get", Out: Result, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gofiber/fiber/v2.Ctx).Cookies", Out: Result, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gofiber/fiber/v2.Ctx).Body", Out: Result, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gofiber/fiber/v2.Ctx).BodyParser", Out: 0, Kind: Untrusted, Label: request},
	{Func: "(*github.com/gofiber/fiber/v2.Ctx).QueryParser", Out: 0, Kind: Untrusted, Label: request},
	{Func: "(github.com/gofiber/fiber/v3.Ctx).Params", Out: Result, Kind: Untrusted, Label: request},
	{Func: "(github.com/gofiber/fiber/v3.Ctx).Query", Out: Result, Kind: Untrusted, Label: request},
	{Func: "(github.com/gofiber/fiber/v3.Ctx).FormValue", Out: Result, Kind: Untrusted, Label: request},
	{Func: "(github.com/gofiber/fiber/v3.Ctx).Get", Out: Result, Kind: Untrusted, Label: request},
	{Func: "(github.com/gofiber/fiber/v3.Ctx).Cookies", Out: Result, Kind: Untrusted, Label: request},
	{Func: "(github.com/gofiber/fiber/v3.Ctx).Body", Out: Result, Kind: Untrusted, Label: request},

	// fmt's scanners read standard input into their pointer arguments.
	{Func: "fmt.Scan", Out: 0, OutElems: true, Kind: Untrusted, Label: stdin},
	{Func: "fmt.Scanln", Out: 0, OutElems: true, Kind: Untrusted, Label: stdin},
	{Func: "fmt.Scanf", Out: 1, OutElems: true, Kind: Untrusted, Label: stdin},

	// flag: the pointer results point at command-line text
	{Func: "flag.String", Out: Result, Kind: Untrusted, Label: cmdline},
	{Func: "flag.Arg", Out: Result, Kind: Untrusted, Label: cmdline},
	{Func: "flag.Args", Out: Result, Kind: Untrusted, Label: cmdline},
	{Func: "flag.StringVar", Out: 0, Kind: Untrusted, Label: cmdline},
	{Func: "(*flag.FlagSet).String", Out: Result, Kind: Untrusted, Label: cmdline},
	{Func: "(*flag.FlagSet).Arg", Out: Result, Kind: Untrusted, Label: cmdline},
	{Func: "(*flag.FlagSet).Args", Out: Result, Kind: Untrusted, Label: cmdline},
	{Func: "(*flag.FlagSet).StringVar", Out: 0, Kind: Untrusted, Label: cmdline},
}

// fieldSourceRows: fields of *http.Request that hold request data. Method,
// Proto, ContentLength and the TLS state are not attacker text worth
// tracking; RemoteAddr is set by the server.
var fieldSourceRows = []FieldSource{
	{Type: "net/http.Request", Field: "URL", Kind: Untrusted, Label: request},
	{Type: "net/http.Request", Field: "Header", Kind: Untrusted, Label: request},
	{Type: "net/http.Request", Field: "Body", Kind: Untrusted, Label: request},
	{Type: "net/http.Request", Field: "Form", Kind: Untrusted, Label: request},
	{Type: "net/http.Request", Field: "PostForm", Kind: Untrusted, Label: request},
	{Type: "net/http.Request", Field: "MultipartForm", Kind: Untrusted, Label: request},
	{Type: "net/http.Request", Field: "RequestURI", Kind: Untrusted, Label: request},
	{Type: "net/http.Request", Field: "Host", Kind: Untrusted, Label: request},
	{Type: "net/http.Request", Field: "Trailer", Kind: Untrusted, Label: request},
	{Type: "net/http.Request", Field: "Pattern", Kind: 0, Label: ""}, // the route pattern: program text, never tainted
}

var varSourceRows = []VarSource{
	{Var: "os.Args", Kind: Untrusted, Label: cmdline},
	{Var: "os.Stdin", Kind: Untrusted, Label: stdin},
}

// OperatorInput reports whether a source label names input that comes from
// the person running the program (command-line arguments, flags, standard
// input) rather than from a remote client. Such input is untrusted for
// injection into SQL or HTML that others see, but a template or format
// given on the command line (`-f '{{.Name}}'`, as go list has) is a feature.
func OperatorInput(label string) bool { return label == cmdline || label == stdin }

// routeParams are the getters of a route parameter (r.PathValue("id")),
// with the index of the key among their arguments (the receiver not
// counted).
var routeParams = map[string]int{
	"(*net/http.Request).PathValue":               0,
	"github.com/go-chi/chi/v5.URLParam":           1,
	"github.com/go-chi/chi.URLParam":              1,
	"(*github.com/gin-gonic/gin.Context).Param":   0,
	"(github.com/labstack/echo/v4.Context).Param": 0,
	"(*github.com/gofiber/fiber/v2.Ctx).Params":   0,
	"(github.com/gofiber/fiber/v3.Ctx).Params":    0,
}

// RouteVarsMap reports whether a function returns a request's route
// variables as a map (gorilla/mux's Vars(r)["id"]).
func RouteVarsMap(fullName string) bool { return fullName == "github.com/gorilla/mux.Vars" }

// RouteParamKey returns the index of the key argument of a route
// parameter getter (the receiver not counted).
func RouteParamKey(fullName string) (int, bool) {
	i, ok := routeParams[fullName]
	return i, ok
}
