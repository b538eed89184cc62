using Polemos.Core;

namespace Polemos.Server;

/// <summary>
/// The export formats of <c>polemos events</c> (CSV, ACLED CSV, GeoJSON…), handed in by the host so the server and
/// the command line write the same files from one set of writers.
/// </summary>
public sealed record RecordExport(
    IReadOnlyList<string> Formats,
    Func<string, string> ContentType,
    Action<string, IEnumerable<ExtractedRecord>, Stream> Write)
{
    /// <summary>No export formats: only JSON is served.</summary>
    public static RecordExport None { get; } = new([], _ => "application/octet-stream", (_, _, _) => { });
}
