package cli

import (
	"bufio"
	"cmp"
	"encoding/csv"
	"fmt"
	"io"
	"iter"
	"strconv"
	"strings"
	"time"

	"github.com/limber-coach/limber/content"
	"github.com/limber-coach/limber/session/journal"
	"github.com/limber-coach/limber/session/text"
)

// The history table's fixed columns; ROUTINE is 22 wide at 80 columns and more, and NOTES
// takes the rest of the line and wraps. DEVICE is there with --device. Below 80 columns the
// table gives way as limber list's does: each session takes two lines, DATE, ROUTINE (all the
// room left) and MIN on the first, STATUS and DEVICE under ROUTINE on the second, and the notes
// under them.
const (
	histDateW    = 16
	histRoutineW = 22
	histMinW     = 3
	histStatusW  = 9
	histDeviceW  = 13
	histNotesMin = 10
)

// HistoryTable prints the sessions as a table: when, which routine, minutes, how it ended, with
// device which device wrote it, and its pain stops in the notes (wrapped under them).
func HistoryTable(p Printer, entries iter.Seq[journal.Entry], loc *time.Location, device bool) {
	if p.Cols() < Width {
		narrowHistoryTable(p, entries, loc, device)
		return
	}
	fixed := histDateW + 2 + histMinW + 2 + histStatusW + 2 + 2 // all but ROUTINE, DEVICE and NOTES
	if device {
		fixed += histDeviceW + 2
	}
	routineW := max(min(histRoutineW, p.Cols()-fixed-histNotesMin), 8)
	notesAt := fixed + routineW
	row := func(date, routine, mins, status, dev, notes string) string {
		line := fmt.Sprintf("%s  %s  %s  %s  ", text.Pad(date, histDateW), text.Pad(routine, routineW),
			strings.Repeat(" ", max(0, histMinW-text.Width(mins)))+mins, text.Pad(text.Clip(status, histStatusW), histStatusW))
		if device {
			line += text.Pad(dev, histDeviceW) + "  "
		}
		return strings.TrimRight(line+notes, " ")
	}
	tr := p.tr()
	p.Heading(row(p.T("history.date"), p.T("history.routine"), p.T("history.min"), p.T("history.status"),
		p.T("history.device"), p.T("history.notes")))
	for e := range entries {
		name := text.SessionName(e)
		p.Printf("%s\n", row(e.Started.In(loc).Format("2006-01-02 15:04"), name,
			text.SessionMinutes(e.Seconds), statusCell(p, e.Status), DeviceName(e.Device, histDeviceW),
			text.Indent(text.PainNoteIn(tr, nil, e), p.Cols()-notesAt, strings.Repeat(" ", notesAt))))
	}
}

// statusCell is a logged status in the history table's column, in the printer's language: the
// three statuses limber writes by name, anything else as it is.
func statusCell(p Printer, status string) string {
	switch status {
	case "completed":
		return p.T("history.completed")
	case "stopped":
		return p.T("history.stopped")
	case "pain":
		return p.T("history.pain")
	}
	return content.Sanitize(status)
}

// narrowHistoryTable is HistoryTable below Width columns (down to MinWidth): two lines a
// session, the second and the notes under ROUTINE.
func narrowHistoryTable(p Printer, entries iter.Seq[journal.Entry], loc *time.Location, device bool) {
	indent := histDateW + 2
	routineW := p.Cols() - indent - 2 - histMinW
	rest := p.Cols() - indent // STATUS, DEVICE and the notes
	pad := strings.Repeat(" ", indent)
	first := func(date, routine, mins string) string {
		return fmt.Sprintf("%s  %s  %s", text.Pad(date, histDateW), text.Pad(routine, routineW), strings.Repeat(" ", max(0, histMinW-text.Width(mins)))+mins)
	}
	second := func(status, dev string) string {
		line := text.Pad(text.Clip(status, histStatusW), histStatusW)
		if device {
			line += "  " + dev
		}
		return strings.TrimRight(pad+line, " ")
	}
	tr := p.tr()
	p.Heading(first(p.T("history.date"), p.T("history.routine"), p.T("history.min")))
	p.Heading(second(p.T("history.status"), p.T("history.device")))
	for e := range entries {
		p.Printf("%s\n", first(e.Started.In(loc).Format("2006-01-02 15:04"), text.SessionName(e),
			text.SessionMinutes(e.Seconds)))
		p.Printf("%s\n", second(statusCell(p, e.Status), DeviceName(e.Device, min(histDeviceW, rest-histStatusW-2))))
		if note := text.PainNoteIn(tr, nil, e); note != "" {
			p.Printf("%s%s\n", pad, text.Indent(note, rest, pad))
		}
	}
}

// DeviceName is a device id as the history shows it, in at most w columns: when it is longer,
// its start and its last six characters (the random part that tells two machines of one name
// apart) around an ellipsis; "-" for an entry from before devices.
func DeviceName(id string, w int) string {
	id = content.Sanitize(id)
	r := []rune(id)
	switch {
	case id == "":
		return "-"
	case text.Width(id) <= w || len(r) < 8:
		return text.Clip(id, w)
	}
	return text.Clip(string(r[:len(r)-6]), w-6) + string(r[len(r)-6:])
}

// painList names each pain stop of a session: "Plank (left)".
func painList(e journal.Entry) []string {
	var out []string
	for _, p := range e.Pain {
		s := cmp.Or(p.Name, p.Exercise)
		if p.Side != "" {
			s += " (" + p.Side + ")"
		}
		out = append(out, s)
	}
	return out
}

// HistoryJSON writes the entries as a JSON array, one entry per line in the log's own
// format (so even a long history streams out quickly); [] when there are none. Characters that
// could act on a terminal (controls, bidi and zero-width characters) are written as \u escapes.
func HistoryJSON(w io.Writer, entries iter.Seq[journal.Entry]) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("[")
	n := 0
	for e := range entries {
		line, err := journal.Marshal(e)
		if err != nil {
			return err
		}
		if n > 0 {
			bw.WriteString(",")
		}
		n++
		bw.WriteString("\n")
		bw.Write(journal.EscapeJSON(line[:len(line)-1]))
	}
	if n > 0 {
		bw.WriteString("\n")
	}
	bw.WriteString("]\n")
	return bw.Flush()
}

// HistoryCSV writes one row per session: its times as stored (RFC 3339), how many work
// steps it had and how many were done in full or skipped, its pain stops separated by "; ", and
// with device a last column, the device that wrote it (empty from before devices). Text from
// the log is sanitized, as in the table: a CSV is often looked at in a terminal.
func HistoryCSV(w io.Writer, entries iter.Seq[journal.Entry], device bool) error {
	clean := content.Sanitize
	cw := csv.NewWriter(w)
	header := []string{"started", "ended", "routine", "routine_name", "kind", "status",
		"seconds", "minutes", "steps", "steps_done", "steps_skipped", "pain", "id"}
	if device {
		header = append(header, "device")
	}
	if err := cw.Write(header); err != nil {
		return err
	}
	for e := range entries {
		done, skipped := 0, 0
		for _, s := range e.Steps {
			switch s.Outcome {
			case "done":
				done++
			case "skipped":
				skipped++
			}
		}
		ended := ""
		if !e.Ended.IsZero() {
			ended = e.Ended.Format(time.RFC3339)
		}
		row := []string{
			e.Started.Format(time.RFC3339), ended, clean(e.Routine), clean(e.RoutineName), clean(e.Kind),
			clean(e.Status), strconv.Itoa(e.Seconds), strconv.FormatFloat(float64(e.Seconds)/60, 'f', 1, 64),
			strconv.Itoa(len(e.Steps)), strconv.Itoa(done), strconv.Itoa(skipped),
			clean(strings.Join(painList(e), "; ")), clean(e.ID),
		}
		if device {
			row = append(row, clean(e.Device))
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// Imported says what limber history import did with the file from.
func Imported(p Printer, from string, res journal.Imported) {
	name := content.DisplayPath(from)
	switch {
	case res.File == "" && res.Known == 0:
		p.Printf("%s\n", p.T("history.import_nothing", "File", name))
	case res.File == "":
		p.Printf("%s\n", p.N("history.import_none_new", res.Known, "File", name))
	case res.Known > 0:
		p.Printf("%s\n", p.N("history.imported_known", res.Added, "From", name, "Into", content.DisplayPath(res.File), "Known", res.Known))
	default:
		p.Printf("%s\n", p.N("history.imported", res.Added, "From", name, "Into", content.DisplayPath(res.File)))
	}
}

// Exported says on stderr where limber history export -o wrote the history.
func Exported(errs Printer, to string, n int) {
	fmt.Fprintf(errs.W, "%s\n", errs.N("history.exported", n, "To", content.DisplayPath(to)))
}
