using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Polemos.Cli.Output;
using Polemos.Core;

namespace Polemos.Golden;

/// <summary>Stable JSON lines of a document's records, as the golden files store them (no paths, no timestamps).</summary>
public static class Snapshot
{
    public static string Of(IEnumerable<ExtractedRecord> records)
    {
        using var stream = new MemoryStream();
        using (var output = new JsonLinesOutput(stream))
        {
            foreach (var r in records)
            {
                output.Write(r);
            }

            output.Complete();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static JsonDocument Gold(string path) => JsonDocument.Parse(File.ReadAllText(path));

    public static DateOnly? Published(JsonElement gold) =>
        gold.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String &&
        DateOnly.TryParse(p.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null;

    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
}
