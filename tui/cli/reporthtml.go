package cli

// reportHTML is limber report's page: one file, inline CSS and SVG, no script, nothing
// fetched, laid out for A4 and Letter alike (the content is at most 180 mm wide).
const reportHTML = `<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>{{t "report.title_period" "Period" .Period}}</title>
<style>
@page { margin: 14mm 12mm; }
* { box-sizing: border-box; }
body { font: 10.5pt/1.45 "Helvetica Neue", Arial, "Liberation Sans", sans-serif; color: #1b1b1b; margin: 0 auto; padding: 16px; max-width: 180mm; }
h1 { font-size: 17pt; margin: 0 0 2px; }
h2 { font-size: 12.5pt; margin: 20px 0 6px; padding-bottom: 2px; border-bottom: 1.5px solid #2b6e6e; color: #1f5757; }
p { margin: 4px 0; }
.sub { color: #555; margin-bottom: 8px; }
.notice { border: 1.5px solid #c77800; background: #fff6e5; padding: 8px 10px; margin: 10px 0 4px; font-size: 9.5pt; }
.facts { display: flex; gap: 10px; flex-wrap: wrap; margin: 8px 0; }
.fact { border: 1px solid #cfdede; border-radius: 4px; padding: 6px 10px; min-width: 27mm; }
.fact b { display: block; font-size: 14pt; color: #1f5757; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 6px; font-size: 9.5pt; }
th, td { text-align: left; padding: 3px 6px; border-bottom: 1px solid #e2e2e2; vertical-align: top; }
th { background: #eef5f5; font-weight: 600; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
.says li { margin: 2px 0; }
.caveat { color: #555; font-style: italic; font-size: 9.5pt; }
svg { width: 100%; height: auto; display: block; margin: 4px 0; }
svg text { font: 10px Arial, "Liberation Sans", sans-serif; fill: #444; }
.legend span { display: inline-block; margin-right: 14px; font-size: 9pt; }
.legend i { display: inline-block; width: 14px; height: 3px; vertical-align: middle; margin-right: 4px; }
table.cal { width: auto; }
table.cal td { width: 7mm; height: 5mm; border: 1px solid #fff; text-align: center; font-size: 8pt; padding: 0; }
table.cal th { background: none; font-weight: normal; color: #555; font-size: 8pt; padding: 0 4px; }
.c0 { background: #f0f0f0; color: #f0f0f0; } .c1 { background: #b7dede; } .c2 { background: #6fb3b3; } .c3 { background: #2b6e6e; color: #fff; }
.out { background: #fff; color: #fff; }
.none { color: #666; }
section { break-inside: avoid; page-break-inside: avoid; }
footer { margin-top: 18px; color: #666; font-size: 8.5pt; border-top: 1px solid #ddd; padding-top: 4px; }
@media print { body { padding: 0; } h2 { break-after: avoid; } }
</style>
</head>
<body>
<h1>{{t "report.title"}}</h1>
<p class="sub">{{t "report.made" "Period" .Period "When" .Generated}}</p>
<p class="notice"><strong>{{t "report.please_note"}}</strong> {{.Notice}}</p>

<div class="facts">
<div class="fact"><b>{{.Sessions}}</b>{{t "report.fact.sessions"}}</div>
<div class="fact"><b>{{.Completed}}</b>{{t "report.fact.completed"}}</div>
<div class="fact"><b>{{.Minutes}}</b>{{t "report.fact.minutes"}}</div>
<div class="fact"><b>{{len .PainStops}}</b>{{t "report.fact.stops"}}</div>
<div class="fact"><b>{{len .Flares}}</b>{{t "report.fact.flares"}}</div>
</div>

<section>
<h2>{{t "report.h.ratings"}}</h2>
{{if .Says}}<ul class="says">{{range .Says}}<li>{{.}}</li>{{end}}</ul>
<p class="caveat">{{.Caveat}}</p>{{else}}<p class="none">{{t "report.none.ratings"}}</p>{{end}}
{{with .Ratings}}{{template "chart" .}}{{end}}
{{if .Trends.Rated}}<table>
<tr><th>{{t "report.col.week_of"}}</th><th class="n">{{t "report.col.pain"}}</th><th class="n">{{t "report.col.stiffness"}}</th><th class="n">{{t "report.col.ratings"}}</th><th class="n">{{t "report.col.sessions"}}</th><th class="n">{{t "report.col.breaks"}}</th><th class="n">{{t "report.col.stops"}}</th></tr>
{{range .Trends.Weeks}}{{if or .Pain.N .Stiffness.N .Sessions}}<tr><td>{{short .Start}}</td><td class="n">{{cell .Pain}}</td><td class="n">{{cell .Stiffness}}</td><td class="n">{{.Pain.N}}</td><td class="n">{{.Sessions}}</td><td class="n">{{num .BreaksPerWorkday}}</td><td class="n">{{.PainStops}}</td></tr>
{{end}}{{end}}</table>{{end}}
</section>

<section>
<h2>{{t "report.h.goals"}}</h2>
{{if .Trends.Goals}}{{with .Goals}}{{template "chart" .}}{{end}}
<table><tr><th>{{t "report.col.activity"}}</th><th>{{t "report.col.scores"}}</th><th>{{t "report.col.first_rated"}}</th></tr>
{{range .Trends.Goals}}<tr><td>{{clean .Activity}}</td><td>{{scores .}}</td><td>{{short (index .Scores 0).Date}}</td></tr>
{{end}}</table>{{else}}<p class="none">{{t "report.none.goals"}}</p>{{end}}
</section>

<section>
<h2>{{t "report.h.adherence"}}</h2>
<p>{{.Adherence}}</p>
{{with .SessionChart}}{{template "chart" .}}{{end}}
<table class="cal"><tr><th></th>{{range .WeekDays}}<th>{{.}}</th>{{end}}</tr>
{{range .Days}}<tr><th>{{.Label}}</th>{{range .Days}}<td class="{{.Class}}" title="{{.Title}}">{{if .N}}{{.N}}{{end}}</td>{{end}}</tr>
{{end}}</table>
</section>

<section>
<h2>{{t "report.h.routines"}}</h2>
{{if .Routines}}<table><tr><th>{{t "report.col.routine"}}</th><th class="n">{{t "report.col.sessions"}}</th><th class="n">{{t "report.col.completed"}}</th><th>{{t "report.col.last"}}</th></tr>
{{range .Routines}}<tr><td>{{clean .Name}}</td><td class="n">{{.Sessions}}</td><td class="n">{{.Completed}}</td><td>{{day .Last $.Loc}}</td></tr>
{{end}}</table>{{else}}<p class="none">{{t "report.none.sessions"}}</p>{{end}}
</section>

<section>
<h2>{{t "report.h.exercises"}}</h2>
{{if .Exercises}}<table><tr><th>{{t "report.col.exercise"}}</th><th class="n">{{t "report.col.done_in_full"}}</th><th>{{t "report.col.dose_first"}}</th><th>{{t "report.col.dose_lately"}}</th></tr>
{{range .Exercises}}<tr><td>{{clean .Name}}</td><td class="n">{{.Sessions}}</td><td>{{dose .First}}</td><td>{{dose .Latest}}</td></tr>
{{end}}</table>{{else}}<p class="none">{{t "report.none.exercises"}}</p>{{end}}
</section>

<section>
<h2>{{t "report.h.stops"}}</h2>
{{if .PainStops}}<table><tr><th>{{t "report.col.when"}}</th><th>{{t "report.col.exercise"}}</th><th>{{t "report.col.side"}}</th><th>{{t "report.col.in"}}</th></tr>
{{range .PainStops}}<tr><td>{{when .At $.Loc}}</td><td>{{clean .Name}}</td><td>{{side .Side}}</td><td>{{clean .Routine}}</td></tr>
{{end}}</table>{{else}}<p class="none">{{t "report.none.stops"}}</p>{{end}}
{{if .Swaps}}<p><strong>{{t "report.swaps"}}</strong></p>
<table><tr><th>{{t "report.col.when"}}</th><th>{{t "report.col.variant"}}</th><th>{{t "report.col.in"}}</th></tr>
{{range .Swaps}}<tr><td>{{day .At $.Loc}}</td><td>{{clean .Name}}</td><td>{{clean .Routine}}</td></tr>
{{end}}</table>{{end}}
</section>

<section>
<h2>{{t "report.h.flares"}}</h2>
{{if .Flares}}<table><tr><th>{{t "report.col.from"}}</th><th>{{t "report.col.to"}}</th><th>{{t "report.col.why"}}</th></tr>
{{range .Flares}}<tr><td>{{day .Start $.Loc}}</td><td>{{if .End.IsZero}}{{t "report.still_on"}}{{else}}{{day .End $.Loc}}{{end}}</td><td>{{clean .Reason}}</td></tr>
{{end}}</table>{{else}}<p class="none">{{t "report.none.flares"}}</p>{{end}}
</section>

<section>
<h2>{{t "report.h.notes"}}</h2>
{{if .Notes}}<table><tr><th>{{t "report.col.when"}}</th><th class="n">{{t "report.col.pain"}}</th><th class="n">{{t "report.col.stiffness"}}</th><th>{{t "report.col.note"}}</th></tr>
{{range .Notes}}<tr><td>{{when .At $.Loc}}</td><td class="n">{{rating .Pain}}</td><td class="n">{{rating .Stiffness}}</td><td>{{clean .Text}}</td></tr>
{{end}}</table>{{else}}<p class="none">{{t "report.none.notes"}}</p>{{end}}
</section>

<footer>{{.Notice}}</footer>
</body>
</html>
{{define "chart"}}<svg viewBox="0 0 {{.W}} {{.H}}" role="img" aria-label="{{.Title}}">
<title>{{.Title}}</title>
{{range .Grid}}<line x1="{{$.Left}}" x2="{{$.W}}" y1="{{.}}" y2="{{.}}" stroke="#e4e4e4" stroke-width="1"/>{{end}}
<line x1="{{.Left}}" x2="{{.Left}}" y1="{{.Top}}" y2="{{.Bottom}}" stroke="#999" stroke-width="1"/>
{{range .YLabels}}<text x="{{f1 .X}}" y="{{f1 .Y}}" text-anchor="{{.Anchor}}">{{.Text}}</text>{{end}}
{{range .XLabels}}<text x="{{f1 .X}}" y="{{f1 .Y}}" text-anchor="{{.Anchor}}">{{.Text}}</text>{{end}}
{{range .Bars}}<rect x="{{f1 .X}}" y="{{f1 .Y}}" width="{{f1 .W}}" height="{{f1 .H}}" fill="#6fb3b3"><title>{{.Title}}</title></rect>{{end}}
{{range .Lines}}{{$c := .Color}}{{range .Ranges}}<line x1="{{f1 .X}}" x2="{{f1 .X}}" y1="{{f1 .Y1}}" y2="{{f1 .Y2}}" stroke="{{$c}}" stroke-opacity="0.35" stroke-width="6"/>{{end}}
{{if .Points}}<polyline points="{{.Points}}" fill="none" stroke="{{.Color}}" stroke-width="2"/>{{end}}
{{range .Dots}}<circle cx="{{f1 .X}}" cy="{{f1 .Y}}" r="3" fill="{{$c}}"/>{{end}}{{end}}
</svg>
{{if .Lines}}<p class="legend">{{range .Lines}}<span><i style="background: {{.Color}}"></i>{{.Label}}</span>{{end}}</p>{{end}}{{end}}
`
