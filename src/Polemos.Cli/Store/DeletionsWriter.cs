using System.Text.Encodings.Web;
using System.Text.Json;
using Polemos.Store;

namespace Polemos.Cli.Store;

/// <summary>The deletions feed as JSON lines: <c>{"event_id", "deleted_at", "reason", "merged_into"}</c>.</summary>
public static class DeletionsWriter
{
    public static async Task WriteAsync(IReadOnlyList<DeletedEvent> deletions, Stream stream, CancellationToken ct)
    {
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        foreach (var d in deletions)
        {
            await using (var writer = new Utf8JsonWriter(stream, options))
            {
                writer.WriteStartObject();
                writer.WriteString("event_id", d.EventId);
                writer.WriteString("deleted_at", d.DeletedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
                writer.WriteString("reason", d.Reason);
                writer.WriteString("merged_into", d.MergedInto);
                writer.WriteEndObject();
            }

            stream.WriteByte((byte)'\n');
        }

        await stream.FlushAsync(ct).ConfigureAwait(false);
    }
}
