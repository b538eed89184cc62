using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Polemos.Core;

namespace Polemos.Store.Sql;

/// <summary>How records, decisions and overrides are kept in JSON columns.</summary>
public static class StoreJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new PolemosException(ErrorCode.StoreCorrupt, "a stored JSON value is empty");

    public static ExtractedRecord Copy(ExtractedRecord record) => Read<ExtractedRecord>(Write(record));
}
