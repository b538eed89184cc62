using System.Globalization;
using System.Text;
using Polemos.Core;

namespace Polemos.Cli.Output;

/// <summary>
/// CSV in the column order of ACLED's own exports, so ACLED tooling reads it unchanged. Columns Polemos does not
/// fill (numeric <c>iso</c>, <c>region</c>, <c>admin3</c>, <c>source_scale</c>, <c>tags</c>) stay empty;
/// <c>source</c> lists the publishers; <c>timestamp</c> is empty (the store's change time is in jsonl).
/// </summary>
public sealed class AcledCsvOutput : RecordOutput
{
    private static readonly string[] Columns =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1",
        "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region",
        "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
        "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    private readonly StreamWriter _out;

    public AcledCsvOutput(Stream stream)
    {
        _out = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        _out.WriteLine(string.Join(',', Columns));
    }

    public override void Write(ExtractedRecord record)
    {
        if (record.Kind != RecordKinds.Event)
        {
            return; // ACLED rows are events; territory and displacement statements have no ACLED columns.
        }

        var r = record;
        static string I(int? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "";
        static string D(double? v) => v?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";
        string[] cells =
        [
            r.EventId, r.EventDate ?? "", r.EventDate is { Length: >= 4 } d ? d[..4] : "", I(r.TimePrecision), r.DisorderType ?? "",
            r.EventType ?? "", r.SubEventType ?? "", r.Actor1 ?? "", string.Join("; ", r.AssocActor1), I(r.Inter1), r.Actor2 ?? "",
            string.Join("; ", r.AssocActor2), I(r.Inter2), I(r.Interaction), r.CivilianTargeting is true ? "Civilian targeting" : "", "", "",
            r.Country ?? "", r.Admin1 ?? "", r.Admin2 ?? "", "", r.Location ?? "", D(r.Latitude), D(r.Longitude), I(r.GeoPrecision),
            string.Join("; ", r.Sources.Select(s => s.Publisher ?? s.SourceId).Distinct(StringComparer.Ordinal)), "", r.Notes ?? "",
            I(r.Fatalities ?? 0), "", "",
        ];
        _out.WriteLine(string.Join(',', cells.Select(CsvOutput.Quote)));
    }

    public override void Complete() => _out.Flush();

    protected override void Dispose(bool disposing)
    {
        _out.Dispose();
        base.Dispose(disposing);
    }
}
