package echocase

import (
	"errors"
	"fmt"
	"html"
	"net/http"

	"github.com/labstack/echo/v4"
)

// The portal renders errors as HTML pages; the API keeps echo's default
// handler (JSON).
func portal() *echo.Echo {
	e := echo.New()
	e.HTTPErrorHandler = pageError
	e.GET("/wards/:ward", ward)
	e.GET("/beds/:bed", bed)
	e.GET("/notes/:id", noteEscaped)
	e.GET("/rooms/:room", room)
	e.GET("/export", export)
	e.GET("/export2", exportUnsent)
	e.POST("/refills", refill)
	e.POST("/notes", noteBind)
	g := e.Group("/staff")
	g.GET("/rota/:day", rota)
	registerReports(e)
	return e
}

func api() *echo.Echo {
	e := echo.New()
	e.GET("/appointments/:id", appointment) // echo's default handler: JSON
	return e
}

func pageError(err error, c echo.Context) {
	code, msg := http.StatusInternalServerError, "Internal error"
	var he *echo.HTTPError
	if errors.As(err, &he) {
		code, msg = he.Code, fmt.Sprint(he.Message)
	}
	c.HTML(code, "<h1>Error</h1><p>"+msg+"</p>")
}

func ward(c echo.Context) error {
	w := c.Param("ward")
	if len(w) > 8 {
		return echo.NewHTTPError(http.StatusNotFound, "Unknown ward "+w) // want `c.Param\("ward"\) \(request input\) written unescaped into an HTML response by \(echo.Context\).HTML via echocase.pageError, the echo HTTPErrorHandler this error is handed to: escape the error.s text where echocase.pageError writes it \(html.EscapeString\), or render that error page with html/template`
	}
	return c.JSON(http.StatusOK, w) // safe: the error of c.JSON never quotes the data
}

func bed(c echo.Context) error {
	return fmt.Errorf("no bed %s", c.Param("bed")) // want `c.Param\("bed"\) \(request input\) written unescaped into an HTML response by \(echo.Context\).HTML via echocase.pageError`
}

func noteEscaped(c echo.Context) error {
	return echo.NewHTTPError(http.StatusNotFound, "no note "+html.EscapeString(c.Param("id"))) // safe: escaped
}

func rota(c echo.Context) error {
	return echo.NewHTTPError(http.StatusBadRequest, "bad day "+c.Param("day")) // want `c.Param\("day"\) \(request input\) written unescaped into an HTML response by \(echo.Context\).HTML via echocase.pageError`
}

// Routes registered on the app a caller passes.
func registerReports(e *echo.Echo) {
	e.GET("/reports/:kind", report)
}

func report(c echo.Context) error {
	return echo.NewHTTPError(http.StatusNotFound, "no report "+c.Param("kind")) // want `c.Param\("kind"\) \(request input\) written unescaped into an HTML response by \(echo.Context\).HTML via echocase.pageError`
}

func appointment(c echo.Context) error {
	return echo.NewHTTPError(http.StatusNotFound, "no appointment "+c.Param("id")) // safe: echo's default handler answers JSON
}

// c.Error hands the error to the app's handler at once.
func room(c echo.Context) error {
	c.Error(echo.NewHTTPError(http.StatusNotFound, "no room "+c.Param("room"))) // want `c.Param\("room"\) \(request input\) written unescaped into an HTML response by \(echo.Context\).HTML via echocase.pageError, the echo HTTPErrorHandler`
	c.Error(echo.NewHTTPError(http.StatusNotFound, "no such room"))
	return nil
}

// An error handler's err.Error() is what the routes return: judged at
// their returns, not as text of unknown origin in the handler.
func textPortal() *echo.Echo {
	e := echo.New()
	e.HTTPErrorHandler = textError
	e.GET("/const", constErr)
	e.GET("/input", inputErr)
	return e
}

func textError(err error, c echo.Context) {
	c.HTML(http.StatusInternalServerError, "<pre>"+err.Error()+"</pre>")
}

func constErr(c echo.Context) error {
	return echo.NewHTTPError(http.StatusBadRequest, "bad request")
}

func inputErr(c echo.Context) error {
	return fmt.Errorf("bad shift %q", c.QueryParam("shift")) // want `c.QueryParam\("shift"\) \(request input\) written unescaped into an HTML response by \(echo.Context\).HTML via echocase.textError`
}

// An app kept in a package variable, with a method value as its error
// handler.
var staffApp = echo.New()

type staffServer struct{ title string }

func (s *staffServer) renderError(err error, c echo.Context) {
	c.HTML(http.StatusInternalServerError, "<h1>"+s.title+"</h1><p>"+fmt.Sprint(err)+"</p>")
}

func setupStaff(s *staffServer) {
	staffApp.HTTPErrorHandler = s.renderError
	staffApp.GET("/shifts/:id", shift)
}

func shift(c echo.Context) error {
	return fmt.Errorf("no shift %s", c.Param("id")) // want `c.Param\("id"\) \(request input\) written unescaped into an HTML response by \(echo.Context\).HTML via \(\*echocase.staffServer\).renderError`
}

// An error after c.JSON wrote the response: echo sent application/json
// with that write, and the error page is appended to the JSON body.
func export(c echo.Context) error {
	mrn := c.QueryParam("mrn")
	if err := c.JSON(http.StatusOK, []string{"MRN-0001"}); err != nil {
		return err
	}
	if len(mrn) > 10 {
		c.Error(fmt.Errorf("mrn too long: %s", mrn))
		return nil
	}
	return fmt.Errorf("audit failed for %s", mrn)
}

// The same error where nothing was written yet on one path.
func exportUnsent(c echo.Context) error {
	mrn := c.QueryParam("mrn")
	if mrn == "" {
		if err := c.JSON(http.StatusOK, []string{"MRN-0001"}); err != nil {
			return err
		}
	}
	return fmt.Errorf("audit failed for %s", mrn) // want `c.QueryParam\("mrn"\) \(request input\) written unescaped into an HTML response by \(echo.Context\).HTML via echocase.pageError`
}

// echo's Bind decodes XML or a form as the request chooses: its error
// quotes the text it could not parse into the int.
type refillForm struct {
	MRN      string `json:"mrn"`
	Quantity int    `json:"quantity"`
}

func refill(c echo.Context) error {
	var f refillForm
	if err := c.Bind(&f); err != nil {
		return err // want `c.Bind\(&f\) \(request input\) written unescaped into an HTML response by \(echo.Context\).HTML via echocase.pageError`
	}
	return c.JSON(http.StatusCreated, f)
}

type noteForm struct {
	MRN  string `json:"mrn"`
	Text string `json:"text"`
}

func noteBind(c echo.Context) error {
	var f noteForm
	if err := c.Bind(&f); err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, f)
}
