package journal

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestHeatCells(t *testing.T) {
	var got []string
	for n := -1; n < 7; n++ {
		got = append(got, HeatCell(n))
	}
	if strings.Join(got, "|") != "· |· |░░|▒▒|▓▓|██|██|██" {
		t.Errorf("cells %q", got)
	}
}

func TestHeatmapRows(t *testing.T) {
	now := time.Date(2026, 11, 18, 12, 0, 0, 0, time.UTC) // a Wednesday
	var entries []Entry
	for _, d := range []time.Time{now, now.AddDate(0, 0, -1), now.AddDate(0, 0, -1), now.AddDate(0, 0, -16), now.AddDate(0, 0, -30)} {
		entries = append(entries, sampleEntry(NewID(d), d, "completed"))
	}
	s := Compute(entries, now, time.UTC)
	got := HeatmapRows(s, 4, HeatCell)
	want := []string{
		"      Nov", // Sunday 1 November is in the first week
		"  Mon ·  ░░ ·  ·",
		"  Tue ·  ·  ·  ▒▒",
		"  Wed ·  ·  ·  ░░",
		"  Thu ·  ·  ·",
		"  Fri ·  ·  ·",
		"  Sat ·  ·  ·",
		"  Sun ·  ·  ·",
		"      ·  none  ░░ 1  ▒▒ 2  ▓▓ 3  ██ 4+",
	}
	if !slices.Equal(got, want) {
		t.Errorf("rows\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, row := range got[1:8] {
		if n := utf8.RuneCountInString(row); n > HeatmapWidth(4) {
			t.Errorf("row %q is %d wide, HeatmapWidth says %d", row, n, HeatmapWidth(4))
		}
	}
	if all := HeatmapRows(s, 99, HeatCell); len(all) != 9 || utf8.RuneCountInString(all[3]) != HeatmapWidth(HeatmapWeeks) {
		t.Errorf("all weeks: %q", all)
	}
	if HeatmapRows(Stats{}, 4, HeatCell) != nil {
		t.Error("rows for an empty heatmap")
	}
}

func TestSparkline(t *testing.T) {
	for _, tt := range []struct {
		in   []float64
		want string
	}{
		{nil, ""},
		{[]float64{30}, "▅"},
		{[]float64{30, 30}, "▅▅"},
		{[]float64{10, 20, 30, 40, 50, 60, 70, 80}, "▁▂▃▄▅▆▇█"},
		{[]float64{60, 20, 61}, "█▁█"},
	} {
		if got := Sparkline(tt.in); got != tt.want {
			t.Errorf("Sparkline(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestClock(t *testing.T) {
	for in, want := range map[float64]string{0: "0:00", 0.4: "0:00", 0.5: "0:01", 59.6: "1:00", 65: "1:05", 600: "10:00", -3: "0:00"} {
		if got := Clock(in); got != want {
			t.Errorf("Clock(%v) = %q, want %q", in, got, want)
		}
	}
}

func TestClockTenths(t *testing.T) {
	for in, want := range map[float64]string{0: "0:00.0", 42.34: "0:42.3", 4.45: "0:04.4", 59.96: "0:59.9", 61.25: "1:01.2", 0.3: "0:00.3", -1: "0:00.0"} {
		if got := ClockTenths(in); got != want {
			t.Errorf("ClockTenths(%v) = %q, want %q", in, got, want)
		}
	}
}
